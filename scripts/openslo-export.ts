/** npm run openslo:export: writes the SLOs as OpenSLO v1 files to cdktf.out/openslo/. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { exportOpenSlo } from "../engine/openslo/export";
import { validate } from "../stacks/app";
import { defaultOutdir } from "../stacks/project-root";
import { runCommand } from "./cli";

runCommand({
  usage: "npm run openslo:export",
  summary: "Writes every SLO as an OpenSLO v1 file to cdktf.out/openslo/, and says which it cannot express.",
  options: {},
  run: () => {
    const out = join(defaultOutdir(), "openslo");
    const { files, skipped } = exportOpenSlo(validate(projectDefinitionsOrExit()));
    mkdirSync(out, { recursive: true });
    for (const [name, text] of files) {
      writeFileSync(join(out, name), text);
      console.log(`wrote ${join(out, name)}`);
    }
    for (const s of skipped) console.log(`not exported: ${s}`);
    return 0;
  },
});
