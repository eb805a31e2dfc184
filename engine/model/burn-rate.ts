/**
 * Multiwindow, multi-burn-rate alerting (SRE Workbook, "Alerting on SLOs", table 5-8).
 * A tier is a budget share and a long window; its burn-rate factor is derived, never typed in.
 */
import { SEVERITIES, type BurnRateTierOverride, type Severity, type TierId } from "../definitions/types";
import { formatDuration, notADuration, parseDuration } from "./duration";
import type { Problems } from "./problems";
import type { BurnRateTier } from "./types";

const DAY = 86400;
const HOUR = 3600;

/** The window the workbook's shares are written for. */
export const WORKBOOK_WINDOW_SECONDS = 30 * DAY;

interface TierDefault {
  readonly id: TierId;
  readonly budgetShare: number;
  readonly longWindowSeconds: number;
  readonly severity: Severity;
}

/** Page at 2% of the budget in 1h, page at 5% in 6h, ticket at 10% in 3d (for a 30-day window). */
export const WORKBOOK_TIERS: readonly TierDefault[] = [
  { id: "page-fast", budgetShare: 0.02, longWindowSeconds: 1 * HOUR, severity: "P1" },
  { id: "page-slow", budgetShare: 0.05, longWindowSeconds: 6 * HOUR, severity: "P1" },
  { id: "ticket", budgetShare: 0.1, longWindowSeconds: 3 * DAY, severity: "P2" },
];

/** The workbook's short window is 1/12 of the long one. */
export const SHORT_WINDOW_DIVISOR = 12;

export function burnRateFactor(budgetShare: number, windowSeconds: number, longWindowSeconds: number): number {
  return round((budgetShare * windowSeconds) / longWindowSeconds);
}

/** Rounds away float noise (0.02 * 2592000 / 3600 = 14.399999999999999) without hiding real digits. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

export function makeTier(
  id: TierId,
  severity: Severity,
  budgetShare: number,
  longWindowSeconds: number,
  shortWindowSeconds: number,
  windowSeconds: number,
  errorBudget: number,
  stepSeconds?: number,
): BurnRateTier {
  const factor = burnRateFactor(budgetShare, windowSeconds, longWindowSeconds);
  const errorRatioThreshold = round(factor * errorBudget);
  return {
    id,
    severity,
    budgetShare,
    budgetSharePercent: Number((budgetShare * 100).toPrecision(4)),
    longWindowSeconds,
    shortWindowSeconds,
    factor,
    errorRatioThreshold,
    detectionSeconds: detection(errorRatioThreshold, longWindowSeconds, stepSeconds),
  };
}

/**
 * Seconds from the start of a total outage until the long window's error ratio exceeds the
 * threshold (the short window crosses first). Request-based SLIs grow continuously:
 * threshold x window. SLIs judged in whole steps (freshness: one-minute points, the first
 * counted when the outage starts) cross at the step where more than threshold x points are bad.
 */
function detection(threshold: number, longWindowSeconds: number, stepSeconds: number | undefined): number {
  if (!stepSeconds) return round(threshold * longWindowSeconds);
  return Math.floor(round((threshold * longWindowSeconds) / stepSeconds)) * stepSeconds;
}

/** Time-based SLIs (freshness among them) judge one point per minute. */
export const FRESHNESS_STEP_SECONDS = 60;

/** True for SLIs judged per minute rather than per event: time-based ones, freshness among them. */
export function judgedPerMinute(sli: { readonly kind: string }): boolean {
  return sli.kind === "freshness" || sli.kind === "time-based";
}

/**
 * The SLO's tiers: workbook defaults with the SLO's overrides. For windows other than 30 days
 * the default shares scale with the window, so each tier keeps the workbook's burn rate
 * (14.4x, 6x, 1x) and with it the same detection behaviour.
 */
