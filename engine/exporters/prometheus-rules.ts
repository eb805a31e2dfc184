/**
 * Prometheus rule files from the model, one folder per environment, usable as they are by
 * Prometheus, Mimir or Grafana. Each environment's files render the model as that environment
 * sees it (its overrides applied) and put its `environment` label on every alert, the label the
 * Alertmanager tree routes on first.
 *
 * Per SLO: recording rules for the error ratio over every window its tiers use (named the same
 * way for every SLO, so one dashboard serves all); one burn-rate alert per severity whose
 * expression is the OR of that severity's multiwindow tiers, as the SRE Workbook and Sloth
 * combine them (one page alert: fast OR slow; one ticket alert), so one outage fires one page,
 * a less severe one held back after a more severe one fired (heldBurnAlertExpr);
 * a no-data alert on the SLI's series, a ticket, because without the series no burn-rate
 * alert can fire; and the budget left over the SLO's window, recorded, with one alert per status
 * level (warning, critical, exhausted) at that level's severity. Like the Google Cloud policies
 * and CloudWatch alarms of the same levels, each is its own alert: every level crossed fires.
 * Per service: the alert rules with a PromQL condition.
 */
import type { BurnRateTier, Model, PrometheusSli, SloModel } from "../model";
import { literalAnnotations } from "../model/go-template";
import { budgetAlertName, budgetAnnotations, budgetLeftPromql, burnAnnotations } from "../model/slo-alerts";
import { formatDuration } from "../model/duration";
import { noDataSeconds, RULE_EVALUATION_SECONDS } from "../model/burn-rate";
import { formatSelector } from "../model/promql";
import { noDataSeverity } from "../model/routing";
import { prometheusView } from "../model/views";
import { type BurnAlert, burnAlertDescription, burnAlerts, noDataAlertName, noDataSelector } from "../model/slo-alerts";

export { type BurnAlert, burnAlerts, noDataAlertName, noDataSelector };
import { errorRatioQuery } from "../model/sli";
import { ruleFileFolder, serviceRuleGroup, sloRuleGroup } from "../model/naming";

export { RULE_EVALUATION_SECONDS };

