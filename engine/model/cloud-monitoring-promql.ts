/**
 * What Cloud Monitoring's PromQL asks of an alert's `googleCloud` condition beyond Prometheus'
 * own checks: metric names as its mapping writes them, each selector naming one metric exactly.
 */
import { parser } from "@prometheus-io/lezer-promql";

/** Where Google documents how a Cloud Monitoring metric type is named in PromQL. */
export const PROMQL_MAPPING_URL = "https://cloud.google.com/monitoring/promql/promql-mapping";
/** Where Google documents that only exact matching on metric names is supported. */
export const PROMQL_DIFFERENCES_URL = "https://cloud.google.com/stackdriver/docs/managed-prometheus/promql-differences";

/**
 * A Cloud Monitoring metric type as Cloud Monitoring's PromQL names it: the first `/` becomes
 * `:`, every other character PromQL does not allow in a name (`.`, `/`, ...) becomes `_`
 * (PROMQL_MAPPING_URL): `run.googleapis.com/request_count` is `run_googleapis_com:request_count`.
 */
export function cloudMonitoringPromqlName(metricType: string): string {
  const slash = metricType.indexOf("/");
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9_:]/g, "_");
  return slash < 0 ? clean(metricType) : `${clean(metricType.slice(0, slash))}:${clean(metricType.slice(slash + 1)).replace(/:/g, "_")}`;
}

/**
 * The first selector of a valid expression that does not name its metric exactly (a metric name,
 * or `__name__="..."`), as a message; Cloud Monitoring's PromQL refuses any other
 * (PROMQL_DIFFERENCES_URL).
 */
export function inexactMetricNameError(expr: string): string | undefined {
  let found: string | undefined;
  parser.parse(expr).iterate({
    enter(node) {
      if (found !== undefined || node.name !== "VectorSelector") return found === undefined;
      const named = node.node.getChild("Identifier") !== null;
      let exact = named;
      for (const m of node.node.getChild("LabelMatchers")?.getChildren("UnquotedLabelMatcher") ?? []) {
        const label = m.getChild("LabelName");
        if (!label || expr.slice(label.from, label.to) !== "__name__") continue;
        // `__name__="x"` names one metric; `=~`, `!~` and `!=` do not, even beside a name.
        exact = m.getChild("MatchOp")?.firstChild?.name === "EqlSingle";
        if (!exact) break;
      }
      if (!exact)
        found = `selects ${expr.slice(node.from, node.to)} (column ${node.from + 1}) without one exact metric name, which Cloud Monitoring's PromQL requires (${PROMQL_DIFFERENCES_URL}); name the metric, e.g. run_googleapis_com:request_count{...}`;
      return false;
    },
  });
  return found;
}

/** A hint for a metric type written as Prometheus 3's quoted name, `{"run.googleapis.com/request_count"}`: its mapped name. */
export function quotedMetricTypeHint(expr: string): string | undefined {
  const quoted = /\{\s*"([^"]+)"/.exec(expr)?.[1];
  return quoted === undefined
    ? undefined
    : `Cloud Monitoring's PromQL name for "${quoted}" is ${cloudMonitoringPromqlName(quoted)} (${PROMQL_MAPPING_URL})`;
}
