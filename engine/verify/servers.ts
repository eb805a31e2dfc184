/**
 * One stage of the live run: a Prometheus and an Alertmanager (Debian's `prometheus` and
 * `prometheus-alertmanager`) on loopback ports, with this process as both ends.
 *
 * - History is backfilled with `promtool tsdb create-blocks-from openmetrics` into Prometheus'
 *   data folder before it starts; from then on Prometheus scrapes a live exporter in this process
 *   every second, which continues the same counters (or gauges) from the stage's scenario.
 * - The rules load only once live samples arrive: a rule evaluated between the backfill's end
 *   and the first scrape would see the SLIs as missing.
 * - The Alertmanager configuration is the exported one, unchanged except that every receiver's
 *   Slack, PagerDuty, email and webhook configs become webhook configs to a recorder in this
 *   process (receiver names, routes, timers and inhibitions untouched). PagerDuty configs also
 *   stay, their Events API URL pointed at the recorder, so the events Alertmanager would send
 *   PagerDuty (dedup key, severity) are recorded as PagerDuty would receive them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { badAt, TRAFFIC_PER_SECOND, type GaugeValues, type Role } from "./series";
import { run } from "./tools";
import { LIVE_INTERVAL_SECONDS } from "./scaled";
import type { Receiver } from "./index";
import { batchedQuery, batchHolds } from "./batched-query";

const LOOPBACK = "127.0.0.1";
/** Backfilled samples: every 15 s in the far past, every live interval in the last two minutes. */
const BACKFILL_STEP_SECONDS = 15;
const FINE_BACKFILL_SECONDS = 120;
/**
 * How often Prometheus sends a firing alert again (its default: a minute). An alert sent before
 * the Alertmanager was known reaches it this much later; and Alertmanager takes an alert for
 * resolved 4 resends after the last one, so a machine slow to evaluate many rules must not miss
 * a resend for that long.
 */
export const RESEND_SECONDS = 5;
/** A batch of conditions on a busy machine: slower to answer than one, and a late answer must not read as "false". */
const BATCH_TIMEOUT_MS = 30_000;

export interface Notification {
  readonly at: number;
  readonly receiver: string;
  readonly destination: string;
  readonly status: string;
  readonly alerts: readonly { status: string; labels: Record<string, string> }[];
  /** The PagerDuty dedup key Alertmanager gives this notification's group: the SHA-256 of its group key. */
  readonly dedupKey?: string;
}

/** A PagerDuty Events API v2 event, as the recorder received it from Alertmanager. */
export interface PagerDutyEvent {
  readonly at: number;
  readonly receiver: string;
  /** The PagerDuty service whose key the receiver reads. */
  readonly service: string;
  readonly action: string;
  /** One incident per dedup key. */
  readonly dedupKey: string;
  readonly severity?: string;
}

/** An alert as Alertmanager's API lists it. */
export interface ManagedAlert {
  readonly labels: Record<string, string>;
  readonly status: { readonly state: string; readonly inhibitedBy: readonly string[] };
}

/** A synthetic series as the live exporter serves it and the backfill writes it. */
export interface LiveSeries {
  readonly name: string;
  readonly role: Role;
  readonly gauge: GaugeValues;
  /** Not served by a process that fails from its start (a counter of good events). */
  readonly absentWhenFresh?: boolean;
  /** Healthy whatever the stage's scenario: a grouped SLO's group that an outage of another group leaves alone. */
  readonly healthy?: boolean;
}

/** What a stage's series do: the bad share over time from `origin`, and when they vanish. */
export interface StageScenario {
  readonly origin: number;
  readonly steps: { from: number; bad: number }[];
  readonly vanishAt?: number;
}

type WebhookConfig = { url: string; send_resolved: boolean };
type PagerDutyConfig = { routing_key_file: string; severity?: string; send_resolved?: boolean };

