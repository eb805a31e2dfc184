import { DashboardBuilder, RowBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { dashboard, promql, thresholds } from "../engine/definitions";

/** The NOUS example's system health dashboard. Its `OVER 7d` becomes avg_over_time over 7d. */
export const systemHealth = dashboard({
  id: "nous-system-health",
  team: "platform",
  build: (ds) =>
    new DashboardBuilder("NOUS - System Health")
      .uid("nous-system-health")
      .tags(["nous", "system"])
      .refresh("30s")
      .withRow(new RowBuilder("Overview"))
      .withPanel(
        new stat.PanelBuilder()
          .title("Uptime (7d)")
          .unit("percent")
          .span(6)
          .withTarget(promql(ds, 'avg(avg_over_time(up{job="nous-api"}[7d])) * 100'))
          .thresholds(thresholds("worseBelow", [99.9, 99.5, 99.0])),
      )
      .withPanel(
        new stat.PanelBuilder().title("Request Rate").unit("reqps").span(6).withTarget(promql(ds, "sum(rate(http_requests_total[5m]))")),
      )
      .withPanel(
        new stat.PanelBuilder()
          .title("P95 Latency")
          .unit("s")
          .span(6)
          .withTarget(promql(ds, "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))"))
          .thresholds(thresholds("worseAbove", [2.0, 3.0, 5.0])),
      )
      .withPanel(
        new stat.PanelBuilder()
          .title("Error Rate")
          .unit("percent")
          .span(6)
          .withTarget(promql(ds, 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) * 100'))
          .thresholds(thresholds("worseAbove", [1.0, 5.0, 10.0])),
      )
      .withRow(new RowBuilder("API Endpoints"))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Requests by Endpoint")
          .unit("reqps")
          .withTarget(promql(ds, "sum by (endpoint) (rate(http_requests_total[5m]))", { legend: "{{endpoint}}" })),
      )
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Latency by Endpoint (P95)")
          .unit("s")
          .withTarget(
            promql(ds, "histogram_quantile(0.95, sum by (le, endpoint) (rate(http_request_duration_seconds_bucket[5m])))", {
              legend: "{{endpoint}}",
            }),
          ),
      )
      .withRow(new RowBuilder("Infrastructure"))
      .withPanel(new timeseries.PanelBuilder().title("Cloud Run Instances").span(8).withTarget(promql(ds, "cloud_run_instance_count")))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("CPU Usage")
          .unit("percent")
          .span(8)
          .withTarget(promql(ds, "avg by (service) (cpu_usage)", { legend: "{{service}}" })),
      )
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Memory Usage")
          .unit("decmbytes")
          .span(8)
          .withTarget(promql(ds, "avg by (service) (memory_usage)", { legend: "{{service}}" })),
      )
      .withRow(new RowBuilder("Database"))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Firestore Operations")
          .unit("ops")
          .withTarget(promql(ds, "sum(rate(firestore_reads[5m]))", { refId: "reads", legend: "reads" }))
          .withTarget(promql(ds, "sum(rate(firestore_writes[5m]))", { refId: "writes", legend: "writes" })),
      )
      .withPanel(new stat.PanelBuilder().title("Document Count").unit("short").withTarget(promql(ds, "firestore_document_count"))),
});
