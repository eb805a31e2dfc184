/**
 * The SLO overview generated per team from its Prometheus SLOs: objective, budget remaining and
 * burn rate per tier, the numbers all taken from the model.
 */
import type { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import { promql, thresholds } from "../../engine/definitions/panels";
import { PROMETHEUS_DATASOURCE, sloOverviewTitle } from "../../engine/model/dashboards";
import { formatDuration } from "../../engine/model/duration";
import { errorRatioQuery } from "../../engine/model/sli";
import type { SloModel } from "../../engine/model";
import { sloOverviewUid } from "../../engine/model/naming/grafana";

/** Per team with SLOs that have a Prometheus source: objective, budget remaining and burn rate per tier. */
export function sloOverview(team: string, slos: readonly SloModel[]): DashboardBuilder {
  // Loaded here, where an overview is built, not with the Grafana stack: a run without one skips the SDK.
  const { DashboardBuilder, RowBuilder } =
    require("@grafana/grafana-foundation-sdk/dashboard") as typeof import("@grafana/grafana-foundation-sdk/dashboard");
  const stat = require("@grafana/grafana-foundation-sdk/stat") as typeof import("@grafana/grafana-foundation-sdk/stat");
  const timeseries = require("@grafana/grafana-foundation-sdk/timeseries") as typeof import("@grafana/grafana-foundation-sdk/timeseries");
  const ds = PROMETHEUS_DATASOURCE;
  const builder = new DashboardBuilder(sloOverviewTitle(team)).uid(sloOverviewUid(team)).tags(["slo", team]).refresh("1m");
  for (const slo of slos) {
    const sli = slo.sli.prometheus!;
    const ratio = (seconds: number) => errorRatioQuery(sli, seconds);
    builder
      .withRow(new RowBuilder(`${slo.name} (${slo.objective}% over ${slo.windowDays}d, ${slo.errorBudgetMinutes} min of budget)`))
      .withPanel(
        new stat.PanelBuilder()
          .title("Objective")
          .unit("percent")
          .decimals(3)
          .span(4)
          .withTarget(promql(ds, `vector(${slo.objective})`)),
      )
      .withPanel(
        new stat.PanelBuilder()
          .title(`SLI over ${slo.windowDays}d`)
          .unit("percentunit")
          .decimals(4)
          .span(4)
          .withTarget(promql(ds, `1 - (${ratio(slo.windowSeconds)})`))
          .thresholds(thresholds("worseBelow", [slo.goal])),
      )
      .withPanel(
        new stat.PanelBuilder()
          .title("Error budget remaining")
          .unit("percentunit")
          .span(4)
          .withTarget(promql(ds, `1 - (${ratio(slo.windowSeconds)}) / ${slo.errorBudget}`))
          // The SLO's status levels (its own, else its error-budget policy's): exhausted, critical, warning, healthy;
          // they colour the panel even where the SLO turns its budget alerts off.
          .thresholds(
            thresholds(
              "worseBelow",
              slo.levels.map((b) => b.remainingAtOrBelow),
            ),
          ),
      )
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Burn rate per tier")
          .span(12)
          .thresholds(
            thresholds(
              "worseAbove",
              slo.tiers.map((t) => t.factor),
            ),
          )
          .withTarget(
            promql(ds, `(${ratio(slo.tiers[0]?.shortWindowSeconds ?? 300)}) / ${slo.errorBudget}`, {
              refId: "now",
              legend: "burn rate (short window)",
            }),
          ),
      );
    const withTiers = builder;
    slo.tiers.forEach((t, i) =>
      withTiers.withPanel(
        new timeseries.PanelBuilder()
          .title(`${t.id}: ${t.factor}x over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}`)
          .span(4)
          .thresholds(thresholds("worseAbove", [t.factor]))
          .withTarget(
            promql(ds, `(${ratio(t.longWindowSeconds)}) / ${slo.errorBudget}`, {
              refId: `long${i}`,
              legend: formatDuration(t.longWindowSeconds),
            }),
          )
          .withTarget(
            promql(ds, `(${ratio(t.shortWindowSeconds)}) / ${slo.errorBudget}`, {
              refId: `short${i}`,
              legend: formatDuration(t.shortWindowSeconds),
            }),
          ),
      ),
    );
  }
  return builder;
}
