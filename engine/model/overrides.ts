/** Environment overrides: shared definitions with one environment's values merged in by id. */
import type { Definitions, EnvironmentDefinition } from "../definitions/types";
import type { Problems } from "./problems";

/** Reports overrides naming ids that do not exist. */
export function checkOverrides(defs: Definitions, problems: Problems): void {
  for (const env of defs.environments) {
    const where = `environment "${env.id}"`;
    const known = {
      slos: new Set(defs.slos.map((s) => s.id)),
      alerts: new Set(defs.alerts.map((a) => a.id)),
      cloudWatchAlarms: new Set((defs.cloudWatchAlarms ?? []).map((a) => a.id)),
    };
    for (const kind of Object.keys(known) as (keyof typeof known)[]) {
      for (const id of Object.keys(env.overrides?.[kind] ?? {})) {
        if (!known[kind].has(id))
          problems.add(where, `overrides.${kind}.${id}`, `no definition has this id; overrides change existing definitions`);
      }
    }
  }
}

/** The definitions as `env` sees them: its overrides applied, disabled alerts removed. */
export function definitionsFor(defs: Definitions, env: EnvironmentDefinition): Definitions {
  const o = env.overrides;
  if (!o) return defs;
  return {
    ...defs,
    environments: defs.environments.map((e) => ({ ...e, overrides: undefined })),
    slos: defs.slos.map((s) => (o.slos?.[s.id] ? { ...s, ...o.slos[s.id] } : s)),
    alerts: defs.alerts.flatMap((a) => {
      const change = o.alerts?.[a.id];
      if (!change) return [a];
      const { enabled, ...values } = change;
      return enabled === false ? [] : [{ ...a, ...values }];
    }),
    cloudWatchAlarms: (defs.cloudWatchAlarms ?? []).flatMap((a) => {
      const change = o.cloudWatchAlarms?.[a.id];
      if (!change) return [a];
      const { enabled, ...values } = change;
      if (enabled === false) return [];
      return [a.kind === "cloudwatch-alarm" ? { ...a, ...values } : { ...a, severity: values.severity ?? a.severity }];
    }),
  };
}
