/**
 * npm run verify: synthesize, then let the real engines judge the exports. Exits 0 only when
 * every check passes; 2 when promtool or amtool is missing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectDefinitionsOrExit } from "../engine/discover";
import { synthCommand } from "../stacks/synth";
import { validate } from "../stacks/app";
import { ALERTMANAGER_FILE, PROMETHEUS_DIR } from "../engine/exporters";
import { alertRuleGroups, prometheusRuleFiles, sloRuleGroups } from "../engine/exporters/prometheus-rules";
import { checkRules, checkRuleSyntax, observationTable, verifyBurnRates, verifyRouting } from "../engine/verify";
import { missingTools } from "../engine/verify/tools";
import { runCheckov } from "../engine/verify/checkov";
import { defaultOutdir } from "../stacks/project-root";

const definitions = projectDefinitionsOrExit();

async function main(): Promise<number> {
  const missing = missingTools();
  if (missing) {
    process.stderr.write(`error: ${missing}\n`);
    return 2;
  }
  const outdir = defaultOutdir();
  if (synthCommand(definitions, outdir, process.stderr) !== 0) return 1;
  const model = validate(definitions);
  console.log("ok   definitions: valid, every PromQL in alerts, SLIs and dashboards parses");

  const outcomes = [
    checkRuleSyntax([...sloRuleGroups(model), ...alertRuleGroups(model)]),
    await checkRules([...prometheusRuleFiles(model).keys()].map((f) => join(outdir, PROMETHEUS_DIR, f))),
  ];
  const burn = await verifyBurnRates(model, sloRuleGroups(model), join(outdir, PROMETHEUS_DIR, "tests"));
  outcomes.push(burn);
  const amFile = join(outdir, ALERTMANAGER_FILE);
  outcomes.push(await verifyRouting(model, amFile, readFileSync(amFile, "utf8")));
  outcomes.push(await runCheckov(join(outdir, "stacks")));

  for (const o of outcomes) for (const line of o.lines) console.log(line);
  console.log("\nBurn-rate alerts under a total outage (promtool, predicted by the model):\n");
  console.log(observationTable(burn.observations));
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(failed ? `\nverify: FAILED (${failed} of ${outcomes.length} checks)` : `\nverify: all ${outcomes.length} checks passed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
