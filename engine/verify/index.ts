/**
 * Verification by real engines: promtool checks and unit-tests the exported rules against
 * the model's predictions, amtool checks that every severity in every environment reaches the
 * receivers the routing defines.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SEVERITIES, type Severity } from "../definitions/types";
import type { BurnRateTier, Model } from "../model";
import { promqlSyntaxError } from "../model/promql";
import { pages, prometheusAlertServices } from "../model/routing";
import { type RuleGroup } from "../exporters/prometheus-rules";
import { generateTests, EVALUATION_SECONDS } from "./promtool-tests";
import { parseGoDuration, pool, run } from "./tools";

export interface Observation {
  readonly slo: string;
  readonly tier: string;
  readonly predictedSeconds: number;
  readonly observedSeconds?: number;
  readonly sampleSeconds: number;
}

export interface Outcome {
  readonly ok: boolean;
  readonly lines: string[];
}

const PARALLEL = 2;

/** Every PromQL expression of the rule groups parses with the grammar. */
export function checkRuleSyntax(groups: readonly RuleGroup[]): Outcome {
  const lines: string[] = [];
  for (const g of groups)
    for (const r of g.rules) {
      const error = promqlSyntaxError(r.expr);
      if (error) lines.push(`FAIL ${g.name} ${"alert" in r ? r.alert : r.record}: ${error}`);
    }
  return { ok: lines.length === 0, lines };
}

/** promtool check rules on each file. */
export async function checkRules(files: readonly string[]): Promise<Outcome> {
  const results = await pool(files, PARALLEL, (f) => run("promtool", ["check", "rules", f]));
  const lines = results.map((r, i) =>
    r.code === 0 ? `ok   promtool check rules ${files[i]}` : `FAIL promtool check rules ${files[i]}\n${r.output}`,
  );
  return { ok: results.every((r) => r.code === 0), lines };
}

/**
 * Generates the unit tests from the model, runs them against `groups` (the exported SLO rules,
 * or a deliberately broken copy in tests), and probes when each tier first fires.
 */
export async function verifyBurnRates(
  model: Model,
  groups: readonly RuleGroup[],
  dir: string,
): Promise<Outcome & { observations: Observation[] }> {
  const pagesTier = (tier: BurnRateTier) => pages(tier.severity, model.severities, model.environments);
  const generated = generateTests(model, pagesTier, groups);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of generated.files) writeFileSync(join(dir, name), content);
  const lines = generated.skipped.map((s) => `skip ${s}`);
  const tests = await pool(generated.cases, PARALLEL, (c) => run("promtool", ["test", "rules", c.testFile], dir));
  const probes = await pool(generated.cases, PARALLEL, (c) => run("promtool", ["test", "rules", c.probeFile], dir));
  const observations: Observation[] = generated.cases.map((c, i) => {
    // Each failure of the probe is an evaluation at which the alert fired.
    const times = [...probes[i].output.matchAll(new RegExp(`alertname: ${c.alertname}, time: ([0-9hmsd.]+)`, "g"))].map((m) =>
      parseGoDuration(m[1]),
    );
    const first = times.length ? Math.min(...times) - c.outageStart : undefined;
    return { slo: c.slo, tier: c.tier, predictedSeconds: c.predictedSeconds, observedSeconds: first, sampleSeconds: c.sampleSeconds };
  });
  generated.cases.forEach((c, i) => {
    lines.push(
      tests[i].code === 0 ? `ok   promtool test rules ${c.testFile}` : `FAIL promtool test rules ${c.testFile}\n${tests[i].output.trim()}`,
    );
  });
  return { ok: tests.every((t) => t.code === 0), lines, observations };
}

interface Receiver {
  name: string;
  slack_configs?: { channel: string }[];
  email_configs?: { to: string }[];
  pagerduty_configs?: { routing_key_file: string }[];
}

/** What a receiver delivers to, as comparable strings: "slack #alerts-high", "email a@b", "pagerduty api". */
function destinations(r: Receiver | undefined): string[] {
  if (!r) return [];
  return [
    ...(r.slack_configs ?? []).map((c) => `slack ${c.channel}`),
    ...(r.email_configs ?? []).map((c) => `email ${c.to}`),
    ...(r.pagerduty_configs ?? []).map((c) => `pagerduty ${c.routing_key_file.split("pagerduty-").pop()}`),
  ].sort();
}

/** amtool check-config, then `amtool config routes test` for every environment x severity x service. */
export async function verifyRouting(model: Model, configFile: string, configText: string): Promise<Outcome> {
  const check = await run("amtool", ["check-config", configFile]);
  const lines = [check.code === 0 ? `ok   amtool check-config ${configFile}` : `FAIL amtool check-config ${configFile}\n${check.output}`];
  if (check.code !== 0) return { ok: false, lines };
  const receivers = new Map<string, Receiver>((parse(configText).receivers as Receiver[]).map((r) => [r.name, r]));
  const services = prometheusAlertServices(model);
  const cases: { env: string; severity: Severity; service: string; expected: string[] }[] = [];
  for (const env of model.environments) {
    for (const severity of SEVERITIES) {
      // Services with alerts at this severity, plus one without any, which must still reach the shared channels.
      for (const service of [...(services.get(severity) ?? []), "unlisted-service"]) {
        const paged = env.routes[severity].some((c) => c.kind === "pagerduty") && service !== "unlisted-service";
        const expected = env.routes[severity]
          .flatMap((c) =>
            c.kind === "slack"
              ? [`slack ${c.channel}`]
              : c.kind === "email"
                ? [`email ${c.address}`]
                : paged
                  ? [`pagerduty ${service}`]
                  : [],
          )
          .sort();
        cases.push({ env: env.id, severity, service, expected });
      }
    }
  }
  const results = await pool(cases, PARALLEL, (c) =>
    run("amtool", [
      "config",
      "routes",
      "test",
      `--config.file=${configFile}`,
      `environment=${c.env}`,
      `severity=${c.severity}`,
      `service=${c.service}`,
    ]),
  );
  let ok = true;
  cases.forEach((c, i) => {
    const names = results[i].output
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("Warning"));
    const got = names
      .flatMap((n) => n.split(","))
      .flatMap((n) => destinations(receivers.get(n.trim())))
      .sort();
    const same = JSON.stringify(got) === JSON.stringify(c.expected);
    ok &&= same;
    lines.push(
      `${same ? "ok  " : "FAIL"} ${c.env} ${c.severity} service=${c.service} -> ${names.join(",")}: ${got.join(", ") || "nothing"}${same ? "" : ` (routing defines: ${c.expected.join(", ")})`}`,
    );
  });
  return { ok, lines };
}

/** The predicted vs observed table, Markdown. */
export function observationTable(observations: readonly Observation[]): string {
  const rows = observations.map((o) => {
    const observed = o.observedSeconds === undefined ? "did not fire" : `${o.observedSeconds} s`;
    const within =
      o.observedSeconds !== undefined &&
      o.observedSeconds <= o.predictedSeconds + EVALUATION_SECONDS + o.sampleSeconds &&
      o.observedSeconds >= o.predictedSeconds - o.sampleSeconds;
    return `| ${o.slo} | ${o.tier} | ${o.predictedSeconds} s | ${observed} | ${o.sampleSeconds} s | ${within ? "yes" : "NO"} |`;
  });
  return [
    "| SLO | tier | predicted detection | observed first firing | sample interval | within tolerance |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
