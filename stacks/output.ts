/**
 * Output is all or nothing: a synth writes into a temporary folder next to the output folder
 * and swaps it in only when every environment and export was written. A failure leaves the
 * previous output as it was; a success leaves no folder of a stack that no longer exists.
 * Synths of one output folder take turns (a lock file beside it): a full synth and an `--env`
 * synth at once would otherwise each swap in their own copy, one of them stale.
 */
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
/** Stack names start with their target: `<target>-<environment>[-<team>]`. */
const STACK_TARGETS = ["pagerduty", "gcp", "aws", "grafana"];

/** The environment a stack folder belongs to (`gcp-prod`, `gcp-prod-backend` -> prod), by the longest matching id. */
export function environmentOfStack(stack: string, environments: readonly string[]): string | undefined {
  const target = STACK_TARGETS.find((t) => stack.startsWith(`${t}-`));
  if (!target) return undefined;
  const rest = stack.slice(target.length + 1);
  return [...environments].sort((a, b) => b.length - a.length).find((e) => rest === e || rest.startsWith(`${e}-`));
}

/** Whether a process still runs (a zombie, exited but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` holding the output folder's lock. A lock held by a running process is waited for
 * (said once through `notify`) up to `waitSeconds`; one left by a process that no longer runs is
 * taken over, and the temporary folders such a process left beside the output are removed.
 */
export function withOutputLock<T>(outdir: string, notify: (text: string) => void, fn: () => T, waitSeconds = 600): T {
  const parent = dirname(outdir);
  const lock = join(parent, `.${basename(outdir)}.lock`);
  mkdirSync(parent, { recursive: true });
  const until = Date.now() + waitSeconds * 1000;
  let told = false;
  // The lock appears whole: written beside it, then linked into place (which fails if it exists).
  const mine = `${lock}-${process.pid}`;
  writeFileSync(mine, String(process.pid));
  for (;;) {
    try {
      linkSync(mine, lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released in between
    }
    if (!Number.isInteger(holder) || holder <= 0 || !running(holder)) {
      // Moved aside, then checked: another waiter may have taken the stale lock over meanwhile,
      // and its live lock goes back.
      const aside = `${lock}-stale-${process.pid}`;
      try {
        renameSync(lock, aside);
        if (Number(readFileSync(aside, "utf8")) !== holder) renameSync(aside, lock);
        else rmSync(aside, { force: true });
      } catch {
        // Gone already: try again.
      }
      continue;
    }
    if (Date.now() > until) {
      rmSync(mine, { force: true });
      throw new Error(
        `another synth (process ${holder}) has been writing ${outdir} for over ${waitSeconds} s; if it is gone, remove ${lock}`,
      );
    }
    if (!told) notify(`waiting for another synth (process ${holder}) to finish writing ${outdir}\n`);
    told = true;
    pause(200);
  }
  rmSync(mine, { force: true });
  try {
    const prefix = `.${basename(outdir)}.`;
    const left = readdirSync(parent).filter((entry) => entry.startsWith(prefix) && /\.(writing|previous)-\d+$/.test(entry));
    // A writer stopped between its two renames left the output only as its previous copy: put it back.
    const previous = left.find((entry) => /\.previous-\d+$/.test(entry));
    if (!existsSync(outdir) && previous) renameSync(join(parent, previous), outdir);
    for (const entry of left) rmSync(join(parent, entry), { recursive: true, force: true });
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Runs `write(dir)` into a fresh folder and puts it in place of `outdir`. With `only` (one
 * environment), the other environments' stacks are carried over from the previous output.
 */
export function writeAtomically(
  outdir: string,
  write: (dir: string) => void,
  only?: { readonly environment: string; readonly environments: readonly string[] },
): void {
  const staging = join(dirname(outdir), `.${basename(outdir)}.writing-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    if (only && existsSync(outdir)) {
      cpSync(outdir, staging, { recursive: true });
      const stacks = join(staging, "stacks");
      for (const stack of existsSync(stacks) ? readdirSync(stacks) : [])
        if (environmentOfStack(stack, only.environments) === only.environment) rmSync(join(stacks, stack), { recursive: true });
    }
    write(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = join(dirname(outdir), `.${basename(outdir)}.previous-${process.pid}`);
  if (existsSync(outdir)) renameSync(outdir, previous);
  renameSync(staging, outdir);
  rmSync(previous, { recursive: true, force: true });
}
