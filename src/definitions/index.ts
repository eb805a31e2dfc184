/**
 * Helpers for writing definitions. They only add the `kind` tag and keep the compiler
 * checking field names; the model validates values.
 */
import type {
  AlertRuleDefinition,
  FreshnessSli,
  LatencySli,
  RatioSli,
  SloDefinition,
} from "./types";

export * from "./types";

type Untagged<T> = Omit<T, "kind">;

export function slo(definition: Untagged<SloDefinition>): SloDefinition {
  return { kind: "slo", ...definition };
}

/** Ratio of bad (or good) events to all events: availability, success rates. */
export function ratio(sources: Untagged<RatioSli>): RatioSli {
  return { kind: "ratio", ...sources };
}

/** Share of requests faster than a threshold, from a histogram. */
export function latency(sources: Untagged<LatencySli>): LatencySli {
  return { kind: "latency", ...sources };
}

/** Share of minutes in which the data was fresher than `maxAge`. */
export function freshness(sources: Untagged<FreshnessSli>): FreshnessSli {
  return { kind: "freshness", ...sources };
}

export function alert(definition: Untagged<AlertRuleDefinition>): AlertRuleDefinition {
  return { kind: "alert", ...definition };
}

/**
 * Every definition of one kind exported by the given modules, in source order.
 * `definitions.ts` uses it so that adding an SLO is one new export in one file.
 */
export function collect<K extends "slo" | "alert">(
  kind: K,
  modules: readonly Record<string, unknown>[],
): (K extends "slo" ? SloDefinition : AlertRuleDefinition)[] {
  const found: unknown[] = [];
  for (const module of modules) {
    for (const value of Object.values(module)) {
      if (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === kind) {
        found.push(value);
      }
    }
  }
  return found as (K extends "slo" ? SloDefinition : AlertRuleDefinition)[];
}
