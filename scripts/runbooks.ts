/** npm run runbooks: writes a skeleton for each runbooks/<name>.md link that has no file yet. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { buildModel } from "../engine/model";
import { missingRunbookSkeletons } from "../engine/review/runbooks";
import { withOpenSlo } from "../stacks/app";
import { projectRoot } from "../stacks/project-root";
import { runCommand } from "./cli";

runCommand({
  usage: "npm run runbooks",
  summary: "Writes a skeleton, filled with what the definitions know, for each runbooks/<name>.md link that has no file yet.",
  options: {},
  run: () => {
    const definitions = projectDefinitionsOrExit();
    // The model, not validate(): missing runbook files are what this command fixes.
    const skeletons = missingRunbookSkeletons(buildModel(withOpenSlo(definitions)), definitions.root ?? projectRoot());
    for (const [file, text] of skeletons) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
    if (skeletons.size === 0) console.log("every in-repository runbook exists");
    return 0;
  },
});
