/**
 * Synthesizes every stack of the definitions into cdktf.out/ (or CDKTF_OUTDIR).
 * Invalid definitions stop here with every problem listed and nothing written.
 */
import { definitions } from "./definitions";
import { buildApp, validate } from "./src/app";
import { DefinitionError } from "./src/model";

function main(): void {
  let model;
  try {
    model = validate(definitions);
  } catch (error) {
    if (error instanceof DefinitionError) {
      process.stderr.write(`error: ${error.message}\nNothing was synthesized.\n`);
      process.exit(1);
    }
    throw error;
  }
  buildApp(model).synth();
}

main();
