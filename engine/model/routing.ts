/** Questions asked of the routing: does a severity page, which services Prometheus alerts for, how a channel reads. */
import { SEVERITIES, type Severity } from "../definitions/types";
import { prometheusView } from "./views";
import type { ChannelModel, EnvironmentModel, Model, RoutesModel, Send, ServiceModel, SeverityModel } from "./types";

/** Where a team's alerts go in an environment: the organisation's routes with the team's overrides. */
export function routesFor(env: EnvironmentModel, team: string): RoutesModel {
  return env.teamRoutes[team] ?? env.routes;
}

/** Teams whose routes differ from the organisation's in this environment: targets give them a branch of their own. */
export function overridingTeams(env: EnvironmentModel): string[] {
  const ids = (routes: RoutesModel) => SEVERITIES.map((s) => routes[s].map((c) => c.id).join()).join("|");
  return Object.entries(env.teamRoutes).flatMap(([team, routes]) => (ids(routes) === ids(env.routes) ? [] : [team]));
}

/**
 * Teams the exported Alertmanager gives a branch of their own in an environment: they route
 * otherwise there, and the environment's Prometheus (`view`, see prometheusView) evaluates alerts of theirs.
 */
export function branchTeams(view: Pick<Model, "alerts" | "slos" | "severities" | "environments">, env: EnvironmentModel): string[] {
  const sending = sendingTeams(prometheusSends(view));
  return overridingTeams(env).filter((t) => sending.has(t));
}

/** True when some service of the team runs in this environment (its runsOn). */
export function runsIn(env: EnvironmentModel, team: string): boolean {
  return env.teamRoutes[team] !== undefined;
}

/** True when this team's alerts of this severity page in this environment. */
export function pagesIn(env: EnvironmentModel, team: string, severity: Severity): boolean {
  return routesFor(env, team)[severity].some((c) => c.kind === "pagerduty");
}

/**
 * True when the severity is on call, or its alerts reach a pager somewhere: for the given
 * team's routes, or for any team's when none is given.
 */
export function pages(
  severity: Severity,
  severities: readonly SeverityModel[],
  environments: readonly EnvironmentModel[],
  team?: string,
): boolean {
  if (severities.find((s) => s.id === severity)?.onCall) return true;
  // Only where the team runs: elsewhere its alerts never fire, whatever the organisation's routes say.
  if (team !== undefined) return environments.some((e) => runsIn(e, team) && pagesIn(e, team, severity));
  return environments.some((e) => [e.routes, ...Object.values(e.teamRoutes)].some((r) => r[severity].some((c) => c.kind === "pagerduty")));
}

/**
 * Per severity, the services a Prometheus-evaluated target alerts for (prometheusSends), in the
 * order they are defined: Alertmanager and Grafana route their pages per service.
 */
export function prometheusAlertServices(model: Pick<Model, "alerts" | "slos" | "severities" | "environments">): Map<Severity, string[]> {
  const map = new Map<Severity, string[]>(SEVERITIES.map((s) => [s, []]));
  for (const { service, severity } of prometheusSends(model)) {
    const list = map.get(severity)!;
    if (!list.includes(service.id)) list.push(service.id);
  }
  return map;
}

/**
 * What a Prometheus-evaluated target (Grafana alerting, the exported rules) notifies about: alert
 * rules with PromQL, and per SLO with a Prometheus source its burn-rate tiers, its no-data ticket
 * and its budget (status level) alerts.
 */
export function prometheusSends(model: Pick<Model, "alerts" | "slos" | "severities" | "environments">): Send[] {
  return [
    ...model.alerts.flatMap((a) => (a.prometheus !== undefined ? [{ service: a.service, severity: a.severity }] : [])),
    ...model.slos.flatMap((s) => {
      if (!s.sli.prometheus) return [];
      const noData = noDataSeverity(s, model.severities, model.environments);
      return [...s.tiers.map((t) => t.severity), ...(noData ? [noData] : []), ...s.budgetAlerts.map((b) => b.severity)].map((severity) => ({
        service: s.service,
        severity,
      }));
    }),
  ];
}

