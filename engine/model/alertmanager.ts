/** How the exported Alertmanager configuration is written: its SMTP relay, its fallback, its release. */
import { ALERTMANAGER_VERSIONS, type Definitions } from "../definitions/types";
import { emailProblem } from "./checks";
import type { Problems } from "./problems";
import type { AlertmanagerModel, ChannelModel, EnvironmentModel } from "./types";

const WHERE = "alertmanager";

export function buildAlertmanager(
  defs: Definitions,
  channels: readonly ChannelModel[],
  environments: readonly EnvironmentModel[],
  problems: Problems,
): AlertmanagerModel {
  const a = defs.alertmanager ?? {};
  const version = a.version ?? "0.26";
  if (!(ALERTMANAGER_VERSIONS as readonly string[]).includes(version))
    problems.add(WHERE, "version", `must be one of ${ALERTMANAGER_VERSIONS.join(", ")}, got ${JSON.stringify(a.version)}`);
  if (a.smtp !== undefined) {
    const port = typeof a.smtp.smarthost === "string" ? /^[A-Za-z0-9.-]+:(\d{1,5})$/.exec(a.smtp.smarthost)?.[1] : undefined;
    if (port === undefined || Number(port) < 1 || Number(port) > 65535)
      problems.add(
        WHERE,
        "smtp.smarthost",
        `must be host:port (port 1-65535) such as "smtp.example.com:587", got ${JSON.stringify(a.smtp.smarthost)}`,
      );
    if (emailProblem(a.smtp.from)) problems.add(WHERE, "smtp.from", emailProblem(a.smtp.from)!);
    const user = a.smtp.authUsername;
    if (
      user !== undefined &&
      (typeof user !== "string" || user.trim() === "" || /\s/.test(user) || [...user].some((c) => c.charCodeAt(0) < 32))
    )
      problems.add(WHERE, "smtp.authUsername", `must be the relay's user name, without spaces, got ${JSON.stringify(user)}`);
  }
  const byId = new Map(channels.map((c) => [c.id, c]));
  const teamChannels = new Map((defs.teams ?? []).flatMap((t) => (t.channels ?? []).map((c) => [c.id, t.id] as const)));
  let fallback: readonly ChannelModel[] = environments[0]?.routes.P2.filter((c) => c.kind !== "pagerduty") ?? [];
  if (a.fallback !== undefined) {
    if (!Array.isArray(a.fallback) || a.fallback.length === 0)
      problems.add(WHERE, "fallback", `must name at least one of the organisation's channels, got ${JSON.stringify(a.fallback)}`);
    const named: ChannelModel[] = [];
    for (const [i, id] of (Array.isArray(a.fallback) ? a.fallback : []).entries()) {
      const channel = byId.get(id);
      // Listed twice, the fallback receiver would hold the channel twice and send each alert twice.
      if (a.fallback.indexOf(id) !== i) problems.add(WHERE, "fallback", `lists channel "${id}" twice; list each channel once`);
      else if (!channel) problems.add(WHERE, "fallback", `unknown channel "${id}"; defined channels: ${[...byId.keys()].join(", ")}`);
      else if (teamChannels.has(id))
        problems.add(
          WHERE,
          "fallback",
          `channel "${id}" is team "${teamChannels.get(id)}"'s own: the fallback takes alerts of any team, so it must be the organisation's`,
        );
      else if (channel.kind === "pagerduty")
        problems.add(
          WHERE,
          "fallback",
          `channel "${id}" pages, but an alert of no known environment or service has no PagerDuty service to page`,
        );
      else named.push(channel);
    }
    fallback = named;
  }
  return { ...(a.smtp ? { smtp: { ...a.smtp } } : {}), fallback, version };
}
