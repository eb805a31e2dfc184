/**
 * External Application Load Balancers (global, and classic): alert policies and SLIs over the
 * metrics the load balancer writes to Cloud Monitoring (loadbalancing.googleapis.com, monitored
 * resource `https_lb_rule`, labelled `url_map_name`, `forwarding_rule_name`,
 * `backend_target_name`, ...). Metric types, kinds and units from Google's list of Google Cloud
 * metrics, "loadbalancing" section: https://cloud.google.com/monitoring/api/metrics_gcp
 *
 * - `https/request_count`: DELTA, INT64; label `response_code_class` is an INT64, the class as a
 *   number: 200, 300, 400, 500 (0 when no response was sent), so 5xx is `response_code_class="500"`.
 * - `https/total_latencies`: DELTA, DISTRIBUTION, in milliseconds, from the first request byte
 *   the proxy received to the client's acknowledgement of the last response byte.
 *
 * Regional and internal Application Load Balancers write other resource types and metric names
 * (e.g. `https/external/regional/...`): this preset does not cover them.
 */
import type { AlertRuleDefinition, LatencySli, PerEnvironment, RatioSli } from "../../types";
import { filterMatch, labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `httpsLoadBalancer()`. */
export type HttpsLoadBalancerAlert = "errors" | "latency";

/** Options of `httpsLoadBalancer()`: the preset's options and the URL map to watch. */
export interface HttpsLoadBalancerOptions extends GcpPresetOptions<HttpsLoadBalancerAlert> {
  /** The load balancer's URL map (`url_map_name`), or one per environment id. */
  readonly urlMap: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="https_lb_rule"';

/**
 * Alert policies for an external Application Load Balancer, over all its backends:
 *
 * - `errors`: share of requests answered 5xx over 5 minutes above `threshold` (default 0.05, as
 *   `cloudRun()`), for 5m, P1. 5xx here includes the load balancer's own (no healthy backend,
 *   backend timeout), which backends never see. No requests: no share, no alert.
 * - `latency`: p99 of `total_latencies` over 5 minutes above `threshold` milliseconds (default
 *   1000, as `cloudRun()`; it includes the client's network time), for 10m, P2.
 */
export function httpsLoadBalancer(options: HttpsLoadBalancerOptions): readonly AlertRuleDefinition[] {
  const urlMap = labelMatcher("url_map_name", options.urlMap);
  const requests = (...extra: string[]) =>
    `sum(rate(${selector("loadbalancing_googleapis_com:https_request_count", RESOURCE, urlMap, ...extra)}[5m]))`;
  return presetAlerts(options, {
    errors: {
      name: "LoadBalancer5xxHigh",
      summary: (t) => `Load balancer answers more than ${percent(t)}% of requests with 5xx`,
      threshold: 0.05,
      for: "5m",
      severity: "P1",
      condition: (t) => `${requests('response_code_class="500"')} / (${requests()} > 0) > ${t}`,
    },
    latency: {
      name: "LoadBalancerLatencyHigh",
      summary: (t) => `Load balancer p99 total latency above ${t} ms`,
      threshold: 1000,
      for: "10m",
      severity: "P2",
      condition: (t) =>
        `histogram_quantile(0.99, sum by (le) (rate(${selector("loadbalancing_googleapis_com:https_total_latencies_bucket", RESOURCE, urlMap)}[5m]))) > ${t}`,
    },
  });
}

/** The Cloud Monitoring filter of a load balancer's requests, with extra terms. */
function requestFilter(metric: string, urlMap: PerEnvironment<string>, ...extra: string[]): string {
  return [`metric.type="${metric}"`, 'resource.type="https_lb_rule"', filterMatch('resource.label."url_map_name"', urlMap), ...extra].join(
    " ",
  );
}

/**
 * An availability SLI of a service behind an external Application Load Balancer: requests the
 * load balancer answered 5xx are bad (`response_code_class` 500), all requests are the total.
 * It sees the failures users see, a backend's and the load balancer's own.
 */
export function httpsLoadBalancerAvailabilitySli(urlMap: PerEnvironment<string>): RatioSli {
  return {
    kind: "ratio",
    cloudMonitoring: {
      bad: requestFilter("loadbalancing.googleapis.com/https/request_count", urlMap, "metric.label.response_code_class=500"),
      total: requestFilter("loadbalancing.googleapis.com/https/request_count", urlMap),
    },
  };
}

/** A latency SLI of a load balancer: requests completed within `threshold`, from `total_latencies` (milliseconds). */
export function httpsLoadBalancerLatencySli(urlMap: PerEnvironment<string>, threshold: LatencySli["threshold"]): LatencySli {
  return {
    kind: "latency",
    threshold,
    unit: "milliseconds",
    cloudMonitoring: { distribution: requestFilter("loadbalancing.googleapis.com/https/total_latencies", urlMap) },
  };
}
