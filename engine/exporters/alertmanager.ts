/**
 * The routing definitions as an Alertmanager configuration: environment first, because one
 * Alertmanager usually serves every environment; then (where a team routes otherwise) team;
 * then one paging route per service and one route per severity. Secrets are read from files,
 * never written. Alerts carry the `environment` label of the rule file they come from (see
 * prometheus-rules.ts).
 *
 * One outage of a service, one incident: the paging route of a service takes every paging
 * severity there and groups by environment and service, so its SLO pages and alert rules (the
 * page burn of two SLOs, `APIDown`, `HighErrorRate`) reach PagerDuty as one group, which
 * PagerDuty's Events API deduplicates into one incident (Alertmanager's dedup key is the group's).
 * It continues to the severity routes, which notify Slack, email and webhooks per alert.
 */
import { SEVERITIES, type Severity } from "../definitions/types";
import type { ChannelModel, EnvironmentModel, Model, Problem, RoutesModel } from "../model";
import { formatDuration } from "../model/duration";
import {
  branchTeams,
  NOTIFY_TIMERS,
  PAGE_GROUP_BY,
  pageGroups,
  pagerDutySeverityTemplate,
  prometheusSends,
  type PageGroup,
} from "../model/routing";
import { prometheusView } from "../model/views";
import { SLO_ALERT_LABEL } from "./prometheus-rules";
import { pagerDutyKeyFile, SECRETS_DIR, slackWebhookFile, webhookUrlFile } from "../model/naming/files";

/** Where Alertmanager reads secrets: mount them there. */
export { SECRETS_DIR, slackWebhookFile } from "../model/naming/files";

export interface Receiver {
  name: string;
  slack_configs?: object[];
  email_configs?: object[];
  pagerduty_configs?: object[];
  webhook_configs?: object[];
}

export interface Route {
  receiver?: string;
  matchers?: string[];
  group_by?: string[];
  continue?: boolean;
  repeat_interval?: string;
  routes?: Route[];
}

/**
 * An alert's own repeat (`repeatEvery`): a child of its severity's route that takes the parent's
 * receiver and grouping and changes only how often a group still firing is notified again.
 */
function repeatRoutes(view: Model, severity: Severity, keep: (team: string) => boolean): Route[] {
  return view.alerts
    .filter((a) => a.prometheus !== undefined && a.repeatEverySeconds && a.severity === severity && keep(a.service.team))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => ({
      matchers: [`alertname="${a.name}"`, `service="${a.service.id}"`],
      repeat_interval: formatDuration(a.repeatEverySeconds!),
    }));
}

export function receiverName(env: string, ...parts: (string | undefined)[]): string {
  return [env, ...parts].filter(Boolean).join("-");
}

/** A service's paging receiver: its PagerDuty service (ServiceModel.pagerDuty), whose key file it reads. */
function pagingReceiver(name: string, pagerDutyService: string, severities: readonly Severity[]): Receiver {
  return {
    name,
    pagerduty_configs: [
      {
        routing_key_file: pagerDutyKeyFile(pagerDutyService),
        severity: pagerDutySeverityTemplate(severities),
        send_resolved: true,
      },
    ],
  };
}

/** A receiver of the channels that are not PagerDuty (pages go through pagingReceiver). */
function receiver(name: string, channels: readonly ChannelModel[]): Receiver {
  const r: Receiver = { name };
  const slack = channels.flatMap((c) => (c.kind === "slack" ? [c] : []));
  const email = channels.flatMap((c) => (c.kind === "email" ? [c] : []));
  const webhooks = channels.flatMap((c) => (c.kind === "webhook" ? [c] : []));
  if (webhooks.length) r.webhook_configs = webhooks.map((c) => ({ url_file: webhookUrlFile(c.id), send_resolved: true }));
  if (slack.length)
    r.slack_configs = slack.map((c) => ({
      // For the reader only: a Slack app's incoming webhook posts to the one channel it was made
      // for and cannot be sent elsewhere ("You cannot override the default channel",
      // https://api.slack.com/messaging/webhooks). So each channel reads its own webhook URL:
      // one shared URL would post every team's alerts to one channel.
      channel: c.channel,
      api_url_file: slackWebhookFile(c.id),
      send_resolved: true,
    }));
  if (email.length) r.email_configs = email.map((c) => ({ to: c.address, send_resolved: true }));
  return r;
}

/** The pages of one branch of an environment's tree: what the teams `keep` takes send there, grouped by `routes`. */
function branchPageGroups(view: Model, routes: RoutesModel, keep: (team: string) => boolean): PageGroup[] {
  return pageGroups(
    routes,
    prometheusSends(view).filter((s) => keep(s.service.team)),
  );
}

