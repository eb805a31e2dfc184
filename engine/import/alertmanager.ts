/**
 * `npm run import -- alertmanager FILE`: an Alertmanager configuration as definitions. Receivers
 * become channels (secrets never carried over), the routing tree becomes the organisation's
 * routing and teams' own routes, and everything else is reported with its place in the file,
 * never dropped in silence.
 */
import { parseDocument } from "yaml";
import { SEVERITIES, type ChannelDefinition, type Severity } from "../definitions/types";
import { importReceivers, type Leftover } from "./alertmanager-receivers";
import { importRouting, treeLeftovers, type ImportedTeamRoutes, type RoutingUniverse } from "./alertmanager-routes";
import type { Router } from "./amtool-router";

/** Larger than any real configuration; YAML aliases expand at most this often (no alias bombs). */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;

/** Top-level sections and what becomes of them. */
const TOP_LEVEL: Record<string, string> = {
  inhibit_rules:
    "not imported: the exported configuration inhibits only an SLO's less severe burn-rate alerts while a more severe one fires; no other alert is muted",
  templates: "not imported: the targets write their own notification text",
  time_intervals: "not imported: PagerDuty schedules and a team's support hours say when people are reached",
  mute_time_intervals: "not imported: PagerDuty schedules and a team's support hours say when people are reached",
};

export interface AlertmanagerImportInput {
  readonly file: string;
  readonly text: string;
  /** The project's channels: an integration that is one of them is reused, not written again. */
  readonly channels: readonly ChannelDefinition[];
  readonly universe: Omit<RoutingUniverse, "severityValues">;
  /** Values of the tree's severity label, as severities, e.g. { critical: "P1" }; severity ids and names match themselves. */
  readonly severityTable: Readonly<Record<string, Severity>>;
  readonly environmentLabel?: string;
  readonly router: (config: { route?: unknown; receivers?: unknown }) => { route: Router; close: () => void };
}

export interface ImportedAlertmanager {
  readonly channels: ChannelDefinition[];
  readonly routing: Record<string, Record<Severity, string[]>>;
  readonly teams: ImportedTeamRoutes[];
  readonly smtp?: { readonly smarthost: string; readonly from: string; readonly authUsername?: string };
  readonly leftovers: Leftover[];
}

/** Equality and simple alternation values of the tree's `severity` matchers. */
function severityValues(route: unknown): string[] {
  const out = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const r = node as Record<string, unknown>;
    const m = r.match as Record<string, unknown> | undefined;
    if (typeof m?.severity === "string") out.add(m.severity);
    const re = r.match_re as Record<string, unknown> | undefined;
    if (typeof re?.severity === "string") re.severity.split("|").forEach((v) => /^[\w-]+$/.test(v) && out.add(v));
    for (const matcher of Array.isArray(r.matchers) ? r.matchers : []) {
      const parsed = /^\s*severity\s*(=~|=)\s*"?([^"]*)"?\s*$/.exec(String(matcher));
      if (parsed) parsed[2].split(parsed[1] === "=~" ? "|" : /$^/).forEach((v) => /^[\w-]+$/.test(v) && out.add(v));
    }
    if (Array.isArray(r.routes)) r.routes.forEach(visit);
  };
  visit(route);
  return [...out].sort();
}

