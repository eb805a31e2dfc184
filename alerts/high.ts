import { alert } from "../engine/definitions";

/** P1 rules of the bundled NOUS example. P1 pages, so each links a runbook. */

export const highErrorRate = alert({
  id: "high-error-rate",
  name: "HighErrorRate",
  service: "api",
  severity: "P1",
  summary: "API error rate >10% for 5 minutes",
  for: "5m",
  condition: {
    prometheus: 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.1',
  },
  runbook: "runbooks/high-error-rate.md",
});

export const highLatency = alert({
  id: "high-latency",
  name: "HighLatency",
  service: "api",
  severity: "P1",
  summary: "P95 latency >5 seconds",
  for: "5m",
  // The NOUS example's histogram_quantile over the raw histogram name is not valid PromQL; the
  // quantile needs the bucket rates summed by `le`.
  condition: {
    prometheus: "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 5",
  },
  runbook: "https://docs.nous.com/runbooks/high-latency",
});

export const cloudRunOutOfCapacity = alert({
  id: "cloud-run-out-of-capacity",
  name: "CloudRunOutOfCapacity",
  service: "api",
  severity: "P1",
  summary: "Cloud Run at 90% capacity",
  for: "5m",
  condition: { prometheus: "cloud_run_instance_count >= cloud_run_max_instances * 0.9" },
  runbook: "https://docs.nous.com/runbooks/cloud-run-capacity",
});
