import type { ChannelDefinition } from "../engine/definitions";

/**
 * Where alerts can go. Secrets (PagerDuty integration keys, the Slack token) are never
 * written here: each target reads them from sensitive Terraform variables.
 * SMS and phone calls for P0 (the NOUS example's severity table) are the on-call responders' PagerDuty
 * notification rules, not separate channels.
 */
/** The Slack workspace id: AWS Chatbot addresses workspaces and channels by id, not by name. */
const workspace = "T0NOUSTEAM";

export const channels: ChannelDefinition[] = [
  // Pages the on-call of the alert's service, through that service's PagerDuty service.
  { kind: "pagerduty", id: "pagerduty-oncall" },
  { kind: "slack", id: "slack-alerts-critical", channel: "#alerts-critical", slackIds: { workspace, channel: "C0ALERTSP0" } },
  { kind: "slack", id: "slack-alerts-high", channel: "#alerts-high", slackIds: { workspace, channel: "C0ALERTSP1" } },
  { kind: "slack", id: "slack-alerts-medium", channel: "#alerts-medium", slackIds: { workspace, channel: "C0ALERTSP2" } },
  { kind: "slack", id: "slack-alerts-staging", channel: "#alerts-staging", slackIds: { workspace, channel: "C0ALERTSSTG" } },
  { kind: "email", id: "email-engineering", address: "engineering-alerts@nous.com" },
];
