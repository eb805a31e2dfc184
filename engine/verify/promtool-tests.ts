/**
 * promtool unit tests generated from the model, per SLO (and per environment whose overrides
 * change it):
 * - per burn-rate tier: (a) a total outage fires the tier's alert no later than the predicted
 *   detection time plus one evaluation interval (and one sample interval), and not before;
 *   (b) once the outage ends the alert resolves within the tier's short window plus one
 *   evaluation; (c) a steady burn at 99% of the tier's threshold never fires it; (d) a 1x burn
 *   never fires a paging tier. A probe records the first evaluation at which each tier fires;
 * - one page per outage: a total outage long enough for every paging tier fires the SLO's most
 *   severe alert and no other paging alert (a less severe one is held while it fires);
 * - held after a page: once the outage is over and the most severe alert has resolved, each less
 *   severe one stays quiet while its own windows still hold the outage (its condition is asserted
 *   true at that moment, so the test fails without the hold);
 * - a fresh process: where the SLI counts good events, a process failing from its start (its
 *   good counter never counted, so the series does not exist) fires the most severe alert;
 * - per group: for a grouped SLO, with one group failing and another healthy, the most severe
 *   alert fires for the failing group alone, carrying its labels;
 * - no data: when the SLI's series vanish, its no-data alert fires as a ticket, and not while
 *   they are there;
 * - status levels: after a whole window of healthy traffic, a total outage spends the budget at a
 *   known pace; each level's alert is quiet 15 to 30 s (one to two samples of the other tests)
 *   before the outage has spent the budget down to its level and fires 15 to 30 s after, every
 *   level above it firing too and none below.
 *
 * Burn-rate and no-data rules hold no state between evaluations (no `for`), so an evaluation's
 * result depends only on the samples. Each check is therefore its own test group whose outage
 * starts where the check lands on a coarse evaluation grid: promtool evaluates a few dozen times
 * instead of every 30 s of a 3-day window. A tier is measured by keeping only its recording rules:
 * the exported alert's other tiers then select nothing, and the OR reduces to this tier; the more
 * severe alerts, which would hold it, are left out of its tests.
 */
import { stringify } from "yaml";
import { shownLiteral } from "../model/go-template";
import { withGroupValues } from "../model/group-by";
import type { BurnRateTier, Model, SloModel } from "../model";
import { FRESHNESS_STEP_SECONDS, judgedPerMinute, noDataSeconds } from "../model/burn-rate";
import { formatDuration } from "../model/duration";
import { noDataSeverity, pages } from "../model/routing";
import {
  BUDGET_LEFT_RECORD,
  burnAlerts,
  errorRatioRecord,
  holdSeconds,
  noDataAlertName,
  noDataSelector,
  RULE_EVALUATION_SECONDS,
  SLO_ALERT_LABEL,
  tierCondition,
  toYaml,
  type AlertingRule,
  type BurnAlert,
  type RuleGroup,
} from "../exporters/prometheus-rules";
import { groupValues, inputSeries, MIN_SAMPLE_SECONDS, sliSeries, type Scenario } from "./series";
import { sloRuleGroup } from "../model/naming";
import { budgetAlertName } from "../model/slo-alerts";

export const EVALUATION_SECONDS = RULE_EVALUATION_SECONDS;
const E = EVALUATION_SECONDS;
/** Margin of dense samples around each moment a window starts or the scenario changes. */
const DENSE_MARGIN_SECONDS = 120;
/** Prometheus looks back 5 minutes for an instant sample; a freshness subquery point needs one that recent. */
const FRESHNESS_SPARSE_SECONDS = 240;
/** Samples a long window holds at most away from the moments that matter. */
const SPARSE_SAMPLES_PER_WINDOW = 400;
/**
 * promtool's test engine loads at most 10,000 samples per query (fixed in promtool); a freshness
 * subquery over more one-minute points than this goes over it.
 */
const MAX_PROMTOOL_SUBQUERY_POINTS = 1440;

