/**
 * promtool unit tests generated from the model, per SLO and burn-rate tier:
 * (a) a total outage fires the tier no later than the predicted detection time plus one
 *     evaluation interval (and one sample interval of the synthetic series), and not before;
 * (b) a steady burn just below the tier's factor never fires it;
 * (c) once the outage ends the tier resolves within its short window plus one evaluation;
 * (d) a 1x burn never fires a paging tier.
 * A probe records the first evaluation at which the outage fires each tier. Each tier is
 * tested against its own slice of the exported rules (its two recording rules and its alert),
 * so promtool evaluates only what the tier uses.
 */
import { stringify } from "yaml";
import type { BurnRateTier, Model, SloModel } from "../model";
import { FRESHNESS_STEP_SECONDS } from "../model/burn-rate";
import { formatDuration } from "../model/duration";
import {
  burnAlertName,
  errorRatioRecord,
  RULE_EVALUATION_SECONDS,
  sloRuleGroups,
  toYaml,
  type AlertingRule,
  type RuleGroup,
} from "../exporters/prometheus-rules";
import { inputSeries, sampleSecondsFor, type Scenario } from "./series";

export const EVALUATION_SECONDS = RULE_EVALUATION_SECONDS;
/** promtool test caps the samples a query loads; a freshness subquery of more one-minute points than this hits the cap. */
const MAX_PROMTOOL_SUBQUERY_POINTS = 1440;
const E = EVALUATION_SECONDS;

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
}

export interface TierCase {
  readonly slo: string;
  readonly tier: string;
  readonly alertname: string;
  readonly predictedSeconds: number;
  readonly sampleSeconds: number;
  /** When the probe's outage starts. */
  readonly outageStart: number;
  /** File names (in the tests folder) of this tier's rules, tests and probe. */
  readonly rulesFile: string;
  readonly testFile: string;
  readonly probeFile: string;
}

export interface GeneratedTests {
  /** File name -> YAML, all in one folder. */
  readonly files: Map<string, string>;
  readonly cases: TierCase[];
  /** SLOs without tests, and why. */
  readonly skipped: string[];
}

const at = (seconds: number) => formatDuration(Math.round(seconds));
const evalBefore = (seconds: number) => Math.ceil(seconds / E) * E - E;
const evalAtOrBefore = (seconds: number) => Math.floor(seconds / E) * E;

function firing(rule: AlertingRule, seconds: number): AlertTest {
  return { eval_time: at(seconds), alertname: rule.alert, exp_alerts: [{ exp_labels: rule.labels, exp_annotations: rule.annotations }] };
}

function quiet(rule: AlertingRule, seconds: number): AlertTest {
  return { eval_time: at(seconds), alertname: rule.alert, exp_alerts: [] };
}

/**
 * A steady bad share; for freshness, a stale stretch with that share of every long window,
 * repeating every long window plus one point so that no window, whether its range includes
 * its start (Prometheus 2) or not (Prometheus 3), counts two stretches.
 */
function steady(slo: SloModel, tier: BurnRateTier, share: number, duration: number): Scenario {
  if (slo.sli.kind !== "freshness") return [{ from: 0, bad: share }];
  const stale = Math.floor(share * (tier.longWindowSeconds / FRESHNESS_STEP_SECONDS)) * FRESHNESS_STEP_SECONDS;
  const steps: { from: number; bad: number }[] = [];
  for (let start = 0; start < duration; start += tier.longWindowSeconds + FRESHNESS_STEP_SECONDS) {
    if (stale > 0) steps.push({ from: start, bad: 1 });
    steps.push({ from: start + stale, bad: 0 });
  }
  return steps;
}

/** The exported rules a tier uses: its two error-ratio records and its alert. */
function tierRules(group: RuleGroup, slo: SloModel, tier: BurnRateTier): RuleGroup {
  const records = new Set([errorRatioRecord(tier.longWindowSeconds), errorRatioRecord(tier.shortWindowSeconds)]);
  return {
    ...group,
    rules: group.rules.filter((r) => ("record" in r ? records.has(r.record) : r.alert === burnAlertName(slo, tier))),
  };
}

