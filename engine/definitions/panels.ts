/**
 * Small helpers over @grafana/grafana-foundation-sdk for the panels dashboards use most:
 * a panel is a title, queries, a unit and thresholds.
 */
import { ThresholdsConfigBuilder, ThresholdsMode } from "@grafana/grafana-foundation-sdk/dashboard";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import type { DataSourceRef } from "./types";

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
  return new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps(steps);
}

/** A PromQL query target; `legend` uses Grafana's {{label}} templating. */
export function promql(
  datasource: DataSourceRef,
  expr: string,
  options: { refId?: string; legend?: string; instant?: boolean; table?: boolean } = {},
): prometheus.DataqueryBuilder {
  const query = new prometheus.DataqueryBuilder()
    .datasource(datasource)
    .expr(expr)
    .refId(options.refId ?? "A");
  if (options.legend) query.legendFormat(options.legend);
  if (options.instant) query.instant();
  if (options.table) query.format(prometheus.PromQueryFormat.Table);
  return query;
}
