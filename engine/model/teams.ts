/** Service teams' response expectations: how fast each severity is answered, and working hours. */
import { SEVERITIES, type Definitions, type Severity } from "../definitions/types";
import { validTimeZone, WEEKDAYS } from "./checks";
import { parseDuration } from "./duration";
import type { Problems } from "./problems";
import type { SeverityModel, TeamModel } from "./types";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function buildTeams(defs: Definitions, severities: readonly SeverityModel[], problems: Problems): TeamModel[] {
  const defined = new Map((defs.teams ?? []).map((t) => [t.id, t]));
  const ids = [...new Set([...defs.services.map((s) => s.team), ...defined.keys()])];
  return ids.map((id) => {
    const t = defined.get(id);
    const where = `team "${id}"`;
    const respondWithinSeconds = {} as Record<Severity, number>;
    for (const s of SEVERITIES) {
      const own = t?.response?.respondWithin?.[s];
      const seconds = own === undefined ? undefined : parseDuration(own);
      if (own !== undefined && seconds === undefined)
        problems.add(where, `response.respondWithin.${s}`, `must be a duration such as "15m", got ${JSON.stringify(own)}`);
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
