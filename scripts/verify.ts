/**
 * npm run verify: synthesize, then let the real engines judge the exports. Exits 0 only when
 * every check passes; 2 when promtool or amtool is missing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { projectDefinitionsOrExit } from "../engine/discover";
import { synthCommand } from "../stacks/synth";
import { validate } from "../stacks/app";
import { ALERTMANAGER_FILE, PROMETHEUS_DIR } from "../engine/exporters";
import { ALERT_RULES_FILE, prometheusRuleFiles, SLO_RULES_FILE, type RuleGroup } from "../engine/exporters/prometheus-rules";
import { checkRules, checkRuleSyntax, exportedAlerts, observationTable, verifySlos, verifyRouting } from "../engine/verify";
import { missingTools } from "../engine/verify/tools";
import { runCheckov } from "../engine/verify/checkov";
import { defaultOutdir } from "../stacks/project-root";
import { runCommand } from "./cli";
import { e2eTable, verifyEndToEnd } from "../engine/verify/e2e";

async function main(): Promise<number> {
  const missing = missingTools();
  if (missing) {
    process.stderr.write(`error: ${missing}\n`);
    return 2;
  }
  const definitions = projectDefinitionsOrExit();
  const outdir = defaultOutdir();
  if (synthCommand(definitions, outdir, process.stderr) !== 0) return 1;
  const model = validate(definitions);
  console.log("ok   definitions: valid, every PromQL in alerts, SLIs and dashboards parses");

  // The rule files as written, per environment: what Prometheus would load.
  const read = (env: string, file: string): RuleGroup[] => parse(readFileSync(join(outdir, PROMETHEUS_DIR, env, file), "utf8")).groups;
  const written = model.environments.map((e) => ({
    environment: e.id,
    slo: read(e.id, SLO_RULES_FILE),
    alerts: read(e.id, ALERT_RULES_FILE),
  }));
  const outcomes = [
    checkRuleSyntax(written.flatMap((w) => [...w.slo, ...w.alerts])),
    await checkRules([...prometheusRuleFiles(model).keys()].map((f) => join(outdir, PROMETHEUS_DIR, f))),
  ];
  // The real servers run while the other engines work: the server run mostly waits for time to pass.
  const amFile = join(outdir, ALERTMANAGER_FILE);
  const e2eRun = verifyEndToEnd(model, readFileSync(amFile, "utf8"), join(outdir, "e2e"));
  const started = Date.now();
  const burn = await verifySlos(model, written, join(outdir, PROMETHEUS_DIR, "tests"));
  outcomes.push(burn);
  const alerts = exportedAlerts(written.map((w) => ({ environment: w.environment, groups: [...w.slo, ...w.alerts] })));
  outcomes.push(await verifyRouting(model, amFile, readFileSync(amFile, "utf8"), alerts));
  const engineSeconds = (Date.now() - started) / 1000;
  outcomes.push(await runCheckov(join(outdir, "stacks")));
  const e2e = await e2eRun;
  outcomes.push(e2e);

  for (const o of outcomes) for (const line of o.lines) console.log(line);
  console.log("\nBurn-rate alerts under a total outage (promtool, predicted by the model):\n");
  console.log(observationTable(burn.observations));
  console.log(`\npromtool SLO tests and amtool routing: ${engineSeconds.toFixed(1)} s`);
  console.log("\nOne outage on the real Prometheus and Alertmanager (windows scaled down; seconds from the outage):\n");
  console.log(e2eTable(e2e.rows));
  console.log(`\nend to end: ${e2e.seconds.toFixed(0)} s`);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(failed ? `\nverify: FAILED (${failed} of ${outcomes.length} checks)` : `\nverify: all ${outcomes.length} checks passed`);
  return failed ? 1 : 0;
}

runCommand({
  usage: "npm run verify",
  summary:
    "Synthesizes, then lets the real engines judge the exports: promtool, amtool, checkov, and one outage on real Prometheus and Alertmanager servers on loopback.",
  options: {},
  run: () => main(),
});