export function deriveTiers(
  where: string,
  overrides: { readonly [T in TierId]?: BurnRateTierOverride | false } | undefined,
  windowSeconds: number,
  errorBudget: number,
  problems: Problems,
  stepSeconds?: number,
): BurnRateTier[] {
  const known = new Set<string>(WORKBOOK_TIERS.map((t) => t.id));
  for (const id of Object.keys(overrides ?? {})) {
    if (!known.has(id)) {
      problems.add(where, `alerting.tiers.${id}`, `unknown tier; known tiers: ${[...known].join(", ")}`);
    }
  }
  const tiers: BurnRateTier[] = [];
  for (const base of WORKBOOK_TIERS) {
    const override = overrides?.[base.id];
    if (override === false) continue;
    const field = `alerting.tiers.${base.id}`;
    // false turns a tier off; anything else that is no object (true, null) would read as the default.
    if (override !== undefined && (typeof override !== "object" || override === null || Array.isArray(override))) {
      problems.add(where, field, `must be false (off) or an object of the tier's settings, got ${JSON.stringify(override)}`);
      continue;
    }
    if (override?.budgetShare !== undefined && typeof override.budgetShare !== "number") {
      problems.add(where, `${field}.budgetShare`, `must be a number such as 0.02, got ${JSON.stringify(override.budgetShare)}`);
      continue;
    }
    if (override?.severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(override.severity)) {
      problems.add(where, `${field}.severity`, `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(override.severity)}`);
      continue;
    }
    const budgetShare = override?.budgetShare ?? (base.budgetShare * WORKBOOK_WINDOW_SECONDS) / windowSeconds;
    if (!(budgetShare > 0 && budgetShare <= 1)) {
      if (override?.budgetShare === undefined)
        // The default share scales with the window; the user wrote the window, not the share.
        problems.add(
          where,
          "window",
          `is too short for the ${base.id} tier: its default budget share scales to ${Number((budgetShare * 100).toPrecision(4))}% of the budget; use a longer window or set ${field}`,
        );
      else problems.add(where, `${field}.budgetShare`, `must be a fraction greater than 0 and at most 1, got ${override.budgetShare}`);
      continue;
    }
    const longWindowSeconds = override?.longWindow === undefined ? base.longWindowSeconds : parseDuration(override.longWindow);
    if (longWindowSeconds === undefined || longWindowSeconds <= 0) {
      problems.add(where, `${field}.longWindow`, notADuration(override?.longWindow, '"1h"'));
      continue;
    }
    const shortWindowSeconds =
      override?.shortWindow === undefined ? longWindowSeconds / SHORT_WINDOW_DIVISOR : parseDuration(override.shortWindow);
    if (shortWindowSeconds === undefined || shortWindowSeconds <= 0) {
      problems.add(where, `${field}.shortWindow`, notADuration(override?.shortWindow, '"5m"'));
      continue;
    }
    // A window of one evaluation holds one sample of the ratio or none: the tier would flap, or never fire.
    if (shortWindowSeconds < 2 * RULE_EVALUATION_SECONDS) {
      problems.add(
        where,
        `${field}.shortWindow`,
        `is ${formatDuration(shortWindowSeconds)}, shorter than two rule evaluations (${formatDuration(2 * RULE_EVALUATION_SECONDS)}, every rule evaluates every ${RULE_EVALUATION_SECONDS}s): use at least ${formatDuration(2 * RULE_EVALUATION_SECONDS)}`,
      );
      continue;
    }
    if (shortWindowSeconds >= longWindowSeconds) {
      problems.add(
        where,
        `${field}.shortWindow`,
        `must be shorter than the long window ${formatDuration(longWindowSeconds)}, got ${formatDuration(shortWindowSeconds)}`,
      );
      continue;
    }
    if (longWindowSeconds > windowSeconds) {
      problems.add(
        where,
        `${field}.longWindow`,
        `must not exceed the SLO window ${formatDuration(windowSeconds)}, got ${formatDuration(longWindowSeconds)}`,
      );
      continue;
    }
    const tier = makeTier(
      base.id,
      override?.severity ?? base.severity,
      budgetShare,
      longWindowSeconds,
      shortWindowSeconds,
      windowSeconds,
      errorBudget,
      stepSeconds,
    );
    if (tier.factor < 1) {
      problems.add(
        where,
        field,
        `burn rate ${tier.factor}x is below 1x: it would fire while the budget is spent at a sustainable pace; raise budgetShare or shorten longWindow`,
      );
      continue;
    }
    if (tier.errorRatioThreshold >= 1) {
      problems.add(
        where,
        field,
        `burn rate ${tier.factor}x needs an error ratio of ${tier.errorRatioThreshold}, above 100%: it can never fire; lower budgetShare or widen longWindow`,
      );
      continue;
    }
    tiers.push(tier);
  }
  return tiers;
}

