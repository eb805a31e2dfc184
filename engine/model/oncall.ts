/** On-call teams: rotation, escalation timings and which services they answer for. */
import type { Definitions, EscalationLevelDefinition, Severity } from "../definitions/types";
import { checkId, checkText, checkUnique, emailProblem, validTimeZone, WEEKDAYS } from "./checks";
import { formatDuration, parseDuration } from "./duration";
import type { Problems } from "./problems";
import type { EnvironmentModel, EscalationLevelModel, OnCallTeamModel, ServiceModel } from "./types";
import { pagesIn } from "./routing";

/** A Monday long past: rotations are anchored on it so synth output never depends on today. */
const ANCHOR_MONDAY = { year: 2025, month: 1, day: 6 };

/** One formatter per zone: building one costs more than the rest of an on-call team's checks. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of a time zone at a local date and time, e.g. "-03:00" for America/Sao_Paulo. */
function utcOffset(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): string {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })));
  const name = format.formatToParts(new Date(asUtc)).find((p) => p.type === "timeZoneName")!.value;
  const match = /GMT([+-]\d{2}:\d{2})?/.exec(name);
  return match?.[1] ?? "+00:00";
}

export function buildOnCall(defs: Definitions, services: readonly ServiceModel[], problems: Problems): OnCallTeamModel[] {
  const teams = defs.onCall ?? [];
  checkUnique("on-call team", teams, problems);
  const serviceTeams = new Set(services.map((s) => s.team));
  const owners = new Map<string, string>();
  return teams.map((t) => {
    const where = `on-call team "${t.id}"`;
    checkId(where, t.id, problems);
    checkText(where, "name", t.name, problems);
    for (const team of t.owns ?? []) {
      if (!serviceTeams.has(team))
        problems.add(where, "owns", `unknown service team "${team}"; service teams: ${[...serviceTeams].join(", ")}`);
      else if (owners.has(team))
        problems.add(where, "owns", `service team "${team}" is already owned by on-call team "${owners.get(team)}"`);
      else owners.set(team, t.id);
    }
    const members = new Set(t.members ?? []);
    for (const m of members) if (emailProblem(m)) problems.add(where, "members", `${JSON.stringify(m)}: ${emailProblem(m)}`);
    const known = (field: string, email: string) => {
      if (!members.has(email)) problems.add(where, field, `unknown responder "${email}"; add them to members first`);
    };

    const responders = t.rotation?.responders ?? [];
    if (responders.length === 0)
      problems.add(where, "rotation.responders", "must name at least one responder: an empty rotation pages nobody");
    responders.forEach((r) => known("rotation.responders", r));
    const turnSeconds = parseDuration(t.rotation?.turn ?? "1w");
    if (turnSeconds === undefined || turnSeconds < 3600)
      problems.add(where, "rotation.turn", `must be a duration of at least 1h such as "1w", got ${JSON.stringify(t.rotation?.turn)}`);
    // null is no "left out": the rotation would silently hand off on Monday at 09:00.
    if (t.rotation?.handoff === null)
      problems.add(
        where,
        "rotation.handoff",
        'must be { day, time } such as { day: "monday", time: "09:00" }, or be left out for that; got null',
      );
    const handoff = t.rotation?.handoff ?? { day: "monday", time: "09:00" };
    const dayIndex = WEEKDAYS.indexOf(handoff.day);
    if (dayIndex < 0)
      problems.add(where, "rotation.handoff.day", `must be a weekday name such as "monday", got ${JSON.stringify(handoff.day)}`);
    const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(handoff.time);
    if (!time) problems.add(where, "rotation.handoff.time", `must be HH:MM on a 24-hour clock, got ${JSON.stringify(handoff.time)}`);
    const timeZone = t.rotation?.timeZone ?? "America/Sao_Paulo";
    if (!validTimeZone(timeZone))
      problems.add(where, "rotation.timeZone", `must be an IANA time zone such as "America/Sao_Paulo", got ${JSON.stringify(timeZone)}`);

    const escalation = buildEscalation(where, "escalation", t.escalation, known, problems);
    const repeat = t.repeat ?? 2;
    if (!Number.isInteger(repeat) || repeat < 0 || repeat > 9)
      problems.add(where, "repeat", `must be a whole number from 0 to 9, got ${JSON.stringify(t.repeat)}`);

    const [hh, mm] = time ? [Number(time[1]), Number(time[2])] : [9, 0];
    const day = ANCHOR_MONDAY.day + Math.max(dayIndex, 0);
    const local = `${ANCHOR_MONDAY.year}-${String(ANCHOR_MONDAY.month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${time ? `${time[1]}:${time[2]}` : "09:00"}:00`;
    const start = validTimeZone(timeZone) ? `${local}${utcOffset(timeZone, ANCHOR_MONDAY.year, ANCHOR_MONDAY.month, day, hh, mm)}` : local;
    const ownedTeams = (t.owns ?? []).filter((team) => serviceTeams.has(team));
    return {
      id: t.id,
      name: t.name,
      members: [...members],
      services: services.filter((s) => ownedTeams.includes(s.team)).map((s) => s.id),
      rotation: {
        responders: [...responders],
        turnSeconds: turnSeconds ?? 604800,
        handoffDay: handoff.day,
        handoffTime: handoff.time,
        timeZone,
        start,
      },
      escalation,
      repeat,
    };
  });
}

