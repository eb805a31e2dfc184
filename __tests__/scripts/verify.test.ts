import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHECKS, runVerify } from "../../scripts/verify-run";
import { DefinitionError } from "../../engine/model";
import { defaults, FIXTURE_ROOT } from "../helpers";
import { validate } from "../../stacks/app";

// Broken definitions stop verify before any engine runs, so this runs the command's own code path in seconds.
function broken() {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, objective: 150 } : s));
  return defs;
}

async function verify(json: boolean) {
  let out = "";
  let err = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } };
  const code = await runVerify(broken, json, io, join(mkdtempSync(join(tmpdir(), "verify-json-")), "out"));
  return { code, out, err };
}

test("--json: a broken definition is one problem with kind, id, field, file and line; stdout holds only the document", async () => {
  const r = await verify(true);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.out);
  const line =
    readFileSync(join(FIXTURE_ROOT, "slos/api.ts"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes('"api-availability"')) + 1;
  expect(doc).toMatchObject({ ok: false, total: CHECKS.length, failed: CHECKS.length, checks: [] });
  expect(doc.problems).toContainEqual({
    kind: "slo",
    id: "api-availability",
    field: "objective",
    file: "slos/api.ts",
    line,
    message: expect.any(String),
  });
  // Every problem validation finds, no more.
  let found: DefinitionError | undefined;
  try {
    validate(broken());
  } catch (error) {
    found = error as DefinitionError;
  }
  expect(doc.problems).toHaveLength(found!.problems.length);
  expect(r.err).toContain("Nothing was synthesized.");
});

test("without --json, the problems go to stderr and stdout stays empty", async () => {
  const r = await verify(false);
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/^error: \d+ problems? in the definitions:\n {2}- slo "api-availability": objective: /);
});
