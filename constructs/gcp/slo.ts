import { Construct } from "constructs";
import { MonitoringCustomService } from "@cdktf/provider-google/lib/monitoring-custom-service";
import { MonitoringSlo, type MonitoringSloConfig } from "@cdktf/provider-google/lib/monitoring-slo";
import type { CloudMonitoringSli, EnvironmentModel, ServiceModel, SloModel } from "../../engine/model";
import { tiersOn } from "../../engine/model/burn-rate";
import { apiDuration, formatDuration } from "../../engine/model/duration";
import { alertPolicy } from "./alert-policy";
import type { GcpNotificationChannels } from "./notification-channels";

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

export interface GcpServiceSlosProps {
  readonly env: EnvironmentModel;
  readonly channels: GcpNotificationChannels;
  readonly service: ServiceModel;
  readonly slos: readonly SloModel[];
}

/**
 * A service's SLOs in Cloud Monitoring: the custom service, one SLO per definition with a
 * Cloud Monitoring source, a burn-rate policy per tier (long AND short window) and the
 * error-budget policy alerts.
 */
export class GcpServiceSlos extends Construct {
  constructor(scope: Construct, id: string, { env, channels, service, slos }: GcpServiceSlosProps) {
    super(scope, id);
    const custom = new MonitoringCustomService(this, "service", {
      serviceId: service.id,
      displayName: service.name,
      userLabels: { ...env.labels, team: service.team },
    });
    custom.overrideLogicalId(`service_${service.id}`);

    for (const slo of slos) {
      if (!slo.sli.cloudMonitoring) continue;
      const resource = new MonitoringSlo(this, `slo-${slo.id}`, {
        service: custom.serviceId,
        sloId: slo.id,
        displayName: slo.name,
        goal: slo.goal,
        rollingPeriodDays: slo.windowDays,
        userLabels: { ...env.labels, team: service.team },
        ...sliConfig(slo.sli.cloudMonitoring),
      });
      resource.overrideLogicalId(`slo_${slo.id}`);
      const common = {
        env,
        channels,
        service,
        runbook: slo.runbook,
        labels: { slo: slo.id, service: service.id, team: service.team },
      };

      const tiers = tiersOn(slo, "gcp");
      for (const tier of tiers) {
        const windows = `${formatDuration(tier.longWindowSeconds)}/${formatDuration(tier.shortWindowSeconds)}`;
        const condition = (seconds: number) => ({
          displayName: `Burn rate over ${formatDuration(seconds)} above ${tier.factor}x`,
          conditionThreshold: {
            filter: `select_slo_burn_rate("${resource.name}", "${apiDuration(seconds)}")`,
            comparison: "COMPARISON_GT",
            thresholdValue: tier.factor,
            duration: "0s",
            trigger: { count: 1 },
          },
        });
        alertPolicy(this, {
          ...common,
          logicalId: `slo_${slo.id}_${tier.id}`,
          severity: tier.severity,
          title: `${slo.name}: burning error budget at ${tier.factor}x (${windows})`,
          summary:
            `${slo.name} (${slo.objective}% over ${slo.windowDays}d) is spending its error budget ${tier.factor} times faster ` +
            `than sustainable: at this pace ${tier.budgetSharePercent}% of the budget is gone in ${formatDuration(tier.longWindowSeconds)}.`,
          details: tier.replaces ? ["", `Note: ${tier.replaces.reason}.`] : [],
          labels: { ...common.labels, tier: tier.id },
          combiner: "AND",
          conditions: [condition(tier.longWindowSeconds), condition(tier.shortWindowSeconds)],
        });
      }

      for (const budget of slo.budgetAlerts) {
        const percent = budget.remainingPercent;
        alertPolicy(this, {
          ...common,
          logicalId: `slo_${slo.id}_budget_${budget.state}`,
          severity: budget.severity,
          title: `${slo.name}: error budget ${budget.state} (${percent}% or less left)`,
          summary: `${slo.name} has ${percent}% or less of its ${slo.windowDays}-day error budget (${slo.errorBudgetMinutes} minutes of full outage) left. Follow the error-budget policy for the ${budget.state} state.`,
          labels: { ...common.labels, budget: budget.state },
          combiner: "OR",
          conditions: [
            {
              displayName: `Remaining error budget at or below ${percent}%`,
              conditionThreshold: {
                filter: `select_slo_budget_fraction("${resource.name}")`,
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
