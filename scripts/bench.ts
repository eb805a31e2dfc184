/**
 * npm run bench: synthesizes the bundled definitions and generated definitions of 10, 100 and
 * 1,000 SLOs, each in a fresh process under /usr/bin/time -v, and prints wall time (Node's
 * clock), peak RSS, resources and bytes of output, against the floor (a minimal cdktf app that
 * loads the same provider modules and writes one resource), then the time each added SLO costs
 * between sizes. Sizes can be given: npm run bench -- 10 100
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Run { wallSeconds: number; peakMiB: number; resources?: number; bytes?: number }

/** Runs `node script <outdir> ...args` once; the outdir is a fresh temporary folder. */
function measure(script: string, args: string[]): Run {
  const out = mkdtempSync(join(tmpdir(), "bench-"));
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, join(__dirname, script), join(out, "cdktf.out"), ...args], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, maxBuffer: 64 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${script} ${args.slice(0, 1).join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  const size = result.stdout.trim() ? JSON.parse(result.stdout.trim().split("\n").pop()!) : {};
  return { wallSeconds, peakMiB: peakKiB / 1024, ...size };
}

const median = (runs: Run[], key: "wallSeconds" | "peakMiB") => [...runs].sort((a, b) => a[key] - b[key])[Math.floor(runs.length / 2)][key];

/** The files of every provider module the app loads, for the floor to load too. */
function providerModules(): string[] {
  require("../src/app");
  return Object.keys(require.cache).filter((f) => /node_modules\/@cdktf\/provider-|\.gen\/providers\//.test(f)).sort();
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number);
  const plan = sizes.length ? sizes : [10, 100, 1000];
  const modules = providerModules();
  const floor = [0, 1, 2].map(() => measure("bench-floor.js", modules));
  const floorWall = median(floor, "wallSeconds");
  console.log(`| definitions | wall (median) | x floor | peak RSS | resources | output |`);
  console.log(`|---|---|---|---|---|---|`);
  console.log(`| floor: one resource, the same ${modules.length} provider modules | ${floorWall.toFixed(2)} s | 1.0 | ${median(floor, "peakMiB").toFixed(0)} MiB | 1 | |`);
  const walls: [number, number][] = [];
  for (const n of [0, ...plan]) {
    const runs = Array.from({ length: n >= 1000 ? 1 : 3 }, () => measure("bench-synth.js", [String(n)]));
    const wall = median(runs, "wallSeconds");
    if (n > 0) walls.push([n, wall]);
    const label = n === 0 ? "bundled defaults" : `${n} SLOs, ${n} alert rules, ${Math.ceil(n / 10)} services and dashboards`;
    console.log(`| ${label} | ${wall.toFixed(2)} s | ${(wall / floorWall).toFixed(1)} | ${median(runs, "peakMiB").toFixed(0)} MiB | ${runs[0].resources} | ${((runs[0].bytes ?? 0) / 1048576).toFixed(1)} MiB |`);
  }
  // Linear scaling shows as the same cost per added SLO between every pair of sizes.
  for (let i = 1; i < walls.length; i++) {
    const [[n0, t0], [n1, t1]] = [walls[i - 1], walls[i]];
    console.log(`per added SLO, ${n0} -> ${n1}: ${((1000 * (t1 - t0)) / (n1 - n0)).toFixed(1)} ms`);
  }
}

main();
