/** Log classes and log-based metrics: the JSON fields a metric matches, in each backend's syntax. */
import type { Definitions } from "../definitions/types";
import { checkId, checkText, checkUnique } from "./checks";
import type { Problems } from "./problems";
import { controlCharacter } from "./text-checks";
import type { LogClassModel, LogMetricModel } from "./types";

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Cloud Logging filter over jsonPayload: `jsonPayload.category="security" AND jsonPayload.success=false`. */

/**
 * What Cloud Logging refuses in a filter before anything else: more than 20,000 characters (its
 * query language's limit) and an unclosed string or parenthesis.
 */
function loggingFilterProblem(filter: string): string | undefined {
  if (filter.length > 20_000) return `is ${filter.length} characters; Cloud Logging filters hold 20,000`;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return `closes a parenthesis it never opened, at character ${i + 1}`;
  }
  if (quoted) return 'leaves a string open: a " has no closing "';
  if (depth > 0) return `leaves ${depth} parenthesis open`;
  return undefined;
}

export function cloudLoggingFilter(match: Readonly<Record<string, string | number | boolean>>): string {
  return Object.entries(match)
    .map(([field, value]) => `jsonPayload.${field}=${typeof value === "string" ? JSON.stringify(value) : String(value)}`)
    .join(" AND ");
}

/** CloudWatch Logs JSON filter pattern: `{ ($.category = "security") && ($.success IS FALSE) }`. */
export function cloudWatchPattern(match: Readonly<Record<string, string | number | boolean>>): string {
  const terms = Object.entries(match).map(([field, value]) =>
    typeof value === "boolean"
      ? `($.${field} IS ${value ? "TRUE" : "FALSE"})`
      : `($.${field} = ${typeof value === "string" ? JSON.stringify(value) : value})`,
  );
  return `{ ${terms.join(" && ")} }`;
}

export function buildLogs(defs: Definitions, problems: Problems): { logClasses: LogClassModel[]; logMetrics: LogMetricModel[] } {
  checkUnique("log class", defs.logClasses, problems);
  checkUnique("log metric", defs.logMetrics, problems);
  const classIds = new Set(defs.logClasses.map((c) => c.id));
  const serviceTeams = new Set(defs.services.map((s) => s.team));
  for (const c of defs.logClasses) {
    const where = `log class "${c.id}"`;
    checkId(where, c.id, problems);
    checkText(where, "description", c.description, problems);
    if (c.team !== undefined && !serviceTeams.has(c.team))
      problems.add(where, "team", `unknown team "${c.team}"; teams with services: ${[...serviceTeams].join(", ")}`);
    checkText(where, "filter", c.filter, problems);
    const filterWrong = typeof c.filter === "string" ? loggingFilterProblem(c.filter) : undefined;
    if (filterWrong) problems.add(where, "filter", filterWrong);
    for (const [check, reason] of Object.entries(c.checkovSkips ?? {})) {
      if (!/^CKV2?_[A-Z]+_\d+$/.test(check)) problems.add(where, `checkovSkips.${check}`, "must be a checkov check id such as CKV_AWS_338");
      if (typeof reason !== "string" || reason.trim().length < 10) problems.add(where, `checkovSkips.${check}`, "needs a written reason");
    }
    for (const flag of ["protected", "retired", "locked"] as const)
      if (c[flag] !== undefined && typeof c[flag] !== "boolean")
        problems.add(where, flag, `must be true or false, got ${JSON.stringify(c[flag])}`);
    if (c.acknowledge !== undefined && (typeof c.acknowledge !== "string" || c.acknowledge.trim().length < 10))
      problems.add(where, "acknowledge", "must say why the change is intended (a sentence)");
    if (!Number.isInteger(c.retentionDays) || c.retentionDays < 1) {
      problems.add(where, "retentionDays", `must be a whole number of days, at least 1, got ${JSON.stringify(c.retentionDays)}`);
    }
  }
  for (const m of defs.logMetrics) {
    const where = `log metric "${m.id}"`;
    checkId(where, m.id, problems);
    if (!classIds.has(m.logClass))
      problems.add(where, "logClass", `unknown log class "${m.logClass}"; defined log classes: ${[...classIds].join(", ")}`);
    else if (defs.logClasses.some((c) => c.id === m.logClass && c.retired === true))
      problems.add(where, "logClass", `log class "${m.logClass}" is retired: its log group is no longer managed`);
    checkText(where, "description", m.description, problems);
    const matchIsObject = typeof m.match === "object" && m.match !== null && !Array.isArray(m.match);
    const fields = matchIsObject ? Object.entries(m.match) : [];
    if (!matchIsObject)
      problems.add(
        where,
        "match",
        `must be an object of JSON field paths and values, such as { category: "security" }, got ${JSON.stringify(m.match)}`,
      );
    else if (fields.length === 0) problems.add(where, "match", "must name at least one JSON field and its value");
    for (const [field, value] of fields) {
      if (!FIELD.test(field)) problems.add(where, `match.${field}`, "must be a JSON field path such as category or context.agent_id");
      if (!["string", "number", "boolean"].includes(typeof value))
        problems.add(where, `match.${field}`, "must be a string, number or boolean");
      // NaN, Infinity and 1e+21 are no number in a Cloud Logging filter or a CloudWatch pattern.
      else if (typeof value === "number" && !/^-?\d+(\.\d+)?$/.test(String(value)))
        problems.add(where, `match.${field}`, `must be a number written in digits, got ${String(value)}`);
      // The value is written into a Cloud Logging filter and a CloudWatch pattern: an invisible character matches no entry anyone wrote.
      else if (typeof value === "string" && controlCharacter(value))
        problems.add(
          where,
          `match.${field}`,
          `holds the invisible or control character ${controlCharacter(value)}; write the value without it`,
        );
    }
    for (const [label, field] of Object.entries(m.labels ?? {})) {
      if (!/^[a-z][a-z0-9_]*$/.test(label))
        problems.add(where, `labels.${label}`, "must be a lowercase label name (letters, digits, underscores)");
      if (typeof field !== "string" || !FIELD.test(field))
        problems.add(where, `labels.${label}`, "must be a JSON field path such as agent_id");
    }
  }
  return {
    logClasses: defs.logClasses.map((c) => ({
      id: c.id,
      description: c.description,
      retentionDays: c.retentionDays,
      filter: c.filter,
      checkovSkips: { ...c.checkovSkips },
      protected: c.protected === true,
      retired: c.retired === true,
      locked: c.locked === true,
      acknowledged: c.acknowledge,
      ...(c.team !== undefined ? { team: c.team } : {}),
    })),
    logMetrics: defs.logMetrics.map((m) => ({
      id: m.id,
      description: m.description,
      logClass: m.logClass,
      cloudLoggingFilter: cloudLoggingFilter(m.match ?? {}),
      cloudWatchPattern: cloudWatchPattern(m.match ?? {}),
      labels: { ...m.labels },
    })),
  };
}
