import { DashboardBuilder, RowBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as barchart from "@grafana/grafana-foundation-sdk/barchart";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as table from "@grafana/grafana-foundation-sdk/table";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { dashboard, promql } from "../engine/definitions";

/** The NOUS example's agent performance dashboard. `... OVER 24h` becomes increase() over 24h. */
export const agentPerformance = dashboard({
  id: "nous-agent-performance",
  team: "agents",
  build: (ds) =>
    new DashboardBuilder("NOUS - Agent Performance")
      .uid("nous-agent-performance")
      .tags(["nous", "agents"])
      .withRow(new RowBuilder("Agent Usage"))
      .withPanel(
        new barchart.PanelBuilder()
          .title("Executions by Agent (24h)")
          .withTarget(promql(ds, "sum by (agent_id) (increase(agent_executions_total[24h]))", { instant: true, table: true })),
      )
      .withPanel(
        new table.PanelBuilder()
          .title("Top Agents")
          .withTarget(
            promql(ds, "sum by (agent_id) (increase(agent_executions_total[24h]))", { refId: "Executions", instant: true, table: true }),
          )
          .withTarget(
            promql(
              ds,
              "sum by (agent_id) (rate(agent_execution_duration_seconds_sum[24h])) / sum by (agent_id) (rate(agent_execution_duration_seconds_count[24h]))",
              { refId: "Avg Latency", instant: true, table: true },
            ),
          )
          .withTarget(
            promql(
              ds,
              'sum by (agent_id) (increase(agent_executions_total{success="true"}[24h])) / sum by (agent_id) (increase(agent_executions_total[24h]))',
              { refId: "Success Rate", instant: true, table: true },
            ),
          )
          .withTarget(promql(ds, "sum by (agent_id) (increase(agent_cost_usd[24h]))", { refId: "Cost", instant: true, table: true }))
          // One row per agent: Agent Name, Executions, Avg Latency, Success Rate, Cost.
          .withTransformation({ id: "merge", options: {} })
          .withTransformation({
            id: "organize",
            options: {
              excludeByName: { Time: true },
              renameByName: {
                agent_id: "Agent Name",
                "Value #Executions": "Executions",
                "Value #Avg Latency": "Avg Latency",
                "Value #Success Rate": "Success Rate",
                "Value #Cost": "Cost",
              },
            },
          }),
      )
      .withRow(new RowBuilder("LLM Usage"))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("LLM API Calls")
          .unit("reqps")
          .span(8)
          .withTarget(promql(ds, "sum by (provider) (rate(llm_api_calls[5m]))", { legend: "{{provider}}" })),
      )
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Token Usage")
          .span(8)
          .withTarget(promql(ds, "sum(rate(llm_tokens_input[5m]))", { refId: "input", legend: "input" }))
          .withTarget(promql(ds, "sum(rate(llm_tokens_output[5m]))", { refId: "output", legend: "output" })),
      )
      .withPanel(
        new stat.PanelBuilder()
          .title("LLM Cost (Today)")
          .unit("currencyUSD")
          .span(8)
          .withTarget(promql(ds, "sum(increase(llm_cost_usd[24h]))")),
      )
      .withRow(new RowBuilder("Cache Performance"))
      .withPanel(
        new timeseries.PanelBuilder()
          .title("Cache Hit Rate")
          .unit("percent")
          .withTarget(promql(ds, "sum(rate(cache_hits[5m])) / (sum(rate(cache_hits[5m])) + sum(rate(cache_misses[5m]))) * 100")),
      ),
});
