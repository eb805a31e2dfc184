/**
 * The review gate protects only while its files need the organisation's owners' review: the
 * shipped .github/CODEOWNERS covers every gate file, and scripts/codeowners.js (a step of the plan
 * workflow) refuses it until the example owner is replaced, and refuses any gate file left unowned.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "codeowners.js");
const SHIPPED = readFileSync(join(ROOT, ".github", "CODEOWNERS"), "utf8");
const { GATE_PATHS, PLACEHOLDER } = require(SCRIPT) as { GATE_PATHS: string[]; PLACEHOLDER: string };

function run(text: string): { status: number | null; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), "codeowners-")), "CODEOWNERS");
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [SCRIPT, file], { encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

test("the shipped CODEOWNERS is refused while it names the example owner, naming each gate file and line", () => {
  const { status, out } = run(SHIPPED);
  expect(status).toBe(1);
  for (const path of GATE_PATHS) expect(out).toContain(`${path}: line `);
  expect(out).toContain(PLACEHOLDER);
});

test("with the organisation's owners in place of the example owner, every gate file has owners", () => {
  const { status, out } = run(SHIPPED.split(PLACEHOLDER).join("@acme/platform-leads"));
  expect(out).toContain("every gate file has owners");
  expect(status).toBe(0);
});

test("a gate file that no line covers, or whose last matching line names no owner, is refused", () => {
  const owned = SHIPPED.split(PLACEHOLDER).join("@acme/platform-leads");
  const withoutStacks = owned.replace(/^\/stacks\/ .*$/m, "");
  expect(run(withoutStacks).out).toMatch(/stacks\/: no owner \(no line covers stacks\/\S+\.ts and \d+ more\)/);
  // GitHub applies the last matching pattern: a later line without owners takes the file's owners away.
  expect(run(`${owned}\n/main.ts\n`).out).toMatch(/main\.ts: no owner \(line \d+ names none, for main\.ts\)/);
  // A catch-all later in the file takes over every gate file.
  expect(run(`${owned}\n* ${PLACEHOLDER}\n`).status).toBe(1);
});

test("each file under a gate path is judged by its last matching line, as GitHub reads globs, bare names and narrower folders", () => {
  const owned = SHIPPED.split(PLACEHOLDER).join("@acme/platform-leads");
  // A bare name matches at any depth: logs.ts takes the owners of both log construct files away.
  const bare = run(`${owned}\nlogs.ts\n`).out;
  expect(bare).toMatch(/engine\/model\/logs\.ts: no owner \(line \d+ names none/);
  expect(bare).toMatch(/constructs\/aws\/logs\.ts: no owner/);
  // A glob without owners, later in the file, takes every TypeScript gate file.
  expect(run(`${owned}\n*.ts\n`).out).toMatch(/stacks\/: no owner \(line \d+ names none, for stacks\//);
  // A narrower folder line inside a gate folder, or one file given back to the example owner.
  expect(run(`${owned}\n/.github/workflows/\n`).out).toMatch(/\.github\/: no owner \(line \d+ names none, for \.github\/workflows\//);
  expect(run(`${owned}\n/stacks/app.ts ${PLACEHOLDER}\n`).out).toMatch(
    /stacks\/: line \d+ still names the example owner .*\(for stacks\/app\.ts\)/,
  );
  // Owners given by globs that GitHub applies are enough: no explicit line per gate path is needed.
  expect(run("* @acme/platform-leads\n/engine/**/*.ts @acme/platform-leads\n").status).toBe(0);
});

test("the security reference lists every gate file the check protects", () => {
  const security = readFileSync(join(ROOT, "docs", "reference", "security.md"), "utf8");
  for (const path of GATE_PATHS) expect(security).toContain(`\`${path}\``);
});
