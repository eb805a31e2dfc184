/**
 * Helpers for writing definitions. They only add the `kind` tag and keep the compiler
 * checking field names; the model validates values.
 */
import type {
  AlertRuleDefinition,
  CloudWatchAlarmDefinition,
  CompositeAlarmDefinition,
  DashboardDefinition,
  FreshnessSli,
  LatencySli,
  RatioSli,
  SloDefinition,
} from "./types";
import type { CloudMonitoringVariable } from "../model/text";

export * from "./types";
export * from "./cloudwatch";
export * from "./panels";
export type { CloudMonitoringVariable } from "../model/text";

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

export function dashboard(definition: Untagged<DashboardDefinition>): DashboardDefinition {
  return { kind: "dashboard", ...definition };
}

export function alert(definition: Untagged<AlertRuleDefinition>): AlertRuleDefinition {
  return { kind: "alert", ...definition };
}

type Tagged = SloDefinition | AlertRuleDefinition | CloudWatchAlarmDefinition | CompositeAlarmDefinition | DashboardDefinition;
type OfKind<K extends Tagged["kind"]> = Extract<Tagged, { kind: K }>;

/**
 * Every definition of the given kinds exported by the given modules, in source order; an
 * exported array contributes its elements. `definitions.ts` uses it so that adding an SLO is
 * one new export in one file.
 */
export function collect<K extends Tagged["kind"]>(kinds: K | readonly K[], modules: readonly Record<string, unknown>[]): OfKind<K>[] {
  const wanted = new Set<unknown>(typeof kinds === "string" ? [kinds] : kinds);
  const found: OfKind<K>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null && wanted.has((value as { kind?: unknown }).kind)) found.push(value as OfKind<K>);
  };
  for (const module of modules) Object.values(module).forEach(visit);
  return found;
}

/**
 * A Cloud Monitoring documentation variable, e.g. `cloudMonitoringVariable("resource.label.instance_id")`,
 * for alert summaries and descriptions: Cloud Monitoring fills it in when it notifies. Terraform
 * passes it on as written (every text is escaped for Terraform), so it is never read as a
 * Terraform reference.
 */
export function cloudMonitoringVariable(name: CloudMonitoringVariable): string {
  return `\${${name}}`;
}
