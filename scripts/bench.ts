/**
 * npm run bench: synth against its replay floor, cdktf writing the very same stacks from literals
 * (scripts/replay.ts) with the same provider modules loaded, built from this run's own output.
 * Every figure comes from fresh processes under /usr/bin/time -v (wall time on Node's clock in
 * this process, peak RSS from time):
 *   1. the bundled definitions: synth and its replay in turn, PAIRS pairs, alternating which goes
 *      first; the ratio is the median of the pairs' ratios, so it holds while a shared machine's
 *      speed drifts;
 *   2. the phases of one synth and of one replay, timed inside the process (medians of 5 runs);
 *   3. generated definitions of 10, 100 and 1,000 SLOs (an SLO with Prometheus and CloudWatch
 *      sources and an alert rule per unit, a service and a dashboard per 10), each against the
 *      replay of its own output, and the time each added SLO costs between sizes.
 *   4. the loop: all of verify on the bundled definitions and per added SLO (bench-verify.ts),
 *      and npm test (bench-tests.ts), each in a process of its own; --synth-only skips them.
 * Sizes can be given: npm run bench -- 10 100 (0 sizes: npm run bench -- none).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStacks, replayDifferences } from "./replay";
import { EXIT, runCommand } from "./cli";

const PAIRS = 9;
const PHASE_RUNS = 5;

interface Run {
  wallSeconds: number;
  peakMiB: number;
  resources: number;
  bytes: number;
  /** What the process printed on stdout (the phases of bench-phases and bench-floor). */
  stdout: string;
}

/** Resources and bytes written under `dir`, counted here so the measured process is synth alone. */
function outputSize(dir: string): { resources: number; bytes: number } {
  let resources = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        if (f === "cdk.tf.json")
          resources += Object.values<Record<string, unknown>>(JSON.parse(readFileSync(p, "utf8")).resource ?? {}).reduce(
            (sum, r) => sum + Object.keys(r).length,
            0,
          );
      }
    }
  };
  walk(dir);
  return { resources, bytes };
}

/** The run's scratch folder, made when the bench starts (not for --help) and removed at its end. */
let scratch = "";

/**
 * Runs `node script <outdir> ...args` once into a fresh folder; `keep` keeps what it wrote there.
 * The script "main.js" is the app itself (node dist/main.js), given its folder as cdktf gives it.
 */
