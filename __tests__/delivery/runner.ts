/**
 * The workflows as GitHub reads and runs them, for tests: parsed by GitHub's parser, expressions
 * evaluated by GitHub's evaluator, run steps executed as a hosted runner does
 * (scripts/workflows.mjs, an ES module run in its own process).
 */
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { DEFINITION_FOLDERS } from "../../engine/discover";
import { distCurrent } from "../dist";
import { FIXTURE_ROOT } from "../helpers";

export const ROOT = resolve(__dirname, "../..");
const TOOL = join(ROOT, "scripts/workflows.mjs");

export const WORKFLOWS = {
  plan: ".github/workflows/plan.yml",
  planStack: ".github/workflows/plan-stack.yml",
  deploy: ".github/workflows/deploy.yml",
  deployStack: ".github/workflows/deploy-stack.yml",
} as const;

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
export interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: "inherit" | Record<string, string>;
  permissions?: Record<string, string>;
  environment?: string | { name: string };
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown> };
  "timeout-minutes"?: number;
  "runs-on"?: string;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
export interface Workflow {
  on: Record<string, any>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

function tool(args: string[], input?: unknown): string {
  const result = spawnSync(process.execPath, [TOOL, ...args], {
    cwd: ROOT,
    input: input === undefined ? undefined : JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`workflows.mjs ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

let parsed: Record<string, Workflow> | undefined;
/** Every shipped workflow, parsed and validated by GitHub's parser. */
export function workflows(): Record<keyof typeof WORKFLOWS, Workflow> {
  parsed ??= JSON.parse(tool(["json", ...Object.values(WORKFLOWS)]));
  return Object.fromEntries(Object.entries(WORKFLOWS).map(([k, file]) => [k, parsed![file]])) as Record<keyof typeof WORKFLOWS, Workflow>;
}

export interface Evaluation {
  /** An expression, without `${{ }}`... */
  expr?: string;
  /** ...or a value as a workflow writes it: literal, `${{ }}`, or text with `${{ }}` inside. */
  value?: unknown;
  contexts?: Record<string, unknown>;
  status?: "success" | "failure" | "cancelled";
}
/** Evaluates expressions (without `${{ }}`) with GitHub's evaluator, in one process. */
export function evaluate(batch: Evaluation[]): unknown[] {
  return JSON.parse(tool(["eval"], batch));
}

/** The expression inside `${{ ... }}`. */
export const inner = (value: unknown) =>
  String(value)
    .replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, "$1")
    .trim();

export interface StepReport {
  id: string;
  name: string;
  uses: string | null;
  ran: boolean;
  skipped?: boolean;
  exitCode?: number | null;
  seconds?: number;
  output?: string;
  outputs?: Record<string, string>;
}
export interface RunRequest {
  file: string;
  job: string;
  contexts: Record<string, unknown>;
  cwd: string;
  only?: string[];
  env?: Record<string, string>;
}
/** Runs a job's run steps (those named in `only`) as a hosted runner would; resolves with one report per step. */
export function runJob(request: RunRequest): Promise<StepReport[]> {
  return runTool(request);
}

/** Runs jobs in turn in one runner process (each process loads GitHub's parser, about 0.4 s of CPU). */
export function runJobs(requests: RunRequest[]): Promise<StepReport[][]> {
  return runTool(requests);
}

function runTool<T>(request: RunRequest | RunRequest[]): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [TOOL, "run"], { cwd: ROOT });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`run failed (${code}): ${err}`))));
    child.stdin.end(JSON.stringify(request));
  });
}

/**
 * A checkout of the project as a job sees it: every top-level entry linked from this worktree
 * except cdktf.out, so each job synthesizes into its own cdktf.out and jobs can run side by side.
 */
export function checkout(options: { builds?: boolean } = {}): string {
  // dist/ is copied (see below), so it is built here first, from the sources as they are.
  distCurrent();
  const dir = mkdtempSync(join(tmpdir(), "checkout-"));
  made.push(dir);
  for (const entry of readdirSync(ROOT)) {
    if (entry === "cdktf.out" || entry === ".git" || entry.startsWith("cdktf.out.") || entry.startsWith(".cdktf.out.")) continue;
    if (FIXTURE_FOLDERS.includes(entry)) continue;
    // The compiled app finds its project from its own location, which Node resolves through
    // symlinks: a copy of dist/ keeps the checkout (not this repository) its project root.
    if (entry === "dist") cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    // A job that builds finds dist/'s incremental build information valid only where the type
    // packages sit at the same place relative to it (tsc resolves symlinks): hard links keep them
    // there, and the build takes seconds instead of a full compile.
    else if (entry === "node_modules" && options.builds && hardLinked(join(ROOT, entry), join(dir, entry))) continue;
    else symlinkSync(join(ROOT, entry), join(dir, entry), lstatSync(join(ROOT, entry)).isDirectory() ? "dir" : "file");
  }
  useFixture(dir);
  return dir;
}

/** Copies a tree as hard links (same file system only); false when that is not possible. */
export function hardLinked(from: string, to: string): boolean {
  if (spawnSync("cp", ["-al", from, to]).status === 0) return true;
  rmSync(to, { recursive: true, force: true });
  return false;
}

const made: string[] = [];
/** Removes every checkout this process made (call in afterAll). */
export function removeCheckouts(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Definition folders, runbooks and OpenSLO files: a checkout holds the engine's fixture organisation's. */
const FIXTURE_FOLDERS: readonly string[] = [...DEFINITION_FOLDERS, "runbooks", "openslo"];

/**
 * The delivery tests judge the workflows on the engine's fixture organisation (the bundled example
 * as the engine's tests know it), never on the definitions a user keeps in this repository: their
 * stacks and waves are the fixture's. Sources and their compiled form are copied in with the import
 * of the definitions API made relative to the checkout's own folders.
 */
function useFixture(dir: string): void {
  const fixtureDist = join(ROOT, "dist", relative(ROOT, FIXTURE_ROOT));
  for (const folder of FIXTURE_FOLDERS) {
    rmSync(join(dir, "dist", folder), { recursive: true, force: true });
    if (!existsSync(join(FIXTURE_ROOT, folder))) continue;
    copyRewritten(join(FIXTURE_ROOT, folder), join(dir, folder), 1);
    if (existsSync(join(fixtureDist, folder))) copyRewritten(join(fixtureDist, folder), join(dir, "dist", folder), 1);
  }
}

function copyRewritten(from: string, to: string, depth: number): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyRewritten(source, join(to, name), depth + 1);
    else
      writeFileSync(
        join(to, name),
        readFileSync(source, "utf8").replace(/(["'])(\.\.\/)+engine\/definitions(["'])/g, `$1${"../".repeat(depth)}engine/definitions$3`),
      );
  }
}

/** Runs `tasks` with at most `limit` at a time. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
