/**
 * Small helpers over @grafana/grafana-foundation-sdk for the panels dashboards use most:
 * a panel is a title, queries, a unit and thresholds.
 */
import type { ThresholdsConfigBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import type * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import type { DataSourceRef } from "./types";

// Every definition file imports this API, most of them for no dashboard: the SDK (some 200
// modules) is loaded when a panel is first built, not with the API.
const sdk = {
  dashboard: () => require("@grafana/grafana-foundation-sdk/dashboard") as typeof import("@grafana/grafana-foundation-sdk/dashboard"),
  prometheus: () => require("@grafana/grafana-foundation-sdk/prometheus") as typeof prometheus,
};

/**
 * Traffic-light thresholds. `worseAbove` for latency and error rates (green below the first
 * value, red from the last); `worseBelow` for uptime (green from the first value down to red).
 */
export function thresholds(direction: "worseAbove" | "worseBelow", values: readonly number[]): ThresholdsConfigBuilder {
  const colors = ["yellow", "orange", "red"];
  const sorted = [...values].sort((a, b) => a - b);
  const steps =
    direction === "worseAbove"
      ? [{ value: null as unknown as number, color: "green" }, ...sorted.map((value, i) => ({ value, color: colors[Math.min(i, 2)] }))]
      : [
          { value: null as unknown as number, color: "red" },
          ...sorted.map((value, i) => ({ value, color: [...colors.slice(0, 2).reverse(), "green"][Math.min(i, 2)] })),
        ];
  const { ThresholdsConfigBuilder, ThresholdsMode } = sdk.dashboard();
  return new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps(steps);
}

/** A PromQL query target; `legend` uses Grafana's {{label}} templating. */
export function promql(
  datasource: DataSourceRef,
  expr: string,
  options: { refId?: string; legend?: string; instant?: boolean; table?: boolean } = {},
): prometheus.DataqueryBuilder {
  const { DataqueryBuilder, PromQueryFormat } = sdk.prometheus();
  const query = new DataqueryBuilder()
    .datasource(datasource)
    .expr(expr)
    .refId(options.refId ?? "A");
  if (options.legend) query.legendFormat(options.legend);
  if (options.instant) query.instant();
  if (options.table) query.format(PromQueryFormat.Table);
  return query;
}
