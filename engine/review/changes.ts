/**
 * What two synthesized revisions differ in, as data: resources per stack (destroyed, replaced,
 * changed, added) and the meaning's changes (SLOs, alerts, routes). The review's Markdown and
 * its JSON are both written from these lists, so they never disagree.
 */
import { changedPaths, REPLACING_ATTRIBUTES } from "./diff";
import { typeOf, type Resources } from "./stacks";
import type { Summary } from "./summary";

export interface PathChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface ResourceChange {
  readonly change: "destroyed" | "replaced" | "changed" | "added";
  readonly stack: string;
  readonly address: string;
  /** The attributes that force a new resource, for a replacement. */
  readonly replacing?: readonly string[];
  readonly paths: readonly PathChange[];
}

/** The part of summary.json a change is in, singular: "slo", "alert", "route". */
export type MeaningKind = "slo" | "alert" | "route";

export interface MeaningChange {
  readonly change: "added" | "removed" | "changed";
  readonly kind: MeaningKind;
  /** The SLO or alert id, or the route's "<environment>" or "<environment>/<team>". */
  readonly id: string;
  /** Old -> new leaves; for an addition, every leaf it adds (before undefined). */
  readonly paths: readonly PathChange[];
}

/** Keys added, removed and changed between two records, each sorted. */
export function mapDiff<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>) {
  const added = Object.keys(after)
    .filter((k) => !(k in before))
    .sort();
  const removed = Object.keys(before)
    .filter((k) => !(k in after))
    .sort();
  const changed = Object.keys(after)
    .filter((k) => k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
  return { added, removed, changed };
}

/** Leaf values of a new item, for listing what it adds. */
function leaves(value: unknown, path = ""): PathChange[] {
  if (typeof value !== "object" || value === null) return [{ path, before: undefined, after: value }];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
  );
}

/** Per stack, in stack order: destroyed, then added, then changed or replaced resources. */
export function resourceChanges(base: ReadonlyMap<string, Resources>, head: ReadonlyMap<string, Resources>): ResourceChange[] {
  const changes: ResourceChange[] = [];
  for (const stack of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const before = base.get(stack) ?? new Map();
    const after = head.get(stack) ?? new Map();
    const d = mapDiff(Object.fromEntries(before), Object.fromEntries(after));
    for (const address of d.removed) changes.push({ change: "destroyed", stack, address, paths: [] });
    for (const address of d.added) changes.push({ change: "added", stack, address, paths: [] });
    for (const address of d.changed) {
      const paths = changedPaths(before.get(address), after.get(address));
      const replacing = paths.map((p) => p.path.split(/[.[]/)[0]).filter((a) => (REPLACING_ATTRIBUTES[typeOf(address)] ?? []).includes(a));
      changes.push(
        replacing.length ? { change: "replaced", stack, address, replacing, paths } : { change: "changed", stack, address, paths },
      );
    }
  }
  return changes;
}

/** The meaning's changes of one part of summary.json: added, then removed, then changed. */
export function meaningChanges(
  kind: MeaningKind,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): MeaningChange[] {
  const d = mapDiff(before, after);
  return [
    ...d.added.map((id) => ({ change: "added" as const, kind, id, paths: leaves(after[id]) })),
    ...d.removed.map((id) => ({ change: "removed" as const, kind, id, paths: [] })),
    ...d.changed.map((id) => ({ change: "changed" as const, kind, id, paths: changedPaths(before[id], after[id]) })),
  ];
}

/** Every meaning change between two summaries; none when the base has no summary to compare. */
export function summaryChanges(base: Summary | undefined, head: Summary): MeaningChange[] {
  if (!base) return [];
  return [
    ...meaningChanges("slo", base.slos, head.slos),
    ...meaningChanges("alert", base.alerts, head.alerts),
    ...meaningChanges("route", base.routes, head.routes),
  ];
}
