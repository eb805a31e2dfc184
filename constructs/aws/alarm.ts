/**
 * Every CloudWatch alarm the AWS target creates goes through here, so all of them are named
 * `<environment>-...`, carry the environment's labels, and either notify (their severity routed
 * by the owning team, in ALARM and back in OK, described with the summary and runbook) or only
 * feed a composite alarm, described as such.
 */
import type { Construct } from "constructs";
import { CloudwatchCompositeAlarm, type CloudwatchCompositeAlarmConfig } from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import { CloudwatchMetricAlarm, type CloudwatchMetricAlarmConfig } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { Severity } from "../../engine/definitions/types";
import type { ServiceModel } from "../../engine/model";
import { alertText } from "../../engine/model/text";
import { truncate } from "../names";
import { alarmName } from "../../engine/model/naming/aws";
import type { AwsAlertRouting } from "./routing";

const ALARM_DESCRIPTION_MAX = 1024;

/**
 * `[P1] summary. details Runbook: url`, shortened where CloudWatch's 1,024 characters demand, never
 * the runbook link. CloudWatch expands no templates: a Prometheus one (`{{ $labels.instance }}`)
 * becomes a readable word ("the instance").
 */
export function describe(severity: string, summary: string, runbook: string | undefined, ...details: string[]): string {
  const tail = [...details, runbook ? `Runbook: ${runbook}` : ""].filter(Boolean).join(" ");
  const head = truncate(`[${severity}] ${alertText(summary, "words", { severity })}.`, ALARM_DESCRIPTION_MAX - tail.length - 1);
  return truncate([head, tail].filter(Boolean).join(" "), ALARM_DESCRIPTION_MAX);
}

/** Alarm names carry the environment, so two environments can share an account (engine/model/naming/aws.ts). */

export interface AlarmSpec {
  /** The construct id; `logicalId` fixes the Terraform address. */
  readonly id: string;
  readonly logicalId: string;
  /** Name parts after the environment id. */
  readonly name: readonly string[];
  /** An alarm that notifies; or `feeds`, the description of one that only feeds a composite alarm. */
  readonly notify?: {
    readonly severity: Severity;
    readonly service: ServiceModel;
    readonly summary: string;
    readonly runbook?: string;
    readonly details?: readonly string[];
  };
  readonly feeds?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

type Owned = "alarmName" | "alarmDescription" | "alarmActions" | "okActions" | "tags";

function common(routing: AwsAlertRouting, spec: AlarmSpec) {
  const { env } = routing;
  const n = spec.notify;
  const actions = n ? routing.actionsFor(n.severity, n.service) : undefined;
  return {
    alarmName: alarmName(env, ...spec.name),
    alarmDescription: n ? describe(n.severity, n.summary, n.runbook, ...(n.details ?? [])) : spec.feeds,
    alarmActions: actions,
    okActions: actions,
    tags: { ...env.labels, ...spec.tags, ...(n ? { severity: n.severity, service: n.service.id } : {}) },
  };
}

export function metricAlarm(
  scope: Construct,
  routing: AwsAlertRouting,
  spec: AlarmSpec,
  config: Omit<CloudwatchMetricAlarmConfig, Owned>,
): CloudwatchMetricAlarm {
  const alarm = new CloudwatchMetricAlarm(scope, spec.id, { ...config, ...common(routing, spec) });
  alarm.overrideLogicalId(spec.logicalId);
  return alarm;
}

export function compositeAlarm(
  scope: Construct,
  routing: AwsAlertRouting,
  spec: AlarmSpec,
  config: Omit<CloudwatchCompositeAlarmConfig, Owned>,
): CloudwatchCompositeAlarm {
  const alarm = new CloudwatchCompositeAlarm(scope, spec.id, { ...config, ...common(routing, spec) });
  alarm.overrideLogicalId(spec.logicalId);
  return alarm;
}
