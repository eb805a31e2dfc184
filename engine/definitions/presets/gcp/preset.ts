/**
 * What every Google Cloud preset shares: its options, how an alert's options override the
 * preset's defaults, and how a resource name (one, or one per environment) becomes a PromQL
 * label matcher or a Cloud Monitoring filter.
 *
 * Metric names follow Cloud Monitoring's PromQL mapping
 * (https://cloud.google.com/monitoring/promql/promql-mapping): the first `/` of the metric type
 * becomes `:`, every other `.` and `/` becomes `_`, the monitored resource type is the
 * `monitored_resource` label, and a distribution is read as a histogram through `_bucket`.
 */
import type { AlertRuleDefinition, Duration, PerEnvironment, Severity } from "../../types";

/** What each alert of a preset lets you change. */
export interface PresetAlertOptions {
  /** The alert's threshold, in the unit the preset documents for it (its default is documented there too). */
  readonly threshold?: number;
  /** How long the condition must hold before the alert fires. */
  readonly for?: Duration;
  /** This alert's severity, over the preset's `severity` and the alert's default. */
  readonly severity?: Severity;
  /** This alert's runbook, over the preset's `runbook`. */
  readonly runbook?: string;
  /** `false` leaves the alert out. */
  readonly enabled?: boolean;
}

/** The options every Google Cloud preset takes, besides the identity of the resource it watches. */
export interface GcpPresetOptions<K extends string> {
  /** Prefix of the alert ids (`<id>-<alert>`) and, as PascalCase, of the alert names. Kebab-case. */
  readonly id: string;
  /** The service (config/services.ts) the alerts belong to: it must run on `gcp`. */
  readonly service: string;
  /** Severity of every alert of the preset that its own options leave to the preset. */
  readonly severity?: Severity;
  /** Runbook of every alert of the preset that its own options leave to the preset; required where a severity pages. */
  readonly runbook?: string;
  /** Per alert: its threshold, duration, severity, runbook, or `enabled: false`. */
  readonly alerts?: { readonly [A in K]?: PresetAlertOptions };
}

/** One alert a preset offers, with its defaults. */
export interface PresetAlert {
  /** Appended to the preset's PascalCase id to make the alert name, e.g. "CloudRun5xxHigh". */
  readonly name: string;
  /** The summary at a threshold. */
  readonly summary: (threshold: number) => string;
  readonly threshold: number;
  readonly for: Duration;
  readonly severity: Severity;
  /** The Google Cloud condition at a threshold: PromQL over Cloud Monitoring metrics. */
  readonly condition: (threshold: number) => string;
}

/** A 0-1 ratio as a percentage for a summary, without binary floating-point noise: 0.07 is "7". */
export function percent(ratio: number): string {
  return String(Number((ratio * 100).toPrecision(12)));
}

/** "checkout-api" as "CheckoutApi": the prefix of a preset's alert names. */
function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** "oldestUnackedAge" as "oldest-unacked-age": the alert's part of its id. */
function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The alert definitions of a preset: each alert of `alerts` not switched off, its threshold,
 * duration, severity and runbook from its own options, else the preset's, else its defaults.
 * Each has only a `googleCloud` condition: the metrics exist only in Cloud Monitoring.
 */
export function presetAlerts<K extends string>(
  options: GcpPresetOptions<K>,
  alerts: { readonly [A in K]: PresetAlert },
): readonly AlertRuleDefinition[] {
  return (Object.keys(alerts) as K[]).flatMap((key) => {
    const spec = alerts[key];
    const own: PresetAlertOptions = options.alerts?.[key] ?? {};
    if (own.enabled === false) return [];
    const threshold = own.threshold ?? spec.threshold;
    const runbook = own.runbook ?? options.runbook;
    return [
      {
        kind: "alert" as const,
        id: `${options.id}-${kebabCase(key)}`,
        name: `${pascalCase(options.id)}${spec.name}`,
        service: options.service,
        severity: own.severity ?? options.severity ?? spec.severity,
        summary: spec.summary(threshold),
        for: own.for ?? spec.for,
        ...(runbook !== undefined && { runbook }),
        condition: { googleCloud: spec.condition(threshold) },
      },
    ];
  });
}

/** The distinct values of a per-environment setting, in a stable order. */
function valuesOf(value: PerEnvironment<string>): string[] {
  return typeof value === "string" ? [value] : [...new Set(Object.values(value))].sort();
}

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const quoted = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * A PromQL label matcher for a resource name: `label="name"`, or for names that differ per
 * environment `label=~"a|b"`. An alert has one condition for every environment, so each
 * environment's policy matches every name given; as each environment's policy lives in that
 * environment's project, it sees only that project's resources (unless its metrics scope adds others).
 */
export function labelMatcher(label: string, value: PerEnvironment<string>): string {
  const values = valuesOf(value);
  return values.length === 1 ? `${label}=${quoted(values[0])}` : `${label}=~${quoted(values.map(regexEscape).join("|"))}`;
}

/** A PromQL selector: `metric{matcher,...}`. */
export function selector(metric: string, ...matchers: readonly string[]): string {
  return `${metric}{${matchers.join(",")}}`;
}

/**
 * A Cloud Monitoring filter term for a resource or metric label
 * (https://cloud.google.com/monitoring/api/v3/filters): `resource.label."name"="value"`, or for
 * names that differ per environment a `monitoring.regex.full_match` of them all.
 */
export function filterMatch(label: string, value: PerEnvironment<string>): string {
  const values = valuesOf(value);
  return values.length === 1
    ? `${label}=${quoted(values[0])}`
    : `${label}=monitoring.regex.full_match(${quoted(values.map(regexEscape).join("|"))})`;
}