/**
 * The levels of an escalation policy, checked: each notifies "rotation" or a known member
 * (`known` reports an unknown one) and answers, in whole minutes, after the level before it.
 */
export function buildEscalation(
  where: string,
  field: string,
  levels: readonly EscalationLevelDefinition[] | undefined,
  known: (field: string, email: string) => void,
  problems: Problems,
): EscalationLevelModel[] {
  if (!Array.isArray(levels) || levels.length === 0) {
    problems.add(where, field, "must have at least one level");
    return [];
  }
  let previous = 0;
  return levels.map((level, i) => {
    const at = `${field}[${i}]`;
    if (level.notify !== "rotation") known(`${at}.notify`, level.notify);
    const within = parseDuration(level.respondWithin);
    if (within === undefined || within % 60 !== 0 || within <= 0) {
      problems.add(where, `${at}.respondWithin`, `must be whole minutes such as "15m", got ${JSON.stringify(level.respondWithin)}`);
    } else if (within <= previous) {
      problems.add(
        where,
        `${at}.respondWithin`,
        `must be later than the previous level's ${formatDuration(previous)}: each level answers after the one before, got ${formatDuration(within)}`,
      );
    }
    const delayMinutes = within !== undefined ? (within - previous) / 60 : 0;
    if (within !== undefined && within > previous) previous = within;
    return { notify: level.notify, respondWithinSeconds: within ?? 0, escalationDelayMinutes: delayMinutes };
  });
}

/**
 * Every service that pages through PagerDuty must have an on-call team, or its pages go
 * nowhere. `paging` lists, per service id, what pages: e.g. `alert "api-down" (P0)`.
 */
export function checkPagingOwnership(
  environments: readonly EnvironmentModel[],
  teams: readonly OnCallTeamModel[],
  services: readonly ServiceModel[],
  pagers: readonly { readonly what: string; readonly service: string; readonly severity: Severity }[],
  problems: Problems,
): void {
  const owned = new Set(teams.flatMap((t) => t.services));
  const reported = new Set<string>();
  for (const p of pagers) {
    if (owned.has(p.service) || reported.has(p.service)) continue;
    const team = services.find((s) => s.id === p.service)?.team ?? "";
    const env = environments.find((e) => pagesIn(e, team, p.severity));
    if (!env) continue;
    problems.add(
      `service "${p.service}"`,
      "team",
      `${p.what} is ${p.severity}, which pages through PagerDuty in "${env.id}", but no on-call team owns service team "${team}"; add it to an on-call team's owns`,
    );
    reported.add(p.service);
  }
}
