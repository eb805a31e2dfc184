/**
 * An Alertmanager routing tree as the definitions' routing: per environment and severity the
 * organisation's channels, and a team's own routes where its alerts go elsewhere. The tree is
 * asked (through amtool) where an alert of each environment, severity and service the definitions
 * know would go, labelled as the exported rules label it; what the routing has no place for
 * (matchers on other labels, timers, time intervals) is reported with its path in the tree.
 */
import { SEVERITIES, type Routes, type Severity } from "../definitions/types";
import type { Leftover } from "./alertmanager-receivers";
import type { Router } from "./amtool-router";

/** The labels the routing decides by: the exported rules carry them on every alert. */
export interface RoutingLabels {
  /** Label naming the environment in the imported tree; default "environment". */
  readonly environment: string;
}

export interface RoutingUniverse {
  /** The environments the tree serves; the routing of the project's other environments stays as it is. */
  readonly environments: readonly string[];
  /** Whether those are all of the project's environments: only then may a team route hold everywhere. */
  readonly everyEnvironment: boolean;
  /** Environments that never page (`pages: false`): the tree's PagerDuty receivers are left out there. */
  readonly nonPaging?: readonly string[];
  /** Severities that are on call: in an environment that pages, a route of one without a pager is reported. */
  readonly onCall?: readonly Severity[];
  readonly services: readonly { readonly id: string; readonly team: string }[];
  /** Value of the tree's `severity` label for each severity; a severity without one is asked as itself ("P1"). */
  readonly severityValues: Readonly<Partial<Record<Severity, string>>>;
}

export interface ImportedTeamRoutes {
  readonly id: string;
  readonly routes?: Partial<Routes>;
  readonly environmentRoutes?: Record<string, Partial<Routes>>;
}

export interface ImportedRouting {
  readonly routing: Record<string, Record<Severity, string[]>>;
  readonly teams: ImportedTeamRoutes[];
  readonly leftovers: Leftover[];
}

const TIMERS = ["group_by", "group_wait", "group_interval", "repeat_interval", "mute_time_intervals", "active_time_intervals"];

/** Label names a route's matchers test, in any of the three matcher forms. */
function matcherLabels(route: Record<string, unknown>): string[] {
  const names = [
    ...Object.keys((route.match as object) ?? {}),
    ...Object.keys((route.match_re as object) ?? {}),
    ...(Array.isArray(route.matchers) ? route.matchers : []).map((m) => /^\s*"?([^"=!~\s]+)/.exec(String(m))?.[1] ?? String(m)),
  ];
  return [...new Set(names)];
}

/** What of the tree the routing cannot hold, node by node. */
export function treeLeftovers(route: unknown, labels: RoutingLabels): Leftover[] {
  const out: Leftover[] = [];
  const known = new Set([labels.environment, "severity", "service", "team"]);
  const visit = (node: unknown, at: string) => {
    if (typeof node !== "object" || node === null) return;
    const r = node as Record<string, unknown>;
    const others = matcherLabels(r).filter((l) => !known.has(l));
    if (others.length)
      out.push({
        where: at,
        message: `matches on ${others.join(", ")}, which the routing has no place for (it routes by environment, severity and the service's team): alerts it catches follow their team's route`,
      });
    const timers = TIMERS.filter((t) => r[t] !== undefined);
    if (timers.length)
      out.push({
        where: at,
        message: `${timers.join(", ")} not imported: the exported configuration groups one outage of a service into one notification and sets its own timers`,
      });
    if (Array.isArray(r.routes)) r.routes.forEach((child, i) => visit(child, `${at}.routes[${i}]`));
  };
  visit(route, "route");
  return out;
}

const key = (channels: readonly string[]) => [...channels].sort().join(",");

/**
 * The organisation's routes are where an alert with no service goes; a team's differ where any of
 * its services' alerts go elsewhere. Services of one team routed apart are reported: the routing is
 * per team.
 */
