/** npm run catalog: synthesize, then write cdktf.out/CATALOG.md. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { validate } from "../stacks/app";
import { synthCommand } from "../stacks/synth";
import { catalog } from "../engine/review/catalog";
import { readStacks } from "../engine/review/stacks";
import { defaultOutdir } from "../stacks/project-root";

const definitions = projectDefinitionsOrExit();

const outdir = defaultOutdir();
const code = synthCommand(definitions, outdir, process.stderr);
if (code === 0) {
  const file = join(outdir, "CATALOG.md");
  writeFileSync(file, catalog(validate(definitions), readStacks(outdir)));
  console.log(`wrote ${file}`);
}
process.exitCode = code;
