import type { LogMetricDefinition } from "../src/definitions";

/** Counters over the structured log events of seed 000, 4.3. */
export const logMetrics: LogMetricDefinition[] = [
  {
    id: "failed-logins",
    description: "Failed login attempts",
    filter: 'jsonPayload.category="security" AND jsonPayload.event="failed_login"',
  },
  {
    id: "agent-execution-failures",
    description: "Agent executions that completed without success",
    filter: 'jsonPayload.category="agent" AND jsonPayload.event="execution_complete" AND jsonPayload.success=false',
    labels: { agent_id: "jsonPayload.agent_id" },
  },
  {
    id: "subscriptions-created",
    description: "Subscriptions created",
    filter: 'jsonPayload.category="finance" AND jsonPayload.event="subscription_created"',
  },
];
