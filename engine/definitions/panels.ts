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

/** Colors of the steps between the first and the last, from the least bad. */
const BETWEEN = ["yellow", "orange"] as const;

/**
 * Traffic-light thresholds from one to three values: the last step is always red (worst) and
 * green is the other end. `worseAbove` for latency and error rates: green below the first
 * value, then yellow, orange, and red from the last (highest) value. `worseBelow` for uptime
 * and remaining budget: green from the highest value, then yellow, orange, and red below the
 * lowest. With no values everything is green.
 */
export function thresholds(direction: "worseAbove" | "worseBelow", values: readonly number[]): ThresholdsConfigBuilder {
  if (values.length > BETWEEN.length + 1) {
    throw new RangeError(`thresholds: give at most ${BETWEEN.length + 1} values (${[...BETWEEN, "red"].join(", ")}), got ${values.length}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  // From the least bad level to the worst: yellow, orange as needed, then red.
  const levels = [...BETWEEN.slice(0, Math.max(sorted.length - 1, 0)), "red"];
  const base = null as unknown as number; // Grafana's first step has no value: it covers everything below the next.
  const steps =
    sorted.length === 0
      ? [{ value: base, color: "green" }]
      : direction === "worseAbove"
        ? [{ value: base, color: "green" }, ...sorted.map((value, i) => ({ value, color: levels[i] }))]
        : // Ascending values: below the lowest is the worst level; from the highest up is green.
          [
            { value: base, color: "red" },
            ...sorted.map((value, i) => ({ value, color: i === sorted.length - 1 ? "green" : levels[sorted.length - 2 - i] })),
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
