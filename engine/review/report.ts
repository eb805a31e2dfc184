/**
 * `npm run review -- <ref> --json`: the review as one JSON document for CI. Changes and refusals
 * carry kind and id, and the file and line of the working tree's definition where there is one
 * (a removed SLO has none: its definition is only in the ref).
 */
import type { Definitions } from "../definitions/types";
import { located } from "../locate";
import type { MeaningChange, PathChange, ResourceChange } from "./changes";
import { formatStoreProblem, STORES, type StoreProblem } from "./protected";
import { typeOf } from "./stacks";

export interface ReviewReport {
  readonly base: string;
  readonly head: string;
  /** True when a refusal fails the review (exit 1). */
  readonly refused: boolean;
  readonly refusals: readonly ReturnType<typeof located>[];
  readonly changes: readonly {
    change: string;
    kind: string;
    id: string;
    stack?: string;
    file?: string;
    line?: number;
    paths: readonly PathChange[];
  }[];
}

/** The definition a route key is written by: "<environment>/<team>" by the team, "<environment>" by the environment. */
const routeOrigin = (id: string) => (id.includes("/") ? `team "${id.split("/")[1]}"` : `environment "${id}"`);

function meaningOrigin(c: MeaningChange, definitions?: Definitions): { file?: string; line?: number } {
  const keys =
    c.kind === "route" ? [routeOrigin(c.id)] : c.kind === "slo" ? [`slo "${c.id}"`] : [`alert "${c.id}"`, `cloudwatch alarm "${c.id}"`];
  const origin = keys.map((k) => definitions?.origins?.[k]).find(Boolean);
  return origin ? { file: origin.file, line: origin.line } : {};
}

/** A refused store, named by its log class when its address says which one. */
function refusal(p: StoreProblem, definitions?: Definitions) {
  const store = STORES[typeOf(p.address)];
  const name = p.address.slice(p.address.indexOf(".") + 1);
  const logClass = store && name.startsWith(store.prefix) ? name.slice(store.prefix.length) : undefined;
  const where = logClass ? `log class "${logClass}"` : `resource "${p.address}"`;
  return { ...located({ where, field: p.address, message: formatStoreProblem(p) }, definitions), stack: p.stack };
}

export function reviewReport(input: {
  base: string;
  head: string;
  resources: readonly ResourceChange[];
  meaning: readonly MeaningChange[];
  stores: readonly StoreProblem[];
  definitions?: Definitions;
}): ReviewReport {
  return {
    base: input.base,
    head: input.head,
    refused: input.stores.length > 0,
    refusals: input.stores.map((p) => refusal(p, input.definitions)),
    changes: [
      ...input.resources.map((r) => ({ change: r.change, kind: "resource", id: r.address, stack: r.stack, paths: r.paths })),
      ...input.meaning.map((c) => ({ change: c.change, kind: c.kind, id: c.id, ...meaningOrigin(c, input.definitions), paths: c.paths })),
    ],
  };
}
