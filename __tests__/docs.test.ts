/**
 * The documentation cannot rot: every TypeScript block of the README and docs/ type-checks as the
 * file it names (its first line, `// slos/x.ts`), and the guides' definitions, added to the
 * engine's fixture organisation, validate.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { validate } from "../stacks/app";
import { blocks, DOC_FILES, guideBlocks, guidesProject } from "./markdown";

const ROOT = resolve(__dirname, "..");

const docs = DOC_FILES;
const all = docs.flatMap(blocks);
const guides = guideBlocks();

test("the docs hold TypeScript examples, and the guides one per kind of definition", () => {
  expect(guides.map((b) => b.path.split("/")[0]).sort()).toEqual(expect.arrayContaining(["alerts", "config", "dashboards", "logs"]));
  expect(all.length).toBeGreaterThanOrEqual(guides.length + 1);
});

test("every TypeScript block of the README and docs/ type-checks as the file it names", () => {
  const dir = mkdtempSync(join(tmpdir(), "docs-"));
  symlinkSync(join(ROOT, "engine"), join(dir, "engine"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const files = all.map((b, i) => {
    // Two blocks may name the same file; each is checked on its own.
    const path = b.path.replace(/\.ts$/, `.${i}.ts`);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), b.code);
    return { path, block: b };
  });
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8"));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        noEmit: true,
        incremental: false,
        tsBuildInfoFile: undefined,
        outDir: undefined,
        types: ["node"],
      },
      files: files.map((f) => f.path),
    }),
  );
  const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: dir, encoding: "utf8" });
  // Name the document and line of each error, not the temporary file.
  const errors = tsc.stdout.replace(/^(\S+?)\.(\d+)\.ts\((\d+),\d+\)/gm, (_, _p, i: string, line: string) => {
    const b = files[Number(i)].block;
    return `${b.doc}:${b.line + Number(line)}`;
  });
  expect(tsc.status === 0 ? "type-checks" : errors).toBe("type-checks");
});

test("the guides' definitions, added to an organisation, validate", () => {
  const { dir, defs } = guidesProject();
  const onCall = defs.onCall;
  expect(onCall.map((t) => t.id)).toContain("payments-oncall");
  const m = validate(defs, dir, {});
  expect(m.services.map((s) => s.id)).toEqual(expect.arrayContaining(["checkout", "ledger"]));
  expect(m.alerts.map((a) => a.id)).toContain("checkout-error-spike");
  expect(m.cloudWatchAlarms.map((a) => a.id)).toEqual(
    expect.arrayContaining(["ledger-db-cpu-high", "ledger-queue-backlog", "ledger-degraded"]),
  );
  expect(m.logClasses.map((c) => c.id)).toContain("payments-audit");
  expect(m.dashboards.map((d) => d.id)).toContain("payments-overview");
  expect(m.environments.find((e) => e.id === "prod")!.teamClouds.payments.gcp?.project).toBe("payments-prod-123");
});

test("the guides' examples are formatted as npm test's Prettier check wants them, so a copied file keeps npm test green", () => {
  // Each block as a file at its path, judged with the project's settings by one Prettier process.
  const dir = mkdtempSync(join(tmpdir(), "guides-format-"));
  const files = guides.map((b, i) => {
    const file = join(String(i), b.path);
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), b.code + "\n");
    return file;
  });
  const prettier = join(ROOT, "node_modules/prettier/bin/prettier.cjs");
  const out = spawnSync(process.execPath, [prettier, "--config", join(ROOT, ".prettierrc.json"), "--list-different", ...files], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(out.stderr).toBe("");
  const listed = new Set(out.stdout.split("\n").filter(Boolean));
  expect(files.filter((f) => listed.has(f)).map((f) => `${guides[files.indexOf(f)].doc}:${guides[files.indexOf(f)].line}`)).toEqual([]);
  expect(out.status).toBe(0);
});