export function generateTests(
  model: Model,
  pages: (tier: BurnRateTier) => boolean,
  ruleGroups: readonly RuleGroup[] = sloRuleGroups(model),
): GeneratedTests {
  const files = new Map<string, string>();
  const cases: TierCase[] = [];
  const skipped: string[] = [];
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  for (const group of ruleGroups) {
    const slo = model.slos.find((s) => `slo-${s.id}` === group.name)!;
    const sli = slo.sli.prometheus!;
    const tierCases: TierCase[] = [];
    let reason: string | undefined;
    for (const tier of slo.tiers) {
      if (sli.kind === "freshness" && tier.longWindowSeconds / FRESHNESS_STEP_SECONDS > MAX_PROMTOOL_SUBQUERY_POINTS) {
        skipped.push(
          `slo "${slo.id}" tier ${tier.id}: its ${formatDuration(tier.longWindowSeconds)} one-minute subquery exceeds the samples promtool's test engine loads per query; not tested`,
        );
        continue;
      }
      const rules = tierRules(group, slo, tier);
      const rule = rules.rules.find((r): r is AlertingRule => "alert" in r)!;
      const sample = sampleSecondsFor(sli, tier.longWindowSeconds);
      const make = (name: string, scenario: Scenario, duration: number, tests: AlertTest[]): TestGroup | string => {
        const series = inputSeries(sli, scenario, duration, sample);
        return typeof series === "string"
          ? series
          : { name: `${slo.id} ${tier.id}: ${name}`, interval: `${sample}s`, input_series: series, alert_rule_test: tests };
      };
      const t0 = Math.ceil(tier.longWindowSeconds / 60) * 60;
      const predicted = tier.detectionSeconds;
      const firesBy = t0 + evalAtOrBefore(predicted + E + (sample > FRESHNESS_STEP_SECONDS || slo.sli.kind !== "freshness" ? sample : 0));
      const quietUntil = predicted - sample;
      const outage: Scenario = [
        { from: 0, bad: 0 },
        { from: t0, bad: 1 },
      ];
      const settled = tier.longWindowSeconds + tier.shortWindowSeconds;
      const groups = [
        make(`a total outage fires it by ${at(firesBy - t0)} (predicted ${predicted}s), not before`, outage, firesBy + E, [
          ...(quietUntil > 0 ? [quiet(rule, t0 + evalBefore(quietUntil))] : []),
          firing(rule, firesBy),
        ]),
        make(
          "it resolves within its short window once the outage ends",
          [...outage, { from: firesBy, bad: 0 }],
          firesBy + tier.shortWindowSeconds + 2 * E,
          [firing(rule, firesBy), quiet(rule, firesBy + tier.shortWindowSeconds + E)],
        ),
        make("99% of its threshold never fires it", steady(slo, tier, 0.99 * tier.errorRatioThreshold, settled + E), settled + E, [
          quiet(rule, tier.longWindowSeconds),
          quiet(rule, settled),
        ]),
        ...(pages(tier)
          ? [
              make("a 1x burn does not page", steady(slo, tier, slo.errorBudget, settled + E), settled + E, [
                quiet(rule, tier.longWindowSeconds),
                quiet(rule, settled),
              ]),
            ]
          : []),
      ];
      const probeTests: AlertTest[] = [];
      for (let t = t0; t <= firesBy + E; t += E) probeTests.push(quiet(rule, t));
      const probe = make("probe", outage, firesBy + 2 * E, probeTests);
      const failed = [...groups, probe].find((g): g is string => typeof g === "string");
      if (failed) {
        reason = failed;
        break;
      }
      const base = `${slo.id}.${tier.id}`;
      const rulesFile = `${base}.rules.yml`;
      files.set(rulesFile, toYaml([rules]));
      files.set(`${base}.test.yml`, yaml({ rule_files: [rulesFile], evaluation_interval: `${E}s`, tests: groups }));
      files.set(`${base}.probe.yml`, yaml({ rule_files: [rulesFile], evaluation_interval: `${E}s`, tests: [probe] }));
      tierCases.push({
        slo: slo.id,
        tier: tier.id,
        alertname: rule.alert,
        predictedSeconds: predicted,
        sampleSeconds: sample,
        outageStart: t0,
        rulesFile,
        testFile: `${base}.test.yml`,
        probeFile: `${base}.probe.yml`,
      });
    }
    if (reason) skipped.push(`slo "${slo.id}": ${reason}`);
    else cases.push(...tierCases);
  }
  return { files, cases, skipped };
}
