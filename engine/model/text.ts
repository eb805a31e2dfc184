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
