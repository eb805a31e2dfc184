/**
 * The synth command: validate, then write every stack. Invalid definitions stop here with
 * every problem listed; any failure leaves the previous output as it was.
 */
import type { Definitions } from "../engine/definitions/types";
import { synthesize, validate } from "./app";
import { DefinitionError } from "../engine/model";
import { writeExports } from "../engine/exporters";
import { environmentOfStack, withOutputLock, writeAtomically } from "./output";
import { defaultOutdir } from "./project-root";
import { synthSummary } from "./summary";
import { sharedCloudResources } from "./cloud-names";

/** Returns the process exit code; messages go to the given stream. `only` limits synth to one environment. */
export function synthCommand(
  definitions: Definitions,
  outdir: string | undefined,
  stderr: { write(text: string): unknown },
  only?: string,
  /** Where the summary of what was written goes; none when not given. */
  stdout?: { write(text: string): unknown },
  /** How long to wait for another synth writing the same folder. */
  lockWaitSeconds?: number,
): number {
  let model;
  try {
    model = validate(definitions);
    if (only !== undefined && !model.environments.some((e) => e.id === only)) {
      stderr.write(
        `error: --env ${only}: unknown environment; defined environments: ${model.environments.map((e) => e.id).join(", ")}\nNothing was synthesized.\n`,
      );
      return 1;
    }
  } catch (error) {
    if (error instanceof DefinitionError) {
      stderr.write(`error: ${error.message}\nNothing was synthesized.\n`);
      return 1;
    }
    throw error;
  }
  const target = outdir ?? defaultOutdir();
  try {
    withOutputLock(
      target,
      (text) => stderr.write(text),
      () =>
        writeAtomically(
          target,
          (dir) => {
            const written = synthesize(model, dir, only);
            // Only stacks of environments the definitions still have: an `--env` synth keeps the
            // other environments' stacks of the last synth, which may name an environment since removed.
            const envs = model.environments.map((e) => e.id);
            const shared = sharedCloudResources(written, (stack) => environmentOfStack(stack, envs) !== undefined);
            if (shared.length) throw new DefinitionError(shared);
            writeExports(model, written);
          },
          only === undefined ? undefined : { environment: only, environments: model.environments.map((e) => e.id) },
        ),
      lockWaitSeconds,
    );
  } catch (error) {
    if (error instanceof DefinitionError) {
      stderr.write(`error: ${error.message}\nNothing was written: ${target} is as it was.\n`);
      return 1;
    }
    stderr.write(`error: synth failed: ${(error as Error).message}\nNothing was written: ${target} is as it was.\n`);
    return 1;
  }
  stdout?.write(synthSummary(model, target, only));
  return 0;
}