/** Sends of these severities for a service: what a target's alerts about it notify. */
export function sendsOf(service: Send["service"], severities: readonly Severity[]): Send[] {
  return severities.map((severity) => ({ service, severity }));
}

/** What the uptime checks of these services send in an environment: each endpoint with a URL there, at its severity. */
export function endpointSends(services: readonly ServiceModel[], env: EnvironmentModel): Send[] {
  return services.flatMap((svc) =>
    sendsOf(
      svc,
      svc.endpoints.filter((e) => e.urls[env.id] !== undefined).map((e) => e.severity),
    ),
  );
}

/** The channels these sends reach in an environment (by each service team's routes), each once. */
export function channelsUsed(env: EnvironmentModel, sends: readonly Send[]): ChannelModel[] {
  const used = new Map<string, ChannelModel>();
  for (const send of sends) for (const c of routesFor(env, send.service.team)[send.severity]) used.set(c.id, c);
  return [...used.values()];
}

/** The PagerDuty services (ServiceModel.pagerDuty) these sends page in an environment, each once. */
export function pagedServices(env: EnvironmentModel, sends: readonly Send[]): string[] {
  const paged = new Set<string>();
  for (const { service, severity } of sends) if (pagesIn(env, service.team, severity)) paged.add(service.pagerDuty[severity]);
  return [...paged];
}

/** Teams with anything sent in these sends. */
export function sendingTeams(sends: readonly Send[]): Set<string> {
  return new Set(sends.map((s) => s.service.team));
}

/** PagerDuty event severities: critical and error open high-urgency incidents, warning and info low. */
export const PAGERDUTY_EVENT_SEVERITY: Record<Severity, string> = { P0: "critical", P1: "error", P2: "warning", P3: "info" };

/** A service's pages to one PagerDuty service: one route or policy, so one incident per outage. */
export interface PageGroup {
  readonly service: Send["service"];
  /** The PagerDuty service (its key) these severities page. */
  readonly pagerDuty: string;
  readonly severities: readonly Severity[];
  /** The service pages more than one PagerDuty service here: names carry the PagerDuty service too. */
  readonly split: boolean;
}

/**
 * Per service with sends at a severity these routes page, its paging severities grouped by the
 * PagerDuty service they reach (ServiceModel.pagerDuty), in service then severity order.
 */
export function pageGroups(routes: RoutesModel, sends: readonly Send[]): PageGroup[] {
  const paging = SEVERITIES.filter((severity) => routes[severity].some((c) => c.kind === "pagerduty"));
  const services = [...new Map(sends.filter((s) => paging.includes(s.severity)).map((s) => [s.service.id, s.service])).values()];
  return services.flatMap((service) => {
    const byKey = new Map<string, Severity[]>();
    for (const severity of paging.filter((sev) => sends.some((s) => s.service.id === service.id && s.severity === sev))) {
      const key = service.pagerDuty[severity];
      byKey.set(key, [...(byKey.get(key) ?? []), severity]);
    }
    return [...byKey].map(([pagerDuty, severities]) => ({ service, pagerDuty, severities, split: byKey.size > 1 }));
  });
}

/** Labels a service's pages are grouped by: one group, so one PagerDuty incident, per outage of a service. */
export const PAGE_GROUP_BY = ["environment", "service"] as const;

/**
 * The notification timers of the exported Alertmanager tree and of Grafana's policy tree: a new
 * group waits 30 s for its siblings, changes go out every 5 minutes, and a group still firing is
 * notified again every 4 hours unless its alert says `repeatEvery`. Alertmanager sends only at
 * group intervals, so a repeat is a multiple of the group interval.
 */
export const NOTIFY_TIMERS = { groupWaitSeconds: 30, groupIntervalSeconds: 300, repeatIntervalSeconds: 4 * 3600 } as const;

/**
 * The PagerDuty event severity of a group: that of its most severe firing alert. Go's template
 * assignment, least severe first, so the most severe present is written last. Alertmanager and
 * Grafana both expand a PagerDuty integration's severity as a Go template.
 */