/** The Alertmanager configuration with every receiver's integrations pointed at the recorder; names and routes untouched. */
export function withWebhooks(configText: string, recorderUrl: string): string {
  const config = parse(configText);
  config.receivers = (config.receivers as Receiver[]).map((r) => {
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
    // The exported PagerDuty config as it is, but for its key (no secret here) and the Events API's URL.
    const pagerduty = ((r.pagerduty_configs ?? []) as PagerDutyConfig[]).map(({ routing_key_file, ...c }) => ({
      ...c,
      routing_key: "e2e",
      url: `${recorderUrl}/${encodeURIComponent(r.name)}/pagerduty-events/${encodeURIComponent(routing_key_file.split("pagerduty-").pop()!)}`,
    }));
    return {
      name: r.name,
      ...(hooks.length ? { webhook_configs: hooks } : {}),
      ...(pagerduty.length ? { pagerduty_configs: pagerduty } : {}),
    };
  });
  return stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** A rule file with every group evaluated at the live interval (the scaled windows' evaluation). */
function withLiveInterval(ruleText: string): string {
  const file = parse(ruleText) as { groups?: { interval?: string }[] };
  for (const g of file.groups ?? []) g.interval = `${LIVE_INTERVAL_SECONDS}s`;
  return stringify(file, { lineWidth: 0 });
}

/** Counters from the integral of the scenario's bad share since `origin`; a time-based gauge from its state. */
function valueAt(s: LiveSeries, stage: StageScenario, t: number): number {
  const scenario = s.healthy ? { ...stage, steps: [{ from: stage.origin, bad: 0 }] } : stage;
  if (s.role === "gauge") return badAt(scenario.steps, t) > 0 ? s.gauge.bad : s.gauge.good;
  let bad = 0;
  let from = scenario.origin;
  for (const to of [...scenario.steps.map((p) => p.from).filter((f) => f > scenario.origin && f < t), t]) {
    bad += (to - from) * badAt(scenario.steps, from);
    from = to;
  }
  const all = t - scenario.origin;
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

/** A request to the servers; a `form` is POSTed URL-encoded (a query too long for a URL). Status 0: no answer in time. */
function httpGet(url: string, timeoutMs = 2000, method = "GET", form?: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const body = form && new URLSearchParams(form).toString();
    const headers = body === undefined ? {} : { "content-type": "application/x-www-form-urlencoded" };
    const req = request(url, { timeout: timeoutMs, method: body === undefined ? method : "POST", headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve({ status: 0, body: "" }));
    req.end(body);
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `done` until it holds or the deadline passes; its last answer. */
export async function until(deadline: number, done: () => boolean | Promise<boolean>, everyMs = 250): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(everyMs);
  }
  return done();
}

/** Children and servers of every stage, so one call stops them all whatever happened. */
export class Processes {
  private readonly children: ChildProcess[] = [];
  private readonly servers: Server[] = [];
  private readonly closed: Promise<void>[] = [];
  private readonly onExit = () => this.children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));

  constructor() {
    process.once("exit", this.onExit);
  }

  spawn(command: string, args: string[], log: string): ChildProcess {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    // Its log is written once its output has closed, which can be after it exits: stop() waits for that.
    this.closed.push(new Promise((resolve) => child.on("close", () => resolve(writeFileSync(log, output)))));
    this.children.push(child);
    return child;
  }

  async serve(server: Server): Promise<number> {
    this.servers.push(server);
    return listen(server);
  }

  async stop(): Promise<void> {
    const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;
    for (const c of this.children) if (!exited(c)) c.kill("SIGTERM");
    await until(Date.now() + 5000, () => this.children.every(exited), 100);
    for (const c of this.children) if (!exited(c)) c.kill("SIGKILL");
    // The logs are written before the caller may remove their folder.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.closed), new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    await Promise.all(this.servers.map((s) => new Promise((r) => s.close(r))));
    process.removeListener("exit", this.onExit);
  }
}

export interface Stage {
  readonly name: string;
  readonly scenario: StageScenario;
  readonly notifications: Notification[];
  readonly pagerDutyEvents: PagerDutyEvent[];
  /** When every rule group had been evaluated with the Alertmanager known: the stage's clock starts here. */
  readonly rulesAt: number;
  /** When the least recent of the rule groups' finished evaluations started (epoch ms; 0 before each has one). */
  evaluatedFrom(): Promise<number>;
  /** Alertmanager's alerts, inhibited and silenced ones included. */
  managedAlerts(): Promise<ManagedAlert[]>;
  /** Prometheus' pending and firing alerts. */
  ruleAlerts(): Promise<{ labels: Record<string, string>; state: string }[]>;
  /** For each expression, whether it returns any series now: one instant query for all. Throws when Prometheus does not answer. */
  holding(exprs: readonly string[]): Promise<boolean[]>;
}

export interface StageOptions {
  readonly name: string;
  readonly dir: string;
  readonly series: readonly LiveSeries[];
  readonly scenario: StageScenario;
  /** Rule files (name -> content), already scaled, and how many groups they hold. */
  readonly rules: ReadonlyMap<string, string>;
  readonly groups: number;
  readonly alertmanagerText: string;
  /** Backfill up to here (Unix seconds). */
  readonly now: number;
  readonly deadline: number;
}

/** Backfills, starts both servers, waits for live samples, then loads the rules. Throws with the reason when a step fails. */
export async function startStage(processes: Processes, o: StageOptions): Promise<Stage> {
  const dir = o.dir;
  mkdirSync(join(dir, "rules"), { recursive: true });
  const ruleFiles = [...o.rules].map(([name, content]) => {
    const path = join(dir, "rules", name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, withLiveInterval(content));
    return path;
  });
  const notifications: Notification[] = [];
  const pagerDutyEvents: PagerDutyEvent[] = [];
  const vanished = (t: number) => o.scenario.vanishAt !== undefined && t >= o.scenario.vanishAt;
  const exporter = createServer((_req, res) => {
    const t = Date.now() / 1000;
    const body = vanished(t) ? "" : o.series.map((s) => `${s.name} ${valueAt(s, o.scenario, t)}\n`).join("");
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(`e2e_exporter_up 1\n${body}`);
  });
  const recorder = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const [receiver, kind, target] = (req.url ?? "").split("/").slice(1).map(decodeURIComponent);
      try {
        const payload = JSON.parse(body);
        if (kind === "pagerduty-events")
          pagerDutyEvents.push({
            at: Date.now(),
            receiver,
            service: target,
            action: payload.event_action,
            dedupKey: payload.dedup_key,
            severity: payload.payload?.severity,
          });
        else
          notifications.push({
            at: Date.now(),
            receiver,
            destination: `${kind} ${target}`,
            status: payload.status,
            alerts: payload.alerts,
            dedupKey: typeof payload.groupKey === "string" ? createHash("sha256").update(payload.groupKey).digest("hex") : undefined,
          });
      } catch {
        notifications.push({ at: Date.now(), receiver, destination: `${kind} ${target}`, status: "unreadable", alerts: [] });
      }
      res.writeHead(200).end();
    });
  });
  const exporterPort = await processes.serve(exporter);
  const recorderPort = await processes.serve(recorder);
  const instance = `${LOOPBACK}:${exporterPort}`;

  // Backfill: the history every window needs, in OpenMetrics, turned into blocks by promtool.
  const data = join(dir, "prometheus-data");
  mkdirSync(data, { recursive: true });
  const end = Math.min(o.now - 1, (o.scenario.vanishAt ?? Infinity) - 1);
  const times: number[] = [];
  for (let t = o.scenario.origin; t <= end; t += t < end - FINE_BACKFILL_SECONDS ? BACKFILL_STEP_SECONDS : LIVE_INTERVAL_SECONDS)
    times.push(t);
  const open: string[] = [];
  for (const s of o.series) {
    const labelled = s.name.replace(/}$/, `${s.name.endsWith("{}") ? "" : ","}instance="${instance}"}`);
    const withJob = /[{,]job="/.test(labelled) ? labelled : labelled.replace(/}$/, `,job="e2e"}`);
    for (const t of times) open.push(`${withJob} ${valueAt(s, o.scenario, t)} ${t}`);
  }
  // OpenMetrics wants each metric's samples together.
  open.sort((a, b) => a.split("{")[0].localeCompare(b.split("{")[0]));
  writeFileSync(join(dir, "backfill.om"), `${open.join("\n")}\n# EOF\n`);
  const backfill = await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", join(dir, "backfill.om"), data]);
  if (backfill.code !== 0) throw new Error(`promtool tsdb create-blocks-from openmetrics failed:\n${backfill.output}`);

  writeFileSync(join(dir, "alertmanager.yml"), withWebhooks(o.alertmanagerText, `http://${LOOPBACK}:${recorderPort}`));
  let amPort = 0;
  const prometheusConfig = (rules: string[]) =>
    writeFileSync(
      join(dir, "prometheus.yml"),
      stringify({
        global: { scrape_interval: `${LIVE_INTERVAL_SECONDS}s`, evaluation_interval: `${LIVE_INTERVAL_SECONDS}s` },
        rule_files: rules,
        alerting: { alertmanagers: [{ static_configs: [{ targets: [`${LOOPBACK}:${amPort}`] }] }] },
        scrape_configs: [{ job_name: "e2e", honor_labels: true, static_configs: [{ targets: [instance] }] }],
      }),
    );
  // A free port can be taken by another stage's server between being found and being bound: each
  // server must answer with this stage's own configuration (the recorder's and the exporter's
  // ports are this stage's alone), and one that exits is started again on other ports.
  let prom = "";
  let am = "";
  for (let attempt = 1; ; attempt++) {
    const promPort = await freePort();
    amPort = await freePort();
    prometheusConfig([]);
    const children = [
      processes.spawn(
        "prometheus-alertmanager",
        [
          `--config.file=${join(dir, "alertmanager.yml")}`,
          `--storage.path=${join(dir, "alertmanager-data")}`,
          `--web.listen-address=${LOOPBACK}:${amPort}`,
          "--cluster.listen-address=",
        ],
        join(dir, "alertmanager.log"),
      ),
      processes.spawn(
        "prometheus",
        [
          `--config.file=${join(dir, "prometheus.yml")}`,
          `--storage.tsdb.path=${data}`,
          "--storage.tsdb.retention.time=30d",
          "--web.enable-lifecycle",
          `--rules.alert.resend-delay=${RESEND_SECONDS}s`,
          `--web.listen-address=${LOOPBACK}:${promPort}`,
        ],
        join(dir, "prometheus.log"),
      ),
    ];
    prom = `http://${LOOPBACK}:${promPort}`;
    am = `http://${LOOPBACK}:${amPort}`;
    const exited = () => children.some((c) => c.exitCode !== null || c.signalCode !== null);
    const ours = async () => {
      const [p, a] = await Promise.all([httpGet(`${prom}/api/v1/status/config`), httpGet(`${am}/api/v2/status`)]);
      return p.status === 200 && a.status === 200 && p.body.includes(instance) && a.body.includes(`:${recorderPort}/`);
    };
    const ready = await until(Math.min(o.deadline, Date.now() + 60_000), async () => exited() || (await ours()));
    if (ready && !exited()) break;
    for (const c of children) c.kill("SIGKILL");
    if (attempt === 3 || !exited())
      throw new Error(`${o.name}: Prometheus or Alertmanager did not become ready within 60 s (logs in ${dir})`);
    await until(Date.now() + 5000, () => children.every((c) => c.exitCode !== null || c.signalCode !== null), 100);
  }
  // Two live scrapes: the shortest window then holds live samples whatever the backfill's last one.
  const scrapes = `count_over_time(up{instance="${instance}"}[1m]) >= 2`;
  const scraped = await until(Math.min(o.deadline, Date.now() + 30_000), async () => {
    const r = await httpGet(`${prom}/api/v1/query?query=${encodeURIComponent(scrapes)}`);
    return r.status === 200 && JSON.parse(r.body).data.result.length > 0;
  });
  if (!scraped) throw new Error(`${o.name}: Prometheus did not scrape the live exporter within 30 s`);
  prometheusConfig(ruleFiles);
  const reload = await httpGet(`${prom}/-/reload`, 10_000, "POST");
  if (reload.status !== 200) throw new Error(`${o.name}: Prometheus did not reload its configuration: ${reload.status} ${reload.body}`);
  const loaded = await httpGet(`${prom}/api/v1/rules`);
  const groups = loaded.status === 200 ? JSON.parse(loaded.body).data.groups.length : 0;
  if (groups !== o.groups) throw new Error(`${o.name}: Prometheus loaded ${groups} rule groups, expected ${o.groups}`);
  // A reload forgets the Alertmanager until service discovery names it again (up to 5 s): alerts
  // flow from then on, the ones already firing with the next resend.
  const discovered = await until(Math.min(o.deadline, Date.now() + 30_000), async () => {
    const r = await httpGet(`${prom}/api/v1/alertmanagers`);
    return r.status === 200 && JSON.parse(r.body).data.activeAlertmanagers.length > 0;
  });
  if (!discovered) throw new Error(`${o.name}: Prometheus did not find its Alertmanager within 30 s of reloading`);
  // Each group records when its last evaluation started once it has finished (alerts sent):
  // clocks start from evaluations, so a machine slow to evaluate many rules is waited for, not failed.
  const evaluatedFrom = async () => {
    const r = await httpGet(`${prom}/metrics`);
    const starts = [...r.body.matchAll(/^prometheus_rule_group_last_evaluation_timestamp_seconds\{[^}]*\} (\S+)$/gm)].map((m) =>
      Number(m[1]),
    );
    return starts.length === o.groups ? Math.min(...starts) * 1000 : 0;
  };
  const known = Date.now();
  if (!(await until(Math.min(o.deadline, known + 60_000), async () => (await evaluatedFrom()) >= known)))
    throw new Error(`${o.name}: Prometheus did not evaluate all ${o.groups} rule groups within 60 s`);
  const rulesAt = Date.now();
  return {
    name: o.name,
    scenario: o.scenario,
    notifications,
    pagerDutyEvents,
    rulesAt,
    evaluatedFrom,
    managedAlerts: async () => {
      const r = await httpGet(`${am}/api/v2/alerts?active=true&inhibited=true&silenced=true&unprocessed=true`);
      return r.status === 200 ? JSON.parse(r.body) : [];
    },
    ruleAlerts: async () => {
      const r = await httpGet(`${prom}/api/v1/alerts`);
      return r.status === 200 ? JSON.parse(r.body).data.alerts : [];
    },
    holding: async (exprs) => {
      if (!exprs.length) return [];
      const r = await httpGet(`${prom}/api/v1/query`, BATCH_TIMEOUT_MS, "POST", { query: batchedQuery(exprs) });
      if (r.status !== 200)
        throw new Error(`${o.name}: Prometheus did not answer a query of ${exprs.length} conditions: ${r.status} ${r.body}`);
      return batchHolds(JSON.parse(r.body).data.result, exprs.length);
    },
  };
}
