/**
 * npm run bench:cli: what a synth costs through cdktf's CLI against the app alone, on the bundled
 * definitions with nothing changed since the last build. Each command runs in a fresh process
 * under /usr/bin/time -v (wall on Node's clock here, peak RSS from time), ROUNDS rounds, the
 * order rotating each round; medians are printed. CHECKPOINT_DISABLE=1 is set for every command.
 *   node dist/main.js                        the app alone
 *   node scripts/cdktf-app.js                cdktf.json's app: staleness check, then dist/main.js
 *   npx cdktf synth                          the CLI, running that app
 *   npm run --silent build && node dist/...  the app command before the staleness check
 */
import { EXIT, runCommand } from "./cli";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROUNDS = 5;
const root = join(__dirname, "..", "..");

interface Command {
  readonly label: string;
  readonly argv: (outdir: string) => string[];
}

const COMMANDS: Command[] = [
  { label: "`node dist/main.js`", argv: () => [process.execPath, "dist/main.js"] },
  { label: "`node scripts/cdktf-app.js` (cdktf.json's app, nothing changed)", argv: () => [process.execPath, "scripts/cdktf-app.js"] },
  { label: "`npx cdktf synth` (nothing changed)", argv: (out) => ["npx", "cdktf", "synth", "--output", out] },
  {
    label: "`npm run --silent build && node dist/main.js` (the former app command)",
    argv: () => ["sh", "-c", `npm run --silent build && ${JSON.stringify(process.execPath)} dist/main.js`],
  },
];

function measure(command: Command): { wallSeconds: number; peakMiB: number } {
  const out = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-v", ...command.argv(out)], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_OUTDIR: out },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${command.label} failed:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  return { wallSeconds, peakMiB: peakKiB / 1024 };
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main(): number {
  // Brings dist/ and its build stamp up to date, so every measured command finds nothing changed.
  measure(COMMANDS[1]);
  const runs = COMMANDS.map(() => [] as { wallSeconds: number; peakMiB: number }[]);
  for (let round = 0; round < ROUNDS; round++)
    for (let k = 0; k < COMMANDS.length; k++) {
      const i = (k + round) % COMMANDS.length;
      runs[i].push(measure(COMMANDS[i]));
    }
  const base = middle(runs[0].map((r) => r.wallSeconds));
  console.log(`| command (bundled definitions, medians of ${ROUNDS}) | wall | x node dist/main.js | peak RSS |`);
  console.log(`|---|---|---|---|`);
  COMMANDS.forEach((c, i) => {
    const wall = middle(runs[i].map((r) => r.wallSeconds));
    console.log(
      `| ${c.label} | ${wall.toFixed(2)} s | ${(wall / base).toFixed(1)} | ${middle(runs[i].map((r) => r.peakMiB)).toFixed(0)} MiB |`,
    );
  });
  return EXIT.ok;
}

runCommand({
  usage: "npm run bench:cli",
  summary:
    "Times what users run (npx cdktf synth, npm run synth) against node dist/main.js on the bundled definitions, nothing changed, in interleaved rounds.",
  options: {},
  run: main,
});
