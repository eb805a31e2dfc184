/**
 * npm run review -- <git-ref>: synthesizes the ref and the working tree and prints, as
 * Markdown for a pull-request comment, what changes: resources destroyed or replaced first,
 * then SLOs, alerts, routes and Terraform resources with old -> new values. Exits 1 when a store
 * holding data would be destroyed, replaced or lose retention without the definitions saying so.
 * With --json, one JSON document of the same changes and refusals instead of the Markdown; with
 * --head-out <dir>, the change is that synthesized output instead of the working tree, and with
 * --base-out <dir> the base is (CI's gate: the base's code synthesizes the base, then judges).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { synthCommand } from "../stacks/synth";
import { review } from "../engine/review/diff";
import { readStacks } from "../engine/review/stacks";
import { formatStoreProblem, protectedStoreProblems, readForgotten } from "../engine/review/protected";
import { SUMMARY_FILE, type Summary } from "../engine/review/summary";
import { resourceChanges, summaryChanges } from "../engine/review/changes";
import { reviewReport } from "../engine/review/report";
import type { Definitions } from "../engine/definitions/types";
import { EXIT, runCommand } from "./cli";

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stderr || result.stdout}`);
}

function readSummary(outdir: string): Summary | undefined {
  const file = join(outdir, SUMMARY_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Summary) : undefined;
}

/** A synthesized output given as data, or a usage error naming what is missing. */
function givenOutput(dir: string, whose: string): string | number {
  if (existsSync(join(dir, SUMMARY_FILE))) return resolve(dir);
  process.stderr.write(`error: ${dir} holds no synthesized output (no ${SUMMARY_FILE}); give the ${whose} cdktf.out\n`);
  return EXIT.usage;
}

/**
 * The change's side: the working tree synthesized here, or, with --head-out, a synthesized output
 * read as data (CI's gate: this checkout is the base branch, and its review code judges the pull
 * request's output, so a change cannot weaken the check that judges it).
 */
function headSide(tmp: string, headOut: string | undefined): { dir: string; definitions?: Definitions } | number {
  if (headOut !== undefined) {
    const dir = givenOutput(headOut, "change's");
    return typeof dir === "number" ? dir : { dir };
  }
  const definitions = projectDefinitionsOrExit();
  if (synthCommand(definitions, join(tmp, "head"), process.stderr) !== 0) return EXIT.problems;
  return { dir: join(tmp, "head"), definitions };
}

/** The base's side: the ref built and synthesized in a worktree, or, with --base-out, an output read as data. */
function baseSide(root: string, tmp: string, ref: string | undefined, baseOut: string | undefined): string | number {
  if (baseOut !== undefined && ref !== undefined) {
    process.stderr.write(`error: give a git ref (${ref}) or --base-out, not both\n`);
    return EXIT.usage;
  }
  if (baseOut !== undefined) return givenOutput(baseOut, "base's");
  // A ref git does not know is the user's typo, not a failure to explain with git's internals.
  if (ref === undefined || spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root }).status !== 0) {
    process.stderr.write(
      ref === undefined
        ? "error: give a git ref to compare with (for example origin/main), or --base-out\n"
        : `error: "${ref}" names no commit here; give a branch, tag or commit, for example origin/main\n`,
    );
    return EXIT.usage;
  }
  const source = join(tmp, "base-source");
  const out = join(tmp, "base");
  sh("git", ["worktree", "add", "--detach", "--quiet", source, ref], root);
  if (existsSync(join(source, "main.ts"))) {
    // The ref is built with this checkout's packages: a review compares definitions, not dependency upgrades.
    symlinkSync(join(root, "node_modules"), join(source, "node_modules"), "dir");
    sh(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "."], source);
    sh(process.execPath, ["dist/main.js"], source, { ...process.env, CDKTF_OUTDIR: out, CHECKPOINT_DISABLE: "1" });
  }
  return out;
}

function main(ref: string | undefined, json: boolean, headOut: string | undefined, baseOut: string | undefined): number {
  const root = resolve(__dirname, "../..");
  // A --head-out that holds no output is refused before the base is built and synthesized.
  if (headOut !== undefined && typeof givenOutput(headOut, "change's") === "number") return EXIT.usage;
  const tmp = mkdtempSync(join(tmpdir(), "review-"));
  try {
    const baseDir = baseSide(root, tmp, ref, baseOut);
    if (typeof baseDir === "number") return baseDir;
    const side = headSide(tmp, headOut);
    if (typeof side === "number") return side;
    const { dir: headDir, definitions } = side;
    const [baseLabel, headLabel] = [baseOut ?? ref!, headOut ?? "working tree"];
    const [base, head, headSummary] = [readStacks(baseDir), readStacks(headDir), readSummary(headDir)!];
    // Data that would be lost comes first, and fails the review (and the plan workflow with it).
    const baseSummary = readSummary(baseDir);
    const stores = protectedStoreProblems(base, head, readForgotten(headDir), headSummary, baseSummary);
    if (json) {
      const report = reviewReport({
        base: baseLabel,
        head: headLabel,
        resources: resourceChanges(base, head),
        meaning: summaryChanges(baseSummary, headSummary),
        stores,
        definitions,
      });
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      if (stores.length)
        process.stdout.write(
          ["### Stores whose data would be lost", "", ...stores.map((p) => `- **REFUSED** ${formatStoreProblem(p)}`), "", ""].join("\n"),
        );
      process.stdout.write(review({ baseLabel, headLabel, base, head, baseSummary, headSummary }));
    }
    for (const p of stores) process.stderr.write(`error: ${formatStoreProblem(p)}\n`);
    return stores.length ? EXIT.problems : EXIT.ok;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return EXIT.problems;
  } finally {
    spawnSync("git", ["worktree", "remove", "--force", join(tmp, "base-source")], { cwd: root });
    rmSync(tmp, { recursive: true, force: true });
  }
}

runCommand({
  usage: "npm run review",
  summary:
    "Synthesizes the ref and the working tree and prints, as Markdown for a pull-request comment, what changes; refuses (exit 1) a change that would lose stored data.",
  options: {
    json: { type: "boolean", description: "print the changes and refusals as one JSON document instead of Markdown" },
    "head-out": {
      type: "string",
      description: "judge this synthesized output (a change's cdktf.out) instead of synthesizing the working tree",
    },
    "base-out": {
      type: "string",
      description: "compare with this synthesized output (the base's cdktf.out) instead of building a git ref",
    },
  },
  positionals: [{ name: "git-ref", description: "what to compare with, for example origin/main (or give --base-out)" }],
  run: ({ json, "head-out": headOut, "base-out": baseOut }, [ref]) => main(ref, json ?? false, headOut, baseOut),
});
