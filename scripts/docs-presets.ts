/** npm run docs:presets: writes docs/reference/presets.md from the AWS and Google Cloud presets' registries. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRESETS_REFERENCE, presetsReference } from "../engine/reference/presets";
import { projectRoot } from "../engine/discover";
import { runCommand } from "./cli";

runCommand({
  usage: "npm run docs:presets",
  summary: `Writes ${PRESETS_REFERENCE}: every AWS preset's alarms with their metrics, thresholds, periods, missing-data treatment and severities, and every Google Cloud preset's alert conditions.`,
  options: {},
  run: () => {
    const file = join(projectRoot(), PRESETS_REFERENCE);
    writeFileSync(file, presetsReference());
    console.log(`wrote ${file}`);
    return 0;
  },
});
