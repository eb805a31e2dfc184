import { Construct } from "constructs";
import { MonitoringCustomService } from "@cdktf/provider-google/lib/monitoring-custom-service";
import { MonitoringSlo, type MonitoringSloConfig } from "@cdktf/provider-google/lib/monitoring-slo";
import type { MonitoringAlertPolicyConditions } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import type { BurnRateTier, CloudMonitoringSli, EnvironmentModel, Model, PrometheusSli, ServiceModel, SloModel } from "../../engine/model";
import { noDataSeconds, RULE_EVALUATION_SECONDS, tiersOn } from "../../engine/model/burn-rate";
import { apiDuration, formatDuration } from "../../engine/model/duration";
import { noDataSeverity } from "../../engine/model/routing";
import { burnAlertPromql, burnAlerts, noDataAlertName, noDataSelector, tiersText } from "../../engine/model/slo-alerts";
import { groupingText } from "../../engine/model/group-by";
import { formatSelector } from "../../engine/model/promql";
import { alertPolicy } from "./alert-policy";
import type { GcpNotificationChannels } from "./notification-channels";
import { customServiceId, gcpAddress, sloRuleGroup } from "../../engine/model/naming";

/** Windows-based SLIs (time-based, freshness) judge each minute. */
const WINDOW_PERIOD_SECONDS = 60;

function sliConfig(sli: CloudMonitoringSli): Pick<MonitoringSloConfig, "requestBasedSli" | "windowsBasedSli"> {
  switch (sli.kind) {
    case "ratio":
      return {
        requestBasedSli: {
          goodTotalRatio: { goodServiceFilter: sli.good, badServiceFilter: sli.bad, totalServiceFilter: sli.total },
        },
      };
    case "distribution":
      return { requestBasedSli: { distributionCut: { distributionFilter: sli.filter, range: { max: sli.max } } } };
    case "gauge-range":
      return {
        windowsBasedSli: {
          windowPeriod: apiDuration(WINDOW_PERIOD_SECONDS),
          metricMeanInRange: { timeSeries: sli.filter, range: { min: sli.min, max: sli.max } },
        },
      };
  }
}

/**
 * The SLI's total series, for its no-data conditions (all must hold): the ratio's total (or, without
 * one, its good and its bad series), the distribution, the age gauge, each aggregated over all its series (a pod that goes away is no outage) with the
 * aligner its metric kind takes.
 */
function noDataConditions(sli: CloudMonitoringSli, seconds: number): MonitoringAlertPolicyConditions[] {
  // A ratio without a total (good + bad) has no data when both of its series are absent.
  const [filters, perSeriesAligner] =
    sli.kind === "ratio"
      ? [sli.total !== undefined ? [sli.total] : [sli.good!, sli.bad!], "ALIGN_RATE"]
      : sli.kind === "distribution"
        ? [[sli.filter], "ALIGN_DELTA"]
        : [[sli.filter], "ALIGN_MEAN"];
  return filters.map((filter) => ({
    displayName: `No data for ${formatDuration(seconds)}`,
    conditionAbsent: {
      filter,
      duration: apiDuration(seconds),
      aggregations: [{ alignmentPeriod: "60s", perSeriesAligner, crossSeriesReducer: "REDUCE_COUNT" }],
      trigger: { count: 1 },
    },
  }));
}

/**
 * The no-data condition of a grouped SLO, which has no Cloud Monitoring filter: the PromQL of the
 * Prometheus rules' no-data alert, over every series of the SLI (a route that goes quiet is no outage).
 */
function noDataPromqlCondition(sli: PrometheusSli, seconds: number, ruleGroup: string, alertRule: string): MonitoringAlertPolicyConditions {
  return {
    displayName: `No data for ${formatDuration(seconds)}`,
    conditionPrometheusQueryLanguage: {
      query: `absent_over_time(${formatSelector(noDataSelector(sli))}[${formatDuration(seconds)}])`,
      duration: "0s",
      evaluationInterval: `${RULE_EVALUATION_SECONDS}s`,
      ruleGroup,
      alertRule,
    },
  };
}