export function pagerDutySeverityTemplate(severities: readonly Severity[]): string {
  const ordered = [...severities].sort((a, b) => SEVERITIES.indexOf(b) - SEVERITIES.indexOf(a));
  if (ordered.length === 1) return PAGERDUTY_EVENT_SEVERITY[ordered[0]];
  return (
    `{{ $severity := "${PAGERDUTY_EVENT_SEVERITY[ordered[0]]}" }}` +
    ordered
      .slice(1)
      .map(
        (s) =>
          `{{ range .Alerts.Firing }}{{ if eq .Labels.severity "${s}" }}{{ $severity = "${PAGERDUTY_EVENT_SEVERITY[s]}" }}{{ end }}{{ end }}`,
      )
      .join("") +
    "{{ $severity }}"
  );
}

/** How a channel reads in documents for people: "Slack #alerts-high", "email a@b.c", "PagerDuty (service's on-call)". */
export function channelText(c: ChannelModel): string {
  switch (c.kind) {
    case "slack":
      return `Slack ${c.channel}`;
    case "email":
      return `email ${c.address}`;
    case "webhook":
      return `webhook ${c.id} (${c.description})`;
    case "pagerduty":
      return "PagerDuty (service's on-call)";
  }
}

/** The labels routing reads from an alert. */
export interface RoutedLabels {
  readonly environment?: string;
  readonly severity?: string;
  readonly service?: string;
  readonly team?: string;
}

/**
 * Where the routing sends an alert with these labels, as comparable strings ("pagerduty api",
 * "slack #alerts-high", "email a@b.c"): the environment's route for the severity, PagerDuty to
 * the service's on-call when that severity pages there and the service has Prometheus alerts at
 * that severity (services without one have no PagerDuty route). The Alertmanager tree and
 * every check of it follow this one function.
 */
export function alertDestinations(model: Model, labels: RoutedLabels): string[] {
  const env = model.environments.find((e) => e.id === labels.environment);
  // Alerts of an unknown severity reach their environment's P2 channels.
  const known = (SEVERITIES as readonly string[]).includes(labels.severity ?? "");
  const severity = env && known ? (labels.severity as Severity) : "P2";
  // What the environment's Prometheus evaluates: only its services have routes there.
  const view = env ? prometheusView(model, env.id) : model;
  // A team that routes otherwise is matched on its label; the rest follow the organisation.
  const teams = env ? branchTeams(view, env) : [];
  const team = labels.team !== undefined && teams.includes(labels.team) ? labels.team : undefined;
  // An alert of no known environment reaches the fallback the organisation names.
  const routes = !env ? model.alertmanager.fallback : (team ? env.teamRoutes[team] : env.routes)[severity];
  const service = view.services.find((s) => s.id === labels.service);
  const serviceTeam = service?.team ?? "";
  const inBranch = team ? serviceTeam === team : !teams.includes(serviceTeam);
  const paged = Boolean(
    env && known && labels.service && inBranch && prometheusAlertServices(view).get(severity)?.includes(labels.service),
  );
  return routes
    .flatMap((c) =>
      c.kind === "slack"
        ? [`slack ${c.channel}`]
        : c.kind === "email"
          ? [`email ${c.address}`]
          : c.kind === "webhook"
            ? [`webhook ${c.id}`]
            : paged
              ? [`pagerduty ${service?.pagerDuty?.[severity] ?? labels.service}`]
              : [],
    )
    .sort();
}

/**
 * The severity of a no-data alert: a ticket, never a page. The SLO's ticket tier severity when
 * it does not page, otherwise the most severe severity that does not page; undefined when every
 * severity pages, or when the SLO turns its no-data alert off.
 */
export function noDataSeverity(
  slo: {
    readonly tiers: readonly { readonly id: string; readonly severity: Severity }[];
    readonly service?: { readonly team: string };
    readonly noDataAlert?: boolean;
  },
  severities: readonly SeverityModel[],
  environments: readonly EnvironmentModel[],
): Severity | undefined {
  if (slo.noDataAlert === false) return undefined;
  const team = slo.service?.team;
  const ticket = slo.tiers.find((t) => t.id === "ticket")?.severity;
  if (ticket && !pages(ticket, severities, environments, team)) return ticket;
  return SEVERITIES.find((s) => !pages(s, severities, environments, team));
}