interface AlertTest {
  eval_time: string;
  alertname: string;
  exp_alerts: { exp_labels: Record<string, string>; exp_annotations: Record<string, string> }[];
}
interface TestGroup {
  name: string;
  interval: string;
  input_series: { series: string; values: string }[];
  alert_rule_test: AlertTest[];
  promql_expr_test?: { expr: string; eval_time: string; exp_samples: { labels: string; value: number }[] }[];
}

export interface TierCase {
  readonly environment: string;
  readonly slo: string;
  readonly tier: string;
  readonly alertname: string;
  readonly predictedSeconds: number;
  readonly sampleSeconds: number;
  /** Probe group name -> outage offset (seconds) it looks at. */
  readonly probes: ReadonlyMap<string, number>;
}

/** One SLO's files: promtool runs its test files together and its probe files together. */
export interface SloCase {
  readonly environment: string;
  readonly slo: string;
  readonly testFiles: string[];
  readonly probeFiles: string[];
  readonly tiers: TierCase[];
}

export interface GeneratedTests {
  /** File name -> YAML, all in one folder. */
  readonly files: Map<string, string>;
  readonly cases: SloCase[];
  /** Problems that kept a test from being generated: verification fails on each. */
  readonly problems: string[];
  /** Tiers promtool cannot evaluate, and why. */
  readonly notes: string[];
}

/**
 * The sample interval of the status levels' tests: about 400 samples per window, dividing the
 * evaluation grid (and so the window, a whole number of grid steps, and every check time), a
 * multiple of `s`. promtool holds a slot for every interval of a test's series, sampled or not:
 * at 15 s, a 30-day window was 170,000 slots per series and test group, most of promtool's time.
 * Rates over the window read only the samples at its edges, which stay exact; a check's outage
 * starts between samples, so the outage is still placed to the second.
 */
export function budgetSampleSeconds(windowSeconds: number, grid: number, s: number): number {
  for (let k = Math.floor(windowSeconds / SPARSE_SAMPLES_PER_WINDOW / s); k > 1; k--) if (grid % (k * s) === 0) return k * s;
  return s;
}

const at = (seconds: number) => formatDuration(Math.round(seconds));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number) => (a / gcd(a, b)) * b;

/**
 * A steady bad share; for freshness, a stale stretch with that share of every long window,
 * repeating every long window plus one point so that no window, whether its range includes
 * its start (Prometheus 2) or not (Prometheus 3), counts two stretches.
 */
function steady(slo: SloModel, tier: BurnRateTier, share: number, duration: number): Scenario {
  if (!judgedPerMinute(slo.sli)) return [{ from: 0, bad: share }];
  const stale = Math.floor(share * (tier.longWindowSeconds / FRESHNESS_STEP_SECONDS)) * FRESHNESS_STEP_SECONDS;
  const steps: { from: number; bad: number }[] = [];
  for (let start = 0; start < duration; start += tier.longWindowSeconds + FRESHNESS_STEP_SECONDS) {
    if (stale > 0) steps.push({ from: start, bad: 1 });
    steps.push({ from: start + stale, bad: 0 });
  }
  return steps;
}

/** Generated annotations as Prometheus shows them for an alert of this group: their text is literal, the group's labels filled in. */
const expanded = (annotations: Record<string, string>, group: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(annotations).map(([k, v]) => [k, withGroupValues(shownLiteral(v), group)]));

/** The group with only the recording rules of the given windows, and every alert but those named. */
function withWindows(group: RuleGroup, windows: readonly number[], without: readonly string[] = []): RuleGroup {
  const records = new Set(windows.map(errorRatioRecord));
  return {
    ...group,
    rules: group.rules.filter((r) => ("record" in r ? records.has(r.record) : !without.includes(r.alert))),
  };
}

const isAlert = (r: RuleGroup["rules"][number]): r is AlertingRule => "alert" in r;

