/** npm run catalog: synthesize, then write cdktf.out/CATALOG.md. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { catalog } from "../engine/review/catalog";
import { readStacks } from "../engine/review/stacks";
import { validate } from "../stacks/app";
import { defaultOutdir } from "../stacks/project-root";
import { synthCommand } from "../stacks/synth";
import { runCommand } from "./cli";

runCommand({
  usage: "npm run catalog",
  summary: "Synthesizes, then writes cdktf.out/CATALOG.md: SLOs with their tiers per target, alerts, routing per team, resources and cost.",
  options: {},
  run: () => {
    const definitions = projectDefinitionsOrExit();
    const outdir = defaultOutdir();
    const code = synthCommand(definitions, outdir, process.stderr);
    if (code !== 0) return code;
    const file = join(outdir, "CATALOG.md");
    writeFileSync(file, catalog(validate(definitions), readStacks(outdir)));
    console.log(`wrote ${file}`);
    return 0;
  },
});
