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

export function gcpProblems(model: Model): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });
  if (!model.environments.some((e) => e.gcp)) return problems;

  for (const slo of model.slos) {
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
