/**
 * What npm run verify does: synthesize, then let the real engines judge the exports, each
 * check's lines streamed as it finishes ("[3/6] ..."), the tables and the verdict at the end.
 * With json, stdout gets one JSON document at the end and the progress goes to stderr.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Definitions } from "../engine/definitions/types";
import { DefinitionError } from "../engine/model";
import { located } from "../engine/locate";
import { synthCommand } from "../stacks/synth";
import { validate } from "../stacks/app";
import { ALERTMANAGER_FILE, PROMETHEUS_DIR } from "../engine/exporters";
import { ALERT_RULES_FILE, prometheusRuleFiles, ruleFilePairs, SLO_RULES_FILE, type RuleGroup } from "../engine/exporters/prometheus-rules";
import { checkRules, checkRuleSyntax, exportedAlerts, observationTable, verifySlos, verifyRouting } from "../engine/verify";
import { missingTools } from "../engine/verify/tools";
import { runCheckov } from "../engine/verify/checkov";
import { e2eTable, verifyEndToEnd } from "../engine/verify/e2e";
import { streamedChecks, verifyReport } from "../engine/verify/report";
import { writeObserved } from "../engine/verify/observed";
import { defaultOutdir } from "../stacks/project-root";
import { EXIT } from "./cli";

/** The checks, in the order they start; their count is the N of "[k/N]" and of the verdict. */
export const CHECKS = ["rule syntax", "promtool check rules", "promtool test rules", "amtool routing", "checkov", "end to end"] as const;

interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Runs verify; returns the exit code. `load` gives the definitions, and throws DefinitionError on problems. */
export async function runVerify(
  load: () => Definitions,
  json: boolean,
  io: Streams = process,
  outdir: string = defaultOutdir(),
): Promise<number> {
  // With --json, stdout holds only the document: everything a reader watches goes to stderr.
  const say = (text: string) => (json ? io.stderr : io.stdout).write(text);
  const document = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  const missing = missingTools();
  if (missing) {
    io.stderr.write(`error: ${missing}\n`);
    if (json) document({ ...verifyReport([], CHECKS.length), problems: [{ kind: "tool", message: missing }] });
    return EXIT.usage;
  }
  let definitions: Definitions | undefined;
  let model;
  try {
    definitions = load();
    model = validate(definitions);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    io.stderr.write(`error: ${error.message}\nNothing was synthesized.\n`);
    if (json)
      document(
        verifyReport(
          [],
          CHECKS.length,
          definitions,
          error.problems.map((p) => located(p, definitions)),
        ),
      );
    return EXIT.problems;
  }
  if (synthCommand(definitions, outdir, io.stderr) !== 0) return EXIT.problems;
  say("ok   definitions: valid, every PromQL in alerts, SLIs and dashboards parses\n");

  const checks = streamedChecks(CHECKS, say);
  // The rule files as written, per environment (all its teams' where it splits them): what Prometheus would load.
  const read = (folder: string, file: string): RuleGroup[] =>
    parse(readFileSync(join(outdir, PROMETHEUS_DIR, folder, file), "utf8")).groups ?? [];
  const pairs = ruleFilePairs(model);
  const written = model.environments.map((e) => {
    const folders = pairs.filter((p) => p.environment === e.id).map((p) => p.folder);
    return {
      environment: e.id,
      slo: folders.flatMap((f) => read(f, SLO_RULES_FILE)),
      alerts: folders.flatMap((f) => read(f, ALERT_RULES_FILE)),
    };
  });
  await checks.report("rule syntax", checkRuleSyntax(written.flatMap((w) => [...w.slo, ...w.alerts])));
  await checks.report(
    "promtool check rules",
    checkRules([...prometheusRuleFiles(model).keys()].map((f) => join(outdir, PROMETHEUS_DIR, f))),
  );
  // The real servers run while the other engines work: the server run mostly waits for time to pass.
  const amFile = join(outdir, ALERTMANAGER_FILE);
  const e2eRun = checks.report("end to end", verifyEndToEnd(model, readFileSync(amFile, "utf8"), join(outdir, "e2e")));
  // checkov is one process on one core: beside the two promtool runs, not after them, so no core waits.
  const checkovRun = checks.report("checkov", runCheckov(join(outdir, "stacks")));
  const started = Date.now();
  const burn = await checks.report("promtool test rules", verifySlos(model, written, join(outdir, PROMETHEUS_DIR, "tests")));
  // The catalog plots these against the model's predictions.
  writeObserved(outdir, burn.observations);
  const alerts = exportedAlerts(written.map((w) => ({ environment: w.environment, groups: [...w.slo, ...w.alerts] })));
  await checks.report("amtool routing", verifyRouting(model, amFile, readFileSync(amFile, "utf8"), alerts));
  const engineSeconds = (Date.now() - started) / 1000;
  await checkovRun;
  // The server run is the long one: say what the pause is for.
  if (checks.results().length < CHECKS.length)
    say("     end to end: still running (Alertmanager holds each new group's first notification for its group_wait)\n");
  const e2e = await e2eRun;

  const results = checks.results();
  const failed = results.filter((o) => !o.ok).length;
  if (json) {
    document({ ...verifyReport(results, CHECKS.length, definitions), observations: burn.observations, endToEnd: e2e.rows });
    return failed ? EXIT.problems : EXIT.ok;
  }
  say("\nBurn-rate alerts under a total outage (promtool, predicted by the model):\n\n");
  say(`${observationTable(burn.observations)}\n`);
  say(`\npromtool SLO tests and amtool routing: ${engineSeconds.toFixed(1)} s\n`);
  say(
    "\nOn the real Prometheus and Alertmanager (windows scaled down; seconds from the rules loading, or from the outage ending for resolution):\n\n",
  );
  say(`${e2eTable(e2e.rows)}\n`);
  say(`\nend to end: ${e2e.seconds.toFixed(0)} s\n`);
  say(failed ? `\nverify: FAILED (${failed} of ${results.length} checks)\n` : `\nverify: all ${results.length} checks passed\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
