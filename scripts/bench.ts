/**
 * npm run bench: synthesizes generated definitions of 10, 100 and 1,000 SLOs and the bundled
 * definitions, each in a fresh process under /usr/bin/time -v, and prints wall time (Node's
 * clock), peak RSS, resources and bytes of output, against the floor (a minimal cdktf app
 * with the same provider modules and one resource). Sizes can be given: npm run bench -- 10 100
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Run { wallSeconds: number; peakMiB: number; resources?: number; bytes?: number }

function measure(script: string, args: string[]): Run {
  const out = mkdtempSync(join(tmpdir(), "bench-"));
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, join(__dirname, script), ...args, join(out, "cdktf.out")], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, maxBuffer: 64 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  const size = result.stdout.trim() ? JSON.parse(result.stdout.trim().split("\n").pop()!) : {};
  return { wallSeconds, peakMiB: peakKiB / 1024, ...size };
}

const median = (runs: Run[], key: "wallSeconds" | "peakMiB") => [...runs].sort((a, b) => a[key] - b[key])[Math.floor(runs.length / 2)][key];

function main(): void {
  const sizes = process.argv.slice(2).map(Number);
  const plan = sizes.length ? sizes : [10, 100, 1000];
  const repeat = (n: number) => (n >= 1000 ? 1 : 3);
  const floor = [0, 1, 2].map(() => measure("bench-floor.js", []));
  const floorWall = median(floor, "wallSeconds");
  console.log(`| definitions | wall (median) | x floor | peak RSS | resources | output |`);
  console.log(`|---|---|---|---|---|---|`);
  console.log(`| floor: one resource, same provider modules | ${floorWall.toFixed(2)} s | 1.0 | ${median(floor, "peakMiB").toFixed(0)} MiB | 1 | |`);
  for (const n of [0, ...plan]) {
    const runs = Array.from({ length: n === 0 ? 3 : repeat(n) }, () => measure("bench-synth.js", [String(n)]));
    const wall = median(runs, "wallSeconds");
    const label = n === 0 ? "bundled defaults" : `${n} SLOs, ${n} alert rules, ${Math.ceil(n / 10)} services and dashboards`;
    console.log(`| ${label} | ${wall.toFixed(2)} s | ${(wall / floorWall).toFixed(1)} | ${median(runs, "peakMiB").toFixed(0)} MiB | ${runs[0].resources} | ${((runs[0].bytes ?? 0) / 1048576).toFixed(1)} MiB |`);
  }
}

main();