/**
 * The PagerDuty services (ServiceModel.pagerDuty ids) whose key files the exported tree reads in
 * an environment: the paging routes of its team branches and of the rest, as routeTree builds
 * them. The PagerDuty stack gives each an Alertmanager integration and its key as an output.
 */
export function alertmanagerPagedServices(model: Model, env: EnvironmentModel): string[] {
  const view = prometheusView(model, env.id);
  const teams = branchTeams(view, env);
  const groups = [
    ...teams.flatMap((team) => branchPageGroups(view, env.teamRoutes[team], (t) => t === team)),
    ...branchPageGroups(view, env.routes, (t) => !teams.includes(t)),
  ];
  return [...new Set(groups.map((g) => g.pagerDuty))];
}

interface InhibitRule {
  source_matchers: string[];
  target_matchers: string[];
  equal: string[];
}

/**
 * The routing tree below the root: environment -> (team ->) the services' paging routes, which
 * continue, then one route per severity. Each level matches one label; a level (such as a team)
 * slots in by wrapping `severityRoutes` the way `envRoute` wraps it. Every receiver it names is
 * pushed to `receivers`.
 */
export function routeTree(model: Model, receivers: Receiver[]): Route[] {
  /** Per service with alerts at a severity these routes page: one route per PagerDuty service it pages. */
  const pageRoutes = (env: EnvironmentModel, routes: RoutesModel, prefix: string[], keep: (team: string) => boolean): Route[] =>
    branchPageGroups(views.get(env.id)!, routes, keep).map(({ service, pagerDuty, severities, split }) => {
      const name = receiverName(env.id, ...prefix, "page", service.id, split ? pagerDuty : undefined);
      receivers.push(pagingReceiver(name, pagerDuty, severities));
      return {
        receiver: name,
        matchers: [
          `service="${service.id}"`,
          severities.length === 1 ? `severity="${severities[0]}"` : `severity=~"${severities.join("|")}"`,
        ],
        group_by: [...PAGE_GROUP_BY],
        continue: true,
      };
    });
  const severityRoutes = (env: EnvironmentModel, routes: RoutesModel, prefix: string[], keep: (team: string) => boolean): Route[] => [
    ...pageRoutes(env, routes, prefix, keep),
    ...SEVERITIES.map((severity) => {
      const name = receiverName(env.id, ...prefix, severity);
      receivers.push(receiver(name, routes[severity]));
      const repeats = repeatRoutes(views.get(env.id)!, severity, keep);
      return { receiver: name, matchers: [`severity="${severity}"`], ...(repeats.length ? { routes: repeats } : {}) };
    }),
  ];
  // What each environment's Prometheus evaluates: routes exist only for its services and teams.
  const views = new Map(model.environments.map((e) => [e.id, prometheusView(model, e.id)]));
  // A team whose routes differ from the organisation's is matched first, on its `team` label.
  const teamRoutes = (env: EnvironmentModel): Route[] =>
    branchTeams(views.get(env.id)!, env).map((team) => ({
      receiver: receiverName(env.id, team, "P2"),
      matchers: [`team="${team}"`],
      routes: severityRoutes(env, env.teamRoutes[team], [team], (t) => t === team),
    }));
  // Alerts of the environment without a known severity reach P2's receivers rather than nobody.
  const envRoute = (env: EnvironmentModel): Route => {
    const teams = branchTeams(views.get(env.id)!, env);
    return {
      receiver: receiverName(env.id, "P2"),
      matchers: [`environment="${env.id}"`],
      routes: [...teamRoutes(env), ...severityRoutes(env, env.routes, [], (t) => !teams.includes(t))],
    };
  };
  return model.environments.map(envRoute);
}

/**
 * One outage, one notification: while an SLO's burn-rate alert fires in an environment, its
 * less severe burn-rate alerts there (the ticket, or a page of lower severity) are inhibited.
 * Their rules already hold them back from the moment it fires (prometheus-rules.ts); this
 * covers one that fired first, a slow burn that turned into an outage.
 * Only burn-rate alerts take part: an SLO's no-data ticket and the alert rules are never muted.
 */
export function inhibitRules(): InhibitRule[] {
  const burn = `${SLO_ALERT_LABEL}="burn-rate"`;
  return SEVERITIES.slice(0, -1).map((severity, i) => ({
    source_matchers: [burn, `severity="${severity}"`],
    target_matchers: [burn, `severity=~"${SEVERITIES.slice(i + 1).join("|")}"`],
    equal: ["slo", "environment"],
  }));
}

/** The receiver of alerts that name no environment the routing knows (AlertmanagerModel.fallback). */
export const FALLBACK_RECEIVER = "fallback";

