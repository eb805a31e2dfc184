/**
 * How verify reports: each check's lines as soon as it finishes, counted against the number of
 * checks known up front ("[3/6] ok   checkov: ..."), and for --json its failures as problems in
 * validate's shape (kind, id, field, file, line, message).
 */
import type { Definitions } from "../definitions/types";
import { located } from "../locate";
import type { Outcome } from "./index";

export type LocatedProblem = ReturnType<typeof located>;

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/**
 * A reporter for the checks named up front: `report(name, outcome)` waits for the outcome and
 * writes its lines prefixed with how many checks have finished ("[3/6]"), so lines follow
 * completion order; `results()` gives the finished checks in the order they were named.
 */
export function streamedChecks(names: readonly string[], write: (text: string) => void) {
  const finished: CheckResult[] = [];
  const report = async <T extends Outcome>(name: string, outcome: T | Promise<T>): Promise<T> => {
    if (!names.includes(name)) throw new Error(`check "${name}" was not named up front`);
    const o = await outcome;
    finished.push({ name, ok: o.ok, lines: o.lines });
    // A check with nothing to say (rule syntax, when every expression parses) still shows it finished.
    const lines = o.lines.length ? o.lines : [`${o.ok ? "ok  " : "FAIL"} ${name}`];
    for (const line of lines) write(`[${finished.length}/${names.length}] ${line}\n`);
    return o;
  };
  const results = () => [...finished].sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
  return { report, results };
}

/**
 * A failed check's lines as problems. A line naming a definition (`slo "api-availability"`, as
 * e2e and the SLO tests write) gets its kind, id, file and line; any other names the check as
 * its kind, and the rule file it names, if any, as its file. The field is the check's name.
 */
export function checkProblems(check: CheckResult, definitions?: Definitions): LocatedProblem[] {
  const named = Object.keys(definitions?.origins ?? {});
  return check.lines
    .filter((l) => l.startsWith("FAIL") || l.startsWith("  failed: "))
    .map((l) => {
      const message = l.replace(/^(FAIL|\s+failed:)\s*/, "");
      const first = message.split("\n")[0];
      // The earliest definition the line names: "prod slo "x": ..." is about slo "x".
      const where = named
        .map((key) => ({ key, at: first.indexOf(key) }))
        .filter((n) => n.at >= 0)
        .sort((a, b) => a.at - b.at || b.key.length - a.key.length)[0]?.key;
      const p = located({ where: where ?? check.name, field: check.name, message }, definitions);
      return where ? p : { ...p, id: undefined, file: p.file ?? /\S+\.ya?ml\b/.exec(first)?.[0] };
    });
}

/** The document `npm run verify -- --json` prints. */
export function verifyReport(
  checks: readonly CheckResult[],
  total: number,
  definitions?: Definitions,
  problems: readonly LocatedProblem[] = [],
) {
  const failed = checks.filter((c) => !c.ok).length + (checks.length < total ? total - checks.length : 0);
  return {
    ok: failed === 0 && problems.length === 0,
    total,
    failed,
    checks: checks.map((c) => ({ name: c.name, ok: c.ok, lines: c.lines })),
    problems: [...problems, ...checks.filter((c) => !c.ok).flatMap((c) => checkProblems(c, definitions))],
  };
}
