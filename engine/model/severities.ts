/** Severities P0-P3: what each means and how fast someone must respond. */
import { SEVERITIES, type Definitions } from "../definitions/types";
import { checkText, checkUnique } from "./checks";
import { parseDuration, responseTimeProblem } from "./duration";
import type { Problems } from "./problems";
import type { SeverityModel } from "./types";

export function buildSeverities(defs: Definitions, problems: Problems): SeverityModel[] {
  const byId = new Map(defs.severities.map((s) => [s.id, s]));
  for (const s of defs.severities) {
    if (!SEVERITIES.includes(s.id)) problems.add(`severity "${s.id}"`, "id", `must be one of ${SEVERITIES.join(", ")}`);
  }
  checkUnique("severity", defs.severities, problems);
  const models: SeverityModel[] = [];
  for (const id of SEVERITIES) {
    const s = byId.get(id);
    const where = `severity "${id}"`;
    if (!s) {
      problems.add(where, "id", "is not defined; every severity P0-P3 needs a meaning");
      continue;
    }
    checkText(where, "name", s.name, problems);
    checkText(where, "description", s.description, problems);
    const responseTimeSeconds = parseDuration(s.responseTime);
    const responseWrong = responseTimeProblem(s.responseTime, '"30m"');
    if (responseWrong) problems.add(where, "responseTime", responseWrong);
    // A string such as "yes" or "false" would read as true: whether a severity pages is never guessed.
    if (typeof s.onCall !== "boolean") problems.add(where, "onCall", `must be true or false, got ${JSON.stringify(s.onCall)}`);
    models.push({ id, name: s.name, description: s.description, responseTimeSeconds: responseTimeSeconds ?? 0, onCall: s.onCall });
  }
  return models;
}
