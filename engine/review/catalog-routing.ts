/**
 * catalog.html's routing graphs: per environment, which destinations each team's alerts of
 * each severity reach, resolved by the model's own routing (routesFor), drawn as a two-column
 * SVG. A reader sees at a glance that a non-paging environment has no PagerDuty edge.
 */
import { SEVERITIES, type Severity } from "../definitions/types";
import type { ChannelModel, EnvironmentModel, Model } from "../model";
import { PAGERDUTY_EVENT_SEVERITY, routesFor } from "../model/routing";
import { escapeHtml } from "./html-escape";

export interface Destination {
  /** Unique within the environment: "pagerduty:api", "slack:#alerts-high". */
  readonly key: string;
  readonly kind: ChannelModel["kind"];
  readonly text: string;
}

export interface RouteEdge {
  readonly team: string;
  readonly severity: Severity;
  readonly destination: string;
}

export interface RoutingGraph {
  readonly environment: string;
  readonly name: string;
  readonly pages: boolean;
  readonly teams: readonly string[];
  readonly destinations: readonly Destination[];
  readonly edges: readonly RouteEdge[];
}

/**
 * PagerDuty urgency of a team's pages at a severity: the team's own, else PagerDuty's
 * severity-based rule on the event severity the targets send (critical and error are high).
 */
function urgency(model: Model, team: string, severity: Severity): string {
  const own = model.teams.find((t) => t.id === team)?.pagerDuty[severity]?.urgency;
  if (own) return `${own} urgency (team's own)`;
  const event = PAGERDUTY_EVENT_SEVERITY[severity];
  return `${event === "critical" || event === "error" ? "high" : "low"} urgency (${event} event)`;
}

/** The destinations one channel stands for: a PagerDuty channel opens incidents in each of the team's services. */
function destinationsOf(model: Model, team: string, severity: Severity, c: ChannelModel): Destination[] {
  switch (c.kind) {
    case "pagerduty": {
      const services = model.services.filter((s) => s.team === team);
      return services.map((s) => ({
        key: `pagerduty:${s.pagerDuty[severity]}:${urgency(model, team, severity)}`,
        kind: "pagerduty",
        text: `PagerDuty service ${s.pagerDuty[severity]}, ${urgency(model, team, severity)}`,
      }));
    }
    case "slack":
      return [{ key: `slack:${c.channel}`, kind: "slack", text: `Slack ${c.channel}` }];
    case "email":
      return [{ key: `email:${c.address}`, kind: "email", text: `email ${c.address}` }];
    case "webhook":
      return [{ key: `webhook:${c.id}`, kind: "webhook", text: `webhook ${c.id} (${c.description})` }];
  }
}

/** Every team's routes in the environment as edges from (team, severity) to destinations. */
export function routingGraph(model: Model, env: EnvironmentModel): RoutingGraph {
  const teams = Object.keys(env.teamRoutes);
  const destinations = new Map<string, Destination>();
  const edges: RouteEdge[] = [];
  for (const team of teams)
    for (const severity of SEVERITIES)
      for (const channel of routesFor(env, team)[severity])
        for (const d of destinationsOf(model, team, severity, channel)) {
          if (!destinations.has(d.key)) destinations.set(d.key, d);
          edges.push({ team, severity, destination: d.key });
        }
  return { environment: env.id, name: env.name, pages: env.pages, teams, destinations: [...destinations.values()], edges };
}

const ROW = 30;
const NODE_HEIGHT = 22;
const LEFT_WIDTH = 190;
const RIGHT_X = 470;
const RIGHT_WIDTH = 390;
export const KIND_COLORS: Readonly<Record<ChannelModel["kind"], string>> = {
  pagerduty: "#c0392b",
  slack: "#6c3483",
  email: "#1f618d",
  webhook: "#7e5109",
};

/** The graph as inline SVG: sources (team, severity) on the left, destinations on the right, one path per route. */
export function routingSvg(graph: RoutingGraph, severityName: (s: Severity) => string): string {
  const sources = graph.teams.flatMap((team) => SEVERITIES.map((severity) => ({ team, severity })));
  const rows = Math.max(sources.length, graph.destinations.length);
  const height = rows * ROW + 10;
  const y = (i: number) => 5 + i * ROW;
  const destIndex = new Map(graph.destinations.map((d, i) => [d.key, i]));
  const kindOf = new Map(graph.destinations.map((d) => [d.key, d.kind]));
  const out: string[] = [
    `<svg class="routing" xmlns="http://www.w3.org/2000/svg" width="${RIGHT_X + RIGHT_WIDTH + 5}" height="${height}" viewBox="0 0 ${RIGHT_X + RIGHT_WIDTH + 5} ${height}" role="img" aria-label="${escapeHtml(`routing in ${graph.name}`)}">`,
  ];
  for (const e of graph.edges) {
    const from = sources.findIndex((s) => s.team === e.team && s.severity === e.severity);
    const to = destIndex.get(e.destination)!;
    const y1 = y(from) + NODE_HEIGHT / 2;
    const y2 = y(to) + NODE_HEIGHT / 2;
    const x1 = 5 + LEFT_WIDTH;
    const mid = (x1 + RIGHT_X) / 2;
    const kind = kindOf.get(e.destination)!;
    out.push(
      `<path class="edge" data-team="${escapeHtml(e.team)}" data-severity="${e.severity}" data-kind="${kind}" data-destination="${escapeHtml(e.destination)}" d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${RIGHT_X},${y2}" fill="none" stroke="${KIND_COLORS[kind]}" stroke-width="1.5" stroke-opacity="0.7"/>`,
    );
  }
  sources.forEach((s, i) => {
    out.push(
      `<g class="source" data-team="${escapeHtml(s.team)}" data-severity="${s.severity}"><rect x="5" y="${y(i)}" width="${LEFT_WIDTH}" height="${NODE_HEIGHT}" rx="4" fill="#eef2f7" stroke="#8a9bb0"/><text x="12" y="${y(i) + 15}">${escapeHtml(`${s.team} · ${s.severity} ${severityName(s.severity)}`)}</text></g>`,
    );
  });
  graph.destinations.forEach((d, i) => {
    out.push(
      `<g class="destination" data-kind="${d.kind}" data-destination="${escapeHtml(d.key)}"><rect x="${RIGHT_X}" y="${y(i)}" width="${RIGHT_WIDTH}" height="${NODE_HEIGHT}" rx="4" fill="#fff" stroke="${KIND_COLORS[d.kind]}" stroke-width="1.5"/><text x="${RIGHT_X + 7}" y="${y(i) + 15}">${escapeHtml(d.text)}</text></g>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}
