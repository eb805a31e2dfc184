/**
 * SLIs: the counters users name once, and what the model derives from them — the error
 * ratio over any window in PromQL, and the Cloud Monitoring form for Managed Service for
 * Prometheus (GMP) when no explicit filter is given.
 */
import type { SliDefinition } from "../definitions/types";
import { formatDuration, parseDuration } from "./duration";
import { formatSelector, parseSelector, type VectorSelector } from "./promql";
import type { Problems } from "./problems";
import { buildMetric } from "./cloudwatch";
import type { CloudMonitoringSli, CloudWatchSliModel, PrometheusSli, SliModel } from "./types";

/** Labels GMP stores on the prometheus_target resource; every other label is a metric label. */
const GMP_RESOURCE_LABELS = new Set(["project_id", "location", "cluster", "namespace", "job", "instance"]);

/** Cloud Monitoring filter selecting a GMP metric with the selector's matchers. */
export function gmpFilter(selector: VectorSelector, kind: "counter" | "histogram" | "gauge"): string {
  const parts = [`metric.type="prometheus.googleapis.com/${selector.metric}/${kind}"`, `resource.type="prometheus_target"`];
  for (const m of selector.matchers) {
    const field = `${GMP_RESOURCE_LABELS.has(m.name) ? "resource" : "metric"}.labels.${m.name}`;
    const value = JSON.stringify(m.value);
    switch (m.op) {
      case "=":
        parts.push(`${field}=${value}`);
        break;
      case "!=":
        parts.push(`${field}!=${value}`);
        break;
      case "=~":
        parts.push(`${field}=monitoring.regex.full_match(${value})`);
        break;
      case "!~":
        parts.push(`NOT ${field}=monitoring.regex.full_match(${value})`);
        break;
    }
  }
  return parts.join(" AND ");
}

/** Latency thresholds may be written in ms; everything else uses parseDuration. */
function parseThreshold(text: string): number | undefined {
  const ms = /^(\d+(?:\.\d+)?)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  return parseDuration(text);
}

export function buildSli(where: string, sli: SliDefinition, environments: readonly string[], problems: Problems): SliModel | undefined {
  const before = problems.all.length;
  let cloudWatch: CloudWatchSliModel | undefined;
  if (sli.cloudWatch) {
    const c = sli.cloudWatch;
    if ((c.errors === undefined) === (c.good === undefined))
      problems.add(where, "sli.cloudWatch", "give exactly one of `errors` or `good` with `total`");
    cloudWatch = {
      errors: c.errors && buildMetric(where, "sli.cloudWatch.errors", c.errors, environments, problems),
      good: c.good && buildMetric(where, "sli.cloudWatch.good", c.good, environments, problems),
      total: buildMetric(where, "sli.cloudWatch.total", c.total, environments, problems),
      loadBalancerErrors:
        c.loadBalancerErrors && buildMetric(where, "sli.cloudWatch.loadBalancerErrors", c.loadBalancerErrors, environments, problems),
    };
  }
  const backends = buildOtherSources(where, sli, problems);
  if (!sli.prometheus && !sli.cloudMonitoring && !sli.cloudWatch) {
    problems.add(where, "sli", "needs at least one source: prometheus, cloudMonitoring or cloudWatch");
  }
  if (!backends || problems.all.length > before) return undefined;
  return { ...backends, cloudWatch };
}

