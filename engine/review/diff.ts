/**
 * The review of a change: what two synthesized revisions differ in, as Markdown for a pull
 * request comment. Resources that would be destroyed or replaced come first.
 */
import type { Summary } from "./summary";
import { overlapText, pageOverlaps } from "./page-overlaps";
import type { Resources } from "./stacks";
import { resourceChanges, summaryChanges, type MeaningKind, type PathChange, type ResourceChange } from "./changes";
import { routesDiagram, tiersDiagram } from "./mermaid";

/**
 * Attributes whose change makes the provider replace the resource (ForceNew in the providers'
 * schemas), for the resource types this project creates. `cdktf diff` in CI gives the
 * authoritative plan; this list lets the review warn before one runs.
 */
export const REPLACING_ATTRIBUTES: Record<string, readonly string[]> = {
  google_monitoring_slo: ["slo_id", "service", "project"],
  google_monitoring_custom_service: ["service_id", "project"],
  google_monitoring_notification_channel: ["type", "project"],
  google_monitoring_uptime_check_config: ["monitored_resource", "project"],
  google_monitoring_dashboard: ["project"],
  google_logging_project_bucket_config: ["bucket_id", "location", "project"],
  google_logging_project_sink: ["name", "project"],
  google_logging_metric: ["name", "project"],
  aws_cloudwatch_metric_alarm: ["alarm_name"],
  aws_cloudwatch_composite_alarm: ["alarm_name"],
  aws_cloudwatch_log_group: ["name", "name_prefix"],
  aws_cloudwatch_log_metric_filter: ["name", "log_group_name"],
  aws_sns_topic: ["name", "fifo_topic"],
  aws_sns_topic_subscription: ["topic_arn", "protocol", "endpoint"],
  aws_iam_role: ["name"],
  aws_kms_alias: ["name"],
  aws_route53_health_check: ["type", "request_interval"],
  pagerduty_service_integration: ["service", "type", "vendor"],
  pagerduty_team_membership: ["team_id", "user_id"],
  grafana_folder: ["uid"],
  grafana_data_source: ["uid"],
};

type Json = unknown;

/** Leaf paths that differ: `conditions[0].condition_threshold.threshold_value`. */
export function changedPaths(before: Json, after: Json, path = ""): { path: string; before: Json; after: Json }[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  // JSON documents inside attributes (dashboard config_json, policies) are compared by content.
  const inner = (v: Json) => {
    if (typeof v !== "string" || !/^[[{]/.test(v)) return undefined;
    try {
      return JSON.parse(v) as Json;
    } catch {
      return undefined;
    }
  };
  const [b, a] = [inner(before), inner(after)];
  if (b !== undefined && a !== undefined) return changedPaths(b, a, path);
  const [bk, ak] = [byWidgetId(before), byWidgetId(after)];
  if (bk && ak) return [...new Set([...ak.keys(), ...bk.keys()])].flatMap((k) => changedPaths(bk.get(k), ak.get(k), `${path}[${k}]`));
  const bothObjects = typeof before === "object" && before !== null && typeof after === "object" && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [{ path, before, after }];
  if (Array.isArray(before) && Array.isArray(after) && before.length !== after.length) return [{ path, before, after }];
  const keys = [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])].sort();
  return keys.flatMap((k) => {
    const child = Array.isArray(before) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    return changedPaths((before as Record<string, Json>)[k], (after as Record<string, Json>)[k], child);
  });
}

/**
 * A list of Cloud Monitoring dashboard tiles by their widget ids (`tiles[alert-api-down]`), so a
 * chart added or removed reads as that chart rather than as the whole list; undefined for any
 * other list.
 */
function byWidgetId(value: Json): Map<string, Json> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ids = value.map((t) => (t as { widget?: { id?: unknown } } | null)?.widget?.id);
  if (!ids.every((id): id is string => typeof id === "string") || new Set(ids).size !== ids.length) return undefined;
  return new Map(ids.map((id, i) => [id, value[i] as Json]));
}

const show = (value: Json) => {
  const text = value === undefined ? "(none)" : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

export interface ReviewInput {
  readonly baseLabel: string;
  readonly headLabel: string;
  readonly base: ReadonlyMap<string, Resources>;
  readonly head: ReadonlyMap<string, Resources>;
  readonly baseSummary?: Summary;
  readonly headSummary: Summary;
}

export function review(input: ReviewInput): string {
  const out: string[] = [`## Monitoring change: ${input.baseLabel} -> ${input.headLabel}`, ""];
  const danger: string[] = [];
  const resourceLines: string[] = [];
  const resources = resourceChanges(input.base, input.head);
  const detail = (paths: readonly PathChange[]) => paths.map((p) => `  - \`${p.path}\`: ${show(p.before)} -> ${show(p.after)}`);
  for (const c of resources) {
    const what = `\`${c.stack}\` \`${c.address}\``;
    if (c.change === "destroyed") danger.push(`- **DESTROYED** ${what}`);
    else if (c.change === "added") resourceLines.push(`- added ${what}`);
    else if (c.change === "replaced")
      danger.push(`- **REPLACED** ${what} (${c.replacing!.join(", ")} forces a new resource)`, ...detail(c.paths));
    else resourceLines.push(`- changed ${what}`, ...detail(c.paths));
  }
  const counts = [...new Set(resources.map((c) => c.stack))].map((stack) => {
    const n = (...kinds: ResourceChange["change"][]) => resources.filter((c) => c.stack === stack && kinds.includes(c.change)).length;
    return `| ${stack} | ${n("added")} | ${n("changed", "replaced")} | ${n("destroyed")} |`;
  });

  if (danger.length) out.push("### Resources that would be destroyed or replaced", "", ...danger, "");
  const meaning = summaryChanges(input.baseSummary, input.headSummary);
  const section = (title: string, kind: MeaningKind, diagram?: string) => {
    const changes = meaning.filter((c) => c.kind === kind);
    if (!changes.length) return;
    out.push(`### ${title}`, "");
    for (const c of changes) {
      out.push(`- ${c.change} \`${c.id}\``);
      if (c.change === "added") for (const p of c.paths) out.push(`  - \`${p.path}\`: ${show(p.after)}`);
      else out.push(...detail(c.paths));
    }
    out.push("", ...(diagram ? [diagram, ""] : []));
  };
  const [base, head] = [input.baseSummary, input.headSummary];
  section("SLOs", "slo", base && tiersDiagram(meaning, base.slos, head.slos));
  // Pages of a service that overlap where each policy or alarm opens its own incident: new ones, and ones this change ends.
  const [before, after] = [pageOverlaps(input.base).map(overlapText), pageOverlaps(input.head).map(overlapText)];
  const added = after.filter((o) => !before.includes(o));
  const ended = before.filter((o) => !after.includes(o));
  if (added.length || ended.length)
    out.push("### Pages for one outage of a service", "", ...ended.map((o) => `- before ${o}`), ...added.map((o) => `- now ${o}`), "");
  section("Alerts", "alert");
  section("Routes", "route", base && routesDiagram(meaning, base.routes, head.routes));
  if (!input.baseSummary)
    out.push(`_${input.baseLabel} has no summary.json: SLO, alert and route changes are shown as resources only._`, "");

  if (counts.length) {
    out.push("### Terraform resources", "", "| stack | added | changed | destroyed |", "|---|---|---|---|", ...counts, "");
    if (resourceLines.length)
      out.push("<details><summary>Added and changed resources</summary>", "", ...resourceLines, "", "</details>", "");
  } else {
    out.push("No Terraform resource changes.", "");
  }
  return out.join("\n");
}
