/**
 * The alerts one SLO raises, the same on every target that evaluates PromQL (Prometheus rule
 * files, Grafana rule groups, Cloud Monitoring PromQL conditions): one burn-rate alert per
 * severity whose condition is the OR of that severity's multiwindow tiers, as the SRE Workbook
 * and Sloth combine them (one page alert: fast OR slow; one ticket alert), a no-data alert
 * on the SLI's series, and (Prometheus rule files and Grafana) one alert per status level on the
 * budget left over the SLO's window.
 */
import { SEVERITIES, type Severity } from "../definitions/types";
import { formatDuration } from "./duration";
import type { VectorSelector } from "./promql";
import { pages } from "./routing";
import { errorRatioQuery } from "./sli";
import { literalAnnotations } from "./go-template";
import { groupRunbook, groupTemplate } from "./group-by";
import type { BurnRateTier, Model, PrometheusSli, SloLevelModel, SloModel } from "./types";

/** One burn-rate alert of an SLO: the tiers of one severity, any of which fires it. */
export interface BurnAlert {
  readonly name: string;
  readonly severity: Severity;
  readonly pages: boolean;
  readonly tiers: readonly BurnRateTier[];
}

export const pascal = (id: string) =>
  id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/**
 * The SLO's burn-rate alerts: its tiers (those a target deploys, by default the SLO's own)
 * grouped by severity, most severe first. With the workbook tiers that is one page alert
 * (page-fast OR page-slow) and one ticket alert. Tiers given different paging severities stay
 * separate alerts; the more severe one inhibits the other where the target can (Alertmanager).
 */
export function burnAlerts(
  model: Pick<Model, "severities" | "environments">,
  slo: SloModel,
  tiers: readonly BurnRateTier[] = slo.tiers,
): BurnAlert[] {
  const bySeverity = SEVERITIES.map((severity) => ({ severity, tiers: tiers.filter((t) => t.severity === severity) })).filter(
    (g) => g.tiers.length > 0,
  );
  const paging = (s: Severity) => pages(s, model.severities, model.environments);
  const count = (p: boolean) => bySeverity.filter((g) => paging(g.severity) === p).length;
  return bySeverity.map(({ severity, tiers }) => {
    const p = paging(severity);
    return { name: `${pascal(slo.id)}${p ? "Page" : "Ticket"}Burn${count(p) > 1 ? severity : ""}`, severity, pages: p, tiers };
  });
}

/**
 * A burn-rate alert's condition in PromQL with the error ratios written out (no recording
 * rules): per tier both windows above the threshold, the tiers OR-ed.
 */
export function burnAlertPromql(sli: PrometheusSli, alert: BurnAlert): string {
  const conditions = alert.tiers.map(
    (t) =>
      `${errorRatioQuery(sli, t.longWindowSeconds)} > ${t.errorRatioThreshold} and ${errorRatioQuery(sli, t.shortWindowSeconds)} > ${t.errorRatioThreshold}`,
  );
  return conditions.length === 1 ? conditions[0] : conditions.map((c) => `(${c})`).join(" or ");
}

/**
 * The series whose absence means the SLI cannot be judged: the total (its first counter, where
 * counters add up: the others may rightly have no series yet), the histogram's count, the gauge.
 */
export function noDataSelector(sli: PrometheusSli): VectorSelector {
  return sli.kind === "ratio" ? sli.total[0] : sli.kind === "latency" ? sli.count : sli.gauge;
}

/** Name of an SLO's no-data alert: ApiAvailabilityNoData. */
export function noDataAlertName(slo: SloModel): string {
  return `${pascal(slo.id)}NoData`;
}

/** The burn-rate alert's tiers as people read them: "14.4x over 1h and 5m, or 6x over 6h and 30m". */
export function tiersText(tiers: readonly BurnRateTier[]): string {
  return tiers
    .map((t) => `${t.factor}x over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}`)
    .join(", or ");
}

/** What a burn-rate alert's description says: each tier's threshold and the budget it would spend. */
export function burnAlertDescription(slo: SloModel, tiers: readonly BurnRateTier[], environment?: string): string {
  const per = tiers.map(
    (t) =>
      `${t.id}: error ratio above ${t.errorRatioThreshold} in both windows, ${t.budgetSharePercent}% of the budget gone in ${formatDuration(t.longWindowSeconds)} at this pace`,
  );
  return `${slo.name} (${slo.objective}% over ${slo.windowDays}d)${environment ? ` in ${environment}` : ""}: ${per.join("; ")}.`;
}

/**
 * A burn-rate alert's annotations: the generated text shown as written (never run as a template),
 * and for a grouped SLO the group it is about, filled in by Prometheus or Grafana from the alert's
 * labels: "... for route /checkout", with the runbook link opened on that route.
 */
export function burnAnnotations(
  slo: Pick<SloModel, "groupBy" | "runbook">,
  text: { readonly summary: string; readonly description: string },
): Record<string, string> {
  const literal = literalAnnotations({ ...text, runbook_url: slo.runbook });
  const group = groupTemplate(slo.groupBy);
  return {
    summary: `${literal.summary}${group}`,
    description: group ? `${literal.description.replace(/\.$/, "")}${group}.` : literal.description,
    runbook_url: groupRunbook(literal.runbook_url, slo.groupBy),
  };
}

/** Name of an SLO's alert for one status level: ApiAvailabilityBudgetWarning. */
export function budgetAlertName(slo: Pick<SloModel, "id">, level: Pick<SloLevelModel, "state">): string {
  return `${pascal(slo.id)}Budget${pascal(level.state)}`;
}

/**
 * PromQL for the fraction of the error budget left over the SLO's window, one series (or one per
 * group of a grouped SLO): 1 - error ratio / error budget, as Cloud Monitoring's
 * select_slo_budget_fraction and the CloudWatch budget alarms compute it.
 */
export function budgetLeftPromql(sli: PrometheusSli, slo: Pick<SloModel, "windowSeconds" | "errorBudget">): string {
  return `1 - (${errorRatioQuery(sli, slo.windowSeconds)}) / ${slo.errorBudget}`;
}

/**
 * A status level's annotations, as the Google Cloud and AWS budget alerts word them: how much
 * budget is left and the SLI that means; for a grouped SLO, the group.
 */
export function budgetAnnotations(
  slo: Pick<SloModel, "name" | "windowDays" | "errorBudgetMinutes" | "groupBy" | "runbook">,
  level: SloLevelModel,
  environment?: string,
): Record<string, string> {
  return burnAnnotations(slo, {
    summary: `${slo.name}: error budget ${level.state}, ${level.remainingPercent}% or less left`,
    description:
      `${slo.name}${environment ? ` in ${environment}` : ""} has ${level.remainingPercent}% or less of its ${slo.windowDays}-day error budget ` +
      `(${slo.errorBudgetMinutes} minutes of full outage) left: its SLI over ${slo.windowDays} days is at or below ${level.sliAtOrBelow}%. ` +
      `Follow the error-budget policy for the ${level.state} state.`,
  });
}
