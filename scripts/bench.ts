/**
 * npm run bench: synthesizes the bundled definitions and generated definitions of 10, 100 and
 * 1,000 SLOs, each in a fresh process under /usr/bin/time -v, and prints wall time (Node's
 * clock), peak RSS, resources and bytes of output, against the floor (a minimal cdktf app that
 * loads the same provider modules and writes one resource), then the time each added SLO costs
 * between sizes. Sizes can be given: npm run bench -- 10 100
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Run {
  wallSeconds: number;
  peakMiB: number;
  resources?: number;
  bytes?: number;
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

/** Runs `node script <outdir> ...args` once; the outdir is a fresh temporary folder. */
function measure(script: string, args: string[]): Run {
  const out = mkdtempSync(join(tmpdir(), "bench-"));
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, join(__dirname, script), join(out, "cdktf.out"), ...args], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${script} ${args.slice(0, 1).join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  const size = outputSize(join(out, "cdktf.out"));
  rmSync(out, { recursive: true, force: true });
  return { wallSeconds, peakMiB: peakKiB / 1024, ...size };
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

function main(): void {
  const sizes = process.argv.slice(2).map(Number);
  const plan = sizes.length ? sizes : [10, 100, 1000];
  const modules = providerModules();
  // The floor and the defaults run in turn, five pairs, and their ratio is taken pair by pair:
  // on a shared machine whose speed drifts, a ratio of neighbours holds where absolute times don't.
  const pairs = Array.from({ length: 5 }, () => [measure("bench-floor.js", modules), measure("bench-synth.js", ["0"])]);
  const floor = pairs.map(([f]) => f);
  const defaults = pairs.map(([, d]) => d);
  const floorWall = median(floor, "wallSeconds");
  const defaultsRatio = middle(pairs.map(([f, d]) => d.wallSeconds / f.wallSeconds));
  console.log(`| definitions | wall (median) | x floor | peak RSS | resources | output |`);
  console.log(`|---|---|---|---|---|---|`);
  const row = (label: string, runs: Run[], ratio: number) =>
    console.log(
      `| ${label} | ${median(runs, "wallSeconds").toFixed(2)} s | ${ratio.toFixed(1)} | ${median(runs, "peakMiB").toFixed(0)} MiB | ${runs[0].resources} | ${((runs[0].bytes ?? 0) / 1048576).toFixed(1)} MiB |`,
    );
  row(`floor: one resource, the same ${modules.length} provider modules`, floor, 1);
  row("bundled defaults (x floor: median of 5 paired runs)", defaults, defaultsRatio);
  const walls: [number, number][] = [];
  for (const n of plan) {
    const runs = Array.from({ length: n >= 1000 ? 1 : 3 }, () => measure("bench-synth.js", [String(n)]));
    const wall = median(runs, "wallSeconds");
    walls.push([n, wall]);
    row(`${n} SLOs, ${n} alert rules, ${Math.ceil(n / 10)} services and dashboards`, runs, wall / floorWall);
  }
  // Linear scaling shows as the same cost per added SLO between every pair of sizes.
  for (let i = 1; i < walls.length; i++) {
    const [[n0, t0], [n1, t1]] = [walls[i - 1], walls[i]];
    console.log(`per added SLO, ${n0} -> ${n1}: ${((1000 * (t1 - t0)) / (n1 - n0)).toFixed(1)} ms`);
  }
}

main();
