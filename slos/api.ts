import { albAvailability, latency, ratio, slo } from "../engine/definitions";
import { api } from "../alerts/aws";

/** The NOUS example: 99.9% of API requests succeed over 30 days (43.2 minutes of budget). */
export const apiAvailability = slo({
  id: "api-availability",
  name: "API availability",
  service: "api",
  objective: 99.9,
  window: "30d",
  sli: ratio({
    prometheus: {
      errors: 'http_requests_total{job="nous-api",status=~"5.."}',
      total: 'http_requests_total{job="nous-api"}',
    },
    // On AWS the same SLO is measured at the load balancer, its own 5xx included.
    cloudWatch: albAvailability(api.loadBalancer),
  }),
  runbook: "https://docs.nous.com/runbooks/api-availability",
});

/** The NOUS example: P95 under 2 seconds over 7 days, i.e. 95% of requests complete within 2s. */
export const apiLatency = slo({
  id: "api-latency",
  name: "API latency under 2s",
  service: "api",
  objective: 95,
  window: "7d",
  sli: latency({
    threshold: "2s",
    prometheus: { histogram: 'http_request_duration_seconds{job="nous-api"}' },
  }),
  runbook: "https://docs.nous.com/runbooks/api-latency",
});