export interface RecordingRule {
  record: string;
  expr: string;
  labels: Record<string, string>;
}
export interface AlertingRule {
  alert: string;
  expr: string;
  for?: string;
  keep_firing_for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
export interface RuleGroup {
  name: string;
  interval: string;
  rules: (RecordingRule | AlertingRule)[];
}

/** The label that tells an SLO's alerts apart: its burn-rate alerts, its no-data alert and its budget (status level) alerts. */
export const SLO_ALERT_LABEL = "slo_alert";
export type SloAlertKind = "burn-rate" | "no-data" | "budget";

/** The recorded fraction of the error budget left over the SLO's window (negative once overspent), named the same for every SLO. */
export const BUDGET_LEFT_RECORD = "slo:error_budget_remaining:ratio";

export function errorRatioRecord(windowSeconds: number): string {
  return `slo:sli_error:ratio_rate${formatDuration(windowSeconds)}`;
}

const recordSelector = (slo: SloModel, environment: string) => `{slo="${slo.id}",environment="${environment}"}`;

/** The multiwindow condition of a tier: both windows above the error-ratio threshold. */
export function tierCondition(slo: SloModel, tier: BurnRateTier, environment: string): string {
  const sel = recordSelector(slo, environment);
  return `${errorRatioRecord(tier.longWindowSeconds)}${sel} > ${tier.errorRatioThreshold} and ${errorRatioRecord(tier.shortWindowSeconds)}${sel} > ${tier.errorRatioThreshold}`;
}

/** The alert's expression: its tiers' conditions, OR-ed. */
export function burnAlertExpr(slo: SloModel, alert: BurnAlert, environment: string): string {
  const conditions = alert.tiers.map((t) => tierCondition(slo, t, environment));
  return conditions.length === 1 ? conditions[0] : conditions.map((c) => `(${c})`).join(" or ");
}

/**
 * How long a less severe burn-rate alert is held after a more severe one of its SLO last fired:
 * its own slowest short window, the longest its condition can still hold an outage that is over
 * (CloudWatch's composite alarms suppress a slower tier for the same time).
 */
export function holdSeconds(alert: BurnAlert): number {
  return Math.max(...alert.tiers.map((t) => t.shortWindowSeconds));
}

/**
 * The expression of the SLO's i-th burn-rate alert (most severe first). A less severe one is
 * held while a more severe one fires, and for its hold after: Alertmanager's inhibition mutes it
 * only while the page fires, so the ticket of an outage somebody was paged for would otherwise
 * be sent once the page resolves, its own windows still holding the outage for hours. The
 * Prometheus rule manager writes ALERTS before it evaluates the next rule of the group, so a
 * page and its ticket due at the same evaluation send the page alone.
 */
export function heldBurnAlertExpr(slo: SloModel, alerts: readonly BurnAlert[], i: number, environment: string): string {
  const expr = burnAlertExpr(slo, alerts[i], environment);
  if (i === 0) return expr;
  const names = alerts.slice(0, i).map((a) => a.name);
  const matcher = names.length === 1 ? `alertname="${names[0]}"` : `alertname=~"${names.join("|")}"`;
  const fired = `ALERTS{${matcher},alertstate="firing",slo="${slo.id}",environment="${environment}"}`;
  // A grouped SLO holds per group: a page for one route holds back that route's ticket alone.
  const on = ["slo", "environment", ...slo.groupBy].join(", ");
  return `(${expr}) unless on(${on}) max_over_time(${fired}[${formatDuration(holdSeconds(alerts[i]))}])`;
}

const tierText = (t: BurnRateTier) =>
  `${t.factor}x over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}`;

function noDataRule(model: Model, slo: SloModel, sli: PrometheusSli, environment: string): AlertingRule | undefined {
  const severity = noDataSeverity(slo, model.severities, model.environments);
  if (!severity) return undefined;
  const selector = noDataSelector(sli);
  const window = formatDuration(noDataSeconds(slo));
  const job = selector.matchers.find((m) => m.name === "job" && m.op === "=");
  return {
    alert: noDataAlertName(slo),
    expr: `absent_over_time(${formatSelector(selector)}[${window}])`,
    labels: {
      severity,
      slo: slo.id,
      service: slo.service.id,
      team: slo.service.team,
      environment,
      [SLO_ALERT_LABEL]: "no-data" satisfies SloAlertKind,
    },
    annotations: literalAnnotations({
      summary: `${slo.name}: no samples of ${selector.metric} for ${window}; its burn-rate alerts cannot fire`,
      description:
        `No series matches ${formatSelector(selector)} in ${environment} for ${window}, so the SLI of ${slo.name} is unknown and no page would fire during an outage. ` +
        `Check: is the exporter up${job ? ` (up{job="${job.value}"})` : ""}? Was the metric or one of its labels renamed? Did the scrape config or relabelling change?`,
      runbook_url: slo.runbook,
    }),
  };
}

/**
 * The budget left over the SLO's window (per group of a grouped SLO, whose labels it keeps) and
 * an alert per status level when it is at or below the level, as Cloud Monitoring's
 * `select_slo_budget_fraction` conditions compare it (COMPARISON_LE).
 */
function budgetRules(slo: SloModel, sli: PrometheusSli, labels: Record<string, string>): (RecordingRule | AlertingRule)[] {
  // A query over the whole window every evaluation: only where an alert reads it.
  if (!slo.budgetAlerts.length) return [];
  const record: RecordingRule = { record: BUDGET_LEFT_RECORD, expr: budgetLeftPromql(sli, slo), labels };
  const alerts = slo.budgetAlerts.map((level): AlertingRule => ({
    alert: budgetAlertName(slo, level),
    expr: `${BUDGET_LEFT_RECORD}${recordSelector(slo, labels.environment)} <= ${level.remainingAtOrBelow}`,
    labels: { ...labels, severity: level.severity, [SLO_ALERT_LABEL]: "budget" satisfies SloAlertKind, budget: level.state },
    annotations: budgetAnnotations(slo, level, labels.environment),
  }));
  return [record, ...alerts];
}

/** The SLO rule groups of one environment. */
export function sloRuleGroups(model: Model, environment: string): RuleGroup[] {
  const m = prometheusView(model, environment);
  return m.slos.flatMap((slo) => {
    const sli = slo.sli.prometheus;
    if (!sli) return [];
    // The owning team on every series too, so a team's recorded SLIs can be told apart (and kept) by team.
    const labels = { slo: slo.id, service: slo.service.id, team: slo.service.team, environment };
    const windows = [...new Set(slo.tiers.flatMap((t) => [t.longWindowSeconds, t.shortWindowSeconds]))].sort((a, b) => a - b);
    const records: RecordingRule[] = windows.map((w) => ({ record: errorRatioRecord(w), expr: errorRatioQuery(sli, w), labels }));
    const alerts: AlertingRule[] = burnAlerts(m, slo).map((a, i, all) => ({
      alert: a.name,
      expr: heldBurnAlertExpr(slo, all, i, environment),
      labels: {
        severity: a.severity,
        slo: slo.id,
        service: slo.service.id,
        team: slo.service.team,
        environment,
        [SLO_ALERT_LABEL]: "burn-rate" satisfies SloAlertKind,
        tiers: a.tiers.map((t) => t.id).join(","),
      },
      annotations: burnAnnotations(slo, {
        summary: `${slo.name} burns its error budget at ${a.tiers.map(tierText).join(", or ")}`,
        description: burnAlertDescription(slo, a.tiers, environment),
      }),
    }));
    const noData = noDataRule(m, slo, sli, environment);
    const budget = budgetRules(slo, sli, labels);
    return [
      {
        name: sloRuleGroup(slo.id),
        interval: `${RULE_EVALUATION_SECONDS}s`,
        rules: [...records, ...alerts, ...(noData ? [noData] : []), ...budget],
      },
    ];
  });
}

/** The alert rule groups of one environment. */
export function alertRuleGroups(model: Model, environment: string): RuleGroup[] {
  const m = prometheusView(model, environment);
  const groups = new Map<string, AlertingRule[]>();
  for (const rule of m.alerts) {
    if (!rule.prometheus) continue;
    const list = groups.get(rule.service.id) ?? [];
    list.push({
      alert: rule.name,
      expr: rule.prometheus,
      ...(rule.forSeconds > 0 ? { for: formatDuration(rule.forSeconds) } : {}),
      ...(rule.keepFiringForSeconds ? { keep_firing_for: formatDuration(rule.keepFiringForSeconds) } : {}),
      labels: { ...rule.labels, severity: rule.severity, service: rule.service.id, team: rule.service.team, environment },
      annotations: { summary: rule.summary, description: rule.description, ...(rule.runbook ? { runbook_url: rule.runbook } : {}) },
    });
    groups.set(rule.service.id, list);
  }
  return [...groups].map(([service, rules]) => ({ name: serviceRuleGroup(service), interval: `${RULE_EVALUATION_SECONDS}s`, rules }));
}

export function toYaml(groups: readonly RuleGroup[]): string {
  // The YAML writer loads when a file is written, not when validation reads this module.
  const { stringify } = require("yaml") as typeof import("yaml");
  return stringify({ groups }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Every environment's rule groups, in the order of the environments. */
export function ruleGroupsByEnvironment(model: Model): { environment: string; slo: RuleGroup[]; alerts: RuleGroup[] }[] {
  return model.environments.map((e) => ({ environment: e.id, slo: sloRuleGroups(model, e.id), alerts: alertRuleGroups(model, e.id) }));
}

/** One pair of rule files: its folder under the export (`<env>` or `<env>/<team>`) and its groups. */
export interface RuleFilePair {
  readonly environment: string;
  readonly folder: string;
  readonly slo: RuleGroup[];
  readonly alerts: RuleGroup[];
}

/** The pairs of rule files of every environment: one per environment, or one per team where the environment splits them (ruleFiles: "team"). */
export function ruleFilePairs(model: Model): RuleFilePair[] {
  return ruleGroupsByEnvironment(model).flatMap(({ environment, slo, alerts }) => {
    const env = model.environments.find((e) => e.id === environment)!;
    if (env.ruleFiles !== "team") return [{ environment, folder: ruleFileFolder(environment), slo, alerts }];
    // Every group is one SLO's (slo-<id>) or one service's (alerts-<id>): its team is that service's.
    const m = prometheusView(model, environment);
    const owner = new Map<string, string>([
      ...m.slos.map((x) => [sloRuleGroup(x.id), x.service.team] as const),
      ...m.services.map((x) => [serviceRuleGroup(x.id), x.team] as const),
    ]);
    const teamOf = (g: RuleGroup) => owner.get(g.name)!;
    const teams = [...new Set([...slo, ...alerts].map(teamOf))];
    return teams.map((team) => ({
      environment,
      folder: ruleFileFolder(environment, team),
      slo: slo.filter((g) => teamOf(g) === team),
      alerts: alerts.filter((g) => teamOf(g) === team),
    }));
  });
}

export const SLO_RULES_FILE = "slo.rules.yml";
export const ALERT_RULES_FILE = "alerts.rules.yml";

/** Path -> YAML: `<folder>/slo.rules.yml` and `<folder>/alerts.rules.yml` per pair (see ruleFilePairs). */
export function prometheusRuleFiles(model: Model): Map<string, string> {
  return new Map(
    ruleFilePairs(model).flatMap((p) => [
      [`${p.folder}/${SLO_RULES_FILE}`, toYaml(p.slo)],
      [`${p.folder}/${ALERT_RULES_FILE}`, toYaml(p.alerts)],
    ]),
  );
}