/**
 * Every rule evaluates every 30 s: Prometheus rule groups, Grafana rule groups and Cloud
 * Monitoring PromQL conditions (its default, and its minimum step).
 */
export const RULE_EVALUATION_SECONDS = 30;

/**
 * How far back each target's alerting can judge a burn rate, by target id. Targets not listed
 * (Prometheus, Grafana) evaluate any window and deploy the tiers as derived.
 */
export const BURN_RATE_LOOKBACK_LIMITS: Readonly<Record<string, { readonly engine: string; readonly maxLookbackSeconds: number }>> = {
  // The longest lookback `select_slo_burn_rate` accepts in a Cloud Monitoring alert condition.
  gcp: { engine: "Cloud Monitoring", maxLookbackSeconds: 24 * 3600 },
  // PutMetricAlarm: period x evaluation periods at most 7 days; burn-rate windows are alarm periods.
  aws: { engine: "CloudWatch", maxLookbackSeconds: 7 * 86400 },
};

/** The tiers `target` deploys for an SLO: fitted to its lookback limit, or the SLO's own. */
export function tiersOn(
  slo: { readonly tiers: readonly BurnRateTier[]; readonly deployedTiers: Readonly<Record<string, readonly BurnRateTier[]>> },
  target: string,
): readonly BurnRateTier[] {
  return slo.deployedTiers[target] ?? slo.tiers;
}

/**
 * Tiers as a backend whose burn-rate lookback is limited can express them. A tier whose long
 * window exceeds the limit keeps its budget share over the longest allowed window, with the
 * workbook's 1/12 short window: the workbook's 3d/6h ticket tier becomes 24h/2h at 3x.
 */
export function fitTiersToLookback(
  slo: {
    readonly tiers: readonly BurnRateTier[];
    readonly windowSeconds: number;
    readonly errorBudget: number;
    readonly sli: { readonly kind: string };
  },
  maxLookbackSeconds: number,
  backend: string,
): BurnRateTier[] {
  const { tiers, windowSeconds, errorBudget } = slo;
  const stepSeconds = judgedPerMinute(slo.sli) ? FRESHNESS_STEP_SECONDS : undefined;
  return tiers.map((tier) => {
    if (tier.longWindowSeconds <= maxLookbackSeconds) return tier;
    const fitted = makeTier(
      tier.id,
      tier.severity,
      tier.budgetShare,
      maxLookbackSeconds,
      maxLookbackSeconds / SHORT_WINDOW_DIVISOR,
      windowSeconds,
      errorBudget,
      stepSeconds,
    );
    const from = `${formatDuration(tier.longWindowSeconds)}/${formatDuration(tier.shortWindowSeconds)} at ${tier.factor}x`;
    const to = `${formatDuration(fitted.longWindowSeconds)}/${formatDuration(fitted.shortWindowSeconds)} at ${fitted.factor}x`;
    return {
      ...fitted,
      replaces: {
        longWindowSeconds: tier.longWindowSeconds,
        shortWindowSeconds: tier.shortWindowSeconds,
        factor: tier.factor,
        reason: `${backend} limits the burn-rate lookback to ${formatDuration(maxLookbackSeconds)}, so this tier uses ${to} (SRE Workbook) instead of ${from}`,
      },
    };
  });
}

/**
 * How long an SLI's series may be missing before a no-data alert fires: the shortest window a
 * burn-rate tier judges (5 minutes with the workbook tiers). Without data for that long no tier
 * can tell a healthy service from a broken one.
 */
export function noDataSeconds(slo: { readonly tiers: readonly BurnRateTier[] }): number {
  return slo.tiers.length ? Math.min(...slo.tiers.map((t) => t.shortWindowSeconds)) : 300;
}

/**
 * How long a slower tier's notifications stay suppressed after the faster tier that suppresses
 * it clears. Both clear only once their short window holds little enough of the outage: the
 * faster one after its own short window, the slower one after its longer short window. Quiet for
 * the suppressed tier's short window, it cannot page again for the outage that is already over
 * (guardian/cdk sizes the extension the same way).
 */
export function suppressionExtensionSeconds(suppressed: BurnRateTier): number {
  return suppressed.shortWindowSeconds;
}
