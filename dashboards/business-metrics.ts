import { DashboardBuilder, RowBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as table from "@grafana/grafana-foundation-sdk/table";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { dashboard, promql } from "../engine/definitions";

/**
 * The NOUS example's business metrics, in valid PromQL: `count(distinct(user_id)) OVER 1d` counts the user_id
 * values seen in a day; `WHERE status='active'` is a label matcher; `by month` is the change
 * against 30 days earlier.
 */
export const businessMetrics = dashboard({
  id: "nous-business-metrics",
  team: "backend",
  build: (ds) =>
    new DashboardBuilder("NOUS - Business Metrics")
      .uid("nous-business-metrics")
      .tags(["nous", "business"])
      .withRow(new RowBuilder("Users"))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("DAU/MAU")
          .span(8)
          .withTarget(promql(ds, "count(count by (user_id) (count_over_time(user_activity_total[1d])))", { refId: "DAU", legend: "DAU" }))
          .withTarget(promql(ds, "count(count by (user_id) (count_over_time(user_activity_total[30d])))", { refId: "MAU", legend: "MAU" })),
      )
      .withPanel(
        new stat.PanelBuilder().title("New Signups (Today)").unit("short").span(8).withTarget(promql(ds, "sum(increase(new_signups[1d]))")),
      )
      // The NOUS example names this panel without a query; retention is read from a gauge per cohort day.
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Retention Cohort")
          .unit("percentunit")
          .span(8)
          .withTarget(promql(ds, 'avg by (day) (user_retention_ratio{day=~"1|7|30"})', { legend: "D{{day}}" })),
      )
      .withRow(new RowBuilder("Revenue"))
      .withPanel(
        new stat.PanelBuilder().title("MRR").unit("currencyUSD").span(8).withTarget(promql(ds, 'sum(subscription_value{status="active"})')),
      )
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Revenue Growth")
          .unit("currencyUSD")
          .span(8)
          .withTarget(promql(ds, 'sum(subscription_value{status="active"}) - sum(subscription_value{status="active"} offset 30d)')),
      )
      .withPanel(
        new table.PanelBuilder()
          .title("Revenue by Product")
          .span(8)
          .withTarget(
            promql(ds, 'count by (product) (subscription_value{status="active"})', { refId: "Subscribers", instant: true, table: true }),
          )
          .withTarget(promql(ds, 'sum by (product) (subscription_value{status="active"})', { refId: "MRR", instant: true, table: true }))
          .withTransformation({ id: "merge", options: {} })
          .withTransformation({
            id: "organize",
            options: {
              excludeByName: { Time: true },
              renameByName: { product: "Product", "Value #Subscribers": "Subscribers", "Value #MRR": "MRR" },
            },
          }),
      ),
});
