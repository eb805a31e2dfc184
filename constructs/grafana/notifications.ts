import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ContactPoint } from "../../.gen/providers/grafana/contact-point";
import { NotificationPolicy, type NotificationPolicyPolicy } from "../../.gen/providers/grafana/notification-policy";
import { SEVERITIES, type Severity } from "../../engine/definitions/types";
import type { AlertRuleModel, ChannelModel, EnvironmentModel, RoutesModel, Send } from "../../engine/model";
import { formatDuration } from "../../engine/model/duration";
import { NOTIFY_TIMERS, overridingTeams, PAGE_GROUP_BY, pageGroups, pagerDutySeverityTemplate } from "../../engine/model/routing";
import { terraformVariable } from "../../engine/model/naming/variables";
import { grafanaAddress, pageContactPointName, severityContactPointName } from "../../engine/model/naming/grafana";
import { slackTokens } from "../slack-tokens";
import type { PagerDutyKeys } from "../pagerduty-keys";

export interface GrafanaNotificationsProps {
  readonly env: EnvironmentModel;
  readonly keys: PagerDutyKeys;
  /** What this Grafana's rules notify about (prometheusSends): only their contact points and policies are made. */
  readonly sends: readonly Send[];
  /** The team whose own Grafana this is: alerts that match no policy go to its default destination. */
  readonly owner?: string;
  /** The alert rules this Grafana evaluates: those with `repeatEvery` get a policy of their own under their severity's. */
  readonly alerts: readonly AlertRuleModel[];
}

/**
 * Contact points and THE notification policy tree of one Grafana instance (the resource
 * replaces the whole tree, so there is exactly one), for what its rules notify: nothing of a team
 * without rules here. A team whose routes differ from the organisation's gets a policy matching
 * `team` holding its own severity policies; every other alert falls to the organisation's. First
 * one paging policy per service (and PagerDuty service) for every severity that pages it, grouped
 * by environment and service so that one outage of a service is one PagerDuty incident (the
 * group's events share a dedup key), at the PagerDuty severity of its most severe alert, as in
 * the exported Alertmanager tree; it continues to the policy matching the alert's `severity`,
 * which notifies Slack, email and webhooks. What matches nothing goes to the P2 destinations of
 * the Grafana's owner: the owning team's in a team's own Grafana, else the organisation's.
 */
export class GrafanaNotifications extends Construct {
  readonly policy: NotificationPolicy;

