/**
 * Many instant queries as one: the live run asks, for every less severe burn-rate alert of every
 * SLO, whether one of its tiers' conditions holds. One HTTP request per condition, in turn, took
 * minutes at a hundred SLOs on a busy Prometheus (and a slow answer counted as "does not hold");
 * one request answers them all, at one evaluation timestamp.
 */

/** The label that tells the expressions of a batch apart in its result. */
export const BATCH_LABEL = "e2e_check";

/**
 * One PromQL expression that returns, for each expression of `exprs` that returns any series, its
 * series labelled `e2e_check="<its index>"`. `or` keeps every series of its right-hand side whose
 * label set is not on its left, and the index label makes every label set distinct, so no
 * expression's series hide another's. label_replace with an empty source label and regex sets the
 * label on every series: https://prometheus.io/docs/prometheus/latest/querying/functions/#label_replace
 */
export function batchedQuery(exprs: readonly string[]): string {
  return exprs.map((e, i) => `label_replace((${e}), "${BATCH_LABEL}", "${i}", "", "")`).join(" or ");
}

/** Which expressions of the batch returned series, in their order, from the instant query's result. */
export function batchHolds(result: readonly { metric: Readonly<Record<string, string>> }[], count: number): boolean[] {
  const held = new Set(result.map((r) => Number(r.metric[BATCH_LABEL])));
  return Array.from({ length: count }, (_, i) => held.has(i));
}
