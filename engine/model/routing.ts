/** Questions asked of the routing: does a severity page, which services Prometheus alerts for, how a channel reads. */
import { SEVERITIES, type Severity } from "../definitions/types";
import type { ChannelModel, EnvironmentModel, RoutesModel, SeverityModel } from "./types";

/** Where a team's alerts go in an environment: the organisation's routes with the team's overrides. */
export function routesFor(env: EnvironmentModel, team: string): RoutesModel {
  return env.teamRoutes[team] ?? env.routes;
}

/** True when this team's alerts of this severity page in this environment. */
export function pagesIn(env: EnvironmentModel, team: string, severity: Severity): boolean {
  return routesFor(env, team)[severity].some((c) => c.kind === "pagerduty");
}

/** True when alerts of this severity reach a pager somewhere (for any team), or the severity is on call. */
export function pages(severity: Severity, severities: readonly SeverityModel[], environments: readonly EnvironmentModel[]): boolean {
  if (severities.find((s) => s.id === severity)?.onCall) return true;
  return environments.some((e) => [e.routes, ...Object.values(e.teamRoutes)].some((r) => r[severity].some((c) => c.kind === "pagerduty")));
}

/**
 * Services whose Prometheus-evaluated alerts (alert rules with PromQL, SLO burn-rate tiers of
 * SLOs with a Prometheus source) fire at each severity: Alertmanager and Grafana route their
 * pages per service.
 */
export function prometheusAlertServices(model: {
  alerts: readonly { prometheus?: string; severity: Severity; service: { id: string } }[];
  slos: readonly { sli: { prometheus?: unknown }; tiers: readonly { severity: Severity }[]; service: { id: string } }[];
}): Map<Severity, string[]> {
  const map = new Map<Severity, string[]>(SEVERITIES.map((s) => [s, []]));
  const add = (severity: Severity, service: string) => {
    const list = map.get(severity)!;
    if (!list.includes(service)) list.push(service);
  };
  for (const a of model.alerts) if (a.prometheus) add(a.severity, a.service.id);
  for (const s of model.slos) if (s.sli.prometheus) for (const t of s.tiers) add(t.severity, s.service.id);
  return map;
}

/** PagerDuty event severities: critical and error open high-urgency incidents, warning and info low. */
export const PAGERDUTY_EVENT_SEVERITY: Record<Severity, string> = { P0: "critical", P1: "error", P2: "warning", P3: "info" };

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
