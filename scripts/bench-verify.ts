/**
 * npm run bench:verify: the time `npm run verify` spends in promtool and amtool on the bundled
 * definitions plus 10 and 100 generated SLOs (ratio, split-metric ratio, latency and freshness
 * SLIs in turn, each with its own job label), and the time each added SLO costs between the two
 * sizes. Each size runs the SLO unit tests (every tier's timing, one page per outage, no data)
 * and the routing tests of every exported alert, as verify does. Sizes can be given:
 * npm run bench:verify -- 10 100
 */
import { EXIT, runCommand } from "./cli";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Definitions, SloDefinition } from "../engine/definitions/types";
import { projectDefinitionsOrExit } from "../engine/discover";
import { alertmanagerYaml } from "../engine/exporters/alertmanager";
import { ruleGroupsByEnvironment } from "../engine/exporters/prometheus-rules";
import { exportedAlerts, verifyRouting, verifySlos } from "../engine/verify";
import { validate } from "../stacks/app";

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

async function measure(count: number): Promise<{ seconds: number; slos: number; ok: boolean }> {
  const model = validate(generated(count));
  const dir = mkdtempSync(join(tmpdir(), "bench-verify-"));
  try {
    const started = Date.now();
    const groups = ruleGroupsByEnvironment(model);
    const slo = await verifySlos(model, groups, join(dir, "tests"));
    const amFile = join(dir, "alertmanager.yml");
    const text = alertmanagerYaml(model);
    writeFileSync(amFile, text);
    const routing = await verifyRouting(
      model,
      amFile,
      text,
      exportedAlerts(groups.map((g) => ({ environment: g.environment, groups: [...g.slo, ...g.alerts] }))),
    );
    return { seconds: (Date.now() - started) / 1000, slos: model.slos.length, ok: slo.ok && routing.ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(args: readonly string[]): Promise<number> {
  if (args.some((a) => !(Number(a) > 0))) {
    process.stderr.write(`error: sizes are numbers of SLOs, got ${args.join(" ")}\n`);
    return EXIT.usage;
  }
  const counts = args.length ? args.map(Number) : [10, 100];
  const rows: { count: number; seconds: number; slos: number; ok: boolean }[] = [];
  console.log("| generated SLOs | SLOs in the model | promtool + amtool wall time | all checks pass |");
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
  summary: "Times promtool's SLO tests and amtool's routing tests on generated definitions of each size, and the cost of each added SLO.",
  options: {},
  positionals: [{ name: "sizes", description: "numbers of generated SLOs (default 10 100)", variadic: true }],
  run: (_values, sizes) => main(sizes),
});
