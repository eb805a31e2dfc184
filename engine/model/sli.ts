/**
 * SLIs: the counters users name once, and what the model derives from them — the error
 * ratio over any window in PromQL, and the Cloud Monitoring form for Managed Service for
 * Prometheus (GMP) when no explicit filter is given.
 */
import type { CloudWatchMetric, HistogramUnit, SliDefinition } from "../definitions/types";
import { formatDuration, notADuration, parseDuration } from "./duration";
import { formatSelector, parseSelector, type LabelMatcher, type VectorSelector } from "./promql";
import type { Problems } from "./problems";
import { buildMetric } from "./cloudwatch";
import { FRESHNESS_STEP_SECONDS } from "./burn-rate";
import { GMP_RESOURCE_LABELS } from "./text";
import { checkText } from "./checks";
import { describeNumber } from "./text-checks";
import { aggregate, checkGroupBy } from "./group-by";
import type { CloudMonitoringSli, CloudWatchSliModel, PrometheusSli, SliModel } from "./types";

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

/**
 * The Cloud Monitoring filter of a counter an SLI counts events with. A histogram's `_count` (and
 * `_bucket`) series are no counters of their own in Managed Prometheus: it stores the histogram as
 * one distribution, `<name>/histogram`, whose count is the `_count`. Counters end in `_total`
 * (Prometheus naming practice); an explicit `cloudMonitoring` filter covers a counter named otherwise.
 */
/**
 * A ratio whose total is exactly its one good (or errors) counter plus one other counter: the
 * other counts the bad (or good) events, so Cloud Monitoring can take good and bad directly.
 */
function totalAsPair(sli: Extract<PrometheusSli, { kind: "ratio" }>): { good: VectorSelector; bad: VectorSelector } | undefined {
  const known = sli.good ?? sli.errors;
  if (sli.total.length !== 2 || known?.length !== 1 || (sli.good && sli.errors)) return undefined;
  const same = (a: VectorSelector) => formatSelector(a) === formatSelector(known[0]);
  const other = sli.total.filter((t) => !same(t));
  if (other.length !== 1) return undefined;
  return sli.good ? { good: known[0], bad: other[0] } : { good: other[0], bad: known[0] };
}

function gmpCountFilter(selector: VectorSelector): string {
  const histogram = /^(.+)_(count|bucket)$/.exec(selector.metric);
  return histogram ? gmpFilter({ ...selector, metric: histogram[1] }, "histogram") : gmpFilter(selector, "counter");
}

/** Latency thresholds may be written in ms; everything else uses parseDuration. */
function parseThreshold(text: string): number | undefined {
  const ms = /^(\d+(?:\.\d+)?)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  return parseDuration(text);
}

/** The unit a metric's name declares (`_seconds`, `_ms`, `_milliseconds`), as Prometheus naming practice puts it last. */
function unitInName(metric: string): HistogramUnit | undefined {
  if (/_seconds$/.test(metric)) return "seconds";
  if (/_(ms|milliseconds)$/.test(metric)) return "milliseconds";
  return undefined;
}

