/**
 * A corpus of broken definitions kept as data (corpus/broken-definitions.json, untyped: any value
 * in any field) and as typed code (corpus/typed.ts, and corpus/strict.ts: values of the right type
 * that an engine or a target would refuse or misread): every one must be rejected, without a crash,
 * with a problem that names the definition and the field it broke.
 */
import type { Definitions } from "../../engine/definitions/types";
import { DefinitionError } from "../../engine/model";
import { validate } from "../../stacks/app";
import { defaults, type Writable } from "../helpers";
import broken from "./corpus/broken-definitions.json";
import { strictCases } from "./corpus/strict";
import { typedCases } from "./corpus/typed";

interface DataCase {
  readonly case: string;
  readonly in: keyof Definitions;
  readonly id: string;
  readonly set: Record<string, unknown>;
  readonly where: string;
  readonly field: string;
}

/** JSON has no NaN, Infinity or undefined: the corpus spells them. */
const SPECIAL: Record<string, unknown> = {
  __NaN__: Number.NaN,
  __Infinity__: Infinity,
  "__-Infinity__": -Infinity,
  __undefined__: undefined,
};
const decode = (v: unknown): unknown => (typeof v === "string" && v in SPECIAL ? SPECIAL[v] : v);

function apply(defs: Writable<Definitions>, c: DataCase): void {
  const list = defs[c.in] as unknown as Record<string, unknown>[];
  const target = list.find((d) => d.id === c.id);
  if (!target) throw new Error(`corpus case "${c.case}": no ${String(c.in)} "${c.id}"`);
  const copy = structuredClone({ ...target, build: undefined }) as Record<string, unknown>;
  if ("build" in target) copy.build = target.build;
  for (const [path, value] of Object.entries(c.set)) {
    const keys = path.split(".");
    let at = copy;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = decode(value);
  }
  (defs as unknown as Record<string, unknown[]>)[c.in] = list.map((d) => (d === target ? copy : d));
}

type Verdict = "named" | "crashed" | "accepted" | "misnamed";

function judge(change: (d: Writable<Definitions>) => void, where: string, field: string): { verdict: Verdict; detail: string } {
  const defs = defaults();
  change(defs);
  try {
    validate(defs, undefined, {});
    return { verdict: "accepted", detail: "no problem reported" };
  } catch (error) {
    if (!(error instanceof DefinitionError)) return { verdict: "crashed", detail: String((error as Error).stack ?? error) };
    const hit = error.problems.some((p) => p.where.startsWith(where) && p.field === field);
    return { verdict: hit ? "named" : "misnamed", detail: error.message };
  }
}

test("every broken definition of the corpus is rejected, naming the field it broke, and none crashes", () => {
  const data = broken as DataCase[];
  const results = [
    ...data.map((c) => ({ name: `data: ${c.case}`, ...judge((d) => apply(d, c), c.where, c.field) })),
    ...[...typedCases, ...strictCases].map((c) => ({ name: `typed: ${c.case}`, ...judge(c.change, c.where, c.field) })),
  ];
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  process.stdout.write(
    `broken-definition corpus: ${results.length} cases (${data.length} data, ${typedCases.length + strictCases.length} typed): ` +
      `${count("named")} rejected naming the field, ${count("misnamed")} misnamed, ${count("accepted")} accepted, ${count("crashed")} crashed\n`,
  );
  expect(results.length).toBeGreaterThanOrEqual(400);
  expect(results.filter((r) => r.verdict !== "named").map((r) => `${r.name}: ${r.verdict}: ${r.detail.slice(0, 400)}`)).toEqual([]);
});