export function importRouting(
  universe: RoutingUniverse,
  labels: RoutingLabels,
  route: Router,
  channelsOf: (receiver: string) => readonly string[],
  isPagerDuty: (channel: string) => boolean = () => false,
): ImportedRouting {
  const leftovers: Leftover[] = [];
  const severityLabel = (s: Severity) => universe.severityValues[s] ?? s;
  const nonPaging = new Set(universe.nonPaging ?? []);
  const dropped = new Set<string>();
  const channels = (extra: Record<string, string>, env: string, s: Severity) => {
    const all = [...new Set(route({ [labels.environment]: env, severity: severityLabel(s), ...extra }).flatMap(channelsOf))].sort();
    if (!nonPaging.has(env)) return all;
    // An environment that never pages cannot route to PagerDuty: the model refuses it.
    if (all.some(isPagerDuty)) dropped.add(`${env} ${s}`);
    return all.filter((c) => !isPagerDuty(c));
  };
  const routing: Record<string, Record<Severity, string[]>> = {};
  for (const env of universe.environments)
    routing[env] = Object.fromEntries(SEVERITIES.map((s) => [s, channels({}, env, s)])) as Record<Severity, string[]>;

  const teams = [...new Set(universe.services.map((s) => s.team))].sort();
  const imported: ImportedTeamRoutes[] = [];
  for (const team of teams) {
    const services = universe.services.filter((s) => s.team === team).sort((a, b) => a.id.localeCompare(b.id));
    const own: Record<string, Partial<Record<Severity, string[]>>> = {};
    for (const env of universe.environments)
      for (const s of SEVERITIES) {
        const per = services.map((svc) => channels({ service: svc.id, team }, env, s));
        const differing = services.filter((_, i) => key(per[i]) !== key(per[0]));
        if (differing.length)
          leftovers.push({
            where: "route",
            message: `services of team "${team}" go to different receivers (${services[0].id}: ${per[0].join(", ") || "none"}; ${differing.map((d) => d.id).join(", ")}: otherwise) for ${s} in ${env}; the routing is per team, so all of them take ${services[0].id}'s`,
          });
        // A team route reaching no channel (only a pager, in an environment that never pages) is no route: the team follows the organisation's.
        if (key(per[0]) !== key(routing[env][s]) && per[0].length) (own[env] ??= {})[s] = per[0];
      }
    if (Object.keys(own).length === 0) continue;
    // A severity routed alike in every environment is a team route; the rest stay per environment.
    const routes: Partial<Record<Severity, string[]>> = {};
    const environmentRoutes: Record<string, Partial<Record<Severity, string[]>>> = {};
    for (const s of SEVERITIES) {
      const perEnv = universe.environments.map((env) => own[env]?.[s]);
      if (universe.everyEnvironment && perEnv.every((c) => c !== undefined && key(c) === key(perEnv[0]!))) routes[s] = perEnv[0]!;
      else universe.environments.forEach((env, i) => perEnv[i] && ((environmentRoutes[env] ??= {})[s] = perEnv[i]));
    }
    imported.push({
      id: team,
      ...(Object.keys(routes).length ? { routes } : {}),
      ...(Object.keys(environmentRoutes).length ? { environmentRoutes } : {}),
    });
  }
  for (const what of [...dropped].sort())
    leftovers.push({
      where: "route",
      message: `${what.split(" ")[1]} alerts in ${what.split(" ")[0]} reach a PagerDuty receiver in the tree, but environment "${what.split(" ")[0]}" never pages (pages: false): that receiver is left out of its routes`,
    });
  // An on-call severity whose alerts the tree sends to no pager would wake no one: validation refuses it.
  for (const env of universe.environments.filter((e) => !nonPaging.has(e)))
    for (const s of universe.onCall ?? []) {
      const teamsWithout = imported.filter((t) => {
        const own = t.environmentRoutes?.[env]?.[s] ?? t.routes?.[s];
        return own !== undefined && !own.some(isPagerDuty);
      });
      const orgWithout = !routing[env][s].some(isPagerDuty);
      if (orgWithout || teamsWithout.length)
        leftovers.push({
          where: "route",
          message: `${s} is on call, but in ${env} the tree sends ${[orgWithout ? "alerts of services it does not name" : "", ...teamsWithout.map((t) => `team "${t.id}"'s`)].filter(Boolean).join(" and ")} ${s} alerts (severity label "${severityLabel(s)}") to no PagerDuty receiver: map the label value that pages with --severity (e.g. critical=${s}), or add a pagerduty channel to those routes; validation refuses an on-call severity that wakes no one`,
        });
    }
  return { routing, teams: imported, leftovers };
}
