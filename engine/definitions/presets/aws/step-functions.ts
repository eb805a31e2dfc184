/**
 * AWS Step Functions: one state machine's failed, timed-out, aborted and throttled executions, and its SLI.
 * Metrics: https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, CloudWatchSli, PerEnvironment } from "../../types";
import { presetAlarms, type PresetAlarm, type AwsPresetOptions } from "./preset";

const metric = (name: string, stateMachineArn: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/States",
  metric: name,
  dimensions: { StateMachineArn: stateMachineArn },
  statistic: "Sum",
});

/** Keys of the alarms of {@link stepFunctionsStateMachine}. */
export type StepFunctionsAlarm = "executionsFailed" | "executionsTimedOut" | "executionsAborted" | "executionThrottled";

export interface StepFunctionsStateMachineOptions extends AwsPresetOptions<StepFunctionsAlarm> {
  /** The state machine's ARN in each environment (the metrics' StateMachineArn dimension). */
  readonly stateMachineArn: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one state machine, ids `<id>-executions-failed`,
 * `<id>-executions-timed-out`, `<id>-executions-aborted`, `<id>-execution-throttled`: each count
 * (Sum) above 0 in a 1-minute period. AWS's recommended alarms watch failed, timed-out and
 * throttled executions with thresholds that depend on the workload; this project alarms on the
 * first one in a minute, because a state machine runs few executions and each failure is a lost
 * job (a sustained rate is the SLO's to judge, over {@link stepFunctionsAvailability}). Aborted
 * executions are P3: someone stopped them, which is worth knowing but rarely an outage.
 */
export function stepFunctionsStateMachine(o: StepFunctionsStateMachineOptions): readonly CloudWatchAlarmDefinition[] {
  const arn = o.stateMachineArn;
  const any = (name: string, summary: string, extra: Partial<PresetAlarm> = {}): PresetAlarm => ({
    summary,
    metric: metric(name, arn),
    comparison: ">",
    threshold: 0,
    period: "1m",
    evaluationPeriods: 1,
    treatMissingData: "notBreaching",
    missingDataReason: "Step Functions publishes execution counts only for minutes in which executions end that way",
    ...extra,
  });
  return presetAlarms(o, {
    executionsFailed: any("ExecutionsFailed", "Step Functions executions fail"),
    executionsTimedOut: any("ExecutionsTimedOut", "Step Functions executions time out"),
    executionsAborted: any("ExecutionsAborted", "Step Functions executions are aborted", { severity: "P3" }),
    executionThrottled: any("ExecutionThrottled", "Step Functions throttles state transitions of the state machine"),
  });
}

/**
 * A state machine's availability SLI: failed and timed-out executions are bad, of all started
 * ones. An execution is counted when it starts and again when it ends, so over a window shorter
 * than an execution the ratio reads low or high; keep SLO windows much longer than executions.
 */
export function stepFunctionsAvailability(stateMachineArn: PerEnvironment<string>): CloudWatchSli {
  return {
    errors: [metric("ExecutionsFailed", stateMachineArn), metric("ExecutionsTimedOut", stateMachineArn)],
    total: metric("ExecutionsStarted", stateMachineArn),
  };
}
