/**
 * Cloud Functions: alert policies over the metrics Cloud Functions writes to Cloud Monitoring
 * (cloudfunctions.googleapis.com, monitored resource `cloud_function`, labelled
 * `function_name`). Metric types, kinds and units from Google's list of Google Cloud metrics,
 * "cloudfunctions" section: https://cloud.google.com/monitoring/api/metrics_gcp
 *
 * - `function/execution_count`: DELTA, INT64, executions by `status` ("ok", "error", "timeout",
 *   "crash", "out of memory", ...).
 * - `function/execution_times`: DELTA, DISTRIBUTION, in **nanoseconds**.
 *
 * These are the metrics of functions deployed with Cloud Functions (1st gen). A function deployed
 * as a Cloud Run function (2nd gen) is a Cloud Run service: watch it with `cloudRun()`.
 */
import type { AlertRuleDefinition, PerEnvironment } from "../../types";
import { labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `cloudFunction()`. */
export type CloudFunctionAlert = "errors" | "latency";

/** Options of `cloudFunction()`: the preset's options and the function to watch. */
export interface CloudFunctionOptions extends GcpPresetOptions<CloudFunctionAlert> {
  /** The function's name (`function_name`), or one per environment id. */
  readonly functionName: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="cloud_function"';
/** execution_times records nanoseconds; thresholds are given in milliseconds. */
const NANOSECONDS_PER_MILLISECOND = 1e6;

/**
 * Alert policies for a Cloud Function:
 *
 * - `errors`: share of executions whose status is not "ok" over 5 minutes above `threshold`
 *   (default 0.05, 5%, as `cloudRun()`'s 5xx share), for 5m, P1. No executions: no share, no
 *   alert (a function nobody calls is not failing).
 * - `latency`: p99 execution time over 5 minutes above `threshold` **milliseconds** (default
 *   5000: well under the 60 s default timeout, where callers of an HTTP function have long
 *   waited; set what your callers need), compared in the metric's nanoseconds, for 10m, P2.
 */
export function cloudFunction(options: CloudFunctionOptions): readonly AlertRuleDefinition[] {
  const fn = labelMatcher("function_name", options.functionName);
  const executions = (...extra: string[]) =>
    `sum(rate(${selector("cloudfunctions_googleapis_com:function_execution_count", RESOURCE, fn, ...extra)}[5m]))`;
  return presetAlerts(options, {
    errors: {
      name: "CloudFunctionErrorsHigh",
      summary: (t) => `Cloud Function fails more than ${percent(t)}% of executions`,
      threshold: 0.05,
      for: "5m",
      severity: "P1",
      condition: (t) => `${executions('status!="ok"')} / (${executions()} > 0) > ${t}`,
    },
    latency: {
      name: "CloudFunctionSlow",
      summary: (t) => `Cloud Function p99 execution time above ${t} ms`,
      threshold: 5000,
      for: "10m",
      severity: "P2",
      condition: (t) =>
        `histogram_quantile(0.99, sum by (le) (rate(${selector("cloudfunctions_googleapis_com:function_execution_times_bucket", RESOURCE, fn)}[5m]))) > ${t * NANOSECONDS_PER_MILLISECOND}`,
    },
  });
}
