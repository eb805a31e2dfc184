import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ContactPoint } from "../../.gen/providers/grafana/contact-point";
import { NotificationPolicy, type NotificationPolicyPolicy } from "../../.gen/providers/grafana/notification-policy";
import { SEVERITIES, type Severity } from "../../engine/definitions/types";
import type { EnvironmentModel } from "../../engine/model";
import { PAGERDUTY_EVENT_SEVERITY } from "../../engine/model/routing";
import type { PagerDutyKeys } from "../pagerduty-keys";

export interface GrafanaNotificationsProps {
  readonly env: EnvironmentModel;
  readonly keys: PagerDutyKeys;
  readonly pagingServices: ReadonlyMap<Severity, readonly string[]>;
}

/**
 * Contact points and THE notification policy tree of one Grafana instance (the resource
 * replaces the whole tree, so there is exactly one). Each severity gets a policy matching
 * `severity`; where the severity pages, a child policy per service matching `service` adds that
 * service's PagerDuty integration to the severity's Slack and email.
 */
export class GrafanaNotifications extends Construct {
  readonly policy: NotificationPolicy;

  constructor(scope: Construct, id: string, { env, keys, pagingServices }: GrafanaNotificationsProps) {
    super(scope, id);
    let slackToken: TerraformVariable | undefined;
    const integrations = (severity: Severity) => {
      const slack = env.routes[severity].flatMap((c) => (c.kind === "slack" ? [c] : []));
      const email = env.routes[severity].flatMap((c) => (c.kind === "email" ? [c.address] : []));
      if (slack.length)
        slackToken ??= new TerraformVariable(scope, "grafana_slack_token", {
          type: "string",
          sensitive: true,
          description: "Slack bot token Grafana posts alerts with",
        });
      return {
        slack: slack.length ? slack.map((c) => ({ recipient: c.channel, token: slackToken!.stringValue })) : undefined,
        email: email.length ? [{ addresses: email, singleEmail: true }] : undefined,
      };
    };

    const contactPoint = (logicalId: string, name: string, config: Omit<ConstructorParameters<typeof ContactPoint>[2], "name">) => {
      const cp = new ContactPoint(this, logicalId, { name, ...config });
      cp.overrideLogicalId(logicalId);
      return cp;
    };

    const policies: NotificationPolicyPolicy[] = [];
    const severityPoints = new Map<Severity, ContactPoint>();
    for (const severity of SEVERITIES) {
      const shared = integrations(severity);
      const hasShared = Boolean(shared.slack || shared.email);
      const severityPoint = hasShared
        ? contactPoint(`contact_point_${severity.toLowerCase()}`, `${env.id} ${severity}`, shared)
        : undefined;
      if (severityPoint) severityPoints.set(severity, severityPoint);
      const pages = env.routes[severity].some((c) => c.kind === "pagerduty");
      const children: NotificationPolicyPolicy[] = pages
        ? (pagingServices.get(severity) ?? []).map((service) => ({
            matcher: [{ label: "service", match: "=", value: service }],
            contactPoint: contactPoint(`contact_point_${severity.toLowerCase()}_${service}`, `${env.id} ${severity} ${service}`, {
              ...shared,
              pagerduty: [
                {
                  integrationKey: keys.key(service, "grafana"),
                  severity: PAGERDUTY_EVENT_SEVERITY[severity],
                  summary: "{{ .CommonAnnotations.summary }}",
                },
              ],
            }).name,
          }))
        : [];
      policies.push({
        matcher: [{ label: "severity", match: "=", value: severity }],
        contactPoint: severityPoint?.name,
        policy: children.length ? children : undefined,
      });
    }

    this.policy = new NotificationPolicy(this, "policy", {
      // Alerts without a severity label land with P2's receivers (Slack and email) rather than nowhere.
      contactPoint: (severityPoints.get("P2") ?? [...severityPoints.values()][0]).name,
      groupBy: ["alertname", "service"],
      groupWait: "30s",
      groupInterval: "5m",
      repeatInterval: "4h",
      policy: policies,
    });
    this.policy.overrideLogicalId("notification_policy");
  }
}
