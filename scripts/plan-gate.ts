/**
 * node dist/scripts/plan-gate.js <outdir> <stack> <plan.json>: the deploy workflow's check
 * between `terraform plan` and apply. Reads the plan (`terraform show -json`) of one stack and
 * refuses (exit 1, each store named) a plan that destroys or replaces a store holding data, or
 * shortens a protected log class's retention, unless the definitions say so (the synthesized
 * summary in <outdir>: a retired class, a class's `acknowledge`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { planStoreProblems, type PlanJson } from "../engine/review/plan-gate";
import { formatStoreProblem } from "../engine/review/protected";
import { SUMMARY_FILE, type Summary } from "../engine/review/summary";
import { EXIT, runCommand } from "./cli";

function main(outdir: string, stack: string, planFile: string): number {
  for (const file of [join(outdir, SUMMARY_FILE), planFile])
    if (!existsSync(file)) {
      process.stderr.write(`error: ${file} does not exist\n`);
      return EXIT.usage;
    }
  const summary = JSON.parse(readFileSync(join(outdir, SUMMARY_FILE), "utf8")) as Summary;
  const plan = JSON.parse(readFileSync(planFile, "utf8")) as PlanJson;
  const problems = planStoreProblems(stack, plan, summary);
  for (const p of problems) process.stderr.write(`::error::${formatStoreProblem(p)}\n`);
  if (problems.length === 0) process.stdout.write(`plan of ${stack}: no store that holds data is destroyed, replaced or cut short\n`);
  return problems.length ? EXIT.problems : EXIT.ok;
}

runCommand({
  usage: "node dist/scripts/plan-gate.js",
  summary:
    "Refuses (exit 1) a stack's Terraform plan that destroys or replaces a store holding data, or shortens a protected log class's retention, unless the definitions say so.",
  options: {},
  positionals: [
    { name: "outdir", description: "the synthesized output the plan was made from (cdktf.out)", required: true },
    { name: "stack", description: "the stack planned, for example gcp-prod", required: true },
    { name: "plan.json", description: "terraform show -json of the saved plan", required: true },
  ],
  run: (_options, [outdir, stack, planFile]) => main(outdir, stack, planFile),
});
