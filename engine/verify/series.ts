/**
 * Synthetic series derived from an SLI's selectors: the counters (or the age gauge) an SLI reads,
 * each with a role that says how it follows a scenario of bad events. promtool unit tests, the
 * backfill and the live exporter of the end-to-end run all draw their series from here.
 */
import type { PrometheusSli } from "../model";
import { formatSelector, type LabelMatcher, type VectorSelector } from "../model/promql";

/** Samples every 15 s near the moments a test looks at: fine enough that a window's ratio moves in small steps. */
export const MIN_SAMPLE_SECONDS = 15;

/** Requests per second of the synthetic traffic. */
export const TRAFFIC_PER_SECOND = 10;

/**
 * How a series follows the scenario: `bad` counts bad events, `good` good ones, `all` every event,
 * `age` is an age gauge that exceeds the SLI's limit while the scenario is bad.
 */
export type Role = "bad" | "good" | "all" | "gauge";

export interface SyntheticSeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly role: Role;
}

/** Bad share of events (or stale: 0/1 for freshness) over time, constant between change points. */
export type Scenario = readonly { readonly from: number; readonly bad: number }[];

export interface InputSeries {
  series: string;
  values: string;
}

const CANDIDATES_MATCH = ["500", "503", "5xx", "error", "true", "1", "failed"];
const CANDIDATES_MISS = ["200", "ok", "success", "false", "0", "2xx", "zz-synthetic"];

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

/**
 * A string the regular expression matches, for the simple forms selectors use (literals,
 * alternatives, groups, classes, `.`, `\d`, quantifiers); undefined when it finds none.
 */
export function exampleFor(regex: string): string | undefined {
  let i = 0;
  const alternatives = (): string => {
    const first = sequence();
    while (regex[i] === "|") {
      i++;
      sequence();
    }
    return first;
  };
  const sequence = (): string => {
    let out = "";
    while (i < regex.length && regex[i] !== "|" && regex[i] !== ")") {
      let atom: string;
      const c = regex[i++];
      if (c === "(") {
        if (regex.startsWith("?:", i)) i += 2;
        atom = alternatives();
        i++;
      } else if (c === "[") {
        const end = regex.indexOf("]", i + 1);
        const body = regex.slice(i, end);
        i = end + 1;
        atom = body.startsWith("^") ? (body.includes("x") ? "y" : "x") : body.replace(/^\\/, "").charAt(0);
      } else if (c === "\\") {
        const e = regex[i++];
        atom = e === "d" ? "0" : e === "w" ? "a" : e === "s" ? " " : e;
      } else if (c === ".") atom = "x";
      else if (c === "^" || c === "$") atom = "";
      else atom = c;
      const q = regex[i];
      if (q === "*" || q === "?") {
        i++;
        atom = "";
      } else if (q === "+") i++;
      else if (q === "{") {
        const end = regex.indexOf("}", i);
        const n = Number(regex.slice(i + 1, end).split(",")[0]);
        i = end + 1;
        atom = atom.repeat(Number.isFinite(n) ? n : 1);
      }
      if (regex[i] === "?") i++;
      out += atom;
    }
    return out;
  };
  try {
    const example = alternatives();
    return new RegExp(`^(?:${regex})$`).test(example) ? example : undefined;
  } catch {
    return undefined;
  }
}

function selects(selector: VectorSelector, labels: Record<string, string>): boolean {
  return selector.matchers.every((m) => matches(m, labels[m.name] ?? ""));
}

function valueFor(m: LabelMatcher, ok: (v: string) => boolean): string | undefined {
  const generated = m.op === "=~" ? exampleFor(m.value) : undefined;
  return [...CANDIDATES_MATCH, ...CANDIDATES_MISS, ...(generated === undefined ? [] : [generated])].find(ok);
}

