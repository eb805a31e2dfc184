/**
 * The review of a change: what two synthesized revisions differ in, as Markdown for a pull
 * request comment. Resources that would be destroyed or replaced come first.
 */
import type { Summary } from "./summary";
import { typeOf, type Resources } from "./stacks";

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
  const bothObjects = typeof before === "object" && before !== null && typeof after === "object" && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [{ path, before, after }];
  if (Array.isArray(before) && Array.isArray(after) && before.length !== after.length) return [{ path, before, after }];
  const keys = [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])].sort();
  return keys.flatMap((k) => {
    const child = Array.isArray(before) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    return changedPaths((before as Record<string, Json>)[k], (after as Record<string, Json>)[k], child);
  });
}

const show = (value: Json) => {
  const text = value === undefined ? "(none)" : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

/** Leaf values of a new item, for listing what it adds. */
function leaves(value: Json, path = ""): { path: string; value: Json }[] {
  if (typeof value !== "object" || value === null) return [{ path, value }];
  return Object.entries(value as Record<string, Json>).flatMap(([k, v]) =>
    leaves(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
  );
}

function mapDiff<T>(before: Record<string, T>, after: Record<string, T>) {
  const added = Object.keys(after)
    .filter((k) => !(k in before))
    .sort();
  const removed = Object.keys(before)
    .filter((k) => !(k in after))
    .sort();
  const changed = Object.keys(after)
    .filter((k) => k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
  return { added, removed, changed };
}

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
  const counts: string[] = [];
  for (const stack of [...new Set([...input.base.keys(), ...input.head.keys()])].sort()) {
    const before = input.base.get(stack) ?? new Map();
    const after = input.head.get(stack) ?? new Map();
    const d = mapDiff(Object.fromEntries(before), Object.fromEntries(after));
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    counts.push(`| ${stack} | ${d.added.length} | ${d.changed.length} | ${d.removed.length} |`);
    for (const a of d.removed) danger.push(`- **DESTROYED** \`${stack}\` \`${a}\``);
    for (const a of d.added) resourceLines.push(`- added \`${stack}\` \`${a}\``);
    for (const a of d.changed) {
      const paths = changedPaths(before.get(a), after.get(a));
      const replacing = paths.filter((p) => (REPLACING_ATTRIBUTES[typeOf(a)] ?? []).includes(p.path.split(/[.[]/)[0]));
      const detail = paths.map((p) => `  - \`${p.path}\`: ${show(p.before)} -> ${show(p.after)}`);
      if (replacing.length)
        danger.push(
          `- **REPLACED** \`${stack}\` \`${a}\` (${replacing.map((p) => p.path.split(/[.[]/)[0]).join(", ")} forces a new resource)`,
          ...detail,
        );
      else resourceLines.push(`- changed \`${stack}\` \`${a}\``, ...detail);
    }
  }

  if (danger.length) out.push("### Resources that would be destroyed or replaced", "", ...danger, "");
  const semantic = (title: string, before: Record<string, unknown> | undefined, after: Record<string, unknown>) => {
    if (!before) return;
    const d = mapDiff(before, after);
    if (!d.added.length && !d.removed.length && !d.changed.length) return;
    out.push(`### ${title}`, "");
    for (const k of d.added) {
      out.push(`- added \`${k}\``);
      for (const leaf of leaves(after[k])) out.push(`  - \`${leaf.path}\`: ${show(leaf.value)}`);
    }
    for (const k of d.removed) out.push(`- removed \`${k}\``);
    for (const k of d.changed) {
      out.push(`- changed \`${k}\``);
      for (const p of changedPaths(before[k], after[k])) out.push(`  - \`${p.path}\`: ${show(p.before)} -> ${show(p.after)}`);
    }
    out.push("");
  };
  semantic("SLOs", input.baseSummary?.slos, input.headSummary.slos);
  semantic("Alerts", input.baseSummary?.alerts, input.headSummary.alerts);
  semantic("Routes", input.baseSummary?.routes, input.headSummary.routes);
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