export function alertmanagerConfig(model: Model): object {
  const receivers: Receiver[] = [receiver(FALLBACK_RECEIVER, model.alertmanager.fallback)];
  const routes = routeTree(model, receivers);
  const root: Route & { group_by: string[]; group_wait: string; group_interval: string; repeat_interval: string } = {
    receiver: FALLBACK_RECEIVER,
    group_by: ["alertname", "service"],
    group_wait: formatDuration(NOTIFY_TIMERS.groupWaitSeconds),
    group_interval: formatDuration(NOTIFY_TIMERS.groupIntervalSeconds),
    repeat_interval: formatDuration(NOTIFY_TIMERS.repeatIntervalSeconds),
    routes,
  };
  const smtp = model.alertmanager.smtp;
  return {
    ...(smtp
      ? {
          global: {
            smtp_smarthost: smtp.smarthost,
            smtp_from: smtp.from,
            smtp_require_tls: true,
            // The relay's password is a secret: a file, as every other one.
            ...(smtp.authUsername
              ? { smtp_auth_username: smtp.authUsername, smtp_auth_password_file: `${SECRETS_DIR}/smtp-password` }
              : {}),
          },
        }
      : {}),
    route: root,
    inhibit_rules: inhibitRules(),
    receivers,
  };
}

/**
 * Every secret file the exported configuration reads (`*_file` settings), sorted: what an operator
 * must create under {@link SECRETS_DIR} before Alertmanager loads it. One per PagerDuty service,
 * Slack channel and webhook, since the configuration never holds a secret itself.
 */
export function alertmanagerSecretFiles(model: Model): string[] {
  const files = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (key.endsWith("_file") && typeof inner === "string") files.add(inner);
        else walk(inner);
      }
  };
  walk(alertmanagerConfig(model));
  return [...files].sort();
}

export function alertmanagerYaml(model: Model): string {
  // The YAML writer loads when a file is written, not when validation reads this module.
  const { stringify } = require("yaml") as typeof import("yaml");
  return stringify(alertmanagerConfig(model), { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * What the exported configuration cannot hold, where something runs on Prometheus: email receivers without an SMTP relay (Alertmanager
 * refuses the file), webhook receivers for Alertmanager 0.25 (it cannot read their secret URL from
 * a file, and the URL is never written into the configuration).
 */
export function alertmanagerProblems(model: Model): Problem[] {
  // A project where nothing runs on Prometheus deploys no Alertmanager: nothing to ask of it.
  if (!model.environments.some((e) => prometheusView(model, e.id).services.length > 0)) return [];
  const receivers = (alertmanagerConfig(model) as { receivers: Receiver[] }).receivers;
  const problems: Problem[] = [];
  if (model.alertmanager.fallback.length === 0)
    problems.push({
      where: "alertmanager",
      field: "fallback",
      message: `alerts that name no known environment would reach nobody: the first environment's P2 route has no Slack, email or webhook channel; name the organisation's channels in alertmanager({ fallback: [...] })`,
    });
  const emails = [...new Set(receivers.flatMap((r) => (r.email_configs ?? []).map((c) => (c as { to: string }).to)))];
  if (emails.length && !model.alertmanager.smtp)
    problems.push({
      where: "alertmanager",
      field: "smtp",
      message: `the exported Alertmanager configuration sends email (${emails.join(", ")}) and needs an SMTP relay: export alertmanager({ smtp: { smarthost: "host:port", from: "address" } }) from a file in config/`,
    });
  const webhooks = [...new Set(receivers.flatMap((r) => (r.webhook_configs ?? []).map((c) => (c as { url_file: string }).url_file)))];
  if (webhooks.length && model.alertmanager.version === "0.25")
    problems.push({
      where: "alertmanager",
      field: "version",
      message: `is "0.25", which cannot read a webhook's secret URL from a file (url_file came with 0.26), and routes reach webhooks (${webhooks.map((f) => f.split("/webhook-").pop()).join(", ")}): run Alertmanager 0.26 or newer and drop version, or route those severities elsewhere`,
    });
  return problems;
}

/**
 * The configuration as Alertmanager 0.25 (the Debian package verify runs) reads it: webhook
 * receivers take their secret URL from a file (`url_file`, Alertmanager 0.26 and newer), which
 * 0.25 does not know, so here they get a placeholder URL. Routing, which is what is checked,
 * does not depend on it.
 */
export function forAlertmanager025(configText: string): string {
  return configText.replace(/url_file: \S+\/webhook-([a-z0-9-]+)/g, "url: http://127.0.0.1:9/webhook-$1");
}
