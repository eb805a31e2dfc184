/**
 * Cloud Run services: alert policies and SLIs over the metrics Cloud Run writes to Cloud
 * Monitoring (run.googleapis.com, monitored resource `cloud_run_revision`, labelled with the
 * `service_name` of the service, per revision). Metric types, kinds and units from Google's list
 * of Google Cloud metrics, "run" section: https://cloud.google.com/monitoring/api/metrics_gcp
 *
 * - `run.googleapis.com/request_count`: DELTA, INT64; labels `response_code`, `response_code_class` ("2xx", "5xx", ...).
 * - `run.googleapis.com/request_latencies`: DELTA, DISTRIBUTION, in milliseconds.
 * - `run.googleapis.com/container/instance_count`: GAUGE, INT64; label `state` (active, idle).
 * - `run.googleapis.com/container/cpu/utilizations` and `container/memory/utilizations`: DELTA,
 *   DISTRIBUTION, unit 10^2.%: a ratio, 1.0 is 100% of the instance's CPU or memory.
 */
import type { AlertRuleDefinition, LatencySli, PerEnvironment, RatioSli } from "../../types";
import { filterMatch, labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `cloudRun()`. */
export type CloudRunAlert = "errors" | "latency" | "instances" | "cpu" | "memory";

/** Options of `cloudRun()`: the preset's options and the Cloud Run service to watch. */
export interface CloudRunOptions extends GcpPresetOptions<CloudRunAlert> {
  /**
   * The Cloud Run service's name (the `service_name` label), or one per environment id. Names
   * that differ per environment are matched together (`service_name=~"a|b"`): each environment's
   * policy reads its own project, where only its own name exists.
   */
  readonly serviceName: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="cloud_run_revision"';

/**
 * Alert policies for a Cloud Run service:
 *
 * - `errors`: share of requests answered 5xx over 5 minutes above `threshold` (default 0.05, 5%:
 *   a 99.9% SLO's budget for 30 days spent in under 15 hours; page on an SLO from
 *   `cloudRunAvailabilitySli` for anything finer), for 5m, P1. With no requests the share is
 *   absent, not 0/0: an idle service is not failing. At low traffic one error is a large share.
 * - `latency`: p99 of `request_latencies` over 5 minutes above `threshold` milliseconds (default
 *   1000: a second is where users notice a page waiting; set what your callers need), for 10m,
 *   P2. No requests: no quantile, no alert.
 * - `instances`: container instances of the service (every revision and state) above
 *   `threshold` (default 80: 80% of the 100 instances Cloud Run scales a service to unless its
 *   maximum is set, https://cloud.google.com/run/docs/configuring/max-instances), for 5m, P2.
 *   Set it below your own maximum. A service scaled to zero reports none, and does not alert.
 * - `cpu` and `memory`: p99 of the instances' CPU or memory utilization (0-1) over 5 minutes
 *   above `threshold` (default 0.9: 10% headroom; an instance out of memory is stopped), for
 *   10m, P2. No instances: no data, no alert.
 */
export function cloudRun(options: CloudRunOptions): readonly AlertRuleDefinition[] {
  const service = labelMatcher("service_name", options.serviceName);
  const requests = (...extra: string[]) => `sum(rate(${selector("run_googleapis_com:request_count", RESOURCE, service, ...extra)}[5m]))`;
  const p99 = (metric: string) => `histogram_quantile(0.99, sum by (le) (rate(${selector(metric, RESOURCE, service)}[5m])))`;
  return presetAlerts(options, {
    errors: {
      name: "CloudRun5xxHigh",
      summary: (t) => `Cloud Run answers more than ${percent(t)}% of requests with 5xx`,
      threshold: 0.05,
      for: "5m",
      severity: "P1",
      // The total only where there were requests: no traffic gives no share rather than 0/0.
      condition: (t) => `${requests('response_code_class="5xx"')} / (${requests()} > 0) > ${t}`,
    },
    latency: {
      name: "CloudRunLatencyHigh",
      summary: (t) => `Cloud Run p99 request latency above ${t} ms`,
      threshold: 1000,
      for: "10m",
      severity: "P2",
      condition: (t) => `${p99("run_googleapis_com:request_latencies_bucket")} > ${t}`,
    },
    instances: {
      name: "CloudRunInstancesHigh",
      summary: (t) => `Cloud Run runs more than ${t} container instances`,
      threshold: 80,
      for: "5m",
      severity: "P2",
      condition: (t) => `sum(${selector("run_googleapis_com:container_instance_count", RESOURCE, service)}) > ${t}`,
    },
    cpu: {
      name: "CloudRunCpuHigh",
      summary: (t) => `Cloud Run instances' p99 CPU utilization above ${percent(t)}%`,
      threshold: 0.9,
      for: "10m",
      severity: "P2",
      condition: (t) => `${p99("run_googleapis_com:container_cpu_utilizations_bucket")} > ${t}`,
    },
    memory: {
      name: "CloudRunMemoryHigh",
      summary: (t) => `Cloud Run instances' p99 memory utilization above ${percent(t)}%`,
      threshold: 0.9,
      for: "10m",
      severity: "P2",
      condition: (t) => `${p99("run_googleapis_com:container_memory_utilizations_bucket")} > ${t}`,
    },
  });
}

/** The Cloud Monitoring filter of a Cloud Run service's requests, with extra terms. */
function requestFilter(metric: string, serviceName: PerEnvironment<string>, ...extra: string[]): string {
  return [
    `metric.type="${metric}"`,
    'resource.type="cloud_run_revision"',
    filterMatch('resource.label."service_name"', serviceName),
    ...extra,
  ].join(" ");
}

/**
 * An availability SLI of a Cloud Run service from Cloud Run's own request counts: requests
 * answered 5xx are bad (`response_code_class`), all requests are the total. Its only source is
 * Cloud Monitoring, so the SLO is rendered on Google Cloud.
 */
export function cloudRunAvailabilitySli(serviceName: PerEnvironment<string>): RatioSli {
  return {
    kind: "ratio",
    cloudMonitoring: {
      bad: requestFilter("run.googleapis.com/request_count", serviceName, 'metric.label."response_code_class"="5xx"'),
      total: requestFilter("run.googleapis.com/request_count", serviceName),
    },
  };
}

/**
 * A latency SLI of a Cloud Run service: requests answered within `threshold` (e.g. "500ms"),
 * from the `request_latencies` distribution, which Cloud Run records in milliseconds.
 */
export function cloudRunLatencySli(serviceName: PerEnvironment<string>, threshold: LatencySli["threshold"]): LatencySli {
  return {
    kind: "latency",
    threshold,
    unit: "milliseconds",
    cloudMonitoring: { distribution: requestFilter("run.googleapis.com/request_latencies", serviceName) },
  };
}
