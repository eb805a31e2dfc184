import { Construct } from "constructs";
import { CloudwatchCompositeAlarm } from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { CloudWatchAlarmModel, CompositeAlarmModel, EnvironmentModel } from "../../engine/model";
import { truncate } from "../names";
import type { AwsAlertRouting } from "./routing";

export const COMPARISON_OPERATOR = {
  ">": "GreaterThanThreshold",
  ">=": "GreaterThanOrEqualToThreshold",
  "<": "LessThanThreshold",
  "<=": "LessThanOrEqualToThreshold",
} as const;

/** Alarm names carry the environment, so two environments can share an account. */
export function alarmName(env: EnvironmentModel, ...parts: string[]): string {
  return [env.id, ...parts].join("-");
}

/** `ALARM("a") AND ALARM("b")`, referencing the alarms' names so Terraform orders them. */
export function allOfRule(names: readonly string[]): string {
  return names.map((n) => `ALARM("${n}")`).join(" AND ");
}

const ALARM_DESCRIPTION_MAX = 1024;

export function describe(severity: string, summary: string, runbook: string | undefined, ...details: string[]): string {
  // CloudWatch holds 1,024 characters of description: a long summary is shortened, not the runbook link.
  const tail = [...details, runbook ? `Runbook: ${runbook}` : ""].filter(Boolean).join(" ");
  const head = truncate(`[${severity}] ${summary}.`, ALARM_DESCRIPTION_MAX - tail.length - 1);
  return truncate([head, tail].filter(Boolean).join(" "), ALARM_DESCRIPTION_MAX);
}

export interface AwsAlarmsProps {
  readonly env: EnvironmentModel;
  readonly routing: AwsAlertRouting;
  readonly alarms: readonly (CloudWatchAlarmModel | CompositeAlarmModel)[];
}

/**
 * The CloudWatch alarms of the definitions in one environment: metric alarms whose metric
 * exists there, and composite alarms over them.
 */
export class AwsAlarms extends Construct {
  constructor(scope: Construct, id: string, { env, routing, alarms }: AwsAlarmsProps) {
    super(scope, id);
    const rendered = new Map<string, CloudwatchMetricAlarm | CloudwatchCompositeAlarm>();
    for (const a of alarms) {
      if (a.kind !== "metric" || !renderedIn(a, env.id, alarms)) continue;
      const dimensions = a.metric.dimensions[env.id]!;
      const actions = routing.actionsFor(a.severity, a.service);
      const alarm = new CloudwatchMetricAlarm(this, a.id, {
        alarmName: alarmName(env, a.id),
        alarmDescription: describe(
          a.severity,
          a.summary,
          a.runbook,
          `Missing data: ${a.treatMissingData}, because ${a.missingDataReason}.`,
        ),
        namespace: a.metric.namespace,
        metricName: a.metric.metric,
        dimensions,
        ...(/^p\d/.test(a.metric.statistic) ? { extendedStatistic: a.metric.statistic } : { statistic: a.metric.statistic }),
        comparisonOperator: COMPARISON_OPERATOR[a.comparison],
        threshold: a.threshold,
        period: a.periodSeconds,
        evaluationPeriods: a.evaluationPeriods,
        datapointsToAlarm: a.datapointsToAlarm,
        treatMissingData: a.treatMissingData,
        alarmActions: actions,
        okActions: actions,
        tags: { ...env.labels, severity: a.severity, service: a.service.id },
      });
      alarm.overrideLogicalId(`alarm_${a.id}`);
      rendered.set(a.id, alarm);
    }
    for (const a of alarms) {
      if (a.kind !== "composite" || !renderedIn(a, env.id, alarms)) continue;
      const parts = a.allOf.map((ref) => rendered.get(ref));
      const actions = routing.actionsFor(a.severity, a.service);
      new CloudwatchCompositeAlarm(this, a.id, {
        alarmName: alarmName(env, a.id),
        alarmDescription: describe(a.severity, a.summary, a.runbook, `Fires when all of ${a.allOf.join(", ")} are in ALARM.`),
        alarmRule: allOfRule(parts.map((p) => p!.alarmName)),
        alarmActions: actions,
        okActions: actions,
        tags: { ...env.labels, severity: a.severity, service: a.service.id },
      }).overrideLogicalId(`alarm_${a.id}`);
    }
  }
}

/**
 * Whether an alarm exists in an environment: a metric alarm where its metric has dimensions there;
 * a composite where every alarm it combines exists (where one has no metric, neither does it).
 */
export function renderedIn(
  a: CloudWatchAlarmModel | CompositeAlarmModel,
  env: string,
  all: readonly (CloudWatchAlarmModel | CompositeAlarmModel)[],
): boolean {
  if (a.kind === "metric") return a.metric.dimensions[env] !== undefined;
  return a.allOf.every((ref) => {
    const part = all.find((x) => x.id === ref);
    return part !== undefined && part.kind === "metric" && renderedIn(part, env, all);
  });
}