/** How Prometheus 3 writes a bucket bound: it normalises `le` to a float, so 2 becomes "2.0" (Prometheus 2 kept "2"). */
export function prometheus3Le(value: number): string {
  const text = String(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/**
 * The `le` matcher of the bucket at `value`: every form Prometheus 2 and 3 write (and the client's
 * own, when given), as an exact match when they agree, else as a regex of the alternatives.
 */
export function leMatcher(value: number, written?: string): LabelMatcher {
  const forms = [...new Set([String(value), prometheus3Le(value), ...(written === undefined ? [] : [written])])];
  if (forms.length === 1) return { name: "le", op: "=", value: forms[0] };
  return { name: "le", op: "=~", value: forms.map((f) => f.replace(/[.+*?()[\]{}|^$\\]/g, "\\$&")).join("|") };
}

/** The bound a bucket's `le` matcher selects, read back from either form leMatcher writes; undefined for any other matcher. */
export function leBound(matcher: LabelMatcher | undefined): number | undefined {
  if (!matcher) return undefined;
  const forms =
    matcher.op === "=" ? [matcher.value] : matcher.op === "=~" ? matcher.value.split("|").map((f) => f.replace(/\\(.)/g, "$1")) : [];
  const values = new Set(forms.map((f) => (f.trim() === "" ? NaN : Number(f))));
  const [value] = values;
  return values.size === 1 && Number.isFinite(value) ? value : undefined;
}

/**
 * `onGcp`: the SLO's service is monitored on Google Cloud, which must then have a Cloud Monitoring form of the SLI
 * (unless the SLO is grouped). `groupBy`: the SLO's, checked here (see group-by.ts) and kept on the Prometheus form.
 */
export function buildSli(
  where: string,
  sli: SliDefinition,
  environments: readonly string[],
  problems: Problems,
  onGcp = true,
  groupBy: unknown = undefined,
): SliModel | undefined {
  const before = problems.all.length;
  const groups = checkGroupBy(where, groupBy, sli, problems);
  let cloudWatch: CloudWatchSliModel | undefined;
  if (sli.cloudWatch) {
    const c = sli.cloudWatch;
    if ((c.errors === undefined) === (c.good === undefined))
      problems.add(where, "sli.cloudWatch", "give exactly one of `errors` or `good` with `total`");
    const metrics = (field: string, value: CloudWatchMetric | readonly CloudWatchMetric[] | undefined) => {
      if (value === undefined) return undefined;
      if (!Array.isArray(value)) return [buildMetric(where, field, value as CloudWatchMetric, environments, problems)];
      if (value.length === 0) problems.add(where, field, "must be a metric or a list of metrics to add up, got []");
      return value.map((m, i) => buildMetric(where, `${field}[${i}]`, m, environments, problems));
    };
    // The ratio divides counts: only a Sum (or SampleCount) of each period is one. An Average or a
    // percentile of a count metric is a value per data point, and errors over it is no error ratio
    // ("Sum ... useful for determining the total volume of a metric":
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html).
    for (const part of ["errors", "good", "total"] as const) {
      const given = c[part];
      for (const [i, m] of (Array.isArray(given) ? given : given === undefined ? [] : [given]).entries()) {
        const statistic: unknown = (m as CloudWatchMetric | undefined)?.statistic;
        if (typeof statistic === "string" && /^(Average|Minimum|Maximum|p[\d.]+)$/.test(statistic))
          problems.add(
            where,
            `sli.cloudWatch.${part}${Array.isArray(given) ? `[${i}]` : ""}.statistic`,
            `is ${statistic}, but a ratio SLI counts events: use Sum (or SampleCount) so that errors over total is a fraction of the period's events`,
          );
      }
    }
    cloudWatch = {
      errors: metrics("sli.cloudWatch.errors", c.errors),
      good: metrics("sli.cloudWatch.good", c.good),
      total: metrics("sli.cloudWatch.total", c.total)!,
      loadBalancerErrors:
        c.loadBalancerErrors && buildMetric(where, "sli.cloudWatch.loadBalancerErrors", c.loadBalancerErrors, environments, problems),
    };
  }
  if (sli.kind === "latency" && sli.cloudWatchLatency) {
    const c = sli.cloudWatchLatency;
    if (sli.cloudWatch) problems.add(where, "sli.cloudWatchLatency", "give either `cloudWatch` counts or `cloudWatchLatency`, not both");
    const seconds = parseThreshold(sli.threshold);
    const unit = c.unit ?? sli.unit ?? "seconds";
    if (unit !== "seconds" && unit !== "milliseconds")
      problems.add(where, "sli.cloudWatchLatency.unit", `must be "seconds" or "milliseconds", got ${JSON.stringify(c.unit)}`);
    const all = buildMetric(where, "sli.cloudWatchLatency", { ...c, statistic: "SampleCount" }, environments, problems);
    if (seconds !== undefined && seconds > 0) {
      // The threshold in the metric's unit, as the trimmed count's upper bound: requests at most that long.
      const bound = Number((unit === "milliseconds" ? seconds * 1000 : seconds).toPrecision(12));
      cloudWatch = { good: [{ ...all, statistic: `TC(:${bound})` }], total: [all] };
    }
  }
  // A grouped SLO has no Cloud Monitoring SLO (one per definition, never per label value): Google Cloud renders its PromQL conditions.
  const backends = buildOtherSources(where, sli, onGcp && !groups.length, problems);
  if (!sli.prometheus && !sli.cloudMonitoring && !cloudWatch) {
    problems.add(where, "sli", "needs at least one source: prometheus, cloudMonitoring or cloudWatch");
  }
  if (!backends || problems.all.length > before) return undefined;
  // A Cloud Monitoring form derived from Prometheus exists only for a service monitored on Google Cloud.
  const cloudMonitoring = (onGcp || sli.cloudMonitoring) && !groups.length ? backends.cloudMonitoring : undefined;
  const prometheus = backends.prometheus && groups.length ? { ...backends.prometheus, groupBy: groups } : backends.prometheus;
  return { ...backends, prometheus, cloudMonitoring, cloudWatch };
}

function buildOtherSources(where: string, sli: SliDefinition, onGcp: boolean, problems: Problems): SliModel | undefined {
  const selector = (field: string, text: string | undefined): VectorSelector | undefined => {
    if (text === undefined) return undefined;
    if (typeof text !== "string") {
      problems.add(where, field, `must be a selector (text) such as 'http_requests_total{job="api"}', got ${JSON.stringify(text)}`);
      return undefined;
    }
    const parsed = parseSelector(text);
    if (typeof parsed === "string") {
      problems.add(where, field, parsed);
      return undefined;
    }
    return parsed;
  };
  const counters = (field: string, value: string | readonly string[] | undefined): VectorSelector[] | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === "string") {
      const one = selector(field, value);
      return one && [one];
    }
    if (!Array.isArray(value) || value.length === 0) {
      problems.add(where, field, `must be a selector or a list of selectors to add up, got ${JSON.stringify(value)}`);
      return undefined;
    }
    const list = value.map((text, i) => selector(`${field}[${i}]`, text));
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (!s) return;
      const text = formatSelector(s);
      if (seen.has(text)) problems.add(where, `${field}[${i}]`, `repeats ${text}: each counter is added once`);
      seen.add(text);
    });
    return list.every((s) => s !== undefined) ? (list as VectorSelector[]) : undefined;
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
        const errors = counters("sli.prometheus.errors", p.errors);
        const good = counters("sli.prometheus.good", p.good);
        const total = counters("sli.prometheus.total", p.total);
        // The same series on both sides reads a constant ratio: every request an error, or none.
        // (A total that adds good and other counters up is fine: good is one of its parts.)
        const key = (list?: VectorSelector[]) => list?.map(formatSelector).sort().join(" + ");
        const same = total !== undefined && key(errors ?? good) === key(total);
        if (same)
          problems.add(
            where,
            `sli.prometheus.${errors ? "errors" : "good"}`,
            `is the total itself (${key(total)}): the ratio would be constant; select the ${errors ? "failed" : "good"} events only`,
          );
        else if (total && (errors || good)) prometheus = { kind: "ratio", errors, good, total };
      }
      let cloudMonitoring: CloudMonitoringSli | undefined;
      if (sli.cloudMonitoring) {
        const c = sli.cloudMonitoring;
        // Cloud Monitoring's good_total_ratio takes any two of good, bad and total.
        const given = (["good", "bad", "total"] as const).filter((f) => c[f] !== undefined);
        if (given.length !== 2) {
          problems.add(
            where,
            "sli.cloudMonitoring",
            `give two of \`good\`, \`bad\` and \`total\`, got ${given.length ? given.join(", ") : "none"}`,
          );
        }
        for (const f of given)
          if (typeof c[f] !== "string" || !c[f]!.trim())
            problems.add(where, `sli.cloudMonitoring.${f}`, "must be a Cloud Monitoring filter");
        cloudMonitoring = { kind: "ratio", bad: c.bad, good: c.good, total: c.total };
      } else if (prometheus?.kind === "ratio") {
        const parts = [
          ["errors", prometheus.errors],
          ["good", prometheus.good],
          ["total", prometheus.total],
        ] as const;
        for (const [field, list] of parts) {
          for (const s of list ?? []) {
            if (s.metric.endsWith("_bucket") && s.matchers.some((m) => m.name === "le"))
              problems.add(
                where,
                `sli.prometheus.${field}`,
                `selects one bucket of a histogram (le), which Managed Prometheus keeps inside the histogram's distribution: write latency({ threshold, prometheus: { histogram } }) instead; got ${formatSelector(s)}`,
              );
          }
        }
        // A request-based SLO's filter selects one metric type: a sum of counters has no filter,
        // except a total that is the good (or bad) counter plus one other, which is then the bad (or good).
        const summed = parts.filter(([, list]) => list && list.length > 1);
        const pair = totalAsPair(prometheus);
        if (pair) {
          cloudMonitoring = { kind: "ratio", good: gmpCountFilter(pair.good), bad: gmpCountFilter(pair.bad) };
        } else if (summed.length === 0) {
          cloudMonitoring = {
            kind: "ratio",
            bad: prometheus.errors && gmpCountFilter(prometheus.errors[0]),
            good: prometheus.good && gmpCountFilter(prometheus.good[0]),
            total: gmpCountFilter(prometheus.total[0]),
          };
        } else if (onGcp) {
          for (const [field, list] of summed)
            problems.add(
              where,
              `sli.prometheus.${field}`,
              `adds up ${list!.length} counters (${list!.map((s) => s.metric).join(" + ")}), which a Cloud Monitoring SLO cannot: its filters select one metric. ` +
                `Give sli.cloudMonitoring filters (e.g. of a recording rule's metric that sums them), or leave "gcp" out of the service's runsOn.targets. ` +
                `(A total written as the good or errors counter plus one other is taken as good + bad.)`,
            );
        }
      }
      return problems.all.length > before ? undefined : { kind: "ratio", prometheus, cloudMonitoring };
    }

    case "latency": {
      const maxSeconds = parseThreshold(sli.threshold);
      if (maxSeconds === undefined || maxSeconds <= 0) {
        problems.add(where, "sli.threshold", notADuration(sli.threshold, '"500ms" or "2s"'));
        return undefined;
      }
      const unit = sli.unit ?? "seconds";
      if (unit !== "seconds" && unit !== "milliseconds") {
        problems.add(where, "sli.unit", `must be "seconds" or "milliseconds", got ${JSON.stringify(sli.unit)}`);
        return undefined;
      }
      // The threshold as the histogram writes it: 300ms is 0.3 in seconds and 300 in milliseconds.
      const threshold = Number((unit === "milliseconds" ? maxSeconds * 1000 : maxSeconds).toPrecision(12));
      let prometheus: PrometheusSli | undefined;
      const histogram = selector("sli.prometheus.histogram", sli.prometheus?.histogram);
      // The histogram by its own name: the project adds _bucket and _count, and the threshold's le;
      // x_count_bucket or x_sum_count is a series no histogram writes, and the SLI would never have data
      // (a histogram exposes <name>_bucket, <name>_count and <name>_sum: https://prometheus.io/docs/concepts/metric_types/#histogram).
      const suffix = histogram && /_(bucket|count|sum)$/.exec(histogram.metric)?.[0];
      if (histogram && suffix)
        problems.add(
          where,
          "sli.prometheus.histogram",
          `names the histogram's ${suffix} series; write its name without ${suffix} (${histogram.metric.slice(0, -suffix.length)})`,
        );
      if (histogram?.matchers.some((m) => m.name === "le"))
        problems.add(where, "sli.prometheus.histogram", "matches le, which the threshold sets: leave the bucket out of the selector");
      if (histogram && !suffix && !histogram.matchers.some((m) => m.name === "le")) {
        const named = unitInName(histogram.metric);
        if (named && named !== unit) {
          problems.add(
            where,
            "sli.unit",
            `is ${JSON.stringify(unit)}${sli.unit === undefined ? " (the default)" : ""}, but the histogram ${histogram.metric} is named in ${named}: ` +
              `write unit: ${JSON.stringify(named)}, or the threshold ${sli.threshold} is read as ${threshold} ${unit}`,
          );
        }
        const bucket = sli.prometheus?.bucket;
        if (bucket !== undefined && !(bucket.trim() !== "" && Number(bucket) === threshold)) {
          const other: HistogramUnit = unit === "seconds" ? "milliseconds" : "seconds";
          const inOther = Number((other === "milliseconds" ? maxSeconds * 1000 : maxSeconds).toPrecision(12));
          problems.add(
            where,
            "sli.prometheus.bucket",
            `must be the threshold ${sli.threshold} in the histogram's unit (${unit}), ${threshold}, as the client writes it (e.g. "${prometheus3Le(threshold)}"); got ${JSON.stringify(bucket)}` +
              (Number(bucket) === inOther ? `, the threshold in ${other}: write unit: "${other}"` : ""),
          );
        }
        prometheus = {
          kind: "latency",
          bucket: { metric: `${histogram.metric}_bucket`, matchers: [...histogram.matchers, leMatcher(threshold, bucket)] },
          count: { metric: `${histogram.metric}_count`, matchers: histogram.matchers },
          threshold,
          unit,
        };
      }
      if (sli.cloudMonitoring?.distribution !== undefined)
        checkText(where, "sli.cloudMonitoring.distribution", sli.cloudMonitoring.distribution, problems);
      const filter = sli.cloudMonitoring?.distribution ?? (histogram && gmpFilter(histogram, "histogram"));
      if (problems.all.length > before) return undefined;
      return {
        kind: "latency",
        prometheus,
        cloudMonitoring: filter === undefined ? undefined : { kind: "distribution", filter, max: threshold, unit },
      };
    }

    case "freshness": {
      const maxAgeSeconds = parseDuration(sli.maxAge);
      if (maxAgeSeconds === undefined || maxAgeSeconds <= 0) {
        problems.add(where, "sli.maxAge", notADuration(sli.maxAge, '"5m"'));
        return undefined;
      }
      // Freshness is time-based: a minute is good while the age gauge is at most the limit.
      const gauge = selector("sli.prometheus.ageSeconds", sli.prometheus?.ageSeconds);
      if (sli.cloudMonitoring?.ageSeconds !== undefined)
        checkText(where, "sli.cloudMonitoring.ageSeconds", sli.cloudMonitoring.ageSeconds, problems);
      const filter = sli.cloudMonitoring?.ageSeconds ?? (gauge && gmpFilter(gauge, "gauge"));
      if (problems.all.length > before) return undefined;
      return perMinute("freshness", gauge, filter, undefined, maxAgeSeconds);
    }

    case "time-based": {
      const good = sli.good as { atLeast?: unknown; atMost?: unknown } | undefined;
      const bound = (name: "atLeast" | "atMost") => {
        const value = good?.[name];
        if (value === undefined) return undefined;
        if (typeof value !== "number" || !Number.isFinite(value)) {
          problems.add(where, `sli.good.${name}`, `must be a finite number, got ${describeNumber(value)}`);
          return undefined;
        }
        return value;
      };
      const atLeast = bound("atLeast");
      const atMost = bound("atMost");
      if (good?.atLeast === undefined && good?.atMost === undefined)
        problems.add(
          where,
          "sli.good",
          "needs atLeast, atMost or both: the bounds a good minute's gauge stays within (uptime: { atLeast: 1 })",
        );
      else if (atLeast !== undefined && atMost !== undefined && atLeast > atMost)
        problems.add(where, "sli.good", `atLeast ${atLeast} is above atMost ${atMost}: no minute could be good`);
      const gauge = selector("sli.prometheus.gauge", sli.prometheus?.gauge);
      const filter = sli.cloudMonitoring?.gauge ?? (gauge && gmpFilter(gauge, "gauge"));
      if (problems.all.length > before) return undefined;
      return perMinute("time-based", gauge, filter, atLeast, atMost);
    }

    default: {
      problems.add(
        where,
        "sli.kind",
        `must be ratio, latency, freshness or time-based, got ${JSON.stringify((sli as { kind: unknown }).kind)}`,
      );
      return undefined;
    }
  }
}

