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
    const composites = new Set((defs.cloudWatchAlarms ?? []).filter((a) => a.kind === "cloudwatch-composite").map((a) => a.id));
    // What each kind may change: a key outside it (a typo) would be ignored and the shared value kept.
    const settable: Record<keyof typeof known, readonly string[]> = {
      slos: ["objective", "alerting"],
      alerts: ["severity", "for", "enabled"],
      cloudWatchAlarms: ["threshold", "severity", "enabled"],
    };
    for (const kind of Object.keys(env.overrides ?? {}))
      if (!(kind in known))
        problems.add(where, `overrides.${kind}`, `is no kind of override; overrides change ${Object.keys(known).join(", ")}`);
    for (const kind of Object.keys(known) as (keyof typeof known)[]) {
      for (const [id, change] of Object.entries(env.overrides?.[kind] ?? {})) {
        const at = `overrides.${kind}.${id}`;
        if (!known[kind].has(id)) problems.add(where, at, `no definition has this id; overrides change existing definitions`);
        if (typeof change !== "object" || change === null || Array.isArray(change)) {
          problems.add(
            where,
            at,
            `must be an object of the values to change (${settable[kind].join(", ")}), got ${JSON.stringify(change)}`,
          );
          continue;
        }
        for (const key of Object.keys(change))
          if (!settable[kind].includes(key))
            problems.add(where, `${at}.${key}`, `cannot be overridden; an override changes ${settable[kind].join(", ")}`);
          // A composite alarm has no threshold of its own: the override would be dropped without a word.
          else if (key === "threshold" && kind === "cloudWatchAlarms" && composites.has(id))
            problems.add(
              where,
              `${at}.threshold`,
              "is a composite alarm's, which has no threshold (it fires when all its alarms do); override the threshold of the metric alarms it combines",
            );
        const enabled = (change as { enabled?: unknown }).enabled;
        if (enabled !== undefined && typeof enabled !== "boolean")
          problems.add(where, `${at}.enabled`, `must be true or false, got ${JSON.stringify(enabled)}`);
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
