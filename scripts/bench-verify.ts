/**
 * npm run bench:verify: the wall time of all of `npm run verify` (synth, promtool's checks and
 * SLO tests, amtool's routing tests, checkov, the live servers) on the bundled definitions alone
 * and plus 10 and 100 generated SLOs (ratio, split-metric ratio, latency and freshness SLIs in
 * turn, each with its own job label), each run in this process as verify runs, and the time each
 * added SLO costs between the sizes. Sizes can be given: npm run bench:verify -- 0 10 100
 */
import { EXIT, runCommand } from "./cli";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Definitions, SloDefinition } from "../engine/definitions/types";
import { projectDefinitionsOrExit } from "../engine/discover";
import { validate } from "../stacks/app";
import { runVerify } from "./verify-run";
const base = projectDefinitionsOrExit();

function generated(count: number): Definitions {
  const slos: SloDefinition[] = Array.from({ length: count }, (_, i) => {
    const job = `gen-${i}`;
    const common = {
      kind: "slo" as const,
      id: `generated-${i}`,
      service: "api",
      runbook: "https://docs.nous.com/runbooks/api-availability",
    };
    switch (i % 4) {
      case 0:
        return {
          ...common,
          objective: 99.9,
          window: "30d",
          sli: {
            kind: "ratio",
            prometheus: { errors: `http_requests_total{job="${job}",code=~"5.."}`, total: `http_requests_total{job="${job}"}` },
          },
        } as SloDefinition;
      case 1:
        return {
          ...common,
          objective: 99.5,
          window: "28d",
          sli: { kind: "ratio", prometheus: { errors: `jobs_failed_total{job="${job}"}`, total: `jobs_started_total{job="${job}"}` } },
        } as SloDefinition;
      case 2:
        return {
          ...common,
          objective: 95,
          window: "7d",
          sli: { kind: "latency", threshold: "500ms", prometheus: { histogram: `http_request_duration_seconds{job="${job}"}` } },
        } as SloDefinition;
      default:
        return {
          ...common,
          objective: 99,
          window: "7d",
          sli: { kind: "freshness", maxAge: "10m", prometheus: { ageSeconds: `last_success_age_seconds{job="${job}"}` } },
        } as SloDefinition;
    }
  });
  return { ...base, slos: [...base.slos, ...slos] };
}

interface Measured {
  readonly seconds: number;
  readonly ok: boolean;
  readonly slos: number;
}

/** One verify of the bundled definitions plus `count` generated SLOs, into a scratch folder, its output discarded. */
async function measure(count: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), "bench-verify-"));
  const io = { stdout: { write: () => true }, stderr: { write: () => true } };
  try {
    const definitions = generated(count);
    const started = process.hrtime.bigint();
    const code = await runVerify(() => definitions, false, io, join(dir, "cdktf.out"));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, ok: code === EXIT.ok, slos: validate(definitions).slos.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(args: readonly string[]): Promise<number> {
  if (args.some((a) => !(Number(a) >= 0))) {
    process.stderr.write(`error: sizes are numbers of generated SLOs, got ${args.join(" ")}\n`);
    return EXIT.usage;
  }
  const counts = args.length ? args.map(Number) : [0, 10, 100];
  const rows: (Measured & { count: number })[] = [];
  console.log("| generated SLOs | SLOs in the model | npm run verify wall time | all checks pass |");
  console.log("|---|---|---|---|");
  for (const count of counts) {
    const r = await measure(count);
    rows.push({ count, ...r });
    console.log(`| ${count} | ${r.slos} | ${r.seconds.toFixed(1)} s | ${r.ok ? "yes" : "NO"} |`);
  }
  for (let i = 1; i < rows.length; i++) {
    const per = (rows[i].seconds - rows[i - 1].seconds) / (rows[i].count - rows[i - 1].count);
    console.log(`\neach added SLO between ${rows[i - 1].count} and ${rows[i].count}: ${per.toFixed(2)} s`);
  }
  return rows.some((r) => !r.ok) ? EXIT.problems : EXIT.ok;
}

runCommand({
  usage: "npm run bench:verify",
  summary: "Times all of npm run verify on the bundled definitions plus generated SLOs of each size, and the cost of each added SLO.",
  options: {},
  positionals: [{ name: "sizes", description: "numbers of generated SLOs (default 0 10 100)", variadic: true }],
  run: (_values, sizes) => main(sizes),
});
