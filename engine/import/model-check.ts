/**
 * The model's verdict on imported alerts: they are validated beside the project's own
 * definitions, as synth will, and an alert the model refuses for a reason the importer did not
 * foresee is left out with the model's own words, so the written file always validates.
 */
import type { Definitions, ServiceDefinition, Severity } from "../definitions/types";
import { buildModel, DefinitionError } from "../model";
import type { Problem } from "../model/problems";
import { pages } from "../model/routing";
import type { PrometheusRulesImport } from "./prometheus-rules";

/** The definitions with the imported alerts and the service they create, if any. */
export function withImported(definitions: Definitions, alerts: PrometheusRulesImport["alerts"], service?: ServiceDefinition): Definitions {
  return {
    ...definitions,
    services: [...definitions.services, ...(service ? [service] : [])],
    alerts: [...definitions.alerts, ...alerts.map((a) => a.definition)],
  };
}

/**
 * Whether an alert of each severity pages for `team` (on call, or routed to a pager in an
 * environment the team runs in): such an alert needs a runbook. Throws DefinitionError when the
 * project's own definitions are invalid.
 */
export function pagingFor(definitions: Definitions, team: string, service?: ServiceDefinition): (severity: Severity) => boolean {
  const model = buildModel(withImported(definitions, [], service));
  return (severity) => pages(severity, model.severities, model.environments, team);
}

/**
 * The import with every alert the model refuses moved to the left-out rules. Throws
 * DefinitionError for problems that are not an imported alert's (the project's own).
 */
export function withModelVerdict(
  result: PrometheusRulesImport,
  definitions: Definitions,
  service?: ServiceDefinition,
): PrometheusRulesImport {
  let current = result;
  // Each pass removes the alerts refused; what is left is checked again (a refusal can hide another).
  for (let pass = 0; pass < 5; pass++) {
    try {
      buildModel(withImported(definitions, current.alerts, service));
      return current;
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      const byWhere = new Map(current.alerts.map((a) => [`alert "${a.definition.id}"`, a]));
      // A problem of another definition that an imported alert causes names it (a paging alert of a team no on-call team owns).
      const cause = (p: Problem) => (byWhere.has(p.where) ? p.where : [...byWhere.keys()].find((w) => p.message.includes(w)));
      const foreign = error.problems.filter((p) => cause(p) === undefined);
      if (foreign.length) throw new DefinitionError(foreign);
      const refused = new Map<string, string[]>();
      for (const p of error.problems) {
        const where = cause(p)!;
        const reason = where === p.where ? `${p.field} ${p.message}` : `${p.where}: ${p.field}: ${p.message}`;
        refused.set(where, [...(refused.get(where) ?? []), reason]);
      }
      current = {
        alerts: current.alerts.filter((a) => !refused.has(`alert "${a.definition.id}"`)),
        leftOut: [...current.leftOut, ...[...refused].map(([where, reasons]) => ({ source: byWhere.get(where)!.source, reasons }))],
        // A note on an alert that is not imported after all would describe nothing written.
        notes: current.notes.filter((n) => ![...refused.keys()].some((w) => byWhere.get(w)!.source === n.source)),
      };
    }
  }
  return current;
}
