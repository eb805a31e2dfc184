/**
 * One synth of the bundled definitions, step by step as synthCommand takes them, timed with
 * Node's clock: node <outdir> <module files...>. Prints one JSON line of phases in milliseconds.
 * cdktf and the provider modules the app loads come first, on their own, since the floor loads
 * them too. What the app needs beyond cdktf and would otherwise load or initialize inside a
 * later step is timed apart, ahead of that step: the Grafana foundation SDK modules the
 * dashboards are built with (given among the module files), the YAML library and the PromQL
 * grammar, and the time-zone data the on-call checks read.
 */
import { performance } from "node:perf_hooks";
import type { Target } from "../stacks/target";

const phases: [string, number][] = [["node start", performance.now()]];
let last = performance.now();
/** Records the time since the previous mark under `name`. */
function mark(name: string): void {
  const now = performance.now();
  phases.push([name, now - last]);
  last = now;
}

const [outdir, ...modules] = process.argv.slice(2);
const sdk = /grafana-foundation-sdk/;
require("cdktf");
mark("cdktf module");
for (const file of modules.filter((f) => !sdk.test(f))) require(file);
mark("provider modules");
for (const file of modules.filter((f) => sdk.test(f))) require(file);
mark("Grafana foundation SDK modules (the dashboards are built with them)");
require("yaml");
require("@prometheus-io/lezer-promql");
mark("YAML library and PromQL grammar modules");
// The first formatter with a time zone loads ICU's zone data, as the on-call checks' first does.
new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York" }).format(0);
mark("time-zone data (ICU), first use");
const { synthesize, targetProblems, withOpenSlo } = require("../stacks/app") as typeof import("../stacks/app");
const { TARGETS } = require("../stacks/targets") as typeof import("../stacks/targets");
const { projectDefinitions } = require("../engine/discover") as typeof import("../engine/discover");
const { buildModel } = require("../engine/model") as typeof import("../engine/model");
const { writeExports } = require("../engine/exporters") as typeof import("../engine/exporters");
mark("project modules (stacks, constructs, engine)");

const definitions = projectDefinitions();
mark("load definitions");
const root = definitions.root!;
const model = buildModel(withOpenSlo(definitions, root));
mark("model (checks every definition, parses PromQL, derives)");
const problems = targetProblems(model, root);
if (problems.length) throw new Error(`the bundled definitions do not validate: ${JSON.stringify(problems)}`);
mark("validation (target limits, runbooks, state)");

// Each target's stack() builds its constructs; what synthesize spends outside them is cdktf's.
const constructs = new Map<string, number>();
const timed: Target[] = TARGETS.map((t) => ({
  ...t,
  stack: (scope, id, props) => {
    const start = performance.now();
    try {
      return t.stack(scope, id, props);
    } finally {
      constructs.set(t.id, (constructs.get(t.id) ?? 0) + performance.now() - start);
    }
  },
}));
const written = synthesize(model, outdir, undefined, timed);
const synthMs = performance.now() - last;
for (const [id, ms] of constructs) phases.push([`constructs: ${id}`, ms]);
phases.push(["cdktf synth (app, tokens, JSON, files)", synthMs - [...constructs.values()].reduce((a, b) => a + b, 0)]);
last = performance.now();
writeExports(model, written);
mark("exports (Prometheus rules, Alertmanager, summary)");

process.stdout.write(`${JSON.stringify(Object.fromEntries(phases))}\n`);
