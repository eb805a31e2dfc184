/**
 * Output is all or nothing: a synth writes into a temporary folder next to the output folder
 * and swaps it in only when every environment and export was written. A failure leaves the
 * previous output as it was; a success leaves no folder of a stack that no longer exists.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
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
