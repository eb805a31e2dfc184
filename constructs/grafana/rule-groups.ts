import { Construct } from "constructs";
import { RuleGroup } from "../../.gen/providers/grafana/rule-group";
import { literalAnnotations } from "../../engine/model/go-template";
import type { AlertRuleModel, Model } from "../../engine/model";
import { noDataSeconds, RULE_EVALUATION_SECONDS } from "../../engine/model/burn-rate";
import { formatDuration } from "../../engine/model/duration";
import { formatSelector } from "../../engine/model/promql";
import { noDataSeverity } from "../../engine/model/routing";
import {
  budgetAlertName,
  budgetAnnotations,
  budgetLeftPromql,
  burnAlertDescription,
  burnAlertPromql,
  burnAnnotations,
  burnAlerts,
  noDataAlertName,
  noDataSelector,
  tiersText,
} from "../../engine/model/slo-alerts";
import type { GrafanaFolders } from "./folders-and-sources";
import { grafanaAddress, sloRuleUid } from "../../engine/model/naming/grafana";
import { alertRuleUid, grafanaServiceRuleGroup, sloRuleGroup } from "../../engine/model/naming";

/**
 * A rule's data: the PromQL query (A) already holds the comparison, so the rule fires for every
 * series it returns: B takes each series' last value and C is true for any number.
 */
function promqlData(datasourceUid: string, expr: string) {
  return [
    {
      refId: "A",
      datasourceUid,
      relativeTimeRange: { from: 600, to: 0 },
      model: JSON.stringify({ refId: "A", expr, instant: true }),
    },
    {
      refId: "B",
      datasourceUid: "__expr__",
      relativeTimeRange: { from: 0, to: 0 },
      model: JSON.stringify({ refId: "B", type: "reduce", expression: "A", reducer: "last" }),
    },
    {
      refId: "C",
      datasourceUid: "__expr__",
      relativeTimeRange: { from: 0, to: 0 },
      model: JSON.stringify({ refId: "C", type: "math", expression: "is_number($B)" }),
    },
  ];
}

export interface GrafanaRuleGroupsProps {
  readonly folders: GrafanaFolders;
  readonly datasourceUid: string;
  readonly rules: readonly AlertRuleModel[];
}

/** A Grafana-managed rule group per service for the alert rules with a PromQL condition. */
export class GrafanaRuleGroups extends Construct {
  constructor(scope: Construct, id: string, { folders, datasourceUid, rules }: GrafanaRuleGroupsProps) {
    super(scope, id);
    const byService = new Map<string, AlertRuleModel[]>();
    for (const rule of rules) {
      if (rule.prometheus === undefined) continue;
      byService.set(rule.service.id, [...(byService.get(rule.service.id) ?? []), rule]);
    }
    for (const [service, serviceRules] of byService) {
      new RuleGroup(this, service, {
        name: grafanaServiceRuleGroup(service),
        folderUid: folders.uid(serviceRules[0].service.team),
        intervalSeconds: RULE_EVALUATION_SECONDS,
        rule: serviceRules.map((rule) => ({
          uid: alertRuleUid(rule.id),
          name: rule.name,
          condition: "C",
          for: formatDuration(rule.forSeconds),
          ...(rule.keepFiringForSeconds ? { keepFiringFor: formatDuration(rule.keepFiringForSeconds) } : {}),
          noDataState: "OK",
          execErrState: "Error",
          labels: { ...rule.labels, severity: rule.severity, service: rule.service.id, team: rule.service.team },
          annotations: { summary: rule.summary, description: rule.description, ...(rule.runbook ? { runbook_url: rule.runbook } : {}) },
          data: promqlData(datasourceUid, rule.prometheus!),
        })),
      }).overrideLogicalId(grafanaAddress.serviceRuleGroup(service));
    }
  }
}

export interface GrafanaSloRuleGroupsProps {
  readonly folders: GrafanaFolders;
  readonly datasourceUid: string;
  readonly model: Pick<Model, "slos" | "severities" | "environments">;
}

