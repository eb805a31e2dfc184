/**
 * Synthesizes the stacks of the bundled definitions into cdktf.out/ (or CDKTF_OUTDIR):
 * every environment, or one with `--env <id>` (npm run synth -- --env staging).
 */
import { definitions } from "./definitions";
import { synthCommand } from "./stacks/synth";

const args = process.argv.slice(2);
const envFlag = args.indexOf("--env");
if (args.length > 0 && (envFlag !== 0 || args.length !== 2)) {
  process.stderr.write("usage: node dist/main.js [--env <environment>]\n");
  process.exitCode = 2;
} else {
  process.exitCode = synthCommand(definitions, undefined, process.stderr, envFlag === 0 ? args[1] : undefined);
}
