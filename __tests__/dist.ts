/**
 * dist/ as the sources are, for the tests that run or copy the compiled project (the delivery
 * checkouts, the second-team copy). Built by the launchers' own rule (scripts/build.js): nothing
 * when dist/.built is newer than every source, so after the first test file of a run has built
 * it, the others pay about 50 ms instead of a `tsc` of the whole project (5 s of CPU even with
 * nothing to do).
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
let current = false;

/** Builds dist/ where a source is newer than its last build; throws with the compiler's output if that fails. */
export function distCurrent(): void {
  if (current) return;
  const build = spawnSync(process.execPath, ["-e", "process.exitCode = require('./scripts/build.js').buildIfChanged(process.cwd())"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  current = true;
}
