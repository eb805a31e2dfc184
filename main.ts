/**
 * `npm run synth`: synthesizes the stacks of the definitions in config/, slos/, alerts/, logs/
 * and dashboards/ into cdktf.out/ (or CDKTF_OUTDIR), every environment or one.
 */
import { projectDefinitionsOrExit } from "./engine/discover";
import { runCommand } from "./scripts/cli";
import { synthCommand } from "./stacks/synth";

runCommand({
  usage: "npm run synth",
  summary: "Validates the definitions and writes every stack as Terraform JSON, with the Prometheus and Alertmanager exports.",
  options: { env: { type: "string", valueName: "environment", description: "synthesize one environment only" } },
  run: ({ env }) => synthCommand(projectDefinitionsOrExit(), undefined, process.stderr, env, process.stdout),
});
