/** Service teams' response expectations: how fast each severity is answered, and working hours. */
import { SEVERITIES, type Definitions, type Severity, type TeamDefinition, type TeamResponseDefinition } from "../definitions/types";
import { checkText, isSeverity, validTimeZone, WEEKDAYS } from "./checks";
import { buildEscalation } from "./oncall";
import { pagesIn, runsIn } from "./routing";
import { parseDuration, responseTimeProblem } from "./duration";
import type { Problems } from "./problems";
import type { EnvironmentModel, SeverityModel, TeamModel } from "./types";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function buildTeams(
  defs: Definitions,
  severities: readonly SeverityModel[],
  environments: readonly EnvironmentModel[],
  problems: Problems,
): TeamModel[] {
  const defined = new Map((defs.teams ?? []).map((t) => [t.id, t]));
  const ids = [...new Set([...defs.services.map((s) => s.team), ...defined.keys()])];
  return ids.map((id) => {
    const t = defined.get(id);
    const where = `team "${id}"`;
    // The team's name heads its catalog section and its PagerDuty services' descriptions.
    if (t?.name !== undefined) checkText(where, "name", t.name, problems);
    const respondWithinSeconds = {} as Record<Severity, number>;
    for (const key of Object.keys(t?.response?.respondWithin ?? {}))
      if (!(SEVERITIES as readonly string[]).includes(key))
        problems.add(where, `response.respondWithin.${key}`, `is no severity; severities: ${SEVERITIES.join(", ")}`);
    for (const s of SEVERITIES) {
      const own = t?.response?.respondWithin?.[s];
      const seconds = own === undefined ? undefined : parseDuration(own);
      const ownWrong = own === undefined ? undefined : responseTimeProblem(own, '"15m"');
      if (ownWrong) problems.add(where, `response.respondWithin.${s}`, ownWrong);
      respondWithinSeconds[s] = seconds ?? severities.find((x) => x.id === s)?.responseTimeSeconds ?? 0;
    }
    const hours = t?.response?.supportHours;
    if (hours) {
      if (!validTimeZone(hours.timeZone))
        problems.add(
          where,
          "response.supportHours.timeZone",
          `must be an IANA time zone such as "Europe/Berlin", got ${JSON.stringify(hours.timeZone)}`,
        );
      if (!Array.isArray(hours.days) || hours.days.length === 0 || hours.days.some((d) => !WEEKDAYS.includes(d)))
        problems.add(where, "response.supportHours.days", `must name weekdays (${WEEKDAYS.join(", ")}), got ${JSON.stringify(hours.days)}`);
      for (const field of ["start", "end"] as const) {
        if (!TIME.test(hours[field]))
          problems.add(where, `response.supportHours.${field}`, `must be a time such as "09:00", got ${JSON.stringify(hours[field])}`);
      }
      if (TIME.test(hours.start) && TIME.test(hours.end) && hours.end <= hours.start)
        problems.add(where, "response.supportHours.end", `must be after start ${hours.start}, got ${hours.end}`);
    }
    return {
      id,
      name: t?.name ?? id,
      respondWithinSeconds,
      pagerDuty: ownPagerDuty(defs, id, t?.response, environments, problems),
      ...(hours
        ? {
            supportHours: {
              timeZone: hours.timeZone,
              days: [...new Set(hours.days)].map((d) => WEEKDAYS.indexOf(d) + 1).sort(),
              start: `${hours.start}:00`,
              end: `${hours.end}:00`,
            },
          }
        : {}),
    };
  });
}

/** Severities a team answers its own way in PagerDuty: escalation levels, urgency. */
function ownPagerDuty(
  defs: Definitions,
  id: string,
  response: TeamResponseDefinition | undefined,
  environments: readonly EnvironmentModel[],
  problems: Problems,
): TeamModel["pagerDuty"] {
  const where = `team "${id}"`;
  const escalation = response?.escalation ?? {};
  const urgency = response?.urgency ?? {};
  for (const [field, given] of [
    ["escalation", escalation],
    ["urgency", urgency],
  ] as const) {
    for (const key of Object.keys(given))
      if (!isSeverity(key))
        problems.add(where, `response.${field}.${key}`, `must be a severity (${SEVERITIES.join(", ")}), got ${JSON.stringify(key)}`);
  }
  const owner = (defs.onCall ?? []).find((o) => (o.owns ?? []).includes(id));
  const members = new Set(owner?.members ?? []);
  const known = (field: string, email: string) => {
    if (!members.has(email))
      problems.add(where, field, `unknown responder "${email}"; add them to the members of on-call team "${owner?.id}" first`);
  };
  const own: { [S in Severity]?: TeamModel["pagerDuty"][S] } = {};
  for (const s of SEVERITIES) {
    const levels = escalation[s];
    const wanted = urgency[s];
    if (levels === undefined && wanted === undefined) continue;
    const field = levels !== undefined ? `response.escalation.${s}` : `response.urgency.${s}`;
    if (!environments.some((e) => runsIn(e, id) && pagesIn(e, id, s)))
      problems.add(where, field, `${s} reaches PagerDuty in no environment for this team (see its routes), so nothing would use it`);
    if (wanted !== undefined && wanted !== "high" && wanted !== "low")
      problems.add(where, `response.urgency.${s}`, `must be "high" or "low", got ${JSON.stringify(wanted)}`);
    if (levels !== undefined && !owner)
      problems.add(
        where,
        `response.escalation.${s}`,
        `no on-call team owns team "${id}": add it to an on-call team's owns, whose rotation and members the levels notify`,
      );
    own[s] = {
      ...(levels !== undefined && owner ? { escalation: buildEscalation(where, `response.escalation.${s}`, levels, known, problems) } : {}),
      ...(wanted === "high" || wanted === "low" ? { urgency: wanted } : {}),
    };
  }
  return own;
}

/** The severities a team definition answers its own way: each gets its own PagerDuty service per monitored service. */
export function ownPagerDutySeverities(team: TeamDefinition | undefined): Severity[] {
  const own = { ...team?.response?.escalation, ...team?.response?.urgency };
  return SEVERITIES.filter((s) => own[s] !== undefined);
}
