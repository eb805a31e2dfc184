/** The project's Markdown documentation, for the tests that keep it true. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { discoverDefinitions } from "../engine/discover";
import type { Definitions } from "../engine/definitions";
import { FIXTURE_ROOT } from "./helpers";

const ROOT = resolve(__dirname, "..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith(".md") ? [p] : [];
  });
}

/** README.md and every Markdown file under docs/, as absolute paths. */
export const DOC_FILES: readonly string[] = [join(ROOT, "README.md"), ...markdownFiles(join(ROOT, "docs")).sort()];

export interface Block {
  readonly doc: string;
  readonly line: number;
  readonly path: string;
  readonly code: string;
}

export function blocks(file: string): Block[] {
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

/** The TypeScript blocks of the guides, each a definition file of its own. */
export const guideBlocks = (): Block[] => DOC_FILES.flatMap(blocks).filter((b) => b.doc.startsWith("docs/guides/"));

let project: { dir: string; defs: Definitions } | undefined;
/** The engine's fixture organisation with every guide's definitions added, as a project on disk. */
export function guidesProject(): { dir: string; defs: Definitions } {
  if (project) return project;
  const dir = join(mkdtempSync(join(tmpdir(), "guides-")), "project");
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  for (const b of guideBlocks()) {
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
  project = { dir, defs: discoverDefinitions(dir) };
  return project;
}