function measure(script: string, args: string[], keep?: string): Run {
  const out = keep ?? mkdtempSync(join(scratch, "run-"));
  const outdir = join(out, "cdktf.out");
  const app = script === "main.js";
  const start = process.hrtime.bigint();
  const command = [process.execPath, app ? join(__dirname, "..", "main.js") : join(__dirname, script), ...(app ? [] : [outdir]), ...args];
  const result = spawnSync("/usr/bin/time", ["-v", ...command], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...(app ? { CDKTF_OUTDIR: outdir } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${script} ${args.slice(0, 1).join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  const size = outputSize(join(out, "cdktf.out"));
  if (!keep) rmSync(out, { recursive: true, force: true });
  return { wallSeconds, peakMiB: peakKiB / 1024, ...size, stdout: result.stdout };
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const median = (runs: Run[], key: "wallSeconds" | "peakMiB") => middle(runs.map((r) => r[key]));

/** The files of every provider module the app loads, for the floor to load too. */
function providerModules(): string[] {
  require("../stacks/app");
  return Object.keys(require.cache)
    .filter((f) => /node_modules\/@cdktf\/provider-|\.gen\/providers\//.test(f))
    .sort();
}

/** The entry files of the Grafana foundation SDK modules the bundled definitions load. */
function sdkModules(): string[] {
  (require("../engine/discover") as typeof import("../engine/discover")).projectDefinitions();
  return Object.keys(require.cache)
    .filter((f) => /grafana-foundation-sdk\/dist\/[^/]+\/index\.js$/.test(f))
    .sort();
}

/** Counts what the replay re-creates: each block of each stack. */
function describe(cdktfOut: string): string {
  const count = { resources: 0, "data sources": 0, variables: 0, outputs: 0, providers: 0 };
  const stacks = readStacks(cdktfOut);
  for (const json of stacks.values()) {
    const of = (key: string) => Object.values((json[key] ?? {}) as Record<string, object>);
    count.resources += of("resource").reduce((n, r) => n + Object.keys(r).length, 0);
    count["data sources"] += of("data").reduce((n, r) => n + Object.keys(r).length, 0);
    count.variables += of("variable").length;
    count.outputs += of("output").length;
    count.providers += of("provider").reduce((n, p) => n + (p as unknown[]).length, 0);
  }
  return `${stacks.size} stacks: ${Object.entries(count)
    .map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`)
    .join(", ")}`;
}

/**
 * Synth of `size` (0: the bundled definitions) and the replay of its output, `pairs` times in
 * turn (alternating which goes first); the replay checked once against the synth's output.
 */
function paired(size: number, pairs: number, modules: string[]): { synth: Run[]; floor: Run[]; ratios: number[]; source: string } {
  const source = mkdtempSync(join(scratch, "source-"));
  // The bundled definitions are synthesized by the app itself; generated ones by bench-synth.
  const synthOnce = (keep?: string) => (size === 0 ? measure("main.js", [], keep) : measure("bench-synth.js", [String(size)], keep));
  synthOnce(source);
  const sourceOut = join(source, "cdktf.out");
  const check = mkdtempSync(join(scratch, "check-"));
  measure("bench-floor.js", [sourceOut, ...modules], check);
  const differences = replayDifferences(sourceOut, join(check, "cdktf.out"));
  if (differences.length) throw new Error(`the replay is not the synth's output: ${differences.join("; ")}`);
  rmSync(check, { recursive: true, force: true });
  const synth: Run[] = [];
  const floor: Run[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const runFloor = () => measure("bench-floor.js", [sourceOut, ...modules]);
    let f: Run;
    let s: Run;
    if (i % 2 === 0) {
      f = runFloor();
      s = synthOnce();
    } else {
      s = synthOnce();
      f = runFloor();
    }
    synth.push(s);
    floor.push(f);
    ratios.push(s.wallSeconds / f.wallSeconds);
  }
  return { synth, floor, ratios, source: sourceOut };
}

/** Median of each phase over runs that printed one JSON line of phases. */
function phaseMedians(runs: Run[]): Map<string, number> {
  const rows = runs.map((r) => JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number>);
  return new Map(Object.keys(rows[0]).map((k) => [k, middle(rows.map((r) => r[k]))]));
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

/** The loop's figures: verify per size, then the test suite; false when either fails. */
function loop(): boolean {
  const section = (title: string, script: string) => {
    console.log(`\n${title}\n`);
    return spawnSync(process.execPath, [join(__dirname, script)], { stdio: "inherit" }).status === 0;
  };
  const verify = section("npm run verify, bundled and with generated SLOs:", "bench-verify.js");
  const tests = section("npm test:", "bench-tests.js");
  return verify && tests;
}

function main(args: readonly string[], synthOnly: boolean): number {
  if (args.some((a) => a !== "none" && !(Number(a) > 0))) {
    process.stderr.write(`error: sizes are numbers of SLOs (or "none"), got ${args.join(" ")}\n`);
    return EXIT.usage;
  }
  const sizes = args[0] === "none" ? [] : args.length ? args.map(Number) : [10, 100, 1000];
  const modules = providerModules();
  const sdk = sdkModules();

  const bundled = paired(0, PAIRS, modules);
  const spread = [Math.min(...bundled.ratios), Math.max(...bundled.ratios)].map((r) => r.toFixed(2)).join("-");
  const ratio = middle(bundled.ratios);
  console.log(`Replay floor: cdktf writing the synth's own ${describe(bundled.source)}`);
  console.log(`from literals, with the same ${modules.length} provider modules loaded (checked: equal JSON but for cdktf's metadata).\n`);
  console.log(`| bundled definitions | wall (median) | peak RSS (median) | resources | output |`);
  console.log(`|---|---|---|---|---|`);
  for (const [label, runs] of [
    ["replay floor", bundled.floor],
    ["synth (node dist/main.js)", bundled.synth],
  ] as const)
    console.log(
      `| ${label} | ${s(median(runs, "wallSeconds"))} | ${median(runs, "peakMiB").toFixed(0)} MiB | ${runs[0].resources} | ${mib(runs[0].bytes)} |`,
    );
  console.log(`\nsynth / replay floor: ${ratio.toFixed(2)} (median of ${PAIRS} paired runs; pairs ${spread})\n`);

  // Phases: instrumented runs of one synth (the steps synthCommand takes) and of one replay.
  const synthPhases: Run[] = [];
  const floorPhases: Run[] = [];
  for (let i = 0; i < PHASE_RUNS; i++) {
    synthPhases.push(measure("bench-phases.js", [...modules, ...sdk]));
    floorPhases.push(measure("bench-floor.js", [bundled.source, ...modules]));
  }
  const [ours, floor] = [phaseMedians(synthPhases), phaseMedians(floorPhases)];
  console.log(`| phase of one synth (medians of ${PHASE_RUNS} runs) | synth | replay floor |`);
  console.log(`|---|---|---|`);
  const ms = (v: number | undefined) => (v === undefined ? "" : `${v.toFixed(0)} ms`);
  const shared = ["node start", "cdktf module", "provider modules"];
  for (const k of shared) console.log(`| ${k} | ${ms(ours.get(k))} | ${ms(floor.get(k))} |`);
  for (const [k, v] of floor) if (!shared.includes(k) && !ours.has(k)) console.log(`| ${k} | | ${ms(v)} |`);
  for (const [k, v] of ours) if (!shared.includes(k)) console.log(`| ${k} | ${ms(v)} | ${ms(floor.get(k))} |`);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`| sum of the medians | ${ms(sum(ours))} | ${ms(sum(floor))} |`);

  if (sizes.length === 0) return synthOnly || loop() ? EXIT.ok : EXIT.problems;
  console.log(`\n| generated definitions | synth wall | replay floor | x floor | peak RSS | resources | output |`);
  console.log(`|---|---|---|---|---|---|---|`);
  const walls: [number, number][] = [];
  for (const n of sizes) {
    const run = paired(n, n >= 1000 ? 1 : 3, modules);
    const wall = median(run.synth, "wallSeconds");
    walls.push([n, wall]);
    console.log(
      `| ${n.toLocaleString("en-US")} SLOs, ${n.toLocaleString("en-US")} alert rules, ${Math.ceil(n / 10) === 1 ? "1 service and dashboard" : `${Math.ceil(n / 10)} services and dashboards`} | ${s(wall)} | ${s(median(run.floor, "wallSeconds"))} | ${middle(run.ratios).toFixed(2)} | ${median(run.synth, "peakMiB").toFixed(0)} MiB | ${run.synth[0].resources.toLocaleString("en-US")} | ${mib(run.synth[0].bytes)} |`,
    );
  }
  // Linear scaling shows as the same cost per added SLO between every pair of sizes.
  for (let i = 1; i < walls.length; i++) {
    const [[n0, t0], [n1, t1]] = [walls[i - 1], walls[i]];
    console.log(`per added SLO, ${n0} -> ${n1}: ${((1000 * (t1 - t0)) / (n1 - n0)).toFixed(1)} ms`);
  }
  return synthOnly || loop() ? EXIT.ok : EXIT.problems;
}

runCommand({
  usage: "npm run bench",
  summary:
    "Times synth against the replay floor (cdktf writing the same stacks from literals) in paired runs, with a per-phase breakdown, then synth of generated definitions of each size, then verify (bundled and per added SLO) and npm test.",
  options: { "synth-only": { type: "boolean", description: "time synth only, not verify and npm test" } },
  positionals: [
    { name: "sizes", description: 'numbers of generated SLOs (default 10 100 1000; "none" for the bundled only)', variadic: true },
  ],
  run: (values, sizes) => {
    scratch = mkdtempSync(join(tmpdir(), "bench-"));
    try {
      return main(sizes, values["synth-only"] ?? false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
});
