/**
 * The data behind catalog.html's time-to-alert charts: per SLO (and per group of environments
 * whose tiers are the same), how long each burn-rate tier takes to fire against a sustained
 * error rate. Every number comes from the model; the page only draws it.
 */
import type { BurnRateTier, Model, SloModel } from "../model";
import { BURN_RATE_LOOKBACK_LIMITS, FRESHNESS_STEP_SECONDS, judgedPerMinute, makeTier } from "../model/burn-rate";
import { formatDuration } from "../model/duration";
import { prometheusView } from "../model/views";
import type { Observation } from "../verify";

/** One line of a chart: a tier as the model derives it, or as a target with a shorter lookback deploys it. */
export interface TierCurve {
  readonly tier: string;
  readonly label: string;
  readonly severity: string;
  /** Set for a tier a target deploys in place of the SLO's own (the target's engine name). */
  readonly deployedOn?: string;
  readonly factor: number;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
  readonly errorRatioThreshold: number;
  /** The model's detection time under a total outage: the curve's value at 100%. */
  readonly detectionSeconds: number;
  /** Seconds until the tier fires at each rate of the chart's x grid; null where the rate never fires it. */
  readonly seconds: readonly (number | null)[];
}

/** A time `npm run verify` saw a tier first fire under a total outage (promtool, real rules). */
export interface ObservedPoint {
  readonly environment: string;
  readonly tier: string;
  readonly seconds: number;
}

export interface SloChart {
  /** Stable DOM id: the SLO id and the environments the chart stands for. */
  readonly key: string;
  readonly slo: string;
  readonly name: string;
  readonly environments: readonly string[];
  readonly objective: number;
  readonly errorBudget: number;
  readonly windowSeconds: number;
  /** The x grid: sustained error rates as fractions, ascending, ending at 1 (total outage). */
  readonly errorRates: readonly number[];
  readonly curves: readonly TierCurve[];
  /** Seconds until the whole window's budget is spent at each rate (null below the budget line). */
  readonly budgetExhausted: readonly (number | null)[];
  readonly observed: readonly ObservedPoint[];
  /**
   * Whether `npm run verify` measures this chart's tiers at all: it runs promtool on the exported
   * Prometheus rules, so an SLO with no Prometheus SLI in these environments (one on CloudWatch or
   * Cloud Monitoring alone) is never observed, and the page must not ask for a run that adds nothing.
   */
  readonly observable: boolean;
}

/** Grid points per decade of error rate: smooth lines at a few kilobytes per chart. */
const POINTS_PER_DECADE = 24;

/** Compact, deterministic numbers in the embedded JSON. */
const sig = (n: number) => Number(n.toPrecision(6));

/**
 * Seconds until `tier` fires under an error rate `rate` that starts at t=0 and stays. The long
 * window's ratio grows as rate x t / W, so it reaches the threshold when a total outage would
 * reach threshold / rate: the model's own detection (makeTier, with its per-minute step for
 * minute-judged SLIs) for the budget scaled by 1 / rate. At rate 1 this is the tier's
 * detectionSeconds exactly. The short window never binds for a step change: it holds the full
 * rate after one short window, long before the long window crosses.
 */
export function secondsToFire(slo: SloModel, tier: BurnRateTier, rate: number): number | null {
  if (!(rate > tier.errorRatioThreshold) || rate > 1) return null;
  const step = judgedPerMinute(slo.sli) ? FRESHNESS_STEP_SECONDS : undefined;
  return makeTier(
    tier.id,
    tier.severity,
    tier.budgetShare,
    tier.longWindowSeconds,
    tier.shortWindowSeconds,
    slo.windowSeconds,
    slo.errorBudget / rate,
    step,
  ).detectionSeconds;
}

/** Log-spaced rates from just below the budget line to 1, with each tier's threshold (nudged above it) on the grid. */
function errorRateGrid(slo: SloModel, tiers: readonly BurnRateTier[]): number[] {
  const low = Math.min(slo.errorBudget, ...tiers.map((t) => t.errorRatioThreshold)) / 1.5;
  const decades = -Math.log10(low);
  const steps = Math.ceil(decades * POINTS_PER_DECADE);
  const grid = new Set<number>([1, sig(slo.errorBudget)]);
  for (let i = 0; i < steps; i++) grid.add(sig(10 ** (-decades + (i * decades) / steps)));
  for (const t of tiers) grid.add(sig(t.errorRatioThreshold * 1.0001));
  return [...grid].filter((r) => r <= 1).sort((a, b) => a - b);
}

