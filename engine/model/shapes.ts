/**
 * The shape of the definitions, checked before anything reads them: every list holds
 * definitions (objects, not null or a string), each with the fields every later check reads
 * without asking (an id, an SLO's SLI, a service's endpoints, an on-call team's members). TypeScript
 * checks this for typed files, but `as any`, JavaScript and generated definitions get past it, and
 * a null read later is a stack trace instead of a problem naming the definition.
 *
 * An entry of the wrong shape is reported and left out, so the other definitions are still
 * checked and every problem is reported at once.
 */
import { SEVERITIES, type Definitions } from "../definitions/types";
import type { Problem } from "./problems";

/**
 * `objects`: a list of objects; `lists`: an object whose every value is a list (routes by
 * severity); `lists by key`: an object of such objects (routes by environment, then severity);
 * `objects by key`: an object whose every value is a list of objects (escalation levels by severity).
 */
type Kind = "string" | "object" | "list" | "objects" | "lists" | "lists by key" | "objects by key";

interface ListShape {
  /** What problems call an entry: `slo "x"`. */
  readonly noun: string;
  /** What makes one: `slo({...})`. */
  readonly factory: string;
  /**
   * Fields later checks read without asking, by path (`rotation.responders`: checked where
   * `rotation` is an object); optional ones may be absent but not of another kind.
   */
  readonly fields: Readonly<Record<string, { readonly kind: Kind; readonly optional?: true }>>;
}

const id = { kind: "string" } as const;

/** Every list of the definitions, with what its entries must hold. */
const LISTS: Readonly<Record<string, ListShape>> = {
  severities: { noun: "severity", factory: "severity({...})", fields: { id } },
  channels: { noun: "channel", factory: "slack, email, pagerDuty or webhook", fields: { id } },
  environments: { noun: "environment", factory: "environment({...})", fields: { id, overrides: { kind: "object", optional: true } } },
  services: { noun: "service", factory: "service({...})", fields: { id, endpoints: { kind: "objects", optional: true } } },
  teams: {
    noun: "team",
    factory: "team({...})",
    fields: {
      id,
      channels: { kind: "objects", optional: true },
      routes: { kind: "lists", optional: true },
      environmentRoutes: { kind: "lists by key", optional: true },
      response: { kind: "object", optional: true },
      "response.escalation": { kind: "objects by key", optional: true },
      runsOn: { kind: "object", optional: true },
      "runsOn.targets": { kind: "list", optional: true },
      "runsOn.environments": { kind: "list", optional: true },
    },
  },
  slos: { noun: "slo", factory: "slo({...})", fields: { id, sli: { kind: "object" } } },
  alerts: { noun: "alert", factory: "alert({...})", fields: { id } },
  logClasses: { noun: "log class", factory: "logClass({...})", fields: { id } },
  logMetrics: { noun: "log metric", factory: "logMetric({...})", fields: { id } },
  cloudWatchAlarms: {
    noun: "cloudwatch alarm",
    factory: "cloudWatchAlarm({...}) or compositeAlarm({...})",
    fields: { id, allOf: { kind: "list", optional: true }, anyOf: { kind: "list", optional: true } },
  },
  onCall: {
    noun: "on-call team",
    factory: "onCallTeam({...})",
    fields: {
      id,
      members: { kind: "list" },
      owns: { kind: "list", optional: true },
      rotation: { kind: "object", optional: true },
      "rotation.responders": { kind: "list", optional: true },
      escalation: { kind: "objects", optional: true },
    },
  },
  dashboards: { noun: "dashboard", factory: "dashboard({...})", fields: { id } },
};

/** Single definitions that must be objects when given, with their fields as in ListShape. */
const OBJECTS: Readonly<
  Record<string, { readonly what: string; readonly optional?: true; readonly fields?: ListShape["fields"]; readonly kind?: Kind }>
> = {
  routing: { what: "routing({...})", kind: "lists by key" },
  errorBudgetPolicy: { what: "errorBudgetPolicy({...})" },
  alertmanager: { what: "alertmanager({...})", optional: true, fields: { smtp: { kind: "object", optional: true } } },
  openSlo: { what: "openSlo({...})", optional: true },
};

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return typeof value === "string" ? "a string" : `the ${typeof value} ${String(value)}`;
}

const isObject = (value: unknown) => kindOf(value) === "an object";

function fits(value: unknown, kind: Kind): boolean {
  const values = () => Object.values(value as object).filter((v) => v !== undefined);
  if (kind === "objects") return Array.isArray(value) && value.every(isObject);
  if (kind === "lists") return isObject(value) && values().every((v) => Array.isArray(v));
  if (kind === "lists by key") return isObject(value) && values().every((v) => fits(v, "lists"));
  if (kind === "objects by key") return isObject(value) && values().every((v) => fits(v, "objects"));
  return kind === "list" ? Array.isArray(value) : kind === "object" ? isObject(value) : typeof value === "string";
}

const wanted: Record<Kind, string> = {
  string: "a string",
  object: "an object",
  list: "a list",
  objects: "a list of objects",
  lists: "an object of lists (by severity)",
  "lists by key": "an object of routes by severity (each a list of channel ids), by environment",
  "objects by key": "an object of lists of levels ({ notify, respondWithin }), by severity",
};

