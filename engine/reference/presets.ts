/**
 * docs/reference/presets.md, written from the presets themselves: each preset of the registry is
 * applied to its example and every alarm it returns becomes a row, so the page cannot say other
 * than what the code creates.
 */
import { AWS_PRESETS, type PresetEntry } from "../definitions/presets/aws/registry";
import type { CloudWatchAlarmDefinition } from "../definitions/types";

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

function commonPrefix(ids: readonly string[]): string {
  const first = ids[0] ?? "";
  let end = first.length;
  for (const id of ids) while (!id.startsWith(first.slice(0, end))) end--;
  // Cut at the last hyphen so the suffix starts with the alarm key's "-".
  return first.slice(0, first.lastIndexOf("-", end));
}

/** The Markdown of docs/reference/presets.md for the given presets (default: all AWS presets). */
export function presetsReference(presets: readonly PresetEntry[] = AWS_PRESETS): string {
  return [
    "# AWS presets",
    "",
    "<!-- Written by npm run docs:presets from engine/definitions/presets/aws/registry.ts; edit the presets, not this page. -->",
    "",
    "One typed preset per AWS managed service returns the CloudWatch alarms a team wants on one",
    "resource. It takes `id` (the prefix of the alarm ids), `service`, the resource's names (one for",
    "every environment or one per environment), and optionally `severity` and `runbook` for all its",
    "alarms and `alarms: { <key>: { threshold, severity, runbook, enabled } }` for single ones. An",
    "alarm's id is `<id>-<key in kebab-case>`. Each preset's TSDoc names the source of every default:",
    "AWS's recommended alarms (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html)",
    "where they give one. See [the Lambda and SQS guide](../guides/monitor-a-lambda-and-sqs-service.md).",
    "",
    `${presets.length} presets; the tables show each alarm's defaults, applied to sample names. Single alarms for ECS`,
    "services, RDS instances and Application Load Balancers (`ecsCpuHigh`, `rdsCpuHigh`, `alb5xxHigh`...) and the",
    "`albAvailability` SLI are in [the AWS reference](aws.md).",
    "",
    ...presets.map(section),
  ].join("\n");
}
