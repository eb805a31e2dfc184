/**
 * What Google Cloud accepts, checked before synth so that a definition that cannot fit fails
 * with its id and field instead of at `terraform apply`.
 */
import type { Model } from "../../engine/model";
import type { Problem } from "../../engine/model/problems";
import { GCP_LABEL_VALUE } from "./labels";

/** google_monitoring_slo: rolling_period_days between 1 and 30. */
export const GCP_MAX_SLO_WINDOW_DAYS = 30;
/** Log bucket retention_days range. */
export const GCP_LOG_RETENTION_DAYS = { min: 1, max: 3650 } as const;
/** Uptime check periods Cloud Monitoring offers. */
export const GCP_UPTIME_PERIODS_SECONDS = [60, 300, 600, 900] as const;
export const GCP_UPTIME_TIMEOUT_SECONDS = { min: 1, max: 60 } as const;
/**
 * The SLO goal: "0 < goal <= 0.999" in both the Cloud Monitoring API reference
 * (ServiceLevelObjective.goal, google.cloud.monitoring_v3) and the google provider's
 * google_monitoring_slo docs, so 99.95% or 99.99% cannot be a Cloud Monitoring SLO.
 */
export const GCP_MAX_SLO_GOAL = 0.999;

/** Google Cloud regions (cloud.google.com/about/locations), as of provider 6.50.0. */
export const GCP_REGIONS: readonly string[] = [
  "africa-south1",
  "asia-east1",
  "asia-east2",
  "asia-northeast1",
  "asia-northeast2",
  "asia-northeast3",
  "asia-south1",
  "asia-south2",
  "asia-southeast1",
  "asia-southeast2",
  "australia-southeast1",
  "australia-southeast2",
  "europe-central2",
  "europe-north1",
  "europe-north2",
  "europe-southwest1",
  "europe-west1",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "europe-west8",
  "europe-west9",
  "europe-west10",
  "europe-west12",
  "me-central1",
  "me-central2",
  "me-west1",
  "northamerica-northeast1",
  "northamerica-northeast2",
  "northamerica-south1",
  "southamerica-east1",
  "southamerica-west1",
  "us-central1",
  "us-east1",
  "us-east4",
  "us-east5",
  "us-south1",
  "us-west1",
  "us-west2",
  "us-west3",
  "us-west4",
];

export function gcpProblems(model: Model): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });
  if (!model.environments.some((e) => e.gcp)) return problems;

  for (const slo of model.slos) {
    if (slo.sli.cloudMonitoring && slo.goal > GCP_MAX_SLO_GOAL) {
      add(
        `slo "${slo.id}"`,
        "objective",
        `Cloud Monitoring SLO goals go up to ${GCP_MAX_SLO_GOAL * 100}%, got ${slo.objective}; give this SLO no Cloud Monitoring source or a lower objective`,
      );
    }
    if (slo.sli.cloudMonitoring && slo.windowDays > GCP_MAX_SLO_WINDOW_DAYS) {
      add(
        `slo "${slo.id}"`,
        "window",
        `Cloud Monitoring SLOs allow rolling windows of 1 to ${GCP_MAX_SLO_WINDOW_DAYS} days, got ${slo.windowDays}d`,
      );
    }
  }
  for (const c of model.logClasses) {
    if (c.retentionDays < GCP_LOG_RETENTION_DAYS.min || c.retentionDays > GCP_LOG_RETENTION_DAYS.max) {
      add(
        `log class "${c.id}"`,
        "retentionDays",
        `Cloud Logging buckets keep logs ${GCP_LOG_RETENTION_DAYS.min} to ${GCP_LOG_RETENTION_DAYS.max} days, got ${c.retentionDays}`,
      );
    }
  }
  for (const service of model.services) {
    if (!GCP_LABEL_VALUE.test(service.team)) {
      add(
        `service "${service.id}"`,
        "team",
        `becomes a Google Cloud label value: use lowercase letters, digits, "_" or "-" (at most 63), got ${JSON.stringify(service.team)}`,
      );
    }
    for (const e of service.endpoints) {
      if (!(GCP_UPTIME_PERIODS_SECONDS as readonly number[]).includes(e.periodSeconds)) {
        add(`endpoint "${e.id}"`, "period", `Cloud Monitoring uptime checks run every 1m, 5m, 10m or 15m, got ${e.periodSeconds}s`);
      }
      if (
        e.timeoutSeconds < GCP_UPTIME_TIMEOUT_SECONDS.min ||
        e.timeoutSeconds > GCP_UPTIME_TIMEOUT_SECONDS.max ||
        e.timeoutSeconds > e.periodSeconds
      ) {
        add(`endpoint "${e.id}"`, "timeout", `must be 1s to 60s and not longer than the period, got ${e.timeoutSeconds}s`);
      }
    }
  }
  for (const env of model.environments) {
    if (env.gcp && !GCP_REGIONS.includes(env.gcp.region))
      add(
        `environment "${env.id}"`,
        "gcp.region",
        `unknown Google Cloud region ${JSON.stringify(env.gcp.region)}; regions look like "southamerica-east1"`,
      );
    for (const [key, value] of Object.entries(env.labels)) {
      if (!/^[a-z][a-z0-9_-]{0,62}$/.test(key) || !GCP_LABEL_VALUE.test(value)) {
        add(
          `environment "${env.id}"`,
          `labels.${key}`,
          'becomes a Google Cloud label: keys start with a lowercase letter; keys and values use lowercase letters, digits, "_" or "-"',
        );
      }
    }
  }
  return problems;
}