  constructor(scope: Construct, id: string, { env, keys, sends, owner, alerts }: GrafanaNotificationsProps) {
    super(scope, id);
    const slackToken = slackTokens(scope, "grafana_slack_token", "Slack bot token Grafana posts alerts with");
    const webhookUrls = new Map<string, TerraformVariable>();
    const integrations = (channels: readonly ChannelModel[]) => {
      const slack = channels.flatMap((c) => (c.kind === "slack" ? [c] : []));
      const email = channels.flatMap((c) => (c.kind === "email" ? [c.address] : []));
      const webhooks = channels.flatMap((c) => (c.kind === "webhook" ? [c] : []));
      for (const w of webhooks) {
        if (!webhookUrls.has(w.id))
          webhookUrls.set(
            w.id,
            new TerraformVariable(scope, terraformVariable.webhookUrl(w.id), {
              type: "string",
              sensitive: true,
              description: `URL of the webhook "${w.id}" (${w.description})`,
            }),
          );
      }
      return {
        slack: slack.length ? slack.map((c) => ({ recipient: c.channel, token: slackToken(c.credential).stringValue })) : undefined,
        email: email.length ? [{ addresses: email, singleEmail: true }] : undefined,
        webhook: webhooks.length ? webhooks.map((w) => ({ url: webhookUrls.get(w.id)!.stringValue })) : undefined,
      };
    };

    const contactPoint = (logicalId: string, name: string, config: Omit<ConstructorParameters<typeof ContactPoint>[2], "name">) => {
      const cp = new ContactPoint(this, logicalId, { name, ...config });
      cp.overrideLogicalId(logicalId);
      return cp;
    };

    // One contact point per group (the organisation, or a team that routes otherwise) and severity, made when first used.
    const points = new Map<string, ContactPoint | undefined>();
    const severityPoint = (routes: RoutesModel, severity: Severity, team?: string): ContactPoint | undefined => {
      const key = `${team ?? ""}/${severity}`;
      if (!points.has(key)) {
        const shared = integrations(routes[severity]);
        const has = Boolean(shared.slack || shared.email || shared.webhook);
        points.set(
          key,
          has
            ? contactPoint(grafanaAddress.severityContactPoint(severity, team), severityContactPointName(env, severity, team), shared)
            : undefined,
        );
      }
      return points.get(key);
    };
    /** Where a group's alerts without a matching severity land: its P2 receivers, else its first severity's that has any. */
    const defaultPoint = (routes: RoutesModel, team?: string): ContactPoint | undefined => {
      for (const severity of ["P2", ...SEVERITIES] as Severity[]) {
        const point = severityPoint(routes, severity, team);
        if (point) return point;
      }
      return undefined;
    };

    const overriding = new Set(overridingTeams(env));
    const group = (team: string) => (overriding.has(team) ? team : undefined);

    /** The paging policies, then the severity policies, of one group's sends; `team` prefixes names and ids of a team's own. */
    const severityPolicies = (routes: RoutesModel, groupSends: readonly Send[], team?: string) => {
      const pagePolicies = pageGroups(routes, groupSends).map(({ service, pagerDuty, severities, split }): NotificationPolicyPolicy => ({
        matcher: [
          { label: "service", match: "=", value: service.id },
          severities.length === 1
            ? { label: "severity", match: "=", value: severities[0] }
            : { label: "severity", match: "=~", value: severities.join("|") },
        ],
        groupBy: [...PAGE_GROUP_BY],
        continue: true,
        contactPoint: contactPoint(
          grafanaAddress.pageContactPoint(service.id, team, split ? pagerDuty : undefined),
          pageContactPointName(env, service.id, team, split ? pagerDuty : undefined),
          {
            pagerduty: [
              {
                integrationKey: keys.key(pagerDuty, "grafana"),
                severity: pagerDutySeverityTemplate(severities),
                summary: "{{ .CommonAnnotations.summary }}",
              },
            ],
          },
        ).name,
      }));
      // A severity that reaches PagerDuty alone gets no policy: one without a contact point would
      // take its parent's (P2's), and its pages went through their service's policy already.
      const bySeverity = SEVERITIES.flatMap((severity): NotificationPolicyPolicy[] => {
        const point = groupSends.some((s) => s.severity === severity) ? severityPoint(routes, severity, team) : undefined;
        // An alert's own repeat: a child that keeps its parent's contact point and grouping.
        const repeats = alerts
          .filter((a) => a.repeatEverySeconds && a.severity === severity && group(a.service.team) === team)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((a): NotificationPolicyPolicy => ({
            matcher: [
              { label: "alertname", match: "=", value: a.name },
              { label: "service", match: "=", value: a.service.id },
            ],
            repeatInterval: formatDuration(a.repeatEverySeconds!),
          }));
        return point
          ? [
              {
                matcher: [{ label: "severity", match: "=", value: severity }],
                contactPoint: point.name,
                ...(repeats.length ? { policy: repeats } : {}),
              },
            ]
          : [];
      });
      return [...pagePolicies, ...bySeverity];
    };

    // Teams whose routes differ from the organisation's get their own branch, matched first.
    const teamsHere = [...overriding].filter((team) => sends.some((s) => s.service.team === team));
    const teamBranches: NotificationPolicyPolicy[] = teamsHere.map((team) => {
      const policies = severityPolicies(
        env.teamRoutes[team],
        sends.filter((s) => s.service.team === team),
        team,
      );
      return {
        matcher: [{ label: "team", match: "=", value: team }],
        // The team's alerts without a severity label land with its P2 receivers.
        contactPoint: defaultPoint(env.teamRoutes[team], team)?.name,
        policy: policies,
      };
    });
    const organisation = severityPolicies(
      env.routes,
      sends.filter((s) => group(s.service.team) === undefined),
    );
    const root = owner !== undefined && group(owner) !== undefined ? defaultPoint(env.teamRoutes[owner], owner) : defaultPoint(env.routes);
    if (!root) throw new Error(`environment "${env.id}": no Slack, email or webhook route for alerts that match no policy`);

    this.policy = new NotificationPolicy(this, "policy", {
      // Alerts without a severity label land with P2's receivers (Slack and email) rather than nowhere.
      contactPoint: root.name,
      groupBy: ["alertname", "service"],
      groupWait: formatDuration(NOTIFY_TIMERS.groupWaitSeconds),
      groupInterval: formatDuration(NOTIFY_TIMERS.groupIntervalSeconds),
      repeatInterval: formatDuration(NOTIFY_TIMERS.repeatIntervalSeconds),
      policy: [...teamBranches, ...organisation],
    });
    this.policy.overrideLogicalId("notification_policy");
  }
}
