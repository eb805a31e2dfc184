/**
 * Verification by real engines: promtool checks and unit-tests the exported rules against
 * the model's predictions, amtool checks that every severity in every environment, and every
 * exported alert with its exact labels, reaches the receivers the model's routing defines.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SEVERITIES } from "../definitions/types";
import type { Model, SloModel } from "../model";
import { promqlSyntaxError } from "../model/promql";
import { alertDestinations, prometheusAlertServices } from "../model/routing";
import type { RuleGroup } from "../exporters/prometheus-rules";
import { prometheusView } from "../model/views";
import { forAlertmanager025 } from "../exporters/alertmanager";
import { generateTests, EVALUATION_SECONDS, type SloCase } from "./promtool-tests";
import { pool, run, runInOrder } from "./tools";
import { routedLabels, routingKey } from "./route-labels";

export interface Observation {
  readonly environment: string;
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

/** promtool and amtool runs at a time: the machines verify runs on have two cores. */
export const PARALLEL = 2;
/** SLOs whose test files one promtool run takes. */
const SLOS_PER_RUN = 8;

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

/** One environment's exported SLO rule groups, as written (or deliberately broken in tests). */
export interface EnvironmentRules {
  readonly environment: string;
  readonly slo: readonly RuleGroup[];
}

/** What an SLO's model looks like to its rules: environments that change none of it share one set of tests. */
const sloKey = (slo: SloModel) => JSON.stringify([slo.objective, slo.windowSeconds, slo.sli.prometheus, slo.tiers, slo.budgetAlerts]);

/** Splits promtool's output into its per-file sections: file -> text. */
function sections(output: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of output.split(/^Unit Testing:\s+/m).slice(1)) {
    const nl = part.indexOf("\n");
    map.set(part.slice(0, nl).trim(), part.slice(nl + 1));
  }
  return map;
}

/**
 * Generates the unit tests from the model for every environment's rules (once per distinct SLO:
 * an environment whose overrides leave an SLO as another environment has it reuses that one's
 * tests), runs them with promtool, several files per run and runs in parallel, and reads from
 * the probes when each tier first fires.
 */
export async function verifySlos(
  model: Model,
  environments: readonly EnvironmentRules[],
  dir: string,
  parallel = PARALLEL,
): Promise<Outcome & { observations: Observation[] }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const cases: SloCase[] = [];
  const tested = new Map<string, string>();
  let ok = true;
  for (const { environment, slo: groups } of environments) {
    // What this environment's Prometheus evaluates: its overrides, its services (runsOn).
    const m = prometheusView(model, environment);
    const only = new Set<string>();
    for (const slo of m.slos) {
      if (!slo.sli.prometheus) continue;
      const key = `${slo.id} ${sloKey(slo)}`;
      const first = tested.get(key);
      if (first) lines.push(`ok   ${environment} slo "${slo.id}": same objective, SLI and tiers as in ${first}; its tests there cover it`);
      else {
        tested.set(key, environment);
        only.add(slo.id);
      }
    }
    const generated = generateTests(m, environment, groups, only);
    for (const [name, content] of generated.files) writeFileSync(join(dir, name), content);
    for (const p of generated.problems) lines.push(`FAIL ${p}`);
    for (const n of generated.notes) lines.push(`note ${n}`);
    ok &&= generated.problems.length === 0;
    cases.push(...generated.cases);
  }
  // Several SLOs' files per promtool run: a run costs a process start, and promtool reports per file.
  const batches = Array.from({ length: Math.ceil(cases.length / SLOS_PER_RUN) }, (_, i) =>
    cases.slice(i * SLOS_PER_RUN, (i + 1) * SLOS_PER_RUN),
  );
  const batchRuns = await pool(batches, parallel, (b) =>
    runInOrder("promtool", ["test", "rules", ...b.flatMap((c) => [...c.testFiles, ...c.probeFiles])], dir),
  );
  const runs = batches.flatMap((b, i) => b.map(() => batchRuns[i]));
  const observations: Observation[] = [];
  cases.forEach((c, i) => {
    const output = sections(runs[i].output);
    for (const file of c.testFiles) {
      const text = output.get(file);
      const passed = text !== undefined && /^\s*SUCCESS/.test(text);
      ok &&= passed;
      lines.push(passed ? `ok   promtool test rules ${file}` : `FAIL promtool test rules ${file}\n${(text ?? runs[i].output).trim()}`);
    }
    // This SLO's probe files alone: another SLO's (or environment's) probes share the run.
    const probes = c.probeFiles.map((f) => output.get(f) ?? "").join("\n");
    for (const tier of c.tiers) {
      // Each failure of a probe group is an outage offset at which the alert fired.
      const fired = [...probes.matchAll(/name: ([^\n]*?),\n/g)]
        .map((x) => tier.probes.get(x[1]))
        .filter((x): x is number => x !== undefined);
      observations.push({
        environment: c.environment,
        slo: tier.slo,
        tier: tier.tier,
        predictedSeconds: tier.predictedSeconds,
        observedSeconds: fired.length ? Math.min(...fired) : undefined,
        sampleSeconds: tier.sampleSeconds,
      });
    }
  });
  return { ok, lines, observations };
}

