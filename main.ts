/**
 * Synthesizes the stacks of the definitions in config/, slos/, alerts/, logs/ and dashboards/ into cdktf.out/ (or CDKTF_OUTDIR):
 * every environment, or one with `--env <id>` (npm run synth -- --env staging).
 */
import { projectDefinitionsOrExit } from "./engine/discover";
import { synthCommand } from "./stacks/synth";

const args = process.argv.slice(2);
const envFlag = args.indexOf("--env");
if (args.length > 0 && (envFlag !== 0 || args.length !== 2)) {
  process.stderr.write("usage: node dist/main.js [--env <environment>]\n");
  process.exitCode = 2;
} else {
  process.exitCode = synthCommand(projectDefinitionsOrExit(), undefined, process.stderr, envFlag === 0 ? args[1] : undefined);
}
