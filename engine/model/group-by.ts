/**
 * Grouped SLOs: one definition judged per value of some Prometheus labels (`groupBy: ["route"]`),
 * as Pyrra's `grouping` and Sloth's per-label SLOs do. Every query of the SLI sums `by` the labels,
 * so each route has its own error ratio, its own burn-rate alerts and its own page; what the
 * alerts say names the route they are about.
 */
import type { SliDefinition } from "../definitions/types";
import { labelNameError } from "./promql";
import type { Problems } from "./problems";
import { MODEL_LABELS, SLO_ALERT_LABELS } from "./text-checks";

/**
 * At most this many labels: each multiplies the SLO's series (and alerts) by its values, and an
 * SLO per route and tenant and region is rarely one anyone reads. A project choice, not a limit
 * of any engine.
 */
export const MAX_GROUP_BY = 3;

/**
 * Labels a grouped SLO cannot be judged by: those its rules and alerts set themselves (the model's
 * labels, the alert kind and tiers, ALERTS' alertstate), and a histogram's `le`, which the
 * latency SLI selects one bucket of.
 */
export const RESERVED_GROUP_LABELS: readonly string[] = [...MODEL_LABELS, ...SLO_ALERT_LABELS, "alertstate", "le"];

/**
 * The SLO's `groupBy` checked: Prometheus label names, none reserved or repeated, at most
 * MAX_GROUP_BY, on an SLI with a Prometheus source and no CloudWatch one (a CloudWatch alarm
 * watches one metric with fixed dimensions). Returns the names, empty when not given or invalid.
 */
export function checkGroupBy(where: string, groupBy: unknown, sli: SliDefinition, problems: Problems): readonly string[] {
  if (groupBy === undefined) return [];
  const before = problems.all.length;
  if (!Array.isArray(groupBy)) {
    problems.add(where, "groupBy", `must be a list of Prometheus label names such as ["route"], got ${JSON.stringify(groupBy)}`);
    return [];
  }
  if (groupBy.length === 0)
    problems.add(where, "groupBy", 'is empty: leave it out to judge the SLO as a whole, or name a label such as ["route"]');
  if (groupBy.length > MAX_GROUP_BY)
    problems.add(
      where,
      "groupBy",
      `names ${groupBy.length} labels, more than ${MAX_GROUP_BY}: each multiplies the SLO's series and alerts by its values; group by fewer labels or split the SLO`,
    );
  const seen = new Set<string>();
  groupBy.forEach((name: unknown, i) => {
    const field = `groupBy[${i}]`;
    if (typeof name !== "string") return problems.add(where, field, `must be a label name, got ${JSON.stringify(name)}`);
    const error = labelNameError(name);
    if (error) problems.add(where, field, `${JSON.stringify(name)} ${error}`);
    else if (RESERVED_GROUP_LABELS.includes(name))
      problems.add(
        where,
        field,
        `"${name}" is a label the SLO's rules and alerts set themselves (${RESERVED_GROUP_LABELS.join(", ")}); group by a label of the SLI's series`,
      );
    else if (seen.has(name)) problems.add(where, field, `repeats "${name}"`);
    seen.add(name);
  });
  const cloudWatch = sli.cloudWatch
    ? "sli.cloudWatch"
    : sli.kind === "latency" && sli.cloudWatchLatency
      ? "sli.cloudWatchLatency"
      : undefined;
  if (cloudWatch)
    problems.add(
      where,
      "groupBy",
      `cannot group an SLO with a CloudWatch source (${cloudWatch}): a CloudWatch alarm watches one metric with fixed dimensions, not one per label value. ` +
        `Write one SLO per dimension value (each with its own dimensions), or drop ${cloudWatch} and judge the SLO by its Prometheus source`,
    );
  if (!sli.prometheus)
    problems.add(
      where,
      "groupBy",
      "names Prometheus labels, but the SLI has no Prometheus source: add sli.prometheus, or leave groupBy out",
    );
  if (sli.cloudMonitoring)
    problems.add(
      where,
      "groupBy",
      "cannot go with sli.cloudMonitoring: a Cloud Monitoring SLO judges its filters as a whole, never per label value. " +
        "A grouped SLO is rendered on Google Cloud by its PromQL burn-rate conditions over the Prometheus source: leave sli.cloudMonitoring out",
    );
  return problems.all.length > before ? [] : (groupBy as string[]);
}

/** `sum by (route) (inner)`, or `sum(inner)` for an SLO judged as a whole: how every query of the SLI aggregates. */
export function aggregate(operator: "sum" | "max" | "min", groupBy: readonly string[] | undefined, inner: string): string {
  return groupBy?.length ? `${operator} by (${groupBy.join(", ")}) (${inner})` : `${operator}(${inner})`;
}

/** The group an alert is about, as its text names it: ` for route {{ $labels.route }}`; empty for an SLO judged as a whole. */
export function groupTemplate(groupBy: readonly string[]): string {
  if (!groupBy.length) return "";
  return ` for ${groupBy.map((l) => `${l} {{ $labels.${l} }}`).join(", ")}`;
}

/**
 * The runbook link with the group's labels as query parameters (`?route={{ $labels.route | urlquery }}`),
 * so the page opens on the route it is about; the link itself for an SLO judged as a whole.
 */
export function groupRunbook(runbook: string, groupBy: readonly string[]): string {
  if (!groupBy.length) return runbook;
  const hash = runbook.indexOf("#");
  const [base, fragment] = hash < 0 ? [runbook, ""] : [runbook.slice(0, hash), runbook.slice(hash)];
  const query = groupBy.map((l) => `${l}={{ $labels.${l} | urlquery }}`).join("&");
  return `${base}${base.includes("?") ? "&" : "?"}${query}${fragment}`;
}

/**
 * A generated alert text with the group's template actions filled in, as Prometheus shows it for
 * an alert with these label values (values that `urlquery` leaves as they are).
 */
export function withGroupValues(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{ \$labels\.([a-zA-Z_][a-zA-Z0-9_]*)(?: \| urlquery)? \}\}/g, (whole, label: string) => values[label] ?? whole);
}

/** "per route", "per route and tenant": the grouping as catalogs and reviews show it; empty for an SLO judged as a whole. */
export function groupingText(groupBy: readonly string[]): string {
  if (!groupBy.length) return "";
  return `per ${groupBy.length === 1 ? groupBy[0] : `${groupBy.slice(0, -1).join(", ")} and ${groupBy[groupBy.length - 1]}`}`;
}

/** What Google Cloud renders of a grouped SLO, as the catalog and the review say it. */
export const GROUPED_ON_GOOGLE_CLOUD =
  "PromQL burn-rate and no-data conditions, one incident per group; no Cloud Monitoring SLO object and so no error-budget alerts (an SLO object judges its filters as a whole)";
