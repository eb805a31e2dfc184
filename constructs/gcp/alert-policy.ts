import { Construct } from "constructs";
import { MonitoringAlertPolicy, type MonitoringAlertPolicyConditions } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import type { Severity } from "../../engine/definitions/types";
import type { EnvironmentModel, ServiceModel } from "../../engine/model";
import { truncate } from "../names";
import { apiDuration } from "../../engine/model/duration";
import { escapeDocumentationVariables } from "../../engine/model/text";
import { GCP_SEVERITY } from "./labels";
import type { GcpNotificationChannels } from "./notification-channels";

/** Cloud Monitoring's bound on an alert policy's documentation content. */
export const GCP_MAX_DOCUMENTATION_CHARACTERS = 8192;

export interface PolicyProps {
  /** Stable logical id of the policy, from definition ids only. */
  readonly logicalId: string;
  readonly env: EnvironmentModel;
  readonly channels: GcpNotificationChannels;
  readonly severity: Severity;
  /** The monitored service: its team's routes apply, and pages go to its PagerDuty service. */
  readonly service: Pick<ServiceModel, "id" | "team" | "pagerDuty">;
  /** The policy's display name after `[env] [severity]`: plain text, which Cloud Monitoring shows as written. */
  readonly title: string;
  /** The notification subject after `[severity]`, where Cloud Monitoring's variables are expanded; default: the title. */
  readonly subject?: string;
  readonly summary: string;
  /** Markdown lines added to the documentation after the summary. */
  readonly details?: readonly string[];
  readonly runbook?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly combiner: "OR" | "AND";
  readonly conditions: MonitoringAlertPolicyConditions[];
  /** Send again to the Slack, email and webhook channels this often (seconds) while the incident is open. */
  readonly renotifySeconds?: number;
}

function renotify(props: PolicyProps) {
  const names = props.renotifySeconds ? props.channels.remindable(props.severity, props.service) : [];
  return names.length
    ? { notificationChannelStrategy: [{ notificationChannelNames: names, renotifyInterval: apiDuration(props.renotifySeconds!) }] }
    : {};
}

/**
 * Every alert policy the GCP target creates goes through here, so all of them carry the
 * severity, the runbook link, the environment labels and the routing of their severity,
 * and notify when they open and when they close (so PagerDuty incidents resolve).
 */
export function alertPolicy(scope: Construct, props: PolicyProps): MonitoringAlertPolicy {
  // User text is data in Cloud Monitoring's documentation too, where `${name}` is a variable:
  // every text is escaped for that layer here, its real variables kept.
  const plain = escapeDocumentationVariables;
  const runbook = props.runbook ? `\n\nRunbook: ${plain(props.runbook)}` : "";
  // Cloud Monitoring holds 8,192 characters of documentation content: the text is shortened,
  // the runbook link kept whole.
  const body = [`**${props.severity}** · ${plain(props.env.name)}`, "", plain(props.summary), ...(props.details ?? []).map(plain)].join(
    "\n",
  );
  const content = truncate(body, GCP_MAX_DOCUMENTATION_CHARACTERS - Array.from(runbook).length) + runbook;
  const policy = new MonitoringAlertPolicy(scope, props.logicalId, {
    // Cloud Monitoring holds 512 characters of display name and 255 of subject; the whole
    // summary is in the documentation.
    displayName: truncate(`[${props.env.id}] [${props.severity}] ${props.title}`, 512),
    combiner: props.combiner,
    severity: GCP_SEVERITY[props.severity],
    conditions: props.conditions,
    notificationChannels: props.channels.forAlert(props.severity, props.service),
    alertStrategy: { notificationPrompts: ["OPENED", "CLOSED"], ...renotify(props) },
    documentation: {
      mimeType: "text/markdown",
      subject: truncate(`[${props.severity}] ${plain(props.subject ?? props.title)}`, 255),
      content,
      links: props.runbook ? [{ displayName: "Runbook", url: props.runbook }] : undefined,
    },
    userLabels: { ...props.env.labels, ...props.labels, severity: props.severity.toLowerCase() },
  });
  policy.overrideLogicalId(props.logicalId);
  return policy;
}
