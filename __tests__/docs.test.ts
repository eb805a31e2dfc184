/**
 * The documentation cannot rot: every TypeScript block of the README and docs/ type-checks as the
 * file it names (its first line, `// slos/x.ts`), and the guides' definitions, added to the
 * engine's fixture organisation, validate.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { discoverDefinitions } from "../engine/discover";
import { validate } from "../stacks/app";
import { FIXTURE_ROOT } from "./helpers";

const ROOT = resolve(__dirname, "..");

interface Block {
  readonly doc: string;
  readonly line: number;
  readonly path: string;
  readonly code: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith(".md") ? [p] : [];
  });
}

function blocks(file: string): Block[] {
  const doc = relative(ROOT, file);
  const out: Block[] = [];
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i])) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]));
    const code = lines.slice(start, i).join("\n");
    const named = /^\/\/ ((config|slos|alerts|logs|dashboards)\/[\w./-]+\.ts)/.exec(code);
    out.push({ doc, line: start, path: named ? named[1] : `slos/${doc.replace(/\W+/g, "-")}-${start}.ts`, code });
  }
  return out;
}

const docs = [join(ROOT, "README.md"), ...markdownFiles(join(ROOT, "docs"))];
const all = docs.flatMap(blocks);
const guides = all.filter((b) => b.doc.startsWith("docs/guides/"));

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
}, 120_000);

test("the guides' definitions, added to an organisation, validate", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "guides-")), "project");
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  for (const b of guides) {
    mkdirSync(dirname(join(dir, b.path)), { recursive: true });
    writeFileSync(join(dir, b.path), b.code);
  }
  // Definitions import the API relatively; here it lives in the project under test.
  const api = JSON.stringify(join(ROOT, "engine/definitions"));
  for (const folder of ["config", "slos", "alerts", "logs", "dashboards"]) {
    for (const f of readdirSync(join(dir, folder)).filter((n) => n.endsWith(".ts"))) {
      const path = join(dir, folder, f);
      writeFileSync(path, readFileSync(path, "utf8").replace(/"(\.\.\/)+engine\/definitions"/g, api));
    }
  }
  const defs = discoverDefinitions(dir);
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
  const prettier = join(ROOT, "node_modules/prettier/bin/prettier.cjs");
  const unformatted = guides.filter((b) => {
    // Formatted as a file of the project at the block's path would be, with the project's settings.
    const out = spawnSync(process.execPath, [prettier, "--stdin-filepath", join(ROOT, b.path)], { input: b.code + "\n", encoding: "utf8" });
    return out.status !== 0 || out.stdout !== b.code + "\n";
  });
  expect(unformatted.map((b) => `${b.doc}:${b.line}`)).toEqual([]);
});
