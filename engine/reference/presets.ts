/**
 * docs/reference/presets.md, written from the presets themselves: each preset of the registry is
 * applied to its example and every alarm it returns becomes a row, so the page cannot say other
 * than what the code creates.
 */
import { AWS_PRESETS, type PresetEntry } from "../definitions/presets/aws/registry";
import { GCP_PRESETS, type GcpPresetEntry } from "../definitions/presets/gcp";
import type { AlertRuleDefinition, CloudWatchAlarmDefinition } from "../definitions/types";

/** Where the page lives, relative to the project root. */
export const PRESETS_REFERENCE = "docs/reference/presets.md";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** `Name=value` with the example's value, so constant ones (CloudFront's `Region=Global`, Aurora's `Role=WRITER`) show. */
function dimensions(a: CloudWatchAlarmDefinition): string {
  return Object.entries(a.metric.dimensions ?? {})
    .map(([name, value]) => (typeof value === "string" ? `${name}=${value}` : name))
    .join(", ");
}

function row(prefix: string, a: CloudWatchAlarmDefinition): string {
  const suffix = a.id.slice(prefix.length);
  const evaluations =
    a.datapointsToAlarm !== undefined && a.datapointsToAlarm !== a.evaluationPeriods
      ? `${a.datapointsToAlarm} of ${a.evaluationPeriods}`
      : `${a.evaluationPeriods}`;
  return `| \`${suffix}\` | ${a.metric.metric} | ${a.metric.namespace} | ${dimensions(a)} | ${a.metric.statistic} | ${a.comparison} ${a.threshold} | ${a.period} x ${evaluations} | ${a.treatMissingData}: ${cell(a.missingDataReason)} | ${a.severity} |`;
}

function section(entry: PresetEntry): string {
  const alarms = entry.example();
  // Every example's alarm ids share the prefix before the first alarm key.
  const prefix = commonPrefix(alarms.map((a) => a.id));
  const slis = entry.slis.length ? ` SLI helpers: ${entry.slis.map((s) => `\`${s}\``).join(", ")}.` : "";
  return [
    `## \`${entry.preset}\`: ${entry.resource}`,
    "",
    `Metrics: ${entry.docs}.${slis}`,
    "",
    "| id suffix | metric | namespace | dimensions (the example's values) | statistic | alarm when | period x evaluations | missing data | severity |",
    "|---|---|---|---|---|---|---|---|---|",
    ...alarms.map((a) => row(prefix, a)),
    "",
  ].join("\n");
}

function googleRow(prefix: string, a: AlertRuleDefinition): string {
  return `| \`${a.id.slice(prefix.length)}\` | ${a.name} | \`${cell(a.condition.googleCloud ?? "")}\` | ${a.for} | ${a.severity} |`;
}

function googleSection(entry: GcpPresetEntry): string {
  const alerts = entry.example();
  const prefix = commonPrefix(alerts.map((a) => a.id));
  return [
    `## \`${entry.preset}\`: ${entry.resource}`,
    "",
    `Metrics: ${entry.docs}.`,
    "",
    "| id suffix | alert | condition on Google Cloud (the example's) | for | severity |",
    "|---|---|---|---|---|",
    ...alerts.map((a) => googleRow(prefix, a)),
    "",
  ].join("\n");
}

function commonPrefix(ids: readonly string[]): string {
  const first = ids[0] ?? "";
  let end = first.length;
  for (const id of ids) while (!id.startsWith(first.slice(0, end))) end--;
  // Cut at the last hyphen so the suffix starts with the alarm key's "-".
  return first.slice(0, first.lastIndexOf("-", end));
}

/** The Markdown of docs/reference/presets.md for the given presets (default: every AWS and Google Cloud preset). */
export function presetsReference(aws: readonly PresetEntry[] = AWS_PRESETS, google: readonly GcpPresetEntry[] = GCP_PRESETS): string {
  return [
    "# Managed-service presets",
    "",
    "<!-- Written by npm run docs:presets from the presets' registries (engine/definitions/presets/aws/registry.ts, engine/definitions/presets/gcp/index.ts); edit the presets, not this page. -->",
    "",
    "One typed preset per managed service returns the alarms or alert policies a team wants on one",
    "resource. It takes `id` (the prefix of the ids), `service`, the resource's names (one for every",
    "environment or one per environment), and optionally `severity` and `runbook` for all of them and",
    "per key (`alarms` on AWS, `alerts` on Google Cloud) a `threshold`, `severity`, `runbook` or",
    "`enabled: false`. An id is `<id>-<key in kebab-case>`. Each preset's TSDoc names the source of",
    "every default. See [the Lambda and SQS guide](../guides/monitor-a-lambda-and-sqs-service.md).",
    "",
    "## AWS",
    "",
    `${aws.length} presets of CloudWatch alarms; the tables show each alarm's defaults, applied to sample names. Defaults`,
    "follow AWS's recommended alarms (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html)",
    "where they give one. Single alarms for ECS services, RDS instances and Application Load Balancers",
    "(`ecsCpuHigh`, `rdsCpuHigh`, `alb5xxHigh`...) and the `albAvailability` SLI are in [the AWS reference](aws.md).",
    "",
    ...aws.map(section),
    "## Google Cloud",
    "",
    `${google.length} presets of alert policies over the metrics each service writes to Cloud Monitoring`,
    "(`condition.googleCloud`: rendered on Google Cloud only, never in Prometheus rules or Grafana); the",
    "tables show each alert's condition applied to sample names, threshold included. See",
    "[the Google Cloud reference](google-cloud.md).",
    "",
    ...google.map(googleSection),
  ].join("\n");
}
