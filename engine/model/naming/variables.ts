/**
 * Names of the Terraform variables operators set (`TF_VAR_<name>`) and the outputs they read: the
 * secrets and keys no definition holds. Identifiers take no dashes, so dashes become underscores.
 */

/** A Terraform identifier from its parts: joined by `_`, dashes as underscores. */
export function variableName(...parts: string[]): string {
  return parts.join("_").replace(/-/g, "_");
}

export const terraformVariable = {
  /** A webhook channel's secret URL. */
  webhookUrl: (channelId: string): string => variableName("webhook_url", channelId),
  /** A target's Slack token: `<base>` for the organisation's workspace, `<base>_<credential>` for another. */
  slackToken: (base: string, credential: string | undefined): string => (credential === undefined ? base : variableName(base, credential)),
  /** The integration key of one sender's integration on a service's PagerDuty service, for a stack run apart. */
  pagerDutyKey: (sender: string, pagerDutyService: string): string => variableName("pagerduty", sender, "key", pagerDutyService),
  pagerDutyToken: "pagerduty_token",
  grafanaAuth: "grafana_auth",
  grafanaGcpServiceAccountKey: "grafana_gcp_service_account_key",
  grafanaGcpServiceAccountEmail: "grafana_gcp_service_account_email",
  grafanaAwsAccessKeyId: "grafana_aws_access_key_id",
  grafanaAwsSecretAccessKey: "grafana_aws_secret_access_key",
} as const;

/** The output holding the key of a PagerDuty service's Alertmanager integration: `alertmanager_pagerduty_key_<service>`. */
export const alertmanagerKeyOutput = (pagerDutyService: string): string =>
  variableName("alertmanager", "pagerduty", "key", pagerDutyService);
