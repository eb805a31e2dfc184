/**
 * summary.json: the reviewable meaning of the definitions (SLOs with their tiers, alerts,
 * routes), written by every synth so that a review can compare two revisions by meaning as
 * well as by Terraform resource.
 */
import { SEVERITIES } from "../definitions/types";
import type { Model } from "../model";
import { formatDuration } from "../model/duration";

export interface Summary {
  slos: Record<string, { service: string; objective: number; window: string; budgetMinutes: number; tiers: Record<string, string> }>;
  alerts: Record<string, { name: string; service: string; severity: string; for: string; condition: string; runbook: string }>;
  routes: Record<string, Record<string, string[]>>;
  /** What the review needs to judge changes to the stores that hold logs. */
  logClasses?: Record<string, { retentionDays: number; protected: boolean; retired: boolean; acknowledged?: string }>;
}

export const SUMMARY_FILE = "summary.json";

export function summary(model: Model): Summary {
  const channel = (c: { kind: string; channel?: string; address?: string }) =>
    c.kind === "slack" ? c.channel! : c.kind === "email" ? c.address! : "PagerDuty";
  return {
    slos: Object.fromEntries(
      model.slos.map((s) => [
        s.id,
        {
          service: s.service.id,
          objective: s.objective,
          window: `${s.windowDays}d`,
          budgetMinutes: s.errorBudgetMinutes,
          tiers: Object.fromEntries(
            s.tiers.map((t) => [
              t.id,
              `${t.severity} ${t.factor}x over ${formatDuration(t.longWindowSeconds)}/${formatDuration(t.shortWindowSeconds)} (error ratio > ${t.errorRatioThreshold})`,
            ]),
          ),
        },
      ]),
    ),
    alerts: Object.fromEntries([
      ...model.alerts.map((a) => [
        a.id,
        {
          name: a.name,
          service: a.service.id,
          severity: a.severity,
          for: formatDuration(a.forSeconds),
          condition: a.prometheus ?? "",
          runbook: a.runbook ?? "",
        },
      ]),
      ...model.cloudWatchAlarms.map((a) => [
        a.id,
        {
          name: a.id,
          service: a.service.id,
          severity: a.severity,
          for: a.kind === "metric" ? `${a.evaluationPeriods} x ${formatDuration(a.periodSeconds)}` : "",
          condition:
            a.kind === "metric"
              ? `${a.metric.namespace} ${a.metric.metric} ${a.metric.statistic} ${a.comparison} ${a.threshold}`
              : `all of ${a.allOf.join(", ")}`,
          runbook: a.runbook ?? "",
        },
      ]),
    ]),
    routes: Object.fromEntries(
      model.environments.map((e) => [e.id, Object.fromEntries(SEVERITIES.map((s) => [s, e.routes[s].map(channel)]))]),
    ),
    logClasses: Object.fromEntries(
      model.logClasses.map((c) => [
        c.id,
        { retentionDays: c.retentionDays, protected: c.protected, retired: c.retired, acknowledged: c.acknowledged },
      ]),
    ),
  };
}
