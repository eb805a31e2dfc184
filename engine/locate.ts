/** Problems as CI reads them: the definition's kind and id, the field, and the file and line that wrote it. */
import type { Definitions } from "./definitions/types";
import type { Problem } from "./model";

/** A problem as CI reads it: `where` split into kind and id, with the file and line that wrote it. */
export function located(p: Problem, definitions?: Definitions) {
  const m = /^([a-z -]+) "([^"]*)"/.exec(p.where);
  const origin = definitions?.origins?.[m ? `${m[1]} "${m[2]}"` : ""];
  const file = origin?.file ?? /^[\w-]+\/[\w./-]+\.(ts|ya?ml)/.exec(p.where)?.[0] ?? undefined;
  return { kind: m?.[1] ?? p.where, id: m?.[2], field: p.field, file, line: origin?.line, message: p.message };
}
