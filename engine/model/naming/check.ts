/**
 * After every name is made: two definitions that make one name in one place (after the target's
 * normalisation) would overwrite each other's resource, or have two stacks manage it from two
 * states. Each collision is one problem naming both definitions and fields. The post-synth nets
 * (stacks/addresses.ts, stacks/cloud-names.ts) stay under this check.
 */
import type { Problem, Problems } from "../problems";
import type { Model } from "../types";
import { awsNamesMade } from "./aws-made";
import { gcpNamesMade } from "./gcp-made";
import { grafanaNamesMade } from "./grafana-made";
import { alertIdsMade } from "./ids-made";
import type { Made, Origin } from "./made";
import { pagerDutyNamesMade } from "./pagerduty-made";
import { stackNamesMade } from "./stacks-made";

type Named = Pick<
  Model,
  "environments" | "services" | "slos" | "alerts" | "cloudWatchAlarms" | "logClasses" | "logMetrics" | "onCall" | "teams" | "severities"
>;

/** Every name the targets make from the model, in the order collisions are blamed: generated names before the ids users chose. */
export function namesMade(model: Named): Made[] {
  return [
    ...stackNamesMade(model),
    ...model.environments.flatMap((env) => [...awsNamesMade(model, env), ...gcpNamesMade(model, env), ...grafanaNamesMade(model, env)]),
    ...pagerDutyNamesMade(model),
    ...alertIdsMade(model),
  ];
}

const same = (a: Origin, b: Origin) => a.where === b.where && a.field === b.field && a.value === b.value;
const shown = (o: Origin) => `${o.where} (${o.field}${o.value === undefined ? "" : ` ${o.value}`})`;
const describe = (m: Made) => m.text ?? `the ${m.what} ${m.name} in ${m.place}`;

/** The two sides of a collision: the definitions, or, for one definition in two environments, where those environments put it. */
function sides(first: Made, later: Made): [Origin, Origin] | undefined {
  if (!same(first.origin, later.origin)) return [later.origin, first.origin];
  if (first.environment === later.environment || !first.placedBy || !later.placedBy || same(first.placedBy, later.placedBy))
    return undefined;
  return [later.placedBy, first.placedBy];
}

/** One problem per pair of definitions that make one name, listing the names they share. */
export function nameCollisions(made: readonly Made[]): Problem[] {
  const byName = new Map<string, Made[]>();
  for (const m of made) {
    const key = `${m.place}\u0000${m.what}\u0000${m.name}`;
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const pairs = new Map<string, { reported: Origin; other: Origin; names: string[]; placed: boolean; shared: boolean }>();
  for (const group of byName.values())
    group.forEach((later, i) => {
      const first = group.slice(0, i).find((f) => sides(f, later));
      if (!first) return;
      let [reported, other] = sides(first, later)!;
      // One value in two definitions (a person in two on-call teams): one problem per pair of definitions.
      const shared = reported.value !== undefined && reported.value === other.value;
      if (shared)
        [reported, other] = [
          { ...reported, value: undefined },
          { ...other, value: undefined },
        ];
      const key = [reported, other].map(shown).sort().join("\u0001");
      const placed = same(first.origin, later.origin) || (later.placedBy !== undefined && same(later.origin, later.placedBy));
      const pair = pairs.get(key) ?? { reported, other, names: [], placed, shared };
      if (!pair.names.includes(describe(later))) pair.names.push(describe(later));
      pairs.set(key, pair);
    });
  return [...pairs.values()].map(({ reported, other, names, placed, shared }) => ({
    where: reported.where,
    field: reported.field,
    message: placed
      ? `shares ${listed(names)} with ${shown(other)}: two stacks would manage them from two states; give each its own`
      : `${reported.value === undefined ? "" : `${reported.value} `}makes ${listed(names)}, which ${shown(other)} also makes; ` +
        (shared ? "one stack would make each twice, which Terraform refuses; keep each in one of them" : "rename one"),
  }));
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(shown.length === 2 ? " and " : ", ");
}

/** Adds a problem per name collision among every name the model makes (see nameCollisions). */
export function checkNames(model: Named, problems: Problems): void {
  for (const p of nameCollisions(namesMade(model))) problems.add(p.where, p.field, p.message);
}
