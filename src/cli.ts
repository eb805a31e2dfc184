/**
 * The synth command: validate, then write every stack. Invalid definitions stop here with
 * every problem listed and nothing written.
 */
import type { Definitions } from "./definitions/types";
import { buildApp, validate } from "./app";
import { DefinitionError } from "./model";
import { writeExports } from "./exporters";

/** Returns the process exit code; messages go to the given stream. */
export function synthCommand(definitions: Definitions, outdir: string | undefined, stderr: { write(text: string): unknown }): number {
  let model;
  try {
    model = validate(definitions);
  } catch (error) {
    if (error instanceof DefinitionError) {
      stderr.write(`error: ${error.message}\nNothing was synthesized.\n`);
      return 1;
    }
    throw error;
  }
  const app = buildApp(model, outdir);
  app.synth();
  writeExports(model, app.outdir);
  return 0;
}
