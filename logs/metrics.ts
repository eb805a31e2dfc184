import { logMetric } from "../engine/definitions";

/**
 * Counters over the structured log events of the bundled NOUS example. Each names the JSON fields to
 * match once; the Cloud Logging filter and the CloudWatch pattern are derived from it.
 */
export const logMetrics = [
  logMetric({
    id: "failed-logins",
    description: "Failed login attempts",
    logClass: "security",
    match: { category: "security", event: "failed_login" },
  }),
  logMetric({
    id: "agent-execution-failures",
    description: "Agent executions that completed without success",
    logClass: "application",
    match: { category: "agent", event: "execution_complete", success: false },
    labels: { agent_id: "agent_id" },
  }),
  logMetric({
    id: "subscriptions-created",
    description: "Subscriptions created",
    logClass: "audit",
    match: { category: "finance", event: "subscription_created" },
  }),
];