/** A time-based SLI's forms: the minutes of the gauge in Prometheus, a windows-based SLI in Cloud Monitoring. */
function perMinute(
  kind: "freshness" | "time-based",
  gauge: VectorSelector | undefined,
  filter: string | undefined,
  atLeast: number | undefined,
  atMost: number | undefined,
): SliModel {
  const bounds = { ...(atLeast !== undefined ? { atLeast } : {}), ...(atMost !== undefined ? { atMost } : {}) };
  return {
    kind,
    prometheus: gauge && { kind: "minutes", gauge, stepSeconds: FRESHNESS_STEP_SECONDS, ...bounds },
    cloudMonitoring:
      filter === undefined
        ? undefined
        : {
            kind: "gauge-range",
            filter,
            ...(atLeast !== undefined ? { min: atLeast } : {}),
            ...(atMost !== undefined ? { max: atMost } : {}),
          },
  };
}

/**
 * PromQL for the fraction of bad events (or bad minutes) over the window: one series, or one per
 * group of a grouped SLO (`sum by (route)`), whose labels the recording rules and alerts keep.
 */
export function errorRatioQuery(sli: PrometheusSli, windowSeconds: number): string {
  const w = formatDuration(windowSeconds);
  const by = sli.groupBy;
  const rate = (s: VectorSelector) => aggregate("sum", by, `rate(${formatSelector(s)}[${w}])`);
  // A counter with no series yet (no failure ever counted) would make a sum empty, as `+` matches
  // nothing against an empty vector, so it counts as 0: `vector(0)` as a whole; per group, a 0 for
  // every group the total has (a label-less vector(0) would match no group).
  const zero = by?.length
    ? `0 * ${sli.kind === "ratio" && sli.total.length > 1 ? `(${sli.total.map(rate).join(" or ")})` : sli.kind === "ratio" ? rate(sli.total[0]) : "vector(0)"}`
    : "vector(0)";
  const rates = (list: readonly VectorSelector[]) =>
    list.length === 1 ? rate(list[0]) : `(${list.map((s) => `(${rate(s)} or ${zero})`).join(" + ")})`;
  switch (sli.kind) {
    case "ratio": {
      if (sli.errors) return `${rates(sli.errors)} / ${rates(sli.total)}`;
      // A process failing from its start has never counted a good event: without the zero
      // the missing good series would make the ratio empty, and neither the page nor the no-data
      // alert (which watches the total) would fire through the commonest total outage.
      const good = sli.good!.length === 1 ? `(${rate(sli.good![0])} or ${zero})` : rates(sli.good!);
      return `1 - (${good} / ${rates(sli.total)})`;
    }
    case "latency":
      return `1 - (${rate(sli.bucket)} / ${rate(sli.count)})`;
    case "minutes": {
      // A minute is bad when a series (of its group) leaves the bounds; the ratio is the share of bad minutes.
      const g = formatSelector(sli.gauge);
      const above = sli.atMost !== undefined ? `${aggregate("max", by, g)} > bool ${sli.atMost}` : undefined;
      const below = sli.atLeast !== undefined ? `${aggregate("min", by, g)} < bool ${sli.atLeast}` : undefined;
      const bad = above && below ? `clamp_max((${above}) + (${below}), 1)` : (above ?? below)!;
      return `avg_over_time((${bad})[${w}:${formatDuration(sli.stepSeconds)}])`;
    }
  }
}
