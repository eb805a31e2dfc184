/**
 * npm run bench:tests: the wall time of `npm test` (type check, lint, the whole suite) under
 * /usr/bin/time -v, quiet, and with --busy beside a CPU-heavy neighbour (one busy process per
 * core) to show the suite stays green on a loaded machine. Wall time on Node's clock; CPU and
 * peak RSS from time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import { join } from "node:path";
import { EXIT, runCommand } from "./cli";

interface Timed {
  readonly wallSeconds: number;
  readonly userSeconds: number;
  readonly systemSeconds: number;
  readonly peakMiB: number;
  readonly code: number;
  readonly summary: string;
}

function timedNpmTest(root: string): Promise<Timed> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn("/usr/bin/time", ["-v", "npm", "test"], { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => {
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(out)?.[1]);
      resolve({
        wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        userSeconds: field("User time \\(seconds\\)"),
        systemSeconds: field("System time \\(seconds\\)"),
        peakMiB: field("Maximum resident set size \\(kbytes\\)") / 1024,
        code: code ?? 1,
        summary: /Tests:\s+([^\n]+)/.exec(out)?.[1] ?? "no summary",
      });
    });
  });
}

/** One busy Node process per core: a neighbour that takes every cycle it is given. */
function neighbours(): ChildProcess[] {
  return cpus().map(() => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
}

async function main(busy: boolean): Promise<number> {
  const root = join(__dirname, "..", "..");
  const load = busy ? neighbours() : [];
  try {
    const r = await timedNpmTest(root);
    console.log("| npm test | wall | user CPU | system CPU | peak RSS | tests |");
    console.log("|---|---|---|---|---|---|");
    console.log(
      `| ${busy ? `beside ${load.length} busy processes` : "quiet"} | ${r.wallSeconds.toFixed(1)} s | ${r.userSeconds.toFixed(1)} s | ${r.systemSeconds.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ${r.summary} |`,
    );
    return r.code === 0 ? EXIT.ok : EXIT.problems;
  } finally {
    for (const p of load) p.kill("SIGKILL");
  }
}

runCommand({
  usage: "npm run bench:tests",
  summary: "Times npm test (type check, lint, the suite) under /usr/bin/time -v; --busy runs it beside one busy process per core.",
  options: { busy: { type: "boolean", description: "run beside a CPU-heavy neighbour (one busy process per core)" } },
  run: ({ busy }) => main(busy ?? false),
});
