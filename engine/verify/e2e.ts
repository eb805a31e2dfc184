/**
 * End to end with the real servers: Prometheus and Alertmanager (Debian's `prometheus` and
 * `prometheus-alertmanager`) on loopback ports, fed by this process.
 *
 * - The rules are exported from the model with every SLO's burn-rate windows scaled down
 *   (see `scaledModel`): same objectives, SLIs, burn-rate factors, thresholds, severities and
 *   routing, shorter windows, so an outage pages within a minute instead of up to an hour.
 * - The Alertmanager configuration is the exported one, unchanged except that every receiver's
 *   Slack, PagerDuty and email configs become webhook configs to a recorder in this process
 *   (receiver names and routes untouched).
 * - History as long as the longest window is backfilled with `promtool tsdb create-blocks-from
 *   openmetrics` into Prometheus' data folder before it starts; from then on Prometheus scrapes
 *   a live exporter in this process every second, which continues the same counters.
 * - One outage for every SLI at once, then recovery, then every SLI's series vanish. Checked per
 *   SLO and environment against what the model predicts: one page notification to each
 *   destination of the page alert (the service's PagerDuty and the severity's Slack in prod),
 *   within the predicted detection plus one evaluation and one group_wait; none to PagerDuty in
 *   an environment that never pages; the page resolves once the outage ends; one no-data ticket
 *   per destination once the series vanish, none to PagerDuty.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import type { BurnRateTier, Model, SloModel } from "../model";
import { FRESHNESS_STEP_SECONDS, judgedPerMinute, makeTier, noDataSeconds, RULE_EVALUATION_SECONDS } from "../model/burn-rate";
import { alertDestinations, noDataSeverity } from "../model/routing";
import { burnAlerts, noDataAlertName, prometheusRuleFiles } from "../exporters/prometheus-rules";
import { prometheusView } from "../model/views";
import { badAt, gaugeValues, seriesName, sliSeries, TRAFFIC_PER_SECOND, type GaugeValues, type Role, type Scenario } from "./series";
import { run } from "./tools";

const LOOPBACK = "127.0.0.1";
const SCRAPE_SECONDS = 1;
const BACKFILL_STEP_SECONDS = 15;
/** What Alertmanager adds before a new group's first notification: the exported route's group_wait. */
const GROUP_WAIT_FALLBACK_SECONDS = 30;
/** Slack for delivery between the servers and this process. */
const DELIVERY_SECONDS = 5;

/** Scaled windows: the page tier's short window becomes about this long (freshness: one minute, its step). */
const TARGET_SHORT_SECONDS = 10;
/** ... unless the page would then take longer than this to detect a total outage. */
const TARGET_DETECTION_SECONDS = 45;
const MIN_WINDOW_SECONDS = 4;

/** The factor an SLO's windows are scaled by in every environment: one per SLO, so its environments stay comparable. */
export function scaleFactor(model: Model, sloId: string): number {
  const variants = [model, ...Object.values(model.environmentModels)].flatMap((m) => m.slos.filter((s) => s.id === sloId));
  const factors = variants.flatMap((slo) => {
    const fast = [...slo.tiers].sort((a, b) => a.longWindowSeconds - b.longWindowSeconds)[0];
    if (!fast) return [];
    if (judgedPerMinute(slo.sli)) return [FRESHNESS_STEP_SECONDS / fast.shortWindowSeconds];
    return [TARGET_SHORT_SECONDS / fast.shortWindowSeconds, TARGET_DETECTION_SECONDS / fast.detectionSeconds];
  });
  return Math.min(1, ...factors);
}

function scaleTier(slo: SloModel, tier: BurnRateTier, k: number): BurnRateTier {
  const step = judgedPerMinute(slo.sli) ? FRESHNESS_STEP_SECONDS : 1;
  const round = (seconds: number, min: number) => Math.max(min, Math.round((seconds * k) / step) * step);
  const long = round(tier.longWindowSeconds, 2 * MIN_WINDOW_SECONDS);
  const short = Math.min(round(tier.shortWindowSeconds, step === 1 ? MIN_WINDOW_SECONDS : step), long - step);
  // The same burn-rate factor over the shorter long window: the share of the budget shrinks with it.
  const share = (tier.factor * long) / slo.windowSeconds;
  return makeTier(
    tier.id,
    tier.severity,
    share,
    long,
    short,
    slo.windowSeconds,
    slo.errorBudget,
    judgedPerMinute(slo.sli) ? FRESHNESS_STEP_SECONDS : undefined,
  );
}

