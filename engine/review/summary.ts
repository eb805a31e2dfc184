/**
 * summary.json: the reviewable meaning of the definitions (SLOs with their tiers, alerts,
 * routes), written by every synth so that a review can compare two revisions by meaning as
 * well as by Terraform resource.
 */
import { SEVERITIES } from "../definitions/types";
import type { BurnRateTier, ChannelModel, Model, RoutesModel } from "../model";
import { formatDuration } from "../model/duration";
import { GROUPED_ON_GOOGLE_CLOUD, groupingText } from "../model/group-by";
import { sloOnGoogleCloud } from "../model/slos";

export interface Summary {
  slos: Record<
    string,
    {
      service: string;
      objective: number;
      window: string;
      budgetMinutes: number;
      tiers: Record<string, string>;
      /** The status levels: "budget left <= 0.5 (SLI <= 99.95%), P3", by level (warning, critical, exhausted). */
      levels: Record<string, string>;
      /** A grouped SLO's labels, as the review reads them ("per route"); absent for an SLO judged as a whole. */
      grouping?: string;
      /** What Google Cloud renders of a grouped SLO, which has no Cloud Monitoring SLO object there. */
      googleCloud?: string;
    }
  >;
  alerts: Record<
    string,
    {
      name: string;
      service: string;
      severity: string;
      for: string;
      keepFiringFor?: string;
      repeatEvery?: string;
      condition: string;
      runbook: string;
    }
  >;
  routes: Record<string, Record<string, string[]>>;
  /** What the review needs to judge changes to the stores that hold logs. */
  logClasses?: Record<string, { retentionDays: number; protected: boolean; retired: boolean; locked?: true; acknowledged?: string }>;
}

export const SUMMARY_FILE = "summary.json";

export function summary(model: Model): Summary {
  const channel = (c: ChannelModel) =>
    c.kind === "slack" ? c.channel : c.kind === "email" ? c.address : c.kind === "webhook" ? `webhook ${c.id}` : "PagerDuty";
  const row = (r: RoutesModel) => Object.fromEntries(SEVERITIES.map((s) => [s, r[s].map(channel)]));
  return {
    slos: Object.fromEntries(
      model.slos.map((s) => [
        s.id,
        {
          service: s.service.id,
          objective: s.objective,
          window: `${s.windowDays}d`,
          budgetMinutes: s.errorBudgetMinutes,
          // The tiers as derived, then each variant a target deploys instead ("ticket on gcp").
          tiers: Object.fromEntries([
            ...s.tiers.map((t) => [t.id, tierText(t)]),
            ...Object.entries(s.deployedTiers).flatMap(([target, tiers]) =>
              tiers.filter((t) => t.replaces).map((t) => [`${t.id} on ${target}`, tierText(t)]),
            ),
          ]),
          levels: Object.fromEntries(
            s.levels.map((l) => [
              l.state,
              `budget left <= ${l.remainingAtOrBelow} (SLI <= ${l.sliAtOrBelow}%), ${s.budgetAlerts.length ? l.severity : "no alert"}${l.own ? ", this SLO's own" : ""}`,
            ]),
          ),
          ...(s.groupBy.length ? { grouping: groupingText(s.groupBy) } : {}),
          ...(s.groupBy.length && sloOnGoogleCloud(s) ? { googleCloud: GROUPED_ON_GOOGLE_CLOUD } : {}),
          ...(s.noDataAlert ? {} : { noData: "no alert when its series stop (alerting.noData: false)" }),
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
          ...(a.keepFiringForSeconds ? { keepFiringFor: formatDuration(a.keepFiringForSeconds) } : {}),
          ...(a.repeatEverySeconds ? { repeatEvery: formatDuration(a.repeatEverySeconds) } : {}),
          // Each backend's condition: Google Cloud evaluates googleCloud instead of prometheus where both are given.
          condition: [a.prometheus, a.googleCloud !== undefined ? `on Google Cloud: ${a.googleCloud}` : undefined]
            .filter((c) => c !== undefined)
            .join("; "),
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
    // The organisation's routes per environment, and "<environment>/<team>" where a team routes otherwise.
    routes: Object.fromEntries(
      model.environments.flatMap((e) => [
        [e.id, row(e.routes)],
        ...Object.entries(e.teamRoutes)
          .filter(([, r]) => JSON.stringify(row(r)) !== JSON.stringify(row(e.routes)))
          .map(([team, r]) => [`${e.id}/${team}`, row(r)]),
      ]),
    ),
    logClasses: Object.fromEntries(
      model.logClasses.map((c) => [
        c.id,
        {
          retentionDays: c.retentionDays,
          protected: c.protected,
          retired: c.retired,
          ...(c.locked ? { locked: true as const } : {}),
          acknowledged: c.acknowledged,
        },
      ]),
    ),
  };
}

function tierText(t: BurnRateTier): string {
  return `${t.severity} ${t.factor}x over ${formatDuration(t.longWindowSeconds)}/${formatDuration(t.shortWindowSeconds)} (error ratio > ${t.errorRatioThreshold})`;
}