export function importAlertmanager(input: AlertmanagerImportInput): ImportedAlertmanager {
  const empty = (leftover: Leftover): ImportedAlertmanager => ({ channels: [], routing: {}, teams: [], leftovers: [leftover] });
  const bytes = Buffer.byteLength(input.text);
  if (bytes > MAX_FILE_BYTES) return empty({ where: input.file, message: `is ${bytes} bytes; read up to ${MAX_FILE_BYTES}` });
  const doc = parseDocument(input.text);
  if (doc.errors.length) return empty({ where: input.file, message: `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}` });
  let config: Record<string, unknown>;
  try {
    config = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return empty({
      where: input.file,
      message: `cannot be read: ${(error as Error).message} (at most ${MAX_ALIAS_COUNT} alias expansions)`,
    });
  }
  if (typeof config !== "object" || config === null || typeof config.route !== "object")
    return empty({ where: input.file, message: "is no Alertmanager configuration: it has no `route`" });

  const leftovers: Leftover[] = [];
  for (const section of Object.keys(config))
    if (section !== "route" && section !== "receivers" && section !== "global")
      leftovers.push({ where: section, message: TOP_LEVEL[section] ?? "has no place in the definitions: not imported" });
  const global = (config.global ?? {}) as Record<string, unknown>;
  const smtp =
    typeof global.smtp_smarthost === "string" && typeof global.smtp_from === "string"
      ? {
          smarthost: global.smtp_smarthost,
          from: global.smtp_from,
          ...(typeof global.smtp_auth_username === "string" ? { authUsername: global.smtp_auth_username } : {}),
        }
      : undefined;
  const carried = ["smtp_smarthost", "smtp_from", "smtp_auth_username"];
  const globalLeft = Object.keys(global).filter((k) => !(smtp && carried.includes(k)));
  if (smtp?.authUsername !== undefined)
    leftovers.push({
      where: "global",
      message:
        "the SMTP password is a secret and is not carried over: the exported configuration reads it from the file smtp-password of its secrets folder",
    });
  if (globalLeft.length)
    leftovers.push({
      where: "global",
      message: `${globalLeft.join(", ")} not imported${globalLeft.some((k) => /password|secret|key|url/.test(k)) ? " (secrets are never carried over)" : ""}`,
    });

  // Severity label values: the table's, else a severity's own id or name (case aside).
  const severityTable: Record<string, Severity> = { ...input.severityTable };
  const values: Partial<Record<Severity, string>> = {};
  for (const value of severityValues(config.route)) {
    const severity = severityTable[value] ?? SEVERITIES.find((s) => s.toLowerCase() === value.toLowerCase());
    if (!severity) {
      leftovers.push({
        where: "route",
        message: `severity value "${value}" is no severity: pass --severity ${value}=P2 (or another) to import the routes that match it`,
      });
      continue;
    }
    if (values[severity] && values[severity] !== value)
      leftovers.push({
        where: "route",
        message: `severity values "${values[severity]}" and "${value}" are both ${severity}; the routes of "${values[severity]}" are imported: to keep them apart, map one to another severity with --severity (e.g. ${value}=${SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)]})`,
      });
    else values[severity] = value;
  }

  const receivers = importReceivers(config.receivers, input.channels);
  leftovers.push(...receivers.leftovers);
  const labels = { environment: input.environmentLabel ?? "environment" };
  leftovers.push(...treeLeftovers(config.route, labels));
  let router: ReturnType<AlertmanagerImportInput["router"]>;
  try {
    router = input.router({ route: config.route, receivers: config.receivers });
  } catch (error) {
    return { channels: [], routing: {}, teams: [], leftovers: [...leftovers, { where: "route", message: (error as Error).message }] };
  }
  try {
    const pagerDuty = new Set([...input.channels, ...receivers.channels].filter((c) => c.kind === "pagerduty").map((c) => c.id));
    const routed = importRouting(
      { ...input.universe, severityValues: values },
      labels,
      router.route,
      (r) => receivers.byReceiver.get(r) ?? [],
      (c) => pagerDuty.has(c),
    );
    leftovers.push(...routed.leftovers);
    // Channels no route reaches stay out: they would be definitions nothing uses.
    const used = new Set([
      ...Object.values(routed.routing).flatMap((routes) => Object.values(routes).flat()),
      ...routed.teams.flatMap((t) => [
        ...Object.values(t.routes ?? {}).flat(),
        ...Object.values(t.environmentRoutes ?? {}).flatMap((r) => Object.values(r).flat()),
      ]),
    ]);
    for (const c of receivers.channels.filter((c) => !used.has(c.id)))
      leftovers.push({ where: "receivers", message: `channel "${c.id}" is reached by no environment, severity and service: not written` });
    return {
      channels: receivers.channels.filter((c) => used.has(c.id)),
      routing: routed.routing,
      teams: routed.teams,
      ...(smtp ? { smtp } : {}),
      leftovers,
    };
  } finally {
    router.close();
  }
}