/**
 * The model with every SLO's burn-rate windows scaled by its `scaleFactor`: objectives, SLIs,
 * factors, thresholds, severities and routing unchanged. Detection times scale with the windows.
 */
export function scaledModel(model: Model): Model {
  const factors = new Map(model.slos.map((s) => [s.id, scaleFactor(model, s.id)]));
  const scale = (m: Model): Model => ({
    ...m,
    slos: m.slos.map((slo) => ({ ...slo, tiers: slo.tiers.map((t) => scaleTier(slo, t, factors.get(slo.id) ?? 1)), deployedTiers: {} })),
  });
  const environmentModels = Object.fromEntries(Object.entries(model.environmentModels).map(([id, m]) => [id, scale(m)]));
  return { ...scale(model), environmentModels };
}

interface Notification {
  readonly at: number;
  readonly receiver: string;
  readonly destination: string;
  readonly status: string;
  readonly alerts: readonly { status: string; labels: Record<string, string> }[];
}

type WebhookConfig = { url: string; send_resolved: boolean };
interface ReceiverConfig {
  name: string;
  slack_configs?: { channel: string }[];
  email_configs?: { to: string }[];
  pagerduty_configs?: { routing_key_file: string }[];
  /** As exported: the URL is a secret read from a file, `<secrets>/webhook-<channel id>`. */
  webhook_configs?: { url_file?: string; url?: string }[];
}

/** The Alertmanager configuration with every receiver's integrations pointed at the recorder; names and routes untouched. */
export function withWebhooks(configText: string, recorderUrl: string): string {
  const config = parse(configText);
  config.receivers = (config.receivers as ReceiverConfig[]).map((r) => {
    const url = (kind: string, target: string) => `${recorderUrl}/${encodeURIComponent(r.name)}/${kind}/${encodeURIComponent(target)}`;
    const hooks: WebhookConfig[] = [
      ...(r.pagerduty_configs ?? []).map((c) => ({
        url: url("pagerduty", c.routing_key_file.split("pagerduty-").pop()!),
        send_resolved: true,
      })),
      ...(r.slack_configs ?? []).map((c) => ({ url: url("slack", c.channel), send_resolved: true })),
      ...(r.email_configs ?? []).map((c) => ({ url: url("email", c.to), send_resolved: true })),
      ...(r.webhook_configs ?? []).map((c) => ({
        url: url("webhook", (c.url_file ?? c.url ?? "").split("/webhook-").pop()!),
        send_resolved: true,
      })),
    ];
    return { name: r.name, ...(hooks.length ? { webhook_configs: hooks } : {}) };
  });
  return stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** A synthetic series as the live exporter serves it and the backfill writes it. */
interface LiveSeries {
  readonly name: string;
  readonly role: Role;
  readonly gauge: GaugeValues;
}

/** Counters from the integral of the scenario's bad share since `origin`; a time-based gauge from its state. */
function valueAt(s: LiveSeries, scenario: Scenario, origin: number, t: number): number {
  if (s.role === "gauge") return badAt(scenario, t) > 0 ? s.gauge.bad : s.gauge.good;
  let bad = 0;
  const points = [...scenario.map((p) => p.from).filter((f) => f > origin && f < t), t];
  let from = origin;
  for (const to of points) {
    bad += (to - from) * badAt(scenario, from);
    from = to;
  }
  const all = t - origin;
  const events = s.role === "all" ? all : s.role === "bad" ? bad : all - bad;
  return Math.round(TRAFFIC_PER_SECOND * events * 1000) / 1000;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => resolve((server.address() as AddressInfo).port));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

function httpGet(url: string, timeoutMs = 2000, method = "GET"): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: timeoutMs, method }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve({ status: 0, body: "" }));
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(deadline: number, done: () => boolean | Promise<boolean>, everyMs = 500): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(everyMs);
  }
  return done();
}

