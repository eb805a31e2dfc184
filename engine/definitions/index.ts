/**
 * Helpers for writing definitions. They only add the `kind` tag and keep the compiler
 * checking field names; the model validates values.
 */
import type {
  AlertmanagerDefinition,
  AlertRuleDefinition,
  EnvironmentDefinition,
  ErrorBudgetPolicyDefinition,
  LogClassDefinition,
  LogMetricDefinition,
  OnCallTeamDefinition,
  OpenSloImportDefinition,
  RoutingDefinition,
  ServiceDefinition,
  SeverityDefinition,
  TeamDefinition,
  CloudWatchAlarmDefinition,
  CompositeAlarmDefinition,
  DashboardDefinition,
  FreshnessSli,
  TimeBasedSli,
  LatencySli,
  RatioSli,
  SloDefinition,
} from "./types";
import type { CloudMonitoringVariable } from "../model/text";

export * from "./types";
export * from "./cloudwatch";
export * from "./presets/aws";
export * from "./panels";
export * from "./presets/gcp";
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

/** Share of minutes in which a gauge stayed within bounds, e.g. uptime: `up` at least 1. */
export function timeBased(sources: Untagged<TimeBasedSli>): TimeBasedSli {
  return { kind: "time-based", ...sources };
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

export function service(definition: Untagged<ServiceDefinition>): ServiceDefinition {
  return { kind: "service", ...definition };
}

/** A service team's own channels and routes over the organisation's. */
export function team(definition: Untagged<TeamDefinition>): TeamDefinition {
  return { kind: "team", ...definition };
}

export function severity(definition: Untagged<SeverityDefinition>): SeverityDefinition {
  return { kind: "severity", ...definition };
}

export function environment(definition: Untagged<EnvironmentDefinition>): EnvironmentDefinition {
  return { kind: "environment", ...definition };
}

export function logClass(definition: Untagged<LogClassDefinition>): LogClassDefinition {
  return { kind: "log-class", ...definition };
}

export function logMetric(definition: Untagged<LogMetricDefinition>): LogMetricDefinition {
  return { kind: "log-metric", ...definition };
}

export function onCallTeam(definition: Untagged<OnCallTeamDefinition>): OnCallTeamDefinition {
  return { kind: "on-call-team", ...definition };
}

export function errorBudgetPolicy(definition: Untagged<ErrorBudgetPolicyDefinition>): ErrorBudgetPolicyDefinition {
  return { kind: "error-budget-policy", ...definition };
}

/** How the exported Alertmanager configuration is written (SMTP relay, fallback, release); at most one per project. */
export function alertmanager(definition: Untagged<AlertmanagerDefinition>): AlertmanagerDefinition {
  return { kind: "alertmanager", ...definition };
}

/** What OpenSLO and Sloth files in openslo/ leave out: default team, runbook, severity labels; at most one per project. */
export function openSloImport(definition: Untagged<OpenSloImportDefinition>): OpenSloImportDefinition {
  return { kind: "openslo-import", ...definition };
}

/** Severity -> channels per environment id; one per project. */
export interface RoutingDeclaration {
  readonly kind: "routing";
  readonly routes: RoutingDefinition;
}

export function routing(routes: RoutingDefinition): RoutingDeclaration {
  return { kind: "routing", routes };
}

/** Where this repository's files are browsable; one per project. */
export interface RepositoryDeclaration {
  readonly kind: "repository";
  readonly url: string;
}

/** `url` is where the repository's files are browsable: a runbook written as `runbooks/<name>.md` links to that file there. */
export function repository(url: string): RepositoryDeclaration {
  return { kind: "repository", url };
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