/**
 * Per SLO with a Prometheus source, a rule group with its alerts as the Prometheus rule files
 * have them, from the same model numbers: one burn-rate rule per severity whose condition ORs
 * that severity's multiwindow tiers (one page rule: page-fast OR page-slow; one ticket rule for
 * the slow burn), so one outage pages once; a no-data ticket when the SLI's series vanish,
 * because then no burn-rate rule can fire; and one rule per status level on the budget left over
 * the SLO's window. A burn-rate rule without data is OK: no traffic burns no budget, and the
 * no-data rule speaks for a vanished series.
 */
export class GrafanaSloRuleGroups extends Construct {
  constructor(scope: Construct, id: string, { folders, datasourceUid, model }: GrafanaSloRuleGroupsProps) {
    super(scope, id);
    for (const slo of model.slos) {
      const sli = slo.sli.prometheus;
      if (!sli) continue;
      const labels = { slo: slo.id, service: slo.service.id, team: slo.service.team };
      const burn = burnAlerts(model, slo).map((alert) => ({
        uid: sloRuleUid(slo, `burn-${alert.severity.toLowerCase()}`),
        name: alert.name,
        condition: "C",
        for: "0s",
        noDataState: "OK",
        execErrState: "Error",
        labels: { ...labels, severity: alert.severity, slo_alert: "burn-rate", tiers: alert.tiers.map((t) => t.id).join(",") },
        annotations: burnAnnotations(slo, {
          summary: `${slo.name} burns its error budget at ${tiersText(alert.tiers)}`,
          description: burnAlertDescription(slo, alert.tiers),
        }),
        data: promqlData(datasourceUid, burnAlertPromql(sli, alert)),
      }));
      const severity = noDataSeverity(slo, model.severities, model.environments);
      const selector = noDataSelector(sli);
      const window = formatDuration(noDataSeconds(slo));
      const job = selector.matchers.find((m) => m.name === "job" && m.op === "=")?.value;
      const noData = severity && {
        uid: sloRuleUid(slo, "no-data"),
        name: noDataAlertName(slo),
        condition: "C",
        for: "0s",
        noDataState: "OK",
        execErrState: "Error",
        labels: { ...labels, severity, slo_alert: "no-data" },
        annotations: literalAnnotations({
          summary: `${slo.name}: no samples of ${selector.metric} for ${window}; its burn-rate alerts cannot fire`,
          description:
            `No series matches ${formatSelector(selector)} for ${window}, so the SLI of ${slo.name} is unknown and no page would fire during an outage. ` +
            `Check: is the exporter up${job ? ` (up{job="${job}"})` : ""}? Was the metric or one of its labels renamed? Did the scrape config or relabelling change?`,
          runbook_url: slo.runbook,
        }),
        data: promqlData(datasourceUid, `absent_over_time(${formatSelector(selector)}[${window}])`),
      };
      // A status level's rule, as the exported Prometheus rules have it: every level crossed fires.
      const budget = slo.budgetAlerts.map((level) => ({
        uid: sloRuleUid(slo, `budget-${level.state}`),
        name: budgetAlertName(slo, level),
        condition: "C",
        for: "0s",
        noDataState: "OK",
        execErrState: "Error",
        labels: { ...labels, severity: level.severity, slo_alert: "budget", budget: level.state },
        annotations: budgetAnnotations(slo, level),
        data: promqlData(datasourceUid, `${budgetLeftPromql(sli, slo)} <= ${level.remainingAtOrBelow}`),
      }));
      new RuleGroup(this, slo.id, {
        name: sloRuleGroup(slo.id),
        folderUid: folders.uid(slo.service.team),
        intervalSeconds: RULE_EVALUATION_SECONDS,
        rule: [...burn, ...(noData ? [noData] : []), ...budget],
      }).overrideLogicalId(grafanaAddress.sloRuleGroup(slo.id));
    }
  }
}