export interface GcpServiceSlosProps {
  readonly env: EnvironmentModel;
  /** Which severities page, for grouping the tiers into one page and one ticket policy. */
  readonly model: Pick<Model, "severities" | "environments">;
  readonly channels: GcpNotificationChannels;
  readonly service: ServiceModel;
  readonly slos: readonly SloModel[];
}

/**
 * A service's SLOs in Cloud Monitoring: the custom service, one SLO per definition with a
 * Cloud Monitoring source, its burn-rate policies, the error-budget policy alerts and a
 * no-data ticket.
 *
 * Burn rate: with a Prometheus source (Managed Service for Prometheus series), one policy per
 * severity whose single PromQL condition is the multiwindow expression of the Prometheus rules
 * (page: page-fast OR page-slow; ticket): one outage opens one incident, and an SLO costs 2
 * burn-rate conditions instead of 6. Without one, a policy per tier, long AND short
 * `select_slo_burn_rate` conditions (Cloud Monitoring cannot OR two AND-ed pairs in one policy).
 *
 * A grouped SLO (groupBy) has no SLO object, which would judge its filters as a whole: its PromQL
 * conditions keep the group's labels (one time series, so one incident, per route), its no-data
 * condition is PromQL too, and it has no error-budget policies here (see group-by.ts).
 */