export interface E2eRow {
  readonly environment: string;
  readonly slo: string;
  readonly alert: string;
  /** Seconds from the outage to the notification the model predicts at the latest (detection + evaluation + group_wait). */
  readonly predictedSeconds: number;
  readonly detectionSeconds: number;
  /** Destination -> seconds from the outage to its first notification (undefined: none). */
  readonly observed: Readonly<Record<string, number | undefined>>;
  readonly resolvedSeconds?: number;
  readonly noDataSeconds?: number;
  readonly ok: boolean;
}

export interface E2eOutcome {
  readonly ok: boolean;
  readonly lines: string[];
  readonly rows: E2eRow[];
  readonly seconds: number;
}

interface Expectation {
  readonly environment: string;
  readonly slo: SloModel;
  readonly page?: { name: string; destinations: string[]; detection: number; slack: number };
  readonly noData?: { name: string; destinations: string[]; window: number };
}

/**
 * Runs the servers and the three phases; `dir` receives configurations, data and logs. Every
 * server is stopped before this returns, whatever happens.
 */
export async function verifyEndToEnd(model: Model, alertmanagerText: string, folder: string, budgetSeconds = 420): Promise<E2eOutcome> {
  const started = Date.now();
  // Prometheus reads rule_files relative to its configuration file, and a glob that matches nothing is no error.
  const dir = resolve(folder);
  const hardDeadline = started + budgetSeconds * 1000;
  const lines: string[] = [];
  const scaled = scaledModel(model);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "rules"), { recursive: true });
  const ruleFiles: string[] = [];
  for (const [name, content] of prometheusRuleFiles(scaled)) {
    const path = join(dir, "rules", name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
    ruleFiles.push(path);
  }
  const groupWait = parseSeconds(parse(alertmanagerText).route?.group_wait) ?? GROUP_WAIT_FALLBACK_SECONDS;

  // What the model predicts, per environment and SLO.
  const expectations: Expectation[] = [];
  const series = new Map<string, LiveSeries>();
  let longest = 0;
  for (const env of scaled.environments) {
    // What this environment's Prometheus evaluates: services that run on it there.
    const m = prometheusView(scaled, env.id);
    for (const slo of m.slos) {
      const sli = slo.sli.prometheus;
      if (!sli) continue;
      const found = sliSeries(sli);
      if (typeof found === "string") {
        lines.push(`FAIL e2e ${env.id} slo "${slo.id}": ${found}`);
        continue;
      }
      for (const s of found) {
        const name = seriesName(s.metric, s.labels);
        const known = series.get(name);
        if (known && known.role !== s.role) lines.push(`FAIL e2e: series ${name} plays two roles (${known.role}, ${s.role})`);
        series.set(name, { name, role: s.role, gauge: gaugeValues(sli) });
      }
      longest = Math.max(longest, ...slo.tiers.map((t) => t.longWindowSeconds));
      const page = burnAlerts(m, slo).find((a) => a.pages);
      const severity = noDataSeverity(slo, m.severities, m.environments);
      // As the exported rules label it: a team that routes its own alerts is matched on `team`.
      const labels = { environment: env.id, service: slo.service.id, team: slo.service.team };
      expectations.push({
        environment: env.id,
        slo,
        page: page && {
          name: page.name,
          destinations: alertDestinations(scaled, { ...labels, severity: page.severity }),
          detection: Math.min(...page.tiers.map((t) => t.detectionSeconds)),
          slack: judgedPerMinute(slo.sli) ? FRESHNESS_STEP_SECONDS : 0,
        },
        noData: severity && {
          name: noDataAlertName(slo),
          destinations: alertDestinations(scaled, { ...labels, severity }),
          window: noDataSeconds(slo),
        },
      });
    }
  }

  // The scenario, in Unix seconds: healthy history, then whatever the phases push.
  const now = Math.floor(Date.now() / 1000);
  const origin = now - longest - 600;
  const scenario: { from: number; bad: number }[] = [{ from: origin, bad: 0 }];
  let vanished = false;

  const children: ChildProcess[] = [];
  const servers: Server[] = [];
  const notifications: Notification[] = [];
  const stopAll = async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    await until(Date.now() + 5000, () => children.every((c) => c.exitCode !== null || c.signalCode !== null), 100);
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  };
  const onExit = () => children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
  process.once("exit", onExit);

  try {
    // The live exporter and the webhook recorder, both in this process.
    const exporter = createServer((_req, res) => {
      const t = Date.now() / 1000;
      const body = vanished
        ? "e2e_exporter_up 1\n"
        : [...series.values()].map((s) => `${s.name} ${valueAt(s, scenario, origin, t)}`).join("\n") + "\n";
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(body);
    });
    const recorder = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        const [receiver, kind, target] = (req.url ?? "").split("/").slice(1).map(decodeURIComponent);
        try {
          const payload = JSON.parse(body);
          notifications.push({
            at: Date.now(),
            receiver,
            destination: `${kind} ${target}`,
            status: payload.status,
            alerts: payload.alerts,
          });
        } catch {
          lines.push(`FAIL e2e: the recorder got a body that is not JSON on ${req.url}`);
        }
        res.writeHead(200).end();
      });
    });
    servers.push(exporter, recorder);
    const exporterPort = await listen(exporter);
    const recorderPort = await listen(recorder);
    const [promPort, amPort] = [await freePort(), await freePort()];
    const instance = `${LOOPBACK}:${exporterPort}`;

    // Backfill: the history every window needs, in OpenMetrics, turned into blocks by promtool.
    const data = join(dir, "prometheus-data");
    mkdirSync(data, { recursive: true });
    const open: string[] = [];
    for (const s of series.values()) {
      const labelled = s.name.replace(/}$/, `${s.name.endsWith("{}") ? "" : ","}instance="${instance}"}`);
      const withJob = /[{,]job="/.test(labelled) ? labelled : labelled.replace(/}$/, `,job="e2e"}`);
      for (let t = origin; t <= now - 2; t += BACKFILL_STEP_SECONDS) open.push(`${withJob} ${valueAt(s, scenario, origin, t)} ${t}`);
    }
    // OpenMetrics wants each metric's samples together.
    open.sort((a, b) => a.split("{")[0].localeCompare(b.split("{")[0]));
    writeFileSync(join(dir, "backfill.om"), `${open.join("\n")}\n# EOF\n`);
    const backfill = await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", join(dir, "backfill.om"), data]);
    if (backfill.code !== 0) throw new Error(`promtool tsdb create-blocks-from openmetrics failed:\n${backfill.output}`);
    lines.push(
      `ok   e2e backfilled ${((now - origin) / 3600).toFixed(1)} h of ${series.size} series with promtool tsdb create-blocks-from openmetrics`,
    );

    writeFileSync(join(dir, "alertmanager.yml"), withWebhooks(alertmanagerText, `http://${LOOPBACK}:${recorderPort}`));
    // Prometheus starts without rules and gets them once live samples arrive: a rule evaluated in
    // the seconds between the backfill's end and the first scrape would see the SLIs as missing.
    const prometheusConfig = (rules: string[]) =>
      writeFileSync(
        join(dir, "prometheus.yml"),
        stringify({
          global: { scrape_interval: `${SCRAPE_SECONDS}s`, evaluation_interval: `${RULE_EVALUATION_SECONDS}s` },
          rule_files: rules,
          alerting: { alertmanagers: [{ static_configs: [{ targets: [`${LOOPBACK}:${amPort}`] }] }] },
          scrape_configs: [{ job_name: "e2e", honor_labels: true, static_configs: [{ targets: [instance] }] }],
        }),
      );
    prometheusConfig([]);
    const start = (command: string, args: string[], log: string) => {
      const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout?.on("data", (d) => (output += d));
      child.stderr?.on("data", (d) => (output += d));
      child.on("close", () => writeFileSync(join(dir, log), output));
      children.push(child);
      return child;
    };
    start(
      "prometheus-alertmanager",
      [
        `--config.file=${join(dir, "alertmanager.yml")}`,
        `--storage.path=${join(dir, "alertmanager-data")}`,
        `--web.listen-address=${LOOPBACK}:${amPort}`,
        "--cluster.listen-address=",
      ],
      "alertmanager.log",
    );
    start(
      "prometheus",
      [
        `--config.file=${join(dir, "prometheus.yml")}`,
        `--storage.tsdb.path=${data}`,
        "--storage.tsdb.retention.time=30d",
        "--web.enable-lifecycle",
        `--web.listen-address=${LOOPBACK}:${promPort}`,
      ],
      "prometheus.log",
    );
    const prom = `http://${LOOPBACK}:${promPort}`;
    const am = `http://${LOOPBACK}:${amPort}`;
    const ready = await until(Math.min(hardDeadline, Date.now() + 60_000), async () => {
      const [p, a] = await Promise.all([httpGet(`${prom}/-/ready`), httpGet(`${am}/-/ready`)]);
      return p.status === 200 && a.status === 200;
    });
    if (!ready) throw new Error("Prometheus or Alertmanager did not become ready within 60 s (logs in the e2e folder)");
    // Rules loaded, history readable, live samples arriving.
    const scraped = await until(Math.min(hardDeadline, Date.now() + 30_000), async () => {
      const r = await httpGet(`${prom}/api/v1/query?query=${encodeURIComponent(`up{instance="${instance}"} == 1`)}`);
      return r.status === 200 && JSON.parse(r.body).data.result.length > 0;
    });
    if (!scraped) throw new Error("Prometheus did not scrape the live exporter within 30 s");
    prometheusConfig(ruleFiles);
    const reload = await httpGet(`${prom}/-/reload`, 10_000, "POST");
    if (reload.status !== 200)
      throw new Error(`Prometheus did not reload its configuration with the rules: ${reload.status} ${reload.body}`);
    const loaded = await httpGet(`${prom}/api/v1/rules`);
    const groups = loaded.status === 200 ? JSON.parse(loaded.body).data.groups.length : 0;
    const expected = [...prometheusRuleFiles(scaled).values()].reduce((n, text) => n + (parse(text).groups?.length ?? 0), 0);
    if (groups !== expected) throw new Error(`Prometheus loaded ${groups} rule groups, expected ${expected}`);
    lines.push(`ok   e2e Prometheus loaded all ${groups} rule groups of ${ruleFiles.length} exported files`);
    await sleep(3000);
    const pending = await httpGet(`${prom}/api/v1/alerts`);
    const early =
      pending.status === 200 ? JSON.parse(pending.body).data.alerts.filter((a: { labels: Record<string, string> }) => a.labels.slo) : [];
    if (early.length)
      lines.push(
        `FAIL e2e: SLO alerts active before the outage: ${early.map((a: { labels: Record<string, string> }) => a.labels.alertname).join(", ")}`,
      );
    const firingBefore = notifications.filter((n) => n.status === "firing");
    if (firingBefore.length) lines.push(`FAIL e2e: notifications before the outage: ${firingBefore.map((n) => n.destination).join(", ")}`);

    // Phase 1: a total outage of every SLI.
    const outage = Date.now();
    scenario.push({ from: outage / 1000, bad: 1 });
    const pageDeadline = (e: Expectation) =>
      outage + (e.page!.detection + RULE_EVALUATION_SECONDS + groupWait + e.page!.slack + SCRAPE_SECONDS + DELIVERY_SECONDS) * 1000;
    const pages = expectations.filter((e) => e.page);
    const sent = (e: Expectation, name: string, destination: string, since: number, status = "firing") =>
      notifications.filter(
        (n) =>
          n.at >= since &&
          n.destination === destination &&
          n.status === status &&
          n.alerts.some(
            (a) =>
              a.status === status && a.labels.alertname === name && a.labels.environment === e.environment && a.labels.slo === e.slo.id,
          ),
      );
    await until(Math.min(hardDeadline, Math.max(...pages.map(pageDeadline))), () =>
      pages.every((e) => e.page!.destinations.every((d) => sent(e, e.page!.name, d, outage).length > 0)),
    );
    // A second page would come from a second alert, evaluated with the first; the wait for the slowest SLO covers the others.
    await sleep(10_000);
    const recovery = Date.now();
    scenario.push({ from: recovery / 1000, bad: 0 });
    const outageNotes = notifications.filter((n) => n.at >= outage && n.at < recovery);

    // Phase 2: recovery. The page alerts resolve in Alertmanager (the resolved notification follows at the group's next group_interval).
    const active = async (): Promise<{ labels: Record<string, string> }[]> => {
      const r = await httpGet(`${am}/api/v2/alerts?active=true&inhibited=true&silenced=true`);
      return r.status === 200 ? JSON.parse(r.body) : [];
    };
    const resolvedAt = new Map<string, number>();
    const key = (e: Expectation) => `${e.environment} ${e.slo.id}`;
    await until(
      Math.min(hardDeadline, recovery + 240_000),
      async () => {
        const firing = await active();
        for (const e of pages) {
          const still = firing.some((a) => a.labels.alertname === e.page!.name && a.labels.environment === e.environment);
          if (!still && !resolvedAt.has(key(e))) resolvedAt.set(key(e), Date.now());
        }
        return pages.every((e) => resolvedAt.has(key(e)));
      },
      1000,
    );

    // Phase 3: every SLI's series vanish.
    const gone = Date.now();
    vanished = true;
    const withNoData = expectations.filter((e) => e.noData);
    const noDataDeadline = (e: Expectation) =>
      gone + (e.noData!.window + RULE_EVALUATION_SECONDS + groupWait + 2 * SCRAPE_SECONDS + DELIVERY_SECONDS) * 1000;
    await until(Math.min(hardDeadline, Math.max(...withNoData.map(noDataDeadline))), () =>
      withNoData.every((e) => e.noData!.destinations.every((d) => sent(e, e.noData!.name, d, gone).length > 0)),
    );
    await sleep(5000);

    // Judge.
    const rows: E2eRow[] = [];
    for (const e of expectations) {
      const problems: string[] = [];
      const observed: Record<string, number | undefined> = {};
      let predicted = 0;
      if (e.page) {
        predicted = e.page.detection + RULE_EVALUATION_SECONDS + groupWait + e.page.slack;
        for (const d of e.page.destinations) {
          const got = sent(e, e.page.name, d, outage).filter((n) => n.at < recovery);
          observed[d] = got.length ? (got[0].at - outage) / 1000 : undefined;
          if (got.length !== 1) problems.push(`${d} got ${got.length} page notifications for one outage, expected 1`);
          else if (observed[d]! > predicted + SCRAPE_SECONDS + DELIVERY_SECONDS)
            problems.push(`${d} paged after ${observed[d]!.toFixed(1)} s, later than the predicted ${predicted} s`);
          else if (observed[d]! < e.page.detection - SCRAPE_SECONDS)
            problems.push(`${d} paged after ${observed[d]!.toFixed(1)} s, before the predicted detection ${e.page.detection} s`);
        }
        // No other paging notification of this SLO during the outage, and no pager at all where the routing has none.
        const pagers = outageNotes.filter(
          (n) =>
            n.destination.startsWith("pagerduty ") &&
            n.alerts.some(
              (a) => a.labels.environment === e.environment && a.labels.slo === e.slo.id && a.labels.alertname !== e.page!.name,
            ),
        );
        if (pagers.length)
          problems.push(
            `other PagerDuty notifications for this SLO: ${pagers.map((n) => n.alerts.map((a) => a.labels.alertname).join("+")).join(", ")}`,
          );
        if (!e.page.destinations.some((d) => d.startsWith("pagerduty "))) {
          const wrong = notifications.filter(
            (n) => n.destination.startsWith("pagerduty ") && n.alerts.some((a) => a.labels.environment === e.environment),
          );
          if (wrong.length) problems.push(`${wrong.length} PagerDuty notifications in an environment whose routing never pages`);
        }
      }
      const resolved = resolvedAt.get(key(e));
      if (e.page && resolved === undefined) problems.push("the page alert did not resolve after the outage ended");
      let noDataAt: number | undefined;
      if (e.noData) {
        for (const d of e.noData.destinations) {
          const got = sent(e, e.noData.name, d, gone);
          if (got.length !== 1) problems.push(`${d} got ${got.length} no-data notifications, expected 1`);
          else noDataAt = Math.max(noDataAt ?? 0, (got[0].at - gone) / 1000);
        }
        if (e.noData.destinations.some((d) => d.startsWith("pagerduty "))) problems.push("the no-data alert would page");
      } else problems.push("no no-data alert: no severity that does not page");
      const ok = problems.length === 0;
      rows.push({
        environment: e.environment,
        slo: e.slo.id,
        alert: e.page?.name ?? "-",
        predictedSeconds: predicted,
        detectionSeconds: e.page?.detection ?? 0,
        observed,
        resolvedSeconds: resolved === undefined ? undefined : (resolved - recovery) / 1000,
        noDataSeconds: noDataAt,
        ok,
      });
      const first = Object.entries(observed).map(([d, s]) => `${d} ${s === undefined ? "never" : `${s.toFixed(1)} s`}`);
      lines.push(
        `${ok ? "ok  " : "FAIL"} e2e ${e.environment} slo "${e.slo.id}": ${e.page ? `${e.page.name} once to ${first.join(", ")} (by ${predicted} s)` : "no page alert"}` +
          `; resolved ${resolved === undefined ? "never" : `${((resolved - recovery) / 1000).toFixed(0)} s after recovery`}` +
          `; no-data ticket ${noDataAt === undefined ? "missing" : `after ${noDataAt.toFixed(0)} s to ${e.noData!.destinations.join(", ")}`}` +
          (ok ? "" : `\n     ${problems.join("\n     ")}`),
      );
    }
    // What else the outage sent: the alert rules that watch the same series, follow-up tickets.
    const others = notifications.filter(
      (n) =>
        n.status === "firing" &&
        n.alerts.some((a) => !expectations.some((e) => [e.page?.name, e.noData?.name].includes(a.labels.alertname))),
    );
    const seen = new Set<string>();
    for (const n of others) {
      const names = [...new Set(n.alerts.map((a) => `${a.labels.alertname} (${a.labels.environment})`))].join(", ");
      const phase = n.at < recovery ? "during the outage" : n.at < gone ? "after recovery" : "while the series were gone";
      const text = `note e2e also notified ${phase}: ${n.destination} <- ${names}`;
      if (!seen.has(text)) lines.push(text);
      seen.add(text);
    }
    return { ok: rows.every((r) => r.ok) && !lines.some((l) => l.startsWith("FAIL")), lines, rows, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    lines.push(`FAIL e2e: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, lines, rows: [], seconds: (Date.now() - started) / 1000 };
  } finally {
    await stopAll();
    process.removeListener("exit", onExit);
  }
}

function parseSeconds(text: unknown): number | undefined {
  const m = typeof text === "string" ? /^(\d+)(s|m)$/.exec(text) : null;
  return m ? Number(m[1]) * (m[2] === "m" ? 60 : 1) : undefined;
}

/** The real servers' table: predicted vs observed per environment and SLO, Markdown. */
export function e2eTable(rows: readonly E2eRow[]): string {
  return [
    "| environment | SLO | page alert | detection (scaled) | notified by (predicted) | first notification per destination | resolved after recovery | no-data ticket after | ok |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.environment} | ${r.slo} | ${r.alert} | ${r.detectionSeconds} s | ${r.predictedSeconds} s | ${Object.entries(r.observed)
          .map(([d, s]) => `${d}: ${s === undefined ? "none" : `${s.toFixed(1)} s`}`)
          .join(
            "; ",
          )} | ${r.resolvedSeconds === undefined ? "no" : `${r.resolvedSeconds.toFixed(0)} s`} | ${r.noDataSeconds === undefined ? "none" : `${r.noDataSeconds.toFixed(0)} s`} | ${r.ok ? "yes" : "NO"} |`,
    ),
  ].join("\n");
}