/** A label set the selector selects, starting from `base`, that `avoid` does not select; undefined when none is found. */
function labelsFor(selector: VectorSelector, base: Record<string, string>, avoid?: VectorSelector): Record<string, string> | undefined {
  const labels = { ...base };
  for (const m of selector.matchers) {
    if (m.op === "=") labels[m.name] = m.value;
    else if (!matches(m, labels[m.name] ?? "")) {
      const value = valueFor(m, (v) => matches(m, v));
      if (value === undefined) return undefined;
      labels[m.name] = value;
    }
  }
  if (avoid && selects(avoid, labels)) {
    // Change one label the other selector constrains to a value it rejects.
    for (const m of avoid.matchers) {
      const negated: LabelMatcher = { ...m, op: ({ "=": "!=", "!=": "=", "=~": "!~", "!~": "=~" } as const)[m.op] };
      const value = valueFor(
        negated,
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

/**
 * The series an SLI reads, with their roles. Where the bad (or good) events and the total are
 * one metric, a bad series both selectors pick and a good series only the total picks; where
 * they are different metrics, the errors (or good) metric counts its events and the total
 * metric counts every event. Returns a reason when no label values satisfy the selectors.
 * `group`: the labels of one group of a grouped SLO, on every series.
 */
export function sliSeries(sli: PrometheusSli, group: Readonly<Record<string, string>> = {}): SyntheticSeries[] | string {
  const series = ungroupedSeries(sli);
  if (typeof series === "string" || !Object.keys(group).length) return series;
  // A grouped SLO's series carry their group's labels, which every selector must still select.
  const grouped = series.map((s) => ({ ...s, labels: { ...s.labels, ...group } }));
  const selectors =
    sli.kind === "ratio" ? [...sli.total, ...(sli.errors ?? sli.good ?? [])] : sli.kind === "latency" ? [sli.count] : [sli.gauge];
  const fixed = selectors.flatMap((sel) => sel.matchers).find((m) => m.name in group && !matches(m, group[m.name]));
  return fixed
    ? `cannot synthesize the groups: a selector matches ${fixed.name}${fixed.op}${JSON.stringify(fixed.value)}, a label the SLO groups by`
    : grouped;
}

/**
 * Label values of the n-th synthetic group of a grouped SLO (`{ route: "route-a" }` for n = 0):
 * values `urlquery` leaves as they are, so a test can predict the alert's text. Empty for an SLO
 * judged as a whole.
 */
export function groupValues(sli: PrometheusSli, n: number): Record<string, string> {
  return Object.fromEntries((sli.groupBy ?? []).map((l) => [l, `${l}-${String.fromCharCode(97 + n)}`]));
}

function ungroupedSeries(sli: PrometheusSli): SyntheticSeries[] | string {
  switch (sli.kind) {
    case "ratio": {
      const parts = (sli.errors ?? sli.good)!;
      if (parts.length > 1 || sli.total.length > 1) return sumSeries(sli);
      const part = parts[0];
      const total = sli.total[0];
      const partRole: Role = sli.errors ? "bad" : "good";
      const otherRole: Role = sli.errors ? "good" : "bad";
      const name = sli.errors ? "errors" : "good";
      if (part.metric !== total.metric) {
        const p = labelsFor(part, {});
        const t = labelsFor(total, {});
        if (!p || !t) return `cannot find label values that the ${p ? "total" : name} selector selects`;
        return [
          { metric: part.metric, labels: p, role: partRole },
          { metric: total.metric, labels: t, role: "all" },
        ];
      }
      const partLabels = labelsFor(part, {});
      const inBoth = partLabels && labelsFor(total, partLabels);
      const onlyTotal = labelsFor(total, {}, part);
      if (!inBoth || !selects(part, inBoth) || !onlyTotal) {
        return `cannot find label values that the ${name} and total selectors tell apart (series the total counts but ${name} does not)`;
      }
      return [
        { metric: part.metric, labels: inBoth, role: partRole },
        { metric: total.metric, labels: onlyTotal, role: otherRole },
      ];
    }
    case "latency": {
      const bucket = labelsFor(sli.bucket, {});
      const count = labelsFor(sli.count, {});
      if (!bucket || !count) return "cannot find label values for the histogram selector";
      return [
        { metric: sli.bucket.metric, labels: bucket, role: "good" },
        { metric: sli.count.metric, labels: count, role: "all" },
      ];
    }
    case "minutes": {
      const gauge = labelsFor(sli.gauge, {});
      if (!gauge) return "cannot find label values for the gauge selector";
      return [{ metric: sli.gauge.metric, labels: gauge, role: "gauge" }];
    }
  }
}

/**
 * Series for counters added up, where the total is a set of counters and the bad (or good) events
 * are some of them (`failed_total` of `success_total + failed_total`): those play the part's role,
 * the total's others the opposite one. Other sums cannot be synthesized yet.
 */
function sumSeries(sli: Extract<PrometheusSli, { kind: "ratio" }>): SyntheticSeries[] | string {
  const parts = (sli.errors ?? sli.good)!;
  const partRole: Role = sli.errors ? "bad" : "good";
  const otherRole: Role = sli.errors ? "good" : "bad";
  const key = (s: VectorSelector) => formatSelector(s);
  const inTotal = new Set(sli.total.map(key));
  if (!parts.every((p) => inTotal.has(key(p))) || parts.length >= sli.total.length)
    return `cannot synthesize counters added up unless the ${sli.errors ? "errors" : "good"} counters are some of the total's`;
  const inPart = new Set(parts.map(key));
  const series: SyntheticSeries[] = [];
  for (const s of sli.total) {
    const labels = labelsFor(s, {});
    if (!labels) return `cannot find label values that ${key(s)} selects`;
    series.push({ metric: s.metric, labels, role: inPart.has(key(s)) ? partRole : otherRole });
  }
  return series;
}

export function seriesName(metric: string, labels: Readonly<Record<string, string>>): string {
  const body = Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(",");
  return `${metric}{${body}}`;
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/** promtool's expanding notation for samples, undefined ones missing: `0+10x4 _x3 80+10x2`. */
export function encodeValues(values: readonly (number | undefined)[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < values.length) {
    if (values[i] === undefined) {
      let j = i;
      while (j < values.length && values[j] === undefined) j++;
      parts.push(`_x${j - i}`);
      i = j;
      continue;
    }
    const a = values[i]!;
    let j = i + 1;
    const step = values[j] === undefined ? 0 : Number((values[j]! - a).toPrecision(12));
    while (j < values.length && values[j] !== undefined && Number((values[j]! - values[j - 1]!).toPrecision(12)) === step) j++;
    const n = j - i - 1;
    // promtool writes a falling series as a-bxn: "6000+-6000x1" does not parse.
    parts.push(n === 0 ? fmt(a) : `${fmt(a)}${step < 0 ? "" : "+"}${fmt(step)}x${n}`);
    i = j;
  }
  return parts.join(" ");
}

export function badAt(scenario: Scenario, seconds: number): number {
  let bad = 0;
  for (const step of scenario) if (step.from <= seconds) bad = step.bad;
  return bad;
}

/** The values a time-based SLI's gauge takes in a good and in a bad minute. */
export interface GaugeValues {
  readonly good: number;
  readonly bad: number;
}
const NO_GAUGE: GaugeValues = { good: 0, bad: 0 };

/**
 * A good value within the bounds and a bad one clearly outside: for an age gauge (at most its
 * limit) 0 and ten times the limit; for `up` (at least 1) 1 and 0.
 */
export function gaugeValues(sli: PrometheusSli): GaugeValues {
  if (sli.kind !== "minutes") return NO_GAUGE;
  const { atLeast, atMost } = sli;
  if (atLeast === undefined) return { good: Math.min(0, atMost!), bad: atMost! > 0 ? atMost! * 10 : atMost! + 1 };
  return { good: atMost === undefined ? Math.max(atLeast, 0) : atLeast, bad: atLeast - Math.max(1, Math.abs(atLeast)) };
}

/**
 * A series' value at each sample time. Counters add each interval's events: where the scenario
 * changes within an interval, each part at its own share, so samples far apart still hold the
 * exact counts at their times (a long window's test needs only its edges on the sample grid).
 * An age gauge is the state at the sample's own time.
 */
export function roleValues(role: Role, scenario: Scenario, times: readonly number[], gauge: GaugeValues = NO_GAUGE): number[] {
  if (role === "gauge") return times.map((t) => (badAt(scenario, t) > 0 ? gauge.bad : gauge.good));
  let value = 0;
  return times.map((t, i) => {
    if (i > 0) {
      const from = times[i - 1];
      const events = TRAFFIC_PER_SECOND * (t - from);
      const changes = scenario.filter((c) => c.from > from && c.from < t).map((c) => c.from);
      if (!changes.length) {
        const bad = badAt(scenario, from);
        value += role === "all" ? events : role === "bad" ? events * bad : events * (1 - bad);
      } else {
        let badEvents = 0;
        let at = from;
        for (const to of [...changes, t]) {
          badEvents += TRAFFIC_PER_SECOND * (to - at) * badAt(scenario, at);
          at = to;
        }
        value += role === "all" ? events : role === "bad" ? badEvents : events - badEvents;
      }
    }
    return value;
  });
}

/**
 * Input series for `durationSeconds` of the scenario, sampled every `sampleSeconds` where `dense`
 * says so and every `sparseSeconds` elsewhere (samples in between are missing: a long window
 * needs its edges, not every sample, and promtool caps the samples a query loads). Returns a
 * reason when the selectors cannot be synthesized. A grouped SLO's series are its first group's
 * unless `group` says otherwise.
 */
export function inputSeries(
  sli: PrometheusSli,
  scenario: Scenario,
  durationSeconds: number,
  sampleSeconds: number,
  dense: (seconds: number) => boolean = () => true,
  sparseSeconds = sampleSeconds,
  group: Readonly<Record<string, string>> = groupValues(sli, 0),
): InputSeries[] | string {
  const series = sliSeries(sli, group);
  if (typeof series === "string") return series;
  const count = Math.floor(durationSeconds / sampleSeconds) + 1;
  const times = Array.from({ length: count }, (_, i) => i * sampleSeconds);
  const present = times.map((t) => dense(t) || t % sparseSeconds === 0);
  const gauge = gaugeValues(sli);
  return series.map((s) => {
    const values = roleValues(s.role, scenario, times, gauge);
    return { series: seriesName(s.metric, s.labels), values: encodeValues(values.map((v, i) => (present[i] ? v : undefined))) };
  });
}
