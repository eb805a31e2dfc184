/** npm run openslo:export: writes the SLOs as OpenSLO v1 files to cdktf.out/openslo/. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { validate } from "../stacks/app";
import { DefinitionError } from "../engine/model";
import { exportOpenSlo } from "../engine/openslo/export";
import { defaultOutdir } from "../stacks/project-root";

const definitions = projectDefinitionsOrExit();

try {
  const out = join(defaultOutdir(), "openslo");
  mkdirSync(out, { recursive: true });
  const { files, skipped } = exportOpenSlo(validate(definitions));
  for (const [name, text] of files) {
    writeFileSync(join(out, name), text);
    console.log(`wrote ${join(out, name)}`);
  }
  for (const s of skipped) console.log(`not exported: ${s}`);
} catch (error) {
  if (!(error instanceof DefinitionError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exitCode = 1;
}