/** The value at a dotted path; `skip` when a parent on the way is not an object (its own check reports it). */
function at(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split(".")) {
    if (!isObject(value)) return SKIP;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
const SKIP = Symbol("parent missing");

/** The fields of one definition that do not have their shape, as problems. */
function wrongFields(where: string, record: Record<string, unknown>, fields: ListShape["fields"]): Problem[] {
  return Object.entries(fields).flatMap(([path, f]) => {
    const value = at(record, path);
    if (value === SKIP || (f.optional && value === undefined) || fits(value, f.kind)) return [];
    // Nested ones name the entry that is wrong: environmentRoutes.prod.P2, response.escalation.P0.
    if (isObject(value) && f.kind === "lists by key")
      return misshapen(value as Record<string, unknown>).map((m) => ({
        where,
        field: `${path}.${m.key}.${m.severity}`,
        message: m.message,
      }));
    if (isObject(value) && f.kind === "objects by key") {
      const [key, levels] = Object.entries(value as object).find(([, v]) => v !== undefined && !fits(v, "objects"))!;
      return [{ where, field: `${path}.${key}`, message: `must be a list of levels ({ notify, respondWithin }), got ${describe(levels)}` }];
    }
    const message = value === undefined ? `is missing: it must be ${wanted[f.kind]}` : `must be ${wanted[f.kind]}, got ${describe(value)}`;
    return [{ where, field: path, message }];
  });
}

/**
 * The entries of an object of routes by severity, by environment, that are not lists, as
 * (environment, severity) pairs: routing.prod.P2. An environment whose routes are no object
 * leaves every severity without a route, so each is named.
 */
function misshapen(byKey: Record<string, unknown>): { key: string; severity: string; message: string }[] {
  const found: { key: string; severity: string; message: string }[] = [];
  for (const [key, rows] of Object.entries(byKey)) {
    if (rows === undefined) continue;
    if (!isObject(rows)) {
      for (const severity of SEVERITIES)
        found.push({
          key,
          severity,
          message: `has no list of channel ids: the routes of "${key}" must be an object of lists by severity ({ ${SEVERITIES.map((s) => `${s}: [...]`).join(", ")} }), got ${kindOf(rows)}`,
        });
      continue;
    }
    for (const [severity, ids] of Object.entries(rows as object))
      if (ids !== undefined && !Array.isArray(ids))
        found.push({ key, severity, message: `must be a list of channel ids, got ${kindOf(ids)}` });
  }
  return found;
}

/** A value's kind, and for a list the first entry that is not an object. */
function describe(value: unknown): string {
  if (!Array.isArray(value)) return kindOf(value);
  const i = value.findIndex((v) => !isObject(v));
  return i < 0 ? kindOf(value) : `a list whose entry ${i} is ${kindOf(value[i])}`;
}

/**
 * The problems of shape, and the definitions with every misshapen entry left out; `fatal` when
 * a single definition (routing, the error-budget policy) is misshapen, so nothing else can be
 * checked against it.
 */
export function checkShapes(defs: Definitions): { definitions: Definitions; problems: Problem[]; fatal: boolean } {
  const problems: Problem[] = [];
  const record = defs as unknown as Record<string, unknown>;
  const cleaned: Record<string, unknown> = { ...record };
  for (const [key, shape] of Object.entries(LISTS)) {
    const list = record[key];
    if (list === undefined && (key === "teams" || key === "dashboards")) continue;
    if (!Array.isArray(list)) {
      problems.push({
        where: key,
        field: "(list)",
        message: `must be a list of definitions made with ${shape.factory}, got ${kindOf(list)}`,
      });
      cleaned[key] = [];
      continue;
    }
    cleaned[key] = list.filter((entry: unknown, i: number) => {
      if (kindOf(entry) !== "an object") {
        problems.push({
          where: `${key}[${i}]`,
          field: "(entry)",
          message: `must be a definition made with ${shape.factory}, got ${kindOf(entry)}`,
        });
        return false;
      }
      const fields = entry as Record<string, unknown>;
      const where = typeof fields.id === "string" ? `${shape.noun} "${fields.id}"` : `${key}[${i}]`;
      const wrong = wrongFields(where, fields, shape.fields);
      problems.push(...wrong);
      return wrong.length === 0;
    });
  }
  let fatal = false;
  for (const [key, shape] of Object.entries(OBJECTS)) {
    const value = record[key];
    if (shape.optional && value === undefined) continue;
    if (isObject(value) && shape.kind && !fits(value, shape.kind)) {
      // Routing's entries are named as its other problems are: routing "prod", field P2.
      problems.push(
        ...misshapen(value as Record<string, unknown>).map((m) => ({ where: `${key} "${m.key}"`, field: m.severity, message: m.message })),
      );
      fatal = true;
      continue;
    }
    if (isObject(value)) {
      const wrong = wrongFields(key, value as Record<string, unknown>, shape.fields ?? {});
      problems.push(...wrong);
      fatal ||= wrong.length > 0;
      continue;
    }
    problems.push({ where: key, field: "(definition)", message: `must be one definition made with ${shape.what}, got ${kindOf(value)}` });
    fatal = true;
  }
  return { definitions: cleaned as unknown as Definitions, problems, fatal };
}
