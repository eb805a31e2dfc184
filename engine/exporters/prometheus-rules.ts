/**
 * Prometheus rule files from the model, usable as they are by Prometheus, Mimir or Grafana:
 * per SLO, recording rules for the error ratio over every window its tiers use (named the same
 * way for every SLO, so one dashboard serves all) and a multiwindow burn-rate alert per tier;
 * per service, the alert rules with a PromQL condition.
 */
import { stringify } from "yaml";
import type { BurnRateTier, Model, SloModel } from "../model";
import { formatDuration } from "../model/duration";
import { RULE_EVALUATION_SECONDS } from "../model/burn-rate";
import { errorRatioQuery } from "../model/sli";

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
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
export interface RuleGroup {
  name: string;
  interval: string;
  rules: (RecordingRule | AlertingRule)[];
}

export function errorRatioRecord(windowSeconds: number): string {
  return `slo:sli_error:ratio_rate${formatDuration(windowSeconds)}`;
}

const pascal = (id: string) =>
  id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/** Alert name of a tier: ApiAvailabilityPageFastBurn. */
export function burnAlertName(slo: SloModel, tier: BurnRateTier): string {
  return `${pascal(slo.id)}${pascal(tier.id)}Burn`;
}

/** The multiwindow condition of a tier: both windows above the error-ratio threshold. */
export function burnAlertExpr(slo: SloModel, tier: BurnRateTier): string {
  const sel = `{slo="${slo.id}"}`;
  return `${errorRatioRecord(tier.longWindowSeconds)}${sel} > ${tier.errorRatioThreshold} and ${errorRatioRecord(tier.shortWindowSeconds)}${sel} > ${tier.errorRatioThreshold}`;
}

export function sloRuleGroups(model: Model): RuleGroup[] {
  return model.slos.flatMap((slo) => {
    const sli = slo.sli.prometheus;
    if (!sli) return [];
    const labels = { slo: slo.id, service: slo.service.id };
    const windows = [...new Set(slo.tiers.flatMap((t) => [t.longWindowSeconds, t.shortWindowSeconds]))].sort((a, b) => a - b);
    const records: RecordingRule[] = windows.map((w) => ({ record: errorRatioRecord(w), expr: errorRatioQuery(sli, w), labels }));
    const alerts: AlertingRule[] = slo.tiers.map((tier) => ({
      alert: burnAlertName(slo, tier),
      expr: burnAlertExpr(slo, tier),
      labels: { severity: tier.severity, slo: slo.id, service: slo.service.id, team: slo.service.team, tier: tier.id },
      annotations: {
        summary: `${slo.name} burns its error budget at ${tier.factor}x over ${formatDuration(tier.longWindowSeconds)} and ${formatDuration(tier.shortWindowSeconds)}`,
        description: `${slo.name} (${slo.objective}% over ${slo.windowDays}d): error ratio above ${tier.errorRatioThreshold} in both windows; at this pace ${tier.budgetSharePercent}% of the budget is gone in ${formatDuration(tier.longWindowSeconds)}.`,
        runbook_url: slo.runbook,
      },
    }));
    return [{ name: `slo-${slo.id}`, interval: `${RULE_EVALUATION_SECONDS}s`, rules: [...records, ...alerts] }];
  });
}

export function alertRuleGroups(model: Model): RuleGroup[] {
  const groups = new Map<string, AlertingRule[]>();
  for (const rule of model.alerts) {
    if (!rule.prometheus) continue;
    const list = groups.get(rule.service.id) ?? [];
    list.push({
      alert: rule.name,
      expr: rule.prometheus,
      ...(rule.forSeconds > 0 ? { for: formatDuration(rule.forSeconds) } : {}),
      labels: { ...rule.labels, severity: rule.severity, service: rule.service.id, team: rule.service.team },
      annotations: { summary: rule.summary, description: rule.description, ...(rule.runbook ? { runbook_url: rule.runbook } : {}) },
    });
    groups.set(rule.service.id, list);
  }
  return [...groups].map(([service, rules]) => ({ name: `alerts-${service}`, interval: `${RULE_EVALUATION_SECONDS}s`, rules }));
}

export function toYaml(groups: RuleGroup[]): string {
  return stringify({ groups }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** File name -> YAML: slo.rules.yml and alerts.rules.yml. */
export function prometheusRuleFiles(model: Model): Map<string, string> {
  return new Map([
    ["slo.rules.yml", toYaml(sloRuleGroups(model))],
    ["alerts.rules.yml", toYaml(alertRuleGroups(model))],
  ]);
}