function buildOtherSources(where: string, sli: SliDefinition, problems: Problems): SliModel | undefined {
  const selector = (field: string, text: string | undefined): VectorSelector | undefined => {
    if (text === undefined) return undefined;
    const parsed = parseSelector(text);
    if (typeof parsed === "string") {
      problems.add(where, field, parsed);
      return undefined;
    }
    return parsed;
  };
  const before = problems.all.length;

  switch (sli.kind) {
    case "ratio": {
      let prometheus: PrometheusSli | undefined;
      if (sli.prometheus) {
        const p = sli.prometheus;
        if ((p.errors === undefined) === (p.good === undefined)) {
          problems.add(where, "sli.prometheus", "give exactly one of `errors` or `good` with `total`");
        }
        const errors = selector("sli.prometheus.errors", p.errors);
        const good = selector("sli.prometheus.good", p.good);
        const total = selector("sli.prometheus.total", p.total);
        if (total && (errors || good)) prometheus = { kind: "ratio", errors, good, total };
      }
      let cloudMonitoring: CloudMonitoringSli | undefined;
      if (sli.cloudMonitoring) {
        const c = sli.cloudMonitoring;
        if ((c.bad === undefined) === (c.good === undefined)) {
          problems.add(where, "sli.cloudMonitoring", "give exactly one of `bad` or `good` with `total`");
        }
        if (!c.total?.trim()) problems.add(where, "sli.cloudMonitoring.total", "must be a Cloud Monitoring filter");
        cloudMonitoring = { kind: "ratio", bad: c.bad, good: c.good, total: c.total };
      } else if (prometheus?.kind === "ratio") {
        cloudMonitoring = {
          kind: "ratio",
          bad: prometheus.errors && gmpFilter(prometheus.errors, "counter"),
          good: prometheus.good && gmpFilter(prometheus.good, "counter"),
          total: gmpFilter(prometheus.total, "counter"),
        };
      }
      return problems.all.length > before ? undefined : { kind: "ratio", prometheus, cloudMonitoring };
    }

    case "latency": {
      const maxSeconds = parseThreshold(sli.threshold);
      if (maxSeconds === undefined || maxSeconds <= 0) {
        problems.add(where, "sli.threshold", `must be a duration such as "500ms" or "2s", got ${JSON.stringify(sli.threshold)}`);
        return undefined;
      }
      let prometheus: PrometheusSli | undefined;
      const histogram = selector("sli.prometheus.histogram", sli.prometheus?.histogram);
      if (histogram) {
        const le = sli.prometheus?.bucket ?? String(maxSeconds);
        prometheus = {
          kind: "latency",
          bucket: { metric: `${histogram.metric}_bucket`, matchers: [...histogram.matchers, { name: "le", op: "=", value: le }] },
          count: { metric: `${histogram.metric}_count`, matchers: histogram.matchers },
        };
      }
      const filter = sli.cloudMonitoring?.distribution ?? (histogram && gmpFilter(histogram, "histogram"));
      if (problems.all.length > before) return undefined;
      return {
        kind: "latency",
        prometheus,
        cloudMonitoring: filter === undefined ? undefined : { kind: "distribution", filter, maxSeconds },
      };
    }

    case "freshness": {
      const maxAgeSeconds = parseDuration(sli.maxAge);
      if (maxAgeSeconds === undefined || maxAgeSeconds <= 0) {
        problems.add(where, "sli.maxAge", `must be a duration such as "5m", got ${JSON.stringify(sli.maxAge)}`);
        return undefined;
      }
      const age = selector("sli.prometheus.ageSeconds", sli.prometheus?.ageSeconds);
      const prometheus: PrometheusSli | undefined = age && { kind: "freshness", age, maxAgeSeconds };
      const filter = sli.cloudMonitoring?.ageSeconds ?? (age && gmpFilter(age, "gauge"));
      if (problems.all.length > before) return undefined;
      return {
        kind: "freshness",
        prometheus,
        cloudMonitoring: filter === undefined ? undefined : { kind: "age", filter, maxSeconds: maxAgeSeconds },
      };
    }

    default: {
      problems.add(where, "sli.kind", `must be ratio, latency or freshness, got ${JSON.stringify((sli as { kind: unknown }).kind)}`);
      return undefined;
    }
  }
}

/** PromQL for the fraction of bad events (or stale minutes) over the window. */
export function errorRatioQuery(sli: PrometheusSli, windowSeconds: number): string {
  const w = formatDuration(windowSeconds);
  const rate = (s: VectorSelector) => `sum(rate(${formatSelector(s)}[${w}]))`;
  switch (sli.kind) {
    case "ratio":
      return sli.errors ? `${rate(sli.errors)} / ${rate(sli.total)}` : `1 - (${rate(sli.good!)} / ${rate(sli.total)})`;
    case "latency":
      return `1 - (${rate(sli.bucket)} / ${rate(sli.count)})`;
    case "freshness":
      // A minute is bad when the age exceeds the limit; the ratio is the share of bad minutes.
      return `avg_over_time((max(${formatSelector(sli.age)}) > bool ${sli.maxAgeSeconds})[${w}:1m])`;
  }
}
