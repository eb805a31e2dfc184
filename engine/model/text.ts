/**
 * Text as Terraform reads it. Terraform treats every string of a configuration, JSON ones
 * included, as a template: `${` starts an interpolation and `%{` a directive. User text (alert
 * summaries, SLO names, descriptions, dashboard JSON) must reach the cloud as written, so it is
 * escaped once, at the boundary where the stacks are written (constructs/terraform-text.ts).
 */

/** `${` -> `$${` and `%{` -> `%%{`, Terraform's own escapes; Terraform turns them back into the text. */
export function escapeTerraformTemplate(text: string): string {
  // Replacement functions, not strings: in a replacement string `$$` means one `$`.
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * The variables Cloud Monitoring substitutes in alert policy documentation, as listed in its
 * guide "Annotate notifications with user-defined documentation" (cloud.google.com/monitoring/alerts/doc-variables).
 * `KEY` parts are label keys.
 */
export type CloudMonitoringVariable =
  | "condition.name"
  | "condition.display_name"
  | "metric.type"
  | "metric.display_name"
  | `metric.label.${string}`
  | `metadata.system_label.${string}`
  | `metadata.user_label.${string}`
  | "policy.name"
  | "policy.display_name"
  | `policy.user_label.${string}`
  | "project"
  | "resource.type"
  | "resource.project"
  | `resource.label.${string}`
  | `log.extracted_label.${string}`;

/** Labels Managed Service for Prometheus keeps on the `prometheus_target` resource; every other label is a metric label. */
export const GMP_RESOURCE_LABELS: ReadonlySet<string> = new Set(["project_id", "location", "cluster", "namespace", "job", "instance"]);

/** A variable Cloud Monitoring fills in (CloudMonitoringVariable), at the start of the text after `${`. */
const DOCUMENTATION_VARIABLE =
  /^(?:condition\.(?:name|display_name)|metric\.(?:type|display_name)|policy\.(?:name|display_name)|project|resource\.(?:type|project)|(?:metric\.label|metadata\.system_label|metadata\.user_label|policy\.user_label|resource\.label|log\.extracted_label)\.[A-Za-z0-9_.-]+)\}/;

/**
 * Text for Cloud Monitoring's documentation subject and content, where `${name}` is a variable:
 * every `${` that does not open one of its variables (`cloudMonitoringVariable(...)`, the ones
 * Prometheus templates become) is written `$${`, Cloud Monitoring's escape, so it shows as written.
 */
export function escapeDocumentationVariables(text: string): string {
  return text.replace(/\$\{/g, (found, at: number) => (DOCUMENTATION_VARIABLE.test(text.slice(at + 2)) ? found : "$${"));
}

/**
 * How a target reads the Prometheus templates of an alert's text (`{{ $labels.instance }}`,
 * `{{ $value }}`): "prometheus" keeps them (Prometheus and Grafana expand them); "cloud-monitoring"
 * writes Cloud Monitoring's own documentation variables where one exists (documentation subject
 * and content); "words" writes a readable word ("the instance", "the value") for text that no
 * engine expands: display names, CloudWatch alarm descriptions.
 */
export type AlertTextStyle = "prometheus" | "cloud-monitoring" | "words";

/** `{{ ... }}` with Go's whitespace-trimming markers. */
const TEMPLATE = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** `$labels.x`, `.Labels.x`, `index $labels "x"`, `$labels.x | toUpper`: the label a template reads. */
const LABEL = /(?:\$labels|\.Labels)\.([a-zA-Z_][a-zA-Z0-9_]*)|index\s+(?:\$labels|\.Labels)\s+"([^"]+)"/;
const VALUE = /\$value\b|\.Value\b/;

/**
 * An alert's text as the target reads it. `known` holds the labels whose values the definitions
 * already fix (alertname, severity, the rule's own labels): they are written as their values.
 */
export function alertText(text: string, style: AlertTextStyle, known: Readonly<Record<string, string>> = {}): string {
  if (style === "prometheus" || !text.includes("{{")) return text;
  // A quoted string is text the template writes as it is: `{{ "{{" }}` is how braces are written.
  // Held aside under a private-use mark while the rest is cleaned, then put back.
  const literals: string[] = [];
  const out = text.replace(TEMPLATE, (_, body: string) => {
    const quoted = /^"(?:[^"\\\n]|\\.)*"$|^`[^`]*`$/.exec(body);
    if (quoted) return `\uE000${literals.push(goString(body)) - 1}\uE000`;
    // Actions (if, range, with, end...) have no meaning outside Prometheus; their text is kept.
    if (/^(if|else|end|range|with|define|template|block|break|continue)\b/.test(body)) return "";
    const label = LABEL.exec(body);
    if (label) {
      const name = label[1] ?? label[2];
      if (Object.hasOwn(known, name)) return known[name];
      if (style === "cloud-monitoring" && /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name))
        return `\${${GMP_RESOURCE_LABELS.has(name) ? "resource" : "metric"}.label.${name}}`;
      return `the ${name.replace(/_/g, " ")}`;
    }
    if (VALUE.test(body)) return "the value";
    return "";
  });
  // A leftover opening of a template, and the spaces a dropped one leaves, are not shown; a `}}` in text is text.
  return out
    .replace(/\{\{/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .trim()
    .replace(/\uE000(\d+)\uE000/g, (_, n: string) => literals[Number(n)]);
}

/** A Go string literal's text: raw as written, quoted with its escapes read (as JSON reads them, which Go's common ones match). */
function goString(literal: string): string {
  if (literal.startsWith("`")) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}
