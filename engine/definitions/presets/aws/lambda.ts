/**
 * AWS Lambda: one function's errors, throttles, duration and concurrency, and its SLIs.
 * Metrics: https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, CloudWatchSli, LatencySli, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, functionName: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/Lambda",
  metric: name,
  dimensions: { FunctionName: functionName },
  statistic,
});

/** Keys of the alarms of {@link lambdaFunction}. */
export type LambdaAlarm = "errors" | "throttles" | "duration" | "concurrentExecutions";

export interface LambdaFunctionOptions extends AwsPresetOptions<LambdaAlarm> {
  /** The function's name in each environment. */
  readonly functionName: PerEnvironment<string>;
  /**
   * The function's configured timeout in seconds, default 3 (Lambda's default,
   * https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html): the duration alarm
   * fires at 80% of it, before invocations start timing out.
   */
  readonly timeoutSeconds?: number;
}

/**
 * The alarms a team wants on one Lambda function, ids `<id>-errors`, `<id>-throttles`,
 * `<id>-duration`, `<id>-concurrent-executions`. Periods, datapoints and comparisons are AWS's
 * recommended alarms'; where AWS says the threshold depends on the function, the default is
 * named below with its reason.
 *
 * - `errors`: Errors (Sum) above 0 in 3 consecutive minutes. Counts, not a rate: an error rate
 *   needs metric math over Errors and Invocations, which a single-metric alarm cannot express;
 *   the SLO over {@link lambdaAvailability} judges the rate.
 * - `throttles`: Throttles (Sum) at least 1 in 5 consecutive minutes.
 * - `duration`: Duration p90 above 80% of `timeoutSeconds` (in milliseconds), 15 minutes running:
 *   AWS advises a threshold below the configured timeout; the 90th percentile, so that a few slow
 *   invocations do not alarm while most of them near the timeout do.
 * - `concurrentExecutions`: ConcurrentExecutions (Maximum) above 900, 10 minutes running: AWS
 *   advises about 90% of the concurrency quota, 1,000 per Region by default
 *   (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
 */
export function lambdaFunction(o: LambdaFunctionOptions): readonly CloudWatchAlarmDefinition[] {
  const fn = o.functionName;
  const idle = "Lambda publishes no datapoint in a minute without invocations, and a function nobody calls is not failing";
  return presetAlarms(o, {
    errors: {
      summary: "Lambda function invocations fail",
      metric: metric("Errors", fn, "Sum"),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 3,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    throttles: {
      summary: "Lambda function invocations are throttled",
      metric: metric("Throttles", fn, "Sum"),
      comparison: ">=",
      threshold: 1,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    duration: {
      summary: "Lambda function invocations approach their timeout",
      metric: metric("Duration", fn, "p90"),
      comparison: ">",
      threshold: Math.round((o.timeoutSeconds ?? 3) * 800),
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    concurrentExecutions: {
      summary: "Lambda function concurrency nears the account's quota",
      metric: metric("ConcurrentExecutions", fn, "Maximum"),
      comparison: ">",
      threshold: 900,
      period: "1m",
      evaluationPeriods: 10,
      treatMissingData: "notBreaching",
      missingDataReason: "no concurrent executions are reported while nothing runs, which is far from the quota",
    },
  });
}

/**
 * A Lambda function's availability SLI: failed invocations (Errors) and throttled requests
 * (Throttles) are bad; the total is Invocations plus Throttles, because Invocations leaves out
 * throttled requests, which never ran (Lambda metrics page above).
 */
export function lambdaAvailability(functionName: PerEnvironment<string>): CloudWatchSli {
  return {
    errors: [metric("Errors", functionName, "Sum"), metric("Throttles", functionName, "Sum")],
    total: [metric("Invocations", functionName, "Sum"), metric("Throttles", functionName, "Sum")],
  };
}

/**
 * A Lambda function's latency SLI source for `latency({ threshold, cloudWatchLatency })`: Duration,
 * one datapoint per invocation, in milliseconds.
 */
export function lambdaLatency(functionName: PerEnvironment<string>): NonNullable<LatencySli["cloudWatchLatency"]> {
  return { namespace: "AWS/Lambda", metric: "Duration", dimensions: { FunctionName: functionName }, unit: "milliseconds" };
}