export class GcpServiceSlos extends Construct {
  constructor(scope: Construct, id: string, { env, model, channels, service, slos }: GcpServiceSlosProps) {
    super(scope, id);
    const custom = new MonitoringCustomService(this, "service", {
      serviceId: customServiceId(service.id),
      displayName: service.name,
      userLabels: { ...env.labels, team: service.team },
    });
    custom.overrideLogicalId(gcpAddress.customService(service.id));

    for (const slo of slos) {
      const cloudMonitoring = slo.sli.cloudMonitoring;
      // A grouped SLO has no SLO object: Cloud Monitoring judges an SLO's filters as a whole, never
      // per label value. Its PromQL conditions alert per group; it has no budget alerts here.
      if (!cloudMonitoring && !(slo.groupBy.length && slo.sli.prometheus)) continue;
      const resource =
        cloudMonitoring &&
        new MonitoringSlo(this, `slo-${slo.id}`, {
          service: custom.serviceId,
          sloId: slo.id,
          displayName: slo.name,
          goal: slo.goal,
          rollingPeriodDays: slo.windowDays,
          userLabels: { ...env.labels, team: service.team },
          ...sliConfig(cloudMonitoring),
        });
      resource?.overrideLogicalId(gcpAddress.slo(slo.id));
      const common = {
        env,
        channels,
        service,
        runbook: slo.runbook,
        labels: { slo: slo.id, service: service.id, team: service.team },
      };

      const tiers = tiersOn(slo, "gcp");
      const notes = (ts: readonly BurnRateTier[]) => ts.flatMap((t) => (t.replaces ? ["", `Note: ${t.replaces.reason}.`] : []));
      const prometheus = slo.sli.prometheus;
      if (prometheus) {
        for (const alert of burnAlerts(model, slo, tiers)) {
          const kind = alert.pages ? "page" : "ticket";
          alertPolicy(this, {
            ...common,
            // One policy per severity; a second paging or ticket severity keeps its own address.
            logicalId: gcpAddress.slo(
              slo.id,
              `${kind}${burnAlerts(model, slo, tiers).filter((a) => a.pages === alert.pages).length > 1 ? `_${alert.severity.toLowerCase()}` : ""}`,
            ),
            severity: alert.severity,
            title: `${slo.name}: burning error budget at ${tiersText(alert.tiers)}`,
            summary:
              `${slo.name} (${slo.objective}% over ${slo.windowDays}d) is spending its error budget too fast: ` +
              alert.tiers
                .map(
                  (t) =>
                    `${t.id}: ${t.factor}x over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}, ${t.budgetSharePercent}% of the budget gone in ${formatDuration(t.longWindowSeconds)} at this pace`,
                )
                .join("; ") +
              ".",
            details: [
              ...notes(alert.tiers),
              // A PromQL condition keeps the labels its query groups by: one time series, so one incident, per group.
              ...(slo.groupBy.length ? ["", `One incident ${groupingText(slo.groupBy)}: the incident's labels name it.`] : []),
            ],
            labels: { ...common.labels, tiers: alert.tiers.map((t) => t.id).join("_") },
            combiner: "OR",
            conditions: [
              {
                displayName: `Error ratio above ${alert.tiers.map((t) => `${t.errorRatioThreshold} (${t.id})`).join(" or ")}`,
                conditionPrometheusQueryLanguage: {
                  query: burnAlertPromql(prometheus, alert),
                  duration: "0s",
                  evaluationInterval: `${RULE_EVALUATION_SECONDS}s`,
                  ruleGroup: sloRuleGroup(slo.id),
                  alertRule: alert.name,
                },
              },
            ],
          });
        }
      }
      for (const tier of prometheus || !resource ? [] : tiers) {
        const windows = `${formatDuration(tier.longWindowSeconds)}/${formatDuration(tier.shortWindowSeconds)}`;
        const condition = (seconds: number) => ({
          displayName: `Burn rate over ${formatDuration(seconds)} above ${tier.factor}x`,
          conditionThreshold: {
            filter: `select_slo_burn_rate("${resource!.name}", "${apiDuration(seconds)}")`,
            comparison: "COMPARISON_GT",
            thresholdValue: tier.factor,
            duration: "0s",
            trigger: { count: 1 },
          },
        });
        alertPolicy(this, {
          ...common,
          logicalId: gcpAddress.slo(slo.id, tier.id),
          severity: tier.severity,
          title: `${slo.name}: burning error budget at ${tier.factor}x (${windows})`,
          summary:
            `${slo.name} (${slo.objective}% over ${slo.windowDays}d) is spending its error budget ${tier.factor} times faster ` +
            `than sustainable: at this pace ${tier.budgetSharePercent}% of the budget is gone in ${formatDuration(tier.longWindowSeconds)}.`,
          details: notes([tier]),
          labels: { ...common.labels, tier: tier.id },
          combiner: "AND",
          conditions: [condition(tier.longWindowSeconds), condition(tier.shortWindowSeconds)],
        });
      }

      const noData = noDataSeverity(slo, model.severities, model.environments);
      if (noData) {
        const seconds = noDataSeconds(slo);
        const conditions = cloudMonitoring
          ? noDataConditions(cloudMonitoring, seconds)
          : [noDataPromqlCondition(slo.sli.prometheus!, seconds, sloRuleGroup(slo.id), noDataAlertName(slo))];
        alertPolicy(this, {
          ...common,
          logicalId: gcpAddress.slo(slo.id, "no_data"),
          severity: noData,
          title: `${slo.name}: no data for ${formatDuration(seconds)}, its burn-rate alerts cannot fire`,
          summary:
            `No series of the SLI of ${slo.name} reported for ${formatDuration(seconds)}, so the SLO is unknown and no page would fire during an outage. ` +
            `Check: is the exporter or agent that writes the metric up, and does it still write to ${env.gcp?.project ?? "this project"}? ` +
            `Was the metric or one of its labels renamed? Did the scrape, relabelling or collection config change?`,
          labels: { ...common.labels, slo_alert: "no-data" },
          // Two conditions (good and bad of a ratio without a total): no data only when both are absent.
          combiner: conditions.length > 1 ? "AND" : "OR",
          conditions,
        });
      }

      for (const budget of resource ? slo.budgetAlerts : []) {
        const percent = budget.remainingPercent;
        alertPolicy(this, {
          ...common,
          logicalId: gcpAddress.slo(slo.id, `budget_${budget.state}`),
          severity: budget.severity,
          title: `${slo.name}: error budget ${budget.state} (${percent}% or less left)`,
          summary: `${slo.name} has ${percent}% or less of its ${slo.windowDays}-day error budget (${slo.errorBudgetMinutes} minutes of full outage) left. Follow the error-budget policy for the ${budget.state} state.`,
          labels: { ...common.labels, budget: budget.state },
          combiner: "OR",
          conditions: [
            {
              displayName: `Remaining error budget at or below ${percent}%`,
              conditionThreshold: {
                filter: `select_slo_budget_fraction("${resource!.name}")`,
                comparison: "COMPARISON_LE",
                thresholdValue: budget.remainingAtOrBelow,
                duration: "0s",
                trigger: { count: 1 },
              },
            },
          ],
        });
      }
    }
  }
}