/** Generates the tests of one environment's SLO rule groups (the exported ones, or a broken copy in tests). */
export function generateTests(
  model: Model,
  environment: string,
  ruleGroups: readonly RuleGroup[],
  only?: ReadonlySet<string>,
): GeneratedTests {
  const files = new Map<string, string>();
  const cases: SloCase[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  const paging = (severity: string) => pages(severity as BurnRateTier["severity"], model.severities, model.environments);

  for (const slo of model.slos) {
    const sli = slo.sli.prometheus;
    if (!sli || (only && !only.has(slo.id))) continue;
    const where = `${environment} slo "${slo.id}"`;
    const group = ruleGroups.find((g) => g.name === sloRuleGroup(slo.id));
    if (!group) {
      problems.push(`${where}: no rule group ${sloRuleGroup(slo.id)} in the exported rules`);
      continue;
    }
    const freshness = sli.kind === "minutes";
    const s = freshness ? FRESHNESS_STEP_SECONDS : MIN_SAMPLE_SECONDS;
    const checkStep = freshness ? FRESHNESS_STEP_SECONDS : E;
    const base = `${environment}.${slo.id}`;
    const testFiles: string[] = [];
    const probeFiles: string[] = [];
    const tierCases: TierCase[] = [];
    const alerts = burnAlerts(model, slo);
    const ruleOf = (name: string) => group.rules.filter(isAlert).find((r) => r.alert === name);
    // The burn-rate and no-data rules: the budget over the whole window is the status levels' test's
    // (its one-minute subquery over a window is more than promtool evaluates for an SLI judged per minute).
    const burnGroup: RuleGroup = {
      ...group,
      rules: group.rules.filter((r) => ("record" in r ? r.record !== BUDGET_LEFT_RECORD : r.labels[SLO_ALERT_LABEL] !== "budget")),
    };
    // A grouped SLO's tests feed its first group (its second stays healthy where one is fed too).
    const [groupA, groupB] = [groupValues(sli, 0), groupValues(sli, 1)];
    /**
     * What promtool must see firing: the exported rule's labels (with the group's) and annotations,
     * or (when the rule is missing) its name only.
     */
    const firing = (name: string, t: number, labels?: Record<string, string>): AlertTest => {
      const rule = ruleOf(name);
      return {
        eval_time: at(t),
        alertname: name,
        exp_alerts: [{ exp_labels: labels ?? { ...rule?.labels, ...groupA }, exp_annotations: expanded(rule?.annotations ?? {}, groupA) }],
      };
    };
    const quiet = (name: string, t: number): AlertTest => ({ eval_time: at(t), alertname: name, exp_alerts: [] });

    /** A test group whose outage (bad from t0) is checked `x` seconds in, on an evaluation grid of `grid`. */
    const outageGroup = (
      name: string,
      grid: number,
      historySeconds: number,
      windows: readonly number[],
      x: number,
      test: (t: number) => AlertTest[],
      endsAt?: number,
    ): TestGroup | string => {
      const t0 = Math.ceil((historySeconds + x) / grid) * grid - x;
      const checkAt = t0 + x;
      const scenario: Scenario = [
        { from: 0, bad: 0 },
        { from: t0, bad: 1 },
        ...(endsAt === undefined ? [] : [{ from: t0 + endsAt, bad: 0 }]),
      ];
      const edges = [t0, ...windows.map((w) => checkAt - w)];
      const dense = (t: number) => t >= t0 - DENSE_MARGIN_SECONDS || edges.some((e) => Math.abs(t - e) <= DENSE_MARGIN_SECONDS);
      const series = inputSeries(sli, scenario, checkAt + E, s, dense, sparseFor(windows));
      return typeof series === "string" ? series : { name, interval: `${s}s`, input_series: series, alert_rule_test: test(checkAt) };
    };
    const sparseFor = (windows: readonly number[]) =>
      freshness ? FRESHNESS_SPARSE_SECONDS : Math.max(s, Math.ceil(Math.max(...windows) / SPARSE_SAMPLES_PER_WINDOW / s) * s);
    /** A steady share from the start: every window sees the same ratio, so counters need no dense samples (stale stretches do). */
    const steadyGroup = (
      name: string,
      grid: number,
      scenario: Scenario,
      checks: readonly number[],
      alertname: string,
    ): TestGroup | string => {
      const times = checks.map((c) => Math.ceil(c / grid) * grid);
      const sample = freshness ? s : sparseFor(checks);
      const series = inputSeries(sli, scenario, Math.max(...times) + E, sample);
      return typeof series === "string"
        ? series
        : { name, interval: `${sample}s`, input_series: series, alert_rule_test: times.map((t) => quiet(alertname, t)) };
    };
    const write = (file: string, rules: RuleGroup, grid: number, groups: (TestGroup | string)[]): string | undefined => {
      const failed = groups.find((g): g is string => typeof g === "string");
      if (failed) return failed;
      const rulesFile = file.replace(/\.(test|probe)\.yml$/, ".rules.yml");
      files.set(rulesFile, toYaml([rules]));
      files.set(file, yaml({ rule_files: [rulesFile], evaluation_interval: `${grid}s`, tests: groups }));
      return undefined;
    };
    const gridFor = (longest: number) => lcm(checkStep, Math.max(checkStep, Math.floor(longest / 8 / checkStep) * checkStep));

    let reason: string | undefined;
    for (const [i, alert] of alerts.entries()) {
      for (const tier of alert.tiers) {
        if (freshness && tier.longWindowSeconds / FRESHNESS_STEP_SECONDS > MAX_PROMTOOL_SUBQUERY_POINTS) {
          notes.push(
            `${where} tier ${tier.id}: its ${formatDuration(tier.longWindowSeconds)} one-minute subquery holds more points than promtool's test engine evaluates (it loads at most 10,000 samples per query); its rule passed promtool check rules, its timing is not unit-tested`,
          );
          continue;
        }
        const windows = [tier.longWindowSeconds, tier.shortWindowSeconds];
        const rules = withWindows(
          group,
          windows,
          alerts.slice(0, i).map((a) => a.name),
        );
        // Tiers of this alert whose conditions the kept records can still satisfy: normally just this one.
        const measured = alert.tiers.filter((t) => windows.includes(t.longWindowSeconds) && windows.includes(t.shortWindowSeconds));
        const predicted = Math.min(...measured.map((t) => t.detectionSeconds));
        const grid = gridFor(tier.longWindowSeconds);
        const history = tier.longWindowSeconds;
        const firesBy = freshness ? predicted : Math.floor((predicted + E + s) / E) * E;
        const quietAt = freshness ? predicted - FRESHNESS_STEP_SECONDS : Math.ceil((predicted - s) / E) * E - E;
        const label = `${slo.id} ${tier.id} (${alert.name})`;
        const groups: (TestGroup | string)[] = [
          ...(quietAt > 0
            ? [
                outageGroup(
                  `${label}: quiet ${at(quietAt)} into a total outage (predicted ${predicted}s)`,
                  grid,
                  history,
                  windows,
                  quietAt,
                  (t) => [quiet(alert.name, t)],
                ),
              ]
            : []),
          outageGroup(
            `${label}: a total outage fires it by ${at(firesBy)} (predicted ${predicted}s)`,
            grid,
            history,
            windows,
            firesBy,
            (t) => [firing(alert.name, t)],
          ),
          outageGroup(
            `${label}: it resolves within its short window once the outage ends`,
            grid,
            history,
            windows,
            firesBy + tier.shortWindowSeconds + E,
            (t) => [quiet(alert.name, t)],
            firesBy,
          ),
        ];
        const settled = tier.longWindowSeconds + tier.shortWindowSeconds;
        groups.push(
          steadyGroup(
            `${label}: 99% of its threshold never fires it`,
            grid,
            steady(slo, tier, 0.99 * tier.errorRatioThreshold, settled + grid + E),
            [tier.longWindowSeconds, settled],
            alert.name,
          ),
        );
        if (paging(tier.severity)) {
          groups.push(
            steadyGroup(
              `${label}: a 1x burn does not page`,
              grid,
              steady(slo, tier, slo.errorBudget, settled + grid + E),
              [tier.longWindowSeconds, settled],
              alert.name,
            ),
          );
        }
        const probes = new Map<string, number>();
        const probeGroups: (TestGroup | string)[] = [];
        for (let x = Math.max(checkStep, quietAt); x <= firesBy + checkStep; x += checkStep) {
          const name = `${label}: probe ${x}s`;
          probes.set(name, x);
          probeGroups.push(outageGroup(name, grid, history, windows, x, (t) => [quiet(alert.name, t)]));
        }
        const file = `${base}.${tier.id}`;
        reason = write(`${file}.test.yml`, rules, grid, groups) ?? write(`${file}.probe.yml`, rules, grid, probeGroups);
        if (reason) break;
        testFiles.push(`${file}.test.yml`);
        probeFiles.push(`${file}.probe.yml`);
        tierCases.push({
          environment,
          slo: slo.id,
          tier: tier.id,
          alertname: alert.name,
          predictedSeconds: predicted,
          sampleSeconds: s,
          probes,
        });
      }
      if (reason) break;
    }
    if (!reason)
      reason = onePage(alerts) ?? heldAfterPage(alerts) ?? freshProcess(alerts) ?? perGroup(alerts) ?? noData() ?? budgetLevels();
    if (reason) {
      problems.push(`${where}: ${reason}`);
      continue;
    }
    cases.push({ environment, slo: slo.id, testFiles, probeFiles, tiers: tierCases });

    /** A total outage past every paging tier's detection fires the SLO's most severe alert and no other paging alert. */
    function onePage(all: readonly BurnAlert[]): string | undefined {
      const paged = all.filter((a) => a.pages);
      if (!paged.length || !all[0].pages) return undefined;
      const tiers = paged.flatMap((a) => a.tiers);
      const longest = Math.max(...tiers.map((t) => t.longWindowSeconds));
      const by = Math.floor((Math.max(...tiers.map((t) => t.detectionSeconds)) + E + s) / checkStep) * checkStep + checkStep;
      const expected = new Set([all[0].name]);
      const others = burnGroup.rules.filter(isAlert).filter((r) => !expected.has(r.alert) && paging(r.labels.severity));
      const windows = [...new Set(tiers.flatMap((t) => [t.longWindowSeconds, t.shortWindowSeconds]))];
      const test = outageGroup(
        `${slo.id}: one total outage fires ${[...expected].join(", ")} and no other paging alert`,
        gridFor(longest),
        longest,
        windows,
        by,
        (t) => [...paged.map((a) => firing(a.name, t)), ...others.map((r) => quiet(r.alert, t))],
      );
      const file = `${base}.one-page.test.yml`;
      const failed = write(file, burnGroup, gridFor(longest), [test]);
      if (!failed) testFiles.push(file);
      return failed;
    }

    /**
     * After a page: an outage long enough for the most severe alert and each less severe one,
     * then recovery. Once the most severe alert has resolved, each less severe alert is still
     * quiet while its own windows hold the outage; that its condition holds then is asserted
     * too. From a process's start, so every window sees the outage whole and the test is short.
     */
    function heldAfterPage(all: readonly BurnAlert[]): string | undefined {
      const [first, ...lesser] = all;
      if (!first) return undefined;
      const fired = Math.min(...first.tiers.map((t) => t.detectionSeconds));
      const after = holdSeconds(first) + 2 * E;
      const groups: (TestGroup | string)[] = [];
      for (const alert of lesser) {
        const tier = alert.tiers.reduce((a, b) => (b.shortWindowSeconds > a.shortWindowSeconds ? b : a));
        const step = freshness ? checkStep : E;
        const outage = Math.ceil((Math.max(fired, tier.detectionSeconds) + E + s) / step) * step + step;
        const checkAt = Math.ceil((outage + after) / E) * E;
        // Every window holds the outage whole, and the share it holds is above the tier's threshold.
        if (tier.shortWindowSeconds < checkAt || outage / checkAt <= tier.errorRatioThreshold) {
          notes.push(
            `${where} ${alert.name}: its windows no longer hold an outage of ${at(outage)} once ${first.name} has resolved; its hold after a page is not unit-tested`,
          );
          continue;
        }
        const series = inputSeries(
          sli!,
          [
            { from: 0, bad: 1 },
            { from: outage, bad: 0 },
          ],
          checkAt + E,
          s,
        );
        if (typeof series === "string") return series;
        groups.push({
          name: `${slo.id}: after ${first.name} fired and resolved, ${alert.name} (${tier.id}) stays quiet while its windows hold the outage`,
          interval: `${s}s`,
          input_series: series,
          alert_rule_test: [firing(first.name, outage), quiet(alert.name, outage), quiet(first.name, checkAt), quiet(alert.name, checkAt)],
          promql_expr_test: [
            { expr: `count(${tierCondition(slo, tier, environment)})`, eval_time: at(checkAt), exp_samples: [{ labels: "{}", value: 1 }] },
          ],
        });
      }
      if (!groups.length) return undefined;
      const file = `${base}.held.test.yml`;
      const failed = write(file, burnGroup, lcm(s, E), groups);
      if (!failed) testFiles.push(file);
      return failed;
    }

    /**
     * A process failing from its start: its good counter has never counted, so that series does not
     * exist. The most severe alert must still fire, by the fastest tier's detection.
     */
    function freshProcess(all: readonly BurnAlert[]): string | undefined {
      if (sli!.kind !== "ratio" || !sli!.good || !all.length) return undefined;
      const first = all[0];
      const by = Math.floor((Math.min(...first.tiers.map((t) => t.detectionSeconds)) + E + s) / E) * E + E;
      const series = inputSeries(sli!, [{ from: 0, bad: 1 }], by + E, s);
      const roles = sliSeries(sli!);
      if (typeof series === "string" || typeof roles === "string") return typeof series === "string" ? series : String(roles);
      const test: TestGroup = {
        name: `${slo.id}: a process failing from its start, whose good counter never counted, fires ${first.name} by ${at(by)}`,
        interval: `${s}s`,
        input_series: series.filter((_, i) => roles[i].role !== "good"),
        alert_rule_test: [firing(first.name, by)],
      };
      const file = `${base}.fresh-process.test.yml`;
      const failed = write(file, burnGroup, E, [test]);
      if (!failed) testFiles.push(file);
      return failed;
    }

    /**
     * A grouped SLO, two groups: the first fails from its start, the second stays healthy. The
     * most severe alert fires for the first group alone, carrying its labels (promtool compares
     * the whole list of firing alerts, so an alert for the healthy group fails the test), and no
     * other alert of the SLO fires for either.
     */
    function perGroup(all: readonly BurnAlert[]): string | undefined {
      if (!slo.groupBy.length || !all.length) return undefined;
      const [first, ...lesser] = all;
      const by = Math.floor((Math.min(...first.tiers.map((t) => t.detectionSeconds)) + E + s) / E) * E + E;
      const failing = inputSeries(sli!, [{ from: 0, bad: 1 }], by + E, s, undefined, undefined, groupA);
      const healthy = inputSeries(sli!, [{ from: 0, bad: 0 }], by + E, s, undefined, undefined, groupB);
      if (typeof failing === "string" || typeof healthy === "string") return typeof failing === "string" ? failing : (healthy as string);
      const test: TestGroup = {
        name: `${slo.id}: ${Object.entries(groupA)
          .map(([k, v]) => `${k}="${v}"`)
          .join(",")} fails, ${Object.entries(groupB)
          .map(([k, v]) => `${k}="${v}"`)
          .join(",")} is healthy; ${first.name} fires by ${at(by)} for the failing group alone`,
        interval: `${s}s`,
        input_series: [...failing, ...healthy],
        alert_rule_test: [firing(first.name, by), ...lesser.map((a) => quiet(a.name, by))],
      };
      const file = `${base}.per-group.test.yml`;
      const failed = write(file, burnGroup, E, [test]);
      if (!failed) testFiles.push(file);
      return failed;
    }

    /** The SLI's series vanish: its no-data alert fires as a ticket after the no-data window, and not before. */
    function noData(): string | undefined {
      const severity = noDataSeverity(slo, model.severities, model.environments);
      if (!severity) return "every severity pages, so there is no ticket severity for its no-data alert";
      const name = noDataAlertName(slo);
      const window = noDataSeconds(slo);
      // absent_over_time() returns the selector's equality matchers as labels; the rule adds its own.
      const matched = Object.fromEntries(noDataSelector(sli!).matchers.flatMap((m) => (m.op === "=" ? [[m.name, m.value]] : [])));
      const labels = {
        ...matched,
        severity,
        slo: slo.id,
        service: slo.service.id,
        team: slo.service.team,
        environment,
        [SLO_ALERT_LABEL]: "no-data",
      };
      const grid = lcm(s, E);
      const last = Math.ceil(window / grid) * grid + grid;
      const series = inputSeries(sli!, [{ from: 0, bad: 0 }], last, s);
      if (typeof series === "string") return series;
      const gone = last;
      const test: TestGroup = {
        name: `${slo.id}: its series vanish; ${name} fires within ${at(window + E)}, as ${severity}`,
        interval: `${s}s`,
        input_series: series,
        alert_rule_test: [quiet(name, gone), quiet(name, gone + window - E), firing(name, gone + window + E, labels)],
      };
      const file = `${base}.no-data.test.yml`;
      const failed = write(file, { ...burnGroup, rules: burnGroup.rules.filter(isAlert) }, E, [test]);
      if (!failed) testFiles.push(file);
      return failed;
    }

    /**
     * The status levels: after a whole window of healthy traffic, a total outage of x seconds
     * leaves 1 - x / (window x error budget) of the budget. Per level, 15 to 30 s before the outage
     * reaches its level its alert is quiet and 15 to 30 s after it fires, with every level above it
     * (each level is its own alert, as on Google Cloud and AWS) and none below. Each check is its
     * own test group on a grid of an eighth of the window (a handful of evaluations), its series
     * sampled about 400 times per window (see budgetSampleSeconds).
     */
    function budgetLevels(): string | undefined {
      const levels = slo.budgetAlerts;
      if (!levels.length) return undefined;
      if (freshness) {
        notes.push(
          `${where} status levels: the budget over ${slo.windowDays} days is a one-minute subquery of more points than promtool's test engine evaluates; their rules passed promtool check rules, their timing is not unit-tested`,
        );
        return undefined;
      }
      const W = slo.windowSeconds;
      const grid = gridFor(W);
      const rules = {
        ...group!,
        rules: group!.rules.filter((r) => ("record" in r ? r.record === BUDGET_LEFT_RECORD : r.labels[SLO_ALERT_LABEL] === "budget")),
      };
      const named = (l: (typeof levels)[number]) => budgetAlertName(slo, l);
      // Seconds of total outage that leave exactly each level's budget.
      const spent = levels.map((l) => (1 - l.remainingAtOrBelow) * slo.errorBudget * W);
      /**
       * `x` seconds into an outage after a whole healthy window: the levels spent 15 s or more
       * before fire, those 15 s or more after are quiet (a level within 15 s is not judged).
       */
      const sample = budgetSampleSeconds(W, grid, s);
      const check = (name: string, x: number): TestGroup | string => {
        const t0 = Math.ceil((W + x) / grid) * grid - x;
        const checkAt = t0 + x;
        // The window's edges (checkAt - W, checkAt) are on the sample grid and the outage starts
        // between samples: the counters hold exact counts there, so the budget left is exact to the second.
        const series = inputSeries(
          sli!,
          [
            { from: 0, bad: 0 },
            { from: t0, bad: 1 },
          ],
          checkAt + E,
          sample,
        );
        if (typeof series === "string") return series;
        return {
          name,
          interval: `${sample}s`,
          input_series: series,
          alert_rule_test: levels.flatMap((l, i) =>
            spent[i] <= x - s ? [firing(named(l), checkAt)] : spent[i] >= x + s ? [quiet(named(l), checkAt)] : [],
          ),
        };
      };
      const groups = levels.flatMap((level, i) => {
        const before = Math.floor(spent[i] / s) * s - s;
        const after = Math.ceil(spent[i] / s) * s + s;
        const text = `${slo.id} ${level.state} (${named(level)}, ${level.remainingAtOrBelow} of the budget left, ${spent[i].toFixed(0)}s of total outage)`;
        return [
          ...(before > 0 ? [check(`${text}: quiet ${at(before)} into the outage`, before)] : []),
          check(`${text}: fires ${at(after)} into the outage`, after),
        ];
      });
      const file = `${base}.budget.test.yml`;
      const failed = write(file, rules, grid, groups);
      if (!failed) testFiles.push(file);
      return failed;
    }
  }
  return { files, cases, problems, notes };
}