/** A receiver of the exported Alertmanager configuration, as verify reads it. */
export interface Receiver {
  name: string;
  slack_configs?: { channel: string }[];
  email_configs?: { to: string }[];
  pagerduty_configs?: { routing_key_file: string }[];
  /** As exported: the URL is a secret read from a file, `<secrets>/webhook-<channel id>`. */
  webhook_configs?: { url_file?: string; url?: string }[];
}

/** What a receiver delivers to, as comparable strings: "slack #alerts-high", "email a@b", "pagerduty api". */
export function destinations(r: Receiver | undefined): string[] {
  if (!r) return [];
  return [
    ...(r.slack_configs ?? []).map((c) => `slack ${c.channel}`),
    ...(r.email_configs ?? []).map((c) => `email ${c.to}`),
    ...(r.pagerduty_configs ?? []).map((c) => `pagerduty ${c.routing_key_file.split("pagerduty-").pop()}`),
    ...(r.webhook_configs ?? []).map((c) => `webhook ${(c.url_file ?? c.url ?? "").split("webhook-").pop()}`),
  ].sort();
}

/** An alert as Alertmanager receives it from one environment's rule file. */
export interface ExportedAlert {
  /** The environment whose rule file holds it. */
  readonly environment: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The alerts of every environment's rule groups, with their exact labels (alertname included). */
export function exportedAlerts(environments: readonly { environment: string; groups: readonly RuleGroup[] }[]): ExportedAlert[] {
  return environments.flatMap(({ environment, groups }) =>
    groups.flatMap((g) => g.rules.flatMap((r) => ("alert" in r ? [{ environment, labels: { alertname: r.alert, ...r.labels } }] : []))),
  );
}

/**
 * amtool check-config; `amtool config routes test` for every environment x severity x service;
 * and for every exported alert with its exact labels: each must reach what the model's routing
 * says an alert of that environment, severity and service reaches. amtool routes each distinct
 * set of the labels the routing tree reads once (see routedLabels); every case is judged.
 */
export async function verifyRouting(
  model: Model,
  configFile: string,
  configText: string,
  alerts: readonly ExportedAlert[] = [],
  parallel = PARALLEL,
): Promise<Outcome> {
  // Checked as the engine here reads it: see forAlertmanager025.
  const compat = `${configFile}.amtool-0.25.yml`;
  const compatText = forAlertmanager025(configText);
  writeFileSync(compat, compatText);
  configFile = compat;
  const check = await run("amtool", ["check-config", configFile]);
  const lines = [check.code === 0 ? `ok   amtool check-config ${configFile}` : `FAIL amtool check-config ${configFile}\n${check.output}`];
  if (check.code !== 0) return { ok: false, lines };
  const receivers = new Map<string, Receiver>((parse(configText).receivers as Receiver[]).map((r) => [r.name, r]));
  const cases: { what: string; labels: Record<string, string>; expected: string[] }[] = [];
  for (const env of model.environments) {
    // The services the environment's Prometheus alerts for: those that run on it there.
    const services = prometheusAlertServices(prometheusView(model, env.id));
    for (const severity of SEVERITIES) {
      // Services with alerts at this severity, plus one without any, which must still reach the shared channels.
      for (const service of [...(services.get(severity) ?? []), "unlisted-service"]) {
        const team = model.services.find((s) => s.id === service)?.team;
        const labels = { environment: env.id, severity, service, ...(team ? { team } : {}) };
        cases.push({ what: `${env.id} ${severity} service=${service}`, labels, expected: alertDestinations(model, labels) });
      }
    }
  }
  for (const a of alerts) {
    cases.push({
      what: `${a.environment} alert ${a.labels.alertname} (${a.labels.severity}, service=${a.labels.service})`,
      labels: { ...a.labels },
      // The environment is the rule file's, not the alert's label: a rule without it must fail here.
      expected: alertDestinations(model, { ...a.labels, environment: a.environment }),
    });
  }
  // Cases that agree on every label the routing tree reads reach the same receivers: amtool routes one of each.
  const routed = routedLabels(parse(compatText).route);
  const keys = cases.map((c) => routingKey(c.labels, routed));
  const distinct = [...new Set(keys)];
  const routes = await pool(distinct, parallel, (key) =>
    run("amtool", [
      "config",
      "routes",
      "test",
      `--config.file=${configFile}`,
      ...Object.entries(cases[keys.indexOf(key)].labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`),
    ]),
  );
  const routeOf = new Map(distinct.map((key, i) => [key, routes[i]]));
  const results = keys.map((key) => routeOf.get(key)!);
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
      `${same ? "ok  " : "FAIL"} ${c.what} -> ${names.join(",")}: ${got.join(", ") || "nothing"}${same ? "" : ` (routing defines: ${c.expected.join(", ")})`}`,
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
    return `| ${o.environment} | ${o.slo} | ${o.tier} | ${o.predictedSeconds} s | ${observed} | ${o.sampleSeconds} s | ${within ? "yes" : "NO"} |`;
  });
  return [
    "| environment | SLO | tier | predicted detection | observed first firing | sample interval | within tolerance |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
