import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Outcome } from "../../../engine/verify";
import { checkProblems, streamedChecks, verifyReport } from "../../../engine/verify/report";
import { defaults, FIXTURE_ROOT } from "../../helpers";

/** A check whose outcome arrives when the test says so. */
function deferred(lines: string[], ok = true) {
  let finish!: () => void;
  const promise = new Promise<Outcome>((resolve) => (finish = () => resolve({ ok, lines })));
  return { promise, finish };
}
const tick = () => new Promise((r) => setImmediate(r));

test("each check's lines are written as it finishes, counted against the total, in completion order", async () => {
  let written = "";
  const checks = streamedChecks(["a", "b", "c"], (t) => (written += t));
  const [a, b, c] = [deferred(["ok   a"]), deferred(["ok   b one", "ok   b two"]), deferred(["FAIL c\n  why"], false)];
  const running = [checks.report("a", a.promise), checks.report("b", b.promise), checks.report("c", c.promise)];
  await tick();
  expect(written).toBe("");
  b.finish();
  await tick();
  // b's lines are out before a or c has finished.
  expect(written).toBe("[1/3] ok   b one\n[1/3] ok   b two\n");
  c.finish();
  await tick();
  a.finish();
  await Promise.all(running);
  expect(written).toBe("[1/3] ok   b one\n[1/3] ok   b two\n[2/3] FAIL c\n  why\n[3/3] ok   a\n");
  // The results keep the order the checks were named in, whatever order they finished in.
  expect(checks.results().map((r) => [r.name, r.ok])).toEqual([
    ["a", true],
    ["b", true],
    ["c", false],
  ]);
  // A check with no lines of its own still shows that it finished.
  const quiet = streamedChecks(["rule syntax"], (t) => (written = t));
  await quiet.report("rule syntax", { ok: true, lines: [] });
  expect(written).toBe("[1/1] ok   rule syntax\n");
  await expect(checks.report("d", { ok: true, lines: [] })).rejects.toThrow('check "d" was not named up front');
});

test("a failure naming an SLO is located at its definition; one naming a rule file gets that file", () => {
  const defs = defaults();
  const line =
    readFileSync(join(FIXTURE_ROOT, "slos/api.ts"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes('"api-availability"')) + 1;
  const e2e = {
    name: "end to end",
    ok: false,
    lines: ['ok   e2e prod slo "x": fine', 'FAIL e2e prod slo "api-availability": no page within 300 s'],
  };
  expect(checkProblems(e2e, defs)).toEqual([
    {
      kind: "slo",
      id: "api-availability",
      field: "end to end",
      file: "slos/api.ts",
      line,
      message: 'e2e prod slo "api-availability": no page within 300 s',
    },
  ]);
  const rules = {
    name: "promtool check rules",
    ok: false,
    lines: ["FAIL promtool check rules cdktf.out/prometheus/prod/slo.rules.yml\nbad expr"],
  };
  expect(checkProblems(rules, defs)).toEqual([
    {
      kind: "promtool check rules",
      id: undefined,
      field: "promtool check rules",
      file: "cdktf.out/prometheus/prod/slo.rules.yml",
      line: undefined,
      message: "promtool check rules cdktf.out/prometheus/prod/slo.rules.yml\nbad expr",
    },
  ]);
  const checkov = {
    name: "checkov",
    ok: false,
    lines: ["FAIL checkov: 3 passed, 1 failed", "  failed: CKV_X gcp-prod google_x.y: Ensure z"],
  };
  expect(checkProblems(checkov, defs).map((p) => p.message)).toEqual([
    "checkov: 3 passed, 1 failed",
    "CKV_X gcp-prod google_x.y: Ensure z",
  ]);
});

test("the report counts checks that never finished as failed", () => {
  const report = verifyReport([{ name: "a", ok: true, lines: ["ok   a"] }], 3);
  expect(report).toMatchObject({ ok: false, total: 3, failed: 2, checks: [{ name: "a", ok: true }], problems: [] });
});
