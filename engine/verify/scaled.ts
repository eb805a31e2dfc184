/**
 * The model the live servers run: every SLO's burn-rate windows scaled down by one factor per
 * SLO, so a window of hours lasts seconds. Objectives, SLIs, burn-rate factors, thresholds,
 * severities and routing stay as they are; an SLI judged per minute has its minute scaled with
 * the windows. promtool judges the real windows' timing; the live run judges what happens on
 * the servers, and the history it backfills is as long as the scaled windows. The status levels'
 * alerts, which judge the SLO's whole window, are left out: promtool proves them over that window.
 */
import type { BurnRateTier, Model, SloModel } from "../model";
import { FRESHNESS_STEP_SECONDS, judgedPerMinute, makeTier } from "../model/burn-rate";

/** Scrape and rule evaluation interval of the live servers. */
export const LIVE_INTERVAL_SECONDS = 1;
/** The shortest window of every SLO becomes this long: four scrapes, enough for a rate. */
const TARGET_SHORT_SECONDS = 4 * LIVE_INTERVAL_SECONDS;

/** The factor an SLO's windows are scaled by in every environment: one per SLO, so its environments stay comparable. */
export function scaleFactor(model: Model, sloId: string): number {
  const variants = [model, ...Object.values(model.environmentModels)].flatMap((m) => m.slos.filter((s) => s.id === sloId));
  const factors = variants.flatMap((slo) =>
    slo.tiers.length ? [TARGET_SHORT_SECONDS / Math.min(...slo.tiers.map((t) => t.shortWindowSeconds))] : [],
  );
  return Math.min(1, ...factors);
}

/** The scaled minute of an SLI judged per minute (whole live intervals); 0 for SLIs judged per event. */
function scaledStep(slo: SloModel, k: number): number {
  if (!judgedPerMinute(slo.sli)) return 0;
  return Math.max(LIVE_INTERVAL_SECONDS, Math.round((FRESHNESS_STEP_SECONDS * k) / LIVE_INTERVAL_SECONDS) * LIVE_INTERVAL_SECONDS);
}

function scaleTier(slo: SloModel, tier: BurnRateTier, k: number, step: number): BurnRateTier {
  const unit = step || LIVE_INTERVAL_SECONDS;
  const round = (seconds: number, min: number) => Math.max(min, Math.round((seconds * k) / unit) * unit);
  const long = round(tier.longWindowSeconds, 2 * TARGET_SHORT_SECONDS);
  const short = Math.min(round(tier.shortWindowSeconds, Math.max(unit, TARGET_SHORT_SECONDS)), long - unit);
  // The same burn-rate factor over the shorter long window: the share of the budget shrinks with it.
  const share = (tier.factor * long) / slo.windowSeconds;
  return makeTier(tier.id, tier.severity, share, long, short, slo.windowSeconds, slo.errorBudget, step || undefined);
}

function scaleSlo(slo: SloModel, k: number): SloModel {
  const step = scaledStep(slo, k);
  const prometheus = slo.sli.prometheus;
  return {
    ...slo,
    sli: { ...slo.sli, prometheus: prometheus?.kind === "minutes" ? { ...prometheus, stepSeconds: step } : prometheus },
    tiers: slo.tiers.map((t) => scaleTier(slo, t, k, step)),
    deployedTiers: {},
    // The live stages backfill the scaled windows, not the SLO's: over that short history any outage
    // spends the whole budget. promtool proves the status levels over the real window instead.
    budgetAlerts: [],
  };
}

/** The model with every SLO's windows (and minute) scaled by its `scaleFactor`. */
export function scaledModel(model: Model): Model {
  const factors = new Map(model.slos.map((s) => [s.id, scaleFactor(model, s.id)]));
  const scale = (m: Model): Model => ({ ...m, slos: m.slos.map((slo) => scaleSlo(slo, factors.get(slo.id) ?? 1)) });
  const environmentModels = Object.fromEntries(Object.entries(model.environmentModels).map(([id, m]) => [id, scale(m)]));
  return { ...scale(model), environmentModels };
}
