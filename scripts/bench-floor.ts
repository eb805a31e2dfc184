/**
 * The benchmark's floor: cdktf writing the stacks of a synth's output again from literals
 * (scripts/replay.ts), with the same provider modules loaded and cdktf configured as the real app:
 * node bench-floor.js <outdir> <cdktf.out to replay> <provider module files...>
 * Prints one JSON line of its phases in milliseconds, timed with Node's clock.
 */
import { performance } from "node:perf_hooks";

const phases: [string, number][] = [["node start", performance.now()]];
let last = performance.now();
function mark(name: string): void {
  const now = performance.now();
  phases.push([name, now - last]);
  last = now;
}

const [outdir, source, ...providerModules] = process.argv.slice(2);
require("cdktf");
mark("cdktf module");
for (const file of providerModules) require(file);
mark("provider modules");
// As the app does (stacks/token-stack-traces.ts): cdktf's stack trace per token, off.
(require("../stacks/token-stack-traces") as typeof import("../stacks/token-stack-traces")).configureTokenStackTraces({});
const { readStacks, replayStacks } = require("./replay") as typeof import("./replay");
const stacks = readStacks(source);
mark("read the output to replay");
const app = replayStacks(stacks, outdir);
mark("constructs (generic, from literals)");
app.synth();
mark("cdktf synth (app, tokens, JSON, files)");
process.stdout.write(`${JSON.stringify(Object.fromEntries(phases))}\n`);
