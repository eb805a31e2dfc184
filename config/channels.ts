import type { ChannelDefinition } from "../src/definitions";

/**
 * Where alerts can go. Secrets (PagerDuty integration keys, the Slack token) are never
 * written here: each target reads them from sensitive Terraform variables.
 * SMS and phone calls for P0 (seed 000, 5.1) are the on-call responders' PagerDuty
 * notification rules, not separate channels.
 */
export const channels: ChannelDefinition[] = [
  { kind: "pagerduty", id: "pagerduty-oncall", name: "NOUS on-call", urgency: "high" },
  { kind: "slack", id: "slack-alerts-critical", channel: "#alerts-critical" },
  { kind: "slack", id: "slack-alerts-high", channel: "#alerts-high" },
  { kind: "slack", id: "slack-alerts-medium", channel: "#alerts-medium" },
  { kind: "slack", id: "slack-alerts-staging", channel: "#alerts-staging" },
  { kind: "email", id: "email-engineering", address: "engineering-alerts@nous.com" },
];