/** The tiers a chart draws: the SLO's own, then what a target with a shorter lookback deploys instead. */
function chartTiers(slo: SloModel): { tier: BurnRateTier; deployedOn?: string }[] {
  const fitted = Object.entries(slo.deployedTiers)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([target, tiers]) =>
      tiers.filter((t) => t.replaces).map((tier) => ({ tier, deployedOn: BURN_RATE_LOOKBACK_LIMITS[target]?.engine ?? target })),
    );
  return [...slo.tiers.map((tier) => ({ tier })), ...fitted];
}

function chartFor(model: Model, slo: SloModel, environments: readonly string[], observations: readonly Observation[]): SloChart {
  const tiers = chartTiers(slo);
  const errorRates = errorRateGrid(
    slo,
    tiers.map((t) => t.tier),
  );
  const curves = tiers.map(({ tier, deployedOn }) => ({
    tier: tier.id,
    label: `${tier.id}${deployedOn ? ` on ${deployedOn}` : ""} (${tier.severity}, ${tier.factor}x over ${formatDuration(tier.longWindowSeconds)}/${formatDuration(tier.shortWindowSeconds)})`,
    severity: tier.severity,
    ...(deployedOn ? { deployedOn } : {}),
    factor: tier.factor,
    longWindowSeconds: tier.longWindowSeconds,
    shortWindowSeconds: tier.shortWindowSeconds,
    errorRatioThreshold: tier.errorRatioThreshold,
    detectionSeconds: tier.detectionSeconds,
    seconds: errorRates.map((r) => secondsToFire(slo, tier, r)),
  }));
  const budgetSeconds = slo.errorBudgetMinutes * 60;
  // Observations of the tiers as they are now: one of an older definition predicted another time.
  const observed = observations
    .filter((o) => o.slo === slo.id && environments.includes(o.environment) && o.observedSeconds !== undefined)
    .filter((o) => slo.tiers.some((t) => t.id === o.tier && t.detectionSeconds === o.predictedSeconds))
    .map((o) => ({ environment: o.environment, tier: o.tier, seconds: o.observedSeconds! }));
  return {
    key: `${slo.id}--${environments.join("-")}`,
    slo: slo.id,
    name: slo.name,
    environments,
    objective: slo.objective,
    errorBudget: slo.errorBudget,
    windowSeconds: slo.windowSeconds,
    errorRates,
    curves,
    budgetExhausted: errorRates.map((r) => (r >= slo.errorBudget ? sig(budgetSeconds / r) : null)),
    observed,
    observable: environments.some((env) => prometheusView(model, env).slos.some((s) => s.id === slo.id && s.sli.prometheus !== undefined)),
  };
}

/** What makes two environments' charts of an SLO the same. */
const sameChart = (slo: SloModel) => JSON.stringify([slo.objective, slo.windowSeconds, slo.errorBudget, chartTiers(slo)]);

/**
 * One chart per SLO and distinct set of tiers: environments whose overrides leave an SLO's
 * objective and tiers alone share its chart; one that changes them (a looser staging objective)
 * gets its own.
 */
export function sloCharts(model: Model, observations: readonly Observation[] = []): SloChart[] {
  const charts: SloChart[] = [];
  for (const base of model.slos) {
    const groups = new Map<string, { slo: SloModel; environments: string[] }>();
    for (const env of model.environments) {
      const slo = (model.environmentModels[env.id] ?? model).slos.find((s) => s.id === base.id);
      if (!slo) continue;
      const key = sameChart(slo);
      const group = groups.get(key) ?? { slo, environments: [] };
      group.environments.push(env.id);
      groups.set(key, group);
    }
    for (const { slo, environments } of groups.values()) charts.push(chartFor(model, slo, environments, observations));
  }
  return charts;
}
