import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ContactPoint } from "../../.gen/providers/grafana/contact-point";
import { NotificationPolicy, type NotificationPolicyPolicy } from "../../.gen/providers/grafana/notification-policy";
import { SEVERITIES, type Severity } from "../../engine/definitions/types";
import type { ChannelModel, EnvironmentModel, RoutesModel, ServiceModel } from "../../engine/model";
import { overridingTeams, PAGERDUTY_EVENT_SEVERITY } from "../../engine/model/routing";
import { variableName } from "../names";
import type { PagerDutyKeys } from "../pagerduty-keys";

export interface GrafanaNotificationsProps {
  readonly env: EnvironmentModel;
  readonly keys: PagerDutyKeys;
  /** Per severity, the services whose Grafana-evaluated alerts fire at it: each gets a paging child policy. */
  readonly pagingServices: ReadonlyMap<Severity, readonly string[]>;
  /** Each service by id: its team, whose routes its alerts follow, and its PagerDuty service per severity. */
  readonly services: ReadonlyMap<string, Pick<ServiceModel, "team" | "pagerDuty">>;
}

/**
 * Contact points and THE notification policy tree of one Grafana instance (the resource
 * replaces the whole tree, so there is exactly one). A team whose routes differ from the
 * organisation's gets a policy matching `team` holding its own severity policies; every other
 * alert falls to the organisation's. Each severity gets a policy matching `severity`; where it
 * pages, a child policy per service matching `service` adds that service's PagerDuty
 * integration to the severity's Slack, email and webhooks.
 */
export class GrafanaNotifications extends Construct {
  readonly policy: NotificationPolicy;

  constructor(scope: Construct, id: string, { env, keys, pagingServices, services: serviceById }: GrafanaNotificationsProps) {
    super(scope, id);
    let slackToken: TerraformVariable | undefined;
    const webhookUrls = new Map<string, TerraformVariable>();
    const integrations = (channels: readonly ChannelModel[]) => {
      const slack = channels.flatMap((c) => (c.kind === "slack" ? [c] : []));
      const email = channels.flatMap((c) => (c.kind === "email" ? [c.address] : []));
      const webhooks = channels.flatMap((c) => (c.kind === "webhook" ? [c] : []));
      if (slack.length)
        slackToken ??= new TerraformVariable(scope, "grafana_slack_token", {
          type: "string",
          sensitive: true,
          description: "Slack bot token Grafana posts alerts with",
        });
      for (const w of webhooks) {
        if (!webhookUrls.has(w.id))
          webhookUrls.set(
            w.id,
            new TerraformVariable(scope, variableName("webhook_url", w.id), {
              type: "string",
              sensitive: true,
              description: `URL of the webhook "${w.id}" (${w.description})`,
            }),
          );
      }
      return {
        slack: slack.length ? slack.map((c) => ({ recipient: c.channel, token: slackToken!.stringValue })) : undefined,
        email: email.length ? [{ addresses: email, singleEmail: true }] : undefined,
        webhook: webhooks.length ? webhooks.map((w) => ({ url: webhookUrls.get(w.id)!.stringValue })) : undefined,
      };
    };

    const contactPoint = (logicalId: string, name: string, config: Omit<ConstructorParameters<typeof ContactPoint>[2], "name">) => {
      const cp = new ContactPoint(this, logicalId, { name, ...config });
      cp.overrideLogicalId(logicalId);
      return cp;
    };

    /** The severity policies of one set of routes; `team` prefixes names and ids of a team's own. */
    const severityPolicies = (routes: RoutesModel, team?: string) => {
      const policies: NotificationPolicyPolicy[] = [];
      const points = new Map<Severity, ContactPoint>();
      const idPart = team ? `${team}_` : "";
      const namePart = team ? `${team} ` : "";
      for (const severity of SEVERITIES) {
        const shared = integrations(routes[severity]);
        const hasShared = Boolean(shared.slack || shared.email || shared.webhook);
        const severityPoint = hasShared
          ? contactPoint(`contact_point_${idPart}${severity.toLowerCase()}`, `${env.id} ${namePart}${severity}`, shared)
          : undefined;
        if (severityPoint) points.set(severity, severityPoint);
        const pages = routes[severity].some((c) => c.kind === "pagerduty");
        const services = (pagingServices.get(severity) ?? []).filter((s) =>
          team ? serviceById.get(s)!.team === team : !overriding.has(serviceById.get(s)!.team),
        );
        const children: NotificationPolicyPolicy[] = pages
          ? services.map((service) => ({
              matcher: [{ label: "service", match: "=", value: service }],
              contactPoint: contactPoint(
                `contact_point_${idPart}${severity.toLowerCase()}_${service}`,
                `${env.id} ${namePart}${severity} ${service}`,
                {
                  ...shared,
                  pagerduty: [
                    {
                      integrationKey: keys.key(serviceById.get(service)!.pagerDuty[severity], "grafana"),
                      severity: PAGERDUTY_EVENT_SEVERITY[severity],
                      summary: "{{ .CommonAnnotations.summary }}",
                    },
                  ],
                },
              ).name,
            }))
          : [];
        policies.push({
          matcher: [{ label: "severity", match: "=", value: severity }],
          contactPoint: severityPoint?.name,
          policy: children.length ? children : undefined,
        });
      }
      return { policies, points };
    };

    // Teams whose routes differ from the organisation's get their own branch, matched first.
    const overriding = new Set(overridingTeams(env));
    const teamBranches: NotificationPolicyPolicy[] = [...overriding].map((team) => {
      const { policies, points } = severityPolicies(env.teamRoutes[team], team);
      return {
        matcher: [{ label: "team", match: "=", value: team }],
        // The team's alerts without a severity label land with its P2 receivers.
        contactPoint: (points.get("P2") ?? [...points.values()][0])?.name,
        policy: policies,
      };
    });
    const organisation = severityPolicies(env.routes);

    this.policy = new NotificationPolicy(this, "policy", {
      // Alerts without a severity label land with P2's receivers (Slack and email) rather than nowhere.
      contactPoint: (organisation.points.get("P2") ?? [...organisation.points.values()][0]).name,
      groupBy: ["alertname", "service"],
      groupWait: "30s",
      groupInterval: "5m",
      repeatInterval: "4h",
      policy: [...teamBranches, ...organisation.policies],
    });
    this.policy.overrideLogicalId("notification_policy");
  }
}
