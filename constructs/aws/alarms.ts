import { Construct } from "constructs";
import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { CloudWatchAlarmModel, CompositeAlarmModel, EnvironmentModel } from "../../engine/model";
import { cloudWatchAlarmParts } from "../../engine/model/naming/aws";
import { compositeAlarm, metricAlarm } from "./alarm";
import type { AwsAlertRouting } from "./routing";
import { awsAddress } from "../../engine/model/naming/aws";

export const COMPARISON_OPERATOR = {
  ">": "GreaterThanThreshold",
  ">=": "GreaterThanOrEqualToThreshold",
  "<": "LessThanThreshold",
  "<=": "LessThanOrEqualToThreshold",
} as const;

/** `ALARM("a") AND ALARM("b")`, referencing the alarms' names so Terraform orders them. */
export function allOfRule(names: readonly string[]): string {
  return names.map((n) => `ALARM("${n}")`).join(" AND ");
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
    const rendered = new Map<string, CloudwatchMetricAlarm>();
    for (const a of alarms) {
      if (a.kind !== "metric" || !renderedIn(a, env.id, alarms)) continue;
      const dimensions = a.metric.dimensions[env.id]!;
      const notify = { severity: a.severity, service: a.service, summary: a.summary, runbook: a.runbook };
      const details = [`Missing data: ${a.treatMissingData}, because ${a.missingDataReason}.`];
      const alarm = metricAlarm(
        this,
        routing,
        { id: a.id, logicalId: awsAddress.alarm(a.id), name: cloudWatchAlarmParts(a.id), notify: { ...notify, details } },
        {
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
        },
      );
      rendered.set(a.id, alarm);
    }
    for (const a of alarms) {
      if (a.kind !== "composite" || !renderedIn(a, env.id, alarms)) continue;
      const parts = a.allOf.map((ref) => rendered.get(ref)!);
      const notify = { severity: a.severity, service: a.service, summary: a.summary, runbook: a.runbook };
      const details = [`Fires when all of ${a.allOf.join(", ")} are in ALARM.`];
      compositeAlarm(
        this,
        routing,
        { id: a.id, logicalId: awsAddress.alarm(a.id), name: cloudWatchAlarmParts(a.id), notify: { ...notify, details } },
        {
          alarmRule: allOfRule(parts.map((p) => p.alarmName)),
        },
      );
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
