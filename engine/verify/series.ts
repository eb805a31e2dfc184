/**
 * Synthetic input series for promtool unit tests, derived from an SLI's selectors: counters
 * whose bad share follows a scenario, or an age gauge that goes stale.
 */
import type { PrometheusSli } from "../model";
import type { LabelMatcher, VectorSelector } from "../model/promql";

/**
 * Samples every 15 s where promtool allows it: fine enough that a window's ratio moves in
 * small steps. promtool's query engine loads at most 10,000 samples per query, so long windows
 * (3d) are sampled more coarsely: the samples one query loads (two counters over the window,
 * or a gauge plus the one-minute points of a freshness subquery) stay under 9,000.
 */
export const MIN_SAMPLE_SECONDS = 15;
const MAX_QUERY_SAMPLES = 9000;

export function sampleSecondsFor(sli: PrometheusSli, longWindowSeconds: number): number {
  const subqueryPoints = sli.kind === "freshness" ? longWindowSeconds / 60 : 0;
  const series = sli.kind === "freshness" ? 1 : 2;
  const needed = (series * longWindowSeconds) / (MAX_QUERY_SAMPLES - subqueryPoints);
  return Math.max(MIN_SAMPLE_SECONDS, Math.ceil(needed / MIN_SAMPLE_SECONDS) * MIN_SAMPLE_SECONDS);
}

/** Requests per sample of the synthetic traffic. */
const TRAFFIC = 100;

/** Bad share of events (or stale: 0/1 for freshness) over time, constant between change points. */
export type Scenario = readonly { readonly from: number; readonly bad: number }[];

export interface InputSeries {
  series: string;
  values: string;
}

const CANDIDATES_MATCH = ["500", "503", "5xx", "error", "true", "1", "failed"];
const CANDIDATES_MISS = ["200", "ok", "success", "false", "0", "2xx"];

function matches(m: LabelMatcher, value: string): boolean {
  const full = (re: string) => new RegExp(`^(?:${re})$`).test(value);
  switch (m.op) {
    case "=":
      return value === m.value;
    case "!=":
      return value !== m.value;
    case "=~":
      return full(m.value);
    case "!~":
      return !full(m.value);
  }
}

function selects(selector: VectorSelector, labels: Record<string, string>): boolean {
  return selector.matchers.every((m) => matches(m, labels[m.name] ?? ""));
}

/** A label set the selector selects, starting from `base`; undefined when no candidate fits. */
function labelsFor(selector: VectorSelector, base: Record<string, string>, avoid?: VectorSelector): Record<string, string> | undefined {
  const labels = { ...base };
  for (const m of selector.matchers) {
    if (m.op === "=") labels[m.name] = m.value;
    else if (!matches(m, labels[m.name] ?? "")) {
      const value = [...CANDIDATES_MATCH, ...CANDIDATES_MISS].find((v) => matches(m, v));
      if (value === undefined) return undefined;
      labels[m.name] = value;
    }
  }
  if (avoid && selects(avoid, labels)) {
    // Change one label the other selector constrains to a value it rejects.
    for (const m of avoid.matchers) {
      const value = [...CANDIDATES_MISS, ...CANDIDATES_MATCH].find(
        (v) => !matches(m, v) && selector.matchers.filter((s) => s.name === m.name).every((s) => matches(s, v)),
      );
      if (value !== undefined) {
        labels[m.name] = value;
        break;
      }
    }
    if (selects(avoid, labels)) return undefined;
  }
  return selects(selector, labels) ? labels : undefined;
}

function seriesName(metric: string, labels: Record<string, string>): string {
  const body = Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(",");
  return `${metric}{${body}}`;
}

/** promtool's expanding notation for a series with the given per-sample increments. */
function counterValues(increments: readonly number[]): string {
  const parts: string[] = [];
  let value = 0;
  let i = 0;
  let first = true;
  while (i < increments.length) {
    let j = i;
    while (j < increments.length && increments[j] === increments[i]) j++;
    const inc = increments[i];
    const count = j - i;
    if (first) {
      parts.push(`0+${fmt(inc)}x${count}`);
      first = false;
    } else {
      parts.push(`${fmt(value + inc)}+${fmt(inc)}x${count - 1}`);
    }
    value += inc * count;
    i = j;
  }
  return parts.join(" ");
}

function gaugeValues(samples: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < samples.length) {
    let j = i;
    while (j < samples.length && samples[j] === samples[i]) j++;
    parts.push(`${fmt(samples[i])}x${j - i - 1}`);
    i = j;
  }
  return parts.join(" ");
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

function badAt(scenario: Scenario, seconds: number): number {
  let bad = 0;
  for (const step of scenario) if (step.from <= seconds) bad = step.bad;
  return bad;
}

/** Input series for `durationSeconds` of the scenario, or a reason the selectors cannot be synthesized. */
export function inputSeries(
  sli: PrometheusSli,
  scenario: Scenario,
  durationSeconds: number,
  sampleSeconds: number,
): InputSeries[] | string {
  const samples = Math.floor(durationSeconds / sampleSeconds);
  // Increment i covers (t - sample, t]; its share is the scenario's at the interval's start.
  const times = Array.from({ length: samples }, (_, i) => i * sampleSeconds);
  switch (sli.kind) {
    case "ratio": {
      const badSelector = sli.errors ?? sli.total;
      const bad = sli.errors ? labelsFor(sli.errors, {}) : undefined;
      const good = sli.good ? labelsFor(sli.good, {}) : undefined;
      const badLabels = sli.errors ? bad && labelsFor(sli.total, bad) : labelsFor(sli.total, {}, sli.good);
      const goodLabels = sli.errors ? labelsFor(sli.total, {}, sli.errors) : good && labelsFor(sli.total, good);
      if (!badLabels || !goodLabels || (sli.errors && !selects(sli.errors, badLabels))) {
        return `cannot build series that ${sli.errors ? "the errors and total selectors" : "the good and total selectors"} tell apart`;
      }
      const badMetric = sli.errors ? sli.errors.metric : badSelector.metric;
      const goodMetric = sli.good ? sli.good.metric : sli.total.metric;
      return [
        { series: seriesName(badMetric, badLabels), values: counterValues(times.map((t) => TRAFFIC * badAt(scenario, t))) },
        { series: seriesName(goodMetric, goodLabels), values: counterValues(times.map((t) => TRAFFIC * (1 - badAt(scenario, t)))) },
      ];
    }
    case "latency": {
      const bucket = labelsFor(sli.bucket, {});
      const count = labelsFor(sli.count, {});
      if (!bucket || !count) return "cannot build histogram series for the selector";
      return [
        { series: seriesName(sli.bucket.metric, bucket), values: counterValues(times.map((t) => TRAFFIC * (1 - badAt(scenario, t)))) },
        { series: seriesName(sli.count.metric, count), values: counterValues(times.map(() => TRAFFIC)) },
      ];
    }
    case "freshness": {
      const age = labelsFor(sli.age, {});
      if (!age) return "cannot build the age gauge for the selector";
      // A gauge sample is the state at its own time: one more sample than increments.
      const all = [...times, samples * sampleSeconds];
      return [
        {
          series: seriesName(sli.age.metric, age),
          values: gaugeValues(all.map((t) => (badAt(scenario, t) > 0 ? sli.maxAgeSeconds * 10 : 0))),
        },
      ];
    }
  }
}
