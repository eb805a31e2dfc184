/**
 * End to end with the real servers: every SLO of every environment on Prometheus and
 * Alertmanager, with the exported rules (windows scaled down, see scaled.ts) and the exported
 * Alertmanager configuration (receivers pointed at a recorder, see servers.ts).
 *
 * promtool judges when each tier fires, in virtual time. The servers judge what happens then:
 * routing, grouping, inhibition, resolution and no-data. So no stage waits for a window to pass:
 * each starts from backfilled history in which its alerts are already due at the first
 * evaluation, and five stages run side by side, each its own Prometheus and Alertmanager:
 * - healthy: healthy traffic; no SLO alert is ever pending or firing, nothing is sent.
 * - outage: a total outage of every SLI, long enough for every tier; per SLO and environment one
 *   notification of its most severe burn-rate alert to each destination its routing gives (the
 *   service's PagerDuty and the severity's Slack in prod; no pager where the routing has none),
 *   within one evaluation and the route's group_wait; its less severe burn-rate alerts, their
 *   conditions true too, are held back (by their rules while it fires, or inhibited in
 *   Alertmanager) and never sent; no other pager for the SLO, no no-data ticket. Per paging
 *   receiver (a service's), one PagerDuty incident: the events Alertmanager sends carry one
 *   dedup key, whatever the number of SLOs and alerts, with the most severe alert's severity.
 * - fresh: a process failing from its start, so no history and no counter of good events yet
 *   (it has counted none); the same as outage.
 * - recovery: the same outage, which ends once the most severe alerts are active; each resolves
 *   within its slowest short window after; a less severe alert whose windows still hold the
 *   outage then stays quiet in Prometheus (no ticket after recovery for an outage that paged).
 * - vanished: every SLI's series vanished longer ago than the no-data window (and Prometheus'
 *   lookback); one no-data ticket per destination, none to PagerDuty.
 * A grouped SLO has two groups: the stage's scenario fails the first, the second stays healthy;
 * its notifications are about the first group alone, and none in any stage carries the second.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import type { Model, SloModel } from "../model";
import { noDataSeconds } from "../model/burn-rate";
import { alertDestinations, noDataSeverity, PAGERDUTY_EVENT_SEVERITY } from "../model/routing";
import { SEVERITIES, type Severity } from "../definitions/types";
import { burnAlerts, noDataAlertName, prometheusRuleFiles, tierCondition } from "../exporters/prometheus-rules";
import { prometheusView } from "../model/views";
import { gaugeValues, groupValues, seriesName, sliSeries } from "./series";
import { LIVE_INTERVAL_SECONDS, scaledModel } from "./scaled";
import {
  Processes,
  RESEND_SECONDS,
  sleep,
  startStage,
  until,
  type LiveSeries,
  type Notification,
  type Stage,
  type StageScenario,
} from "./servers";

export { scaleFactor, scaledModel } from "./scaled";
export { withWebhooks } from "./servers";

/** What Alertmanager adds before a new group's first notification, when the route names none. */
const GROUP_WAIT_FALLBACK_SECONDS = 30;
/** Slack for delivery between the servers and this process, and for a busy machine's scheduling. */
const DELIVERY_SECONDS = 5;
/** How long the outage and vanished stages listen after the last expected notification, for any that should not come. */
const SETTLE_MS = 3000;
/** Prometheus' lookback: a series whose last sample is older is gone for instant queries too. */
const LOOKBACK_SECONDS = 300;

export interface E2eRow {
  readonly environment: string;
  readonly slo: string;
  /** The SLO's most severe burn-rate alert: the one that notifies. */
  readonly alert: string;
  /** A grouped SLO's failing group (`route="route-a"`), the only one its alerts may be about. */
  readonly group?: string;
  /** Seconds after the rules load by which its notifications are due: an evaluation, group_wait and delivery. */
  readonly boundSeconds: number;
  /** Destination -> seconds from the rules loading to its first notification (undefined: none). */
  readonly observed: Readonly<Record<string, number | undefined>>;
  /** Less severe burn-rate alerts seen due and held back (by their rules, or inhibited). */
  readonly held: readonly string[];
  readonly resolvedSeconds?: number;
  readonly resolveBoundSeconds: number;
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
  readonly notify: { name: string; destinations: string[] };
  /** The less severe burn-rate alerts and their tiers' conditions (any one true: the alert is due). */
  readonly lesser: readonly { readonly name: string; readonly conditions: readonly string[] }[];
  readonly noData?: { name: string; destinations: string[] };
  /** Seconds after the outage ends by which the notifying alert must have resolved. */
  readonly resolveBound: number;
  /** A grouped SLO's two groups: the one each stage's scenario fails, and one that stays healthy throughout. */
  readonly group?: { readonly failing: Readonly<Record<string, string>>; readonly healthy: Readonly<Record<string, string>> };
}

/** Whether an alert's labels are of this group (always, for an SLO judged as a whole). */
const inGroup = (labels: Readonly<Record<string, string>>, group: Readonly<Record<string, string>> | undefined) =>
  Object.entries(group ?? {}).every(([k, v]) => labels[k] === v);

const STAGES = ["healthy", "outage", "fresh", "recovery", "vanished"] as const;
type StageName = (typeof STAGES)[number];

/** What the model predicts per environment and SLO, and the series the SLIs read. */
function expectations(scaled: Model, lines: string[]): { expected: Expectation[]; series: Map<string, LiveSeries> } {
  const expected: Expectation[] = [];
  const series = new Map<string, LiveSeries>();
  for (const env of scaled.environments) {
    // What this environment's Prometheus evaluates: services that run on it there.
    const m = prometheusView(scaled, env.id);
    for (const slo of m.slos) {
      const sli = slo.sli.prometheus;
      const alerts = burnAlerts(m, slo);
      if (!sli || !alerts.length) continue;
      // A grouped SLO: its first group follows the stage, its second stays healthy and must never be paged for.
      const group = slo.groupBy.length ? { failing: groupValues(sli, 0), healthy: groupValues(sli, 1) } : undefined;
      const found = sliSeries(sli, group?.failing);
      const calm = group ? sliSeries(sli, group.healthy) : [];
      if (typeof found === "string" || typeof calm === "string") {
        lines.push(`FAIL e2e ${env.id} slo "${slo.id}": ${typeof found === "string" ? found : calm}`);
        continue;
      }
      for (const [s, healthy] of [...found.map((x) => [x, false] as const), ...calm.map((x) => [x, true] as const)]) {
        const name = seriesName(s.metric, s.labels);
        const known = series.get(name);
        if (known && known.role !== s.role) lines.push(`FAIL e2e: series ${name} plays two roles (${known.role}, ${s.role})`);
        // A process failing from its start has never counted a good event: that counter does not exist yet.
        const absentWhenFresh = !healthy && sli.kind === "ratio" && s.role === "good";
        series.set(name, { name, role: s.role, gauge: gaugeValues(sli), absentWhenFresh, healthy });
      }
      const [first, ...lesser] = alerts;
      const severity = noDataSeverity(slo, m.severities, m.environments);
      // As the exported rules label them: a team that routes its own alerts is matched on `team`.
      const labels = { environment: env.id, service: slo.service.id, team: slo.service.team };
      const step = sli.kind === "minutes" ? sli.stepSeconds : 0;
      expected.push({
        environment: env.id,
        slo,
        notify: { name: first.name, destinations: alertDestinations(scaled, { ...labels, severity: first.severity }) },
        lesser: lesser.map((a) => ({ name: a.name, conditions: a.tiers.map((t) => tierCondition(slo, t, env.id)) })),
        noData: severity && { name: noDataAlertName(slo), destinations: alertDestinations(scaled, { ...labels, severity }) },
        // Clear once its short windows hold too little of the outage: at most each window, one step,
        // a scrape, an evaluation and delivery.
        resolveBound: Math.max(...first.tiers.map((t) => t.shortWindowSeconds)) + step + 2 * LIVE_INTERVAL_SECONDS + DELIVERY_SECONDS,
        group,
      });
    }
  }
  return { expected, series };
}

/**
 * Runs the stages; `folder` receives each stage's configurations, data and logs. Every
 * server is stopped before this returns, whatever happens.
 */
export async function verifyEndToEnd(
  model: Model,
  alertmanagerText: string,
  folder: string,
  budgetSeconds = 240,
  ruleFiles: (scaled: Model) => Map<string, string> = prometheusRuleFiles,
): Promise<E2eOutcome> {
  const started = Date.now();
  // Prometheus reads rule_files relative to its configuration file, and a glob that matches nothing is no error.
  const dir = resolve(folder);
  const deadline = started + budgetSeconds * 1000;
  const lines: string[] = [];
  const scaled = scaledModel(model);
  rmSync(dir, { recursive: true, force: true });
  const rules = ruleFiles(scaled);
  const groups = [...rules.values()].reduce((n, text) => n + (parse(text).groups?.length ?? 0), 0);
  const groupWait = parseSeconds(parse(alertmanagerText).route?.group_wait) ?? GROUP_WAIT_FALLBACK_SECONDS;
  const { expected, series } = expectations(scaled, lines);
  if (!expected.length) {
    lines.push("ok   e2e: no SLO with a Prometheus SLI runs on Prometheus; nothing to run");
    return { ok: !lines.some((l) => l.startsWith("FAIL")), lines, rows: [], seconds: 0 };
  }

  // The scenarios, in Unix seconds: healthy history; an outage long enough for every tier to fire; vanished series.
  const tiers = expected.flatMap((e) => e.slo.tiers);
  const step = Math.max(0, ...expected.map((e) => (e.slo.sli.prometheus?.kind === "minutes" ? e.slo.sli.prometheus.stepSeconds : 0)));
  const outageSeconds = Math.ceil(
    Math.max(...tiers.map((t) => t.detectionSeconds)) + Math.max(...tiers.map((t) => t.shortWindowSeconds)) + step + 10,
  );
  const now = Math.floor(Date.now() / 1000);
  const origin = now - outageSeconds - Math.max(...tiers.map((t) => t.longWindowSeconds)) - 60;
  const outageAt = now - outageSeconds;
  const vanishAt = now - Math.max(...expected.map((e) => noDataSeconds(e.slo))) - LOOKBACK_SECONDS - 10;
  const scenarios: Record<StageName, StageScenario> = {
    healthy: { origin, steps: [{ from: origin, bad: 0 }] },
    outage: {
      origin,
      steps: [
        { from: origin, bad: 0 },
        { from: outageAt, bad: 1 },
      ],
    },
    recovery: {
      origin,
      steps: [
        { from: origin, bad: 0 },
        { from: outageAt, bad: 1 },
      ],
    },
    // A process started at the outage, failing from its start: no history before, no good counter.
    fresh: { origin: outageAt, steps: [{ from: outageAt, bad: 1 }] },
    vanished: { origin, steps: [{ from: origin, bad: 0 }], vanishAt },
  };

  const processes = new Processes();
  try {
    const starts = await Promise.allSettled(
      STAGES.map((name) =>
        startStage(processes, {
          name,
          dir: join(dir, name),
          series: [...series.values()].filter((s) => name !== "fresh" || !s.absentWhenFresh),
          scenario: scenarios[name],
          rules,
          groups,
          alertmanagerText,
          now,
          deadline,
        }),
      ),
    );
    const failed = starts.flatMap((s) =>
      s.status === "rejected" ? [s.reason instanceof Error ? s.reason.message : String(s.reason)] : [],
    );
    if (failed.length) throw new Error(failed.join("\n"));
    const [healthy, outage, fresh, recovery, vanished] = starts.map((s) => (s as PromiseFulfilledResult<Stage>).value);
    lines.push(
      `ok   e2e ${STAGES.length} stages (${STAGES.join(", ")}), each on its own Prometheus and Alertmanager: ` +
        `backfilled ${((now - origin) / 3600).toFixed(1)} h of ${series.size} series, loaded all ${groups} rule groups of ${rules.size} exported files`,
    );

    // An alert already firing reaches Alertmanager with the next resend; its group's first notification follows group_wait later.
    const notifyBound = RESEND_SECONDS + LIVE_INTERVAL_SECONDS + groupWait + DELIVERY_SECONDS;
    const sent = (stage: Stage, e: Expectation, name: string, destination: string, status = "firing") =>
      stage.notifications.filter(
        (n) =>
          n.destination === destination &&
          n.status === status &&
          n.alerts.some(
            (a) =>
              a.status === status &&
              a.labels.alertname === name &&
              a.labels.environment === e.environment &&
              a.labels.slo === e.slo.id &&
              // A grouped SLO's burn-rate alert is about the failing group; its no-data alert about none.
              (name === e.noData?.name || inGroup(a.labels, e.group?.failing)),
          ),
      );
    const key = (e: Expectation) => `${e.environment} ${e.slo.id}`;

    const runPaging = async (stage: Stage) => {
      await until(Math.min(deadline, stage.rulesAt + notifyBound * 1000), () =>
        expected.every((e) => e.notify.destinations.every((d) => sent(stage, e, e.notify.name, d).length > 0)),
      );
      await sleep(SETTLE_MS);
      return lesserState(stage);
    };
    /** Where each less severe alert stands now: due (a tier's condition true), firing in Prometheus, inhibited in Alertmanager. */
    const lesserState = async (stage: Stage): Promise<LesserState> => {
      const lesser = expected.flatMap((e) => e.lesser.map((l) => ({ e, l })));
      // Every condition at one moment, in one query: one request per condition took minutes at a hundred SLOs.
      const conditions = lesser.flatMap(({ l }) => l.conditions);
      const [managed, firing, holding] = await Promise.all([stage.managedAlerts(), stage.ruleAlerts(), stage.holding(conditions)]);
      const state: LesserState = new Map();
      let next = 0;
      for (const { e, l } of lesser) {
        const due = holding.slice(next, (next += l.conditions.length)).some(Boolean);
        const mine = (a: { labels: Record<string, string> }) => a.labels.alertname === l.name && a.labels.environment === e.environment;
        const alert = managed.find(mine);
        state.set(`${key(e)} ${l.name}`, {
          due,
          firing: firing.some((a) => mine(a) && a.state === "firing"),
          inhibited: Boolean(alert?.status.inhibitedBy.length),
        });
      }
      return state;
    };
    const resolvedAt = new Map<string, number>();
    let recoveredAt = 0;
    let afterRecovery: LesserState = new Map();
    const runRecovery = async () => {
      const firing = async () => {
        const managed = await recovery.managedAlerts();
        return expected.every((e) => managed.some((a) => a.labels.alertname === e.notify.name && a.labels.environment === e.environment));
      };
      if (!(await until(Math.min(deadline, recovery.rulesAt + (RESEND_SECONDS + LIVE_INTERVAL_SECONDS + DELIVERY_SECONDS) * 1000), firing)))
        return false;
      recoveredAt = Date.now();
      recovery.scenario.steps.push({ from: recoveredAt / 1000, bad: 0 });
      // Each alert must be gone once an evaluation has seen its short windows clear (plus delivery to Alertmanager).
      const clearedBy = new Map(expected.map((e) => [key(e), recoveredAt + (e.resolveBound - DELIVERY_SECONDS) * 1000]));
      const judgedAt = new Map<string, number>();
      await until(
        deadline,
        async () => {
          const [managed, evaluated] = await Promise.all([recovery.managedAlerts(), recovery.evaluatedFrom()]);
          for (const e of expected) {
            const still = managed.some((a) => a.labels.alertname === e.notify.name && a.labels.environment === e.environment);
            if (!still && !resolvedAt.has(key(e))) resolvedAt.set(key(e), Date.now());
            if (!judgedAt.has(key(e)) && evaluated >= clearedBy.get(key(e))!) judgedAt.set(key(e), Date.now() + DELIVERY_SECONDS * 1000);
          }
          return expected.every((e) => resolvedAt.has(key(e)) || (judgedAt.get(key(e)) ?? Infinity) < Date.now());
        },
        500,
      );
      for (const [k, at] of resolvedAt) if (at > (judgedAt.get(k) ?? Infinity)) resolvedAt.delete(k);
      // The most severe alerts have resolved: what their less severe ones do with the outage still in their windows.
      afterRecovery = await lesserState(recovery);
      return true;
    };
    const withNoData = expected.filter((e) => e.noData);
    const runVanished = async () => {
      await until(Math.min(deadline, vanished.rulesAt + notifyBound * 1000), () =>
        withNoData.every((e) => e.noData!.destinations.every((d) => sent(vanished, e, e.noData!.name, d).length > 0)),
      );
      await sleep(SETTLE_MS);
    };
    const quiet: string[] = [];
    // Watched until the other stages are done.
    const runHealthy = async (others: Promise<unknown>) => {
      let done = false;
      void others.then(() => (done = true));
      while (!done && Date.now() < deadline) {
        for (const a of await healthy.ruleAlerts())
          if (a.labels.slo) quiet.push(`${a.labels.alertname} (${a.labels.environment}) ${a.state}`);
        await sleep(1000);
      }
    };
    const runs = Promise.all([runPaging(outage), runPaging(fresh), runRecovery(), runVanished()]);
    const [[managed, managedFresh, recovered]] = await Promise.all([runs, runHealthy(runs)]);

    // Judge.
    if (quiet.length) lines.push(`FAIL e2e healthy: SLO alerts on healthy traffic: ${[...new Set(quiet)].join(", ")}`);
    const loud = healthy.notifications.filter((n) => n.alerts.some((a) => a.labels.slo));
    if (loud.length) lines.push(`FAIL e2e healthy: ${loud.length} SLO notifications on healthy traffic (${describe(loud)})`);
    if (!recovered)
      lines.push("FAIL e2e recovery: the most severe burn-rate alerts were not all active in Alertmanager before the outage ended");
    const paging = [
      { stage: outage, lesser: managed },
      { stage: fresh, lesser: managedFresh },
    ];
    for (const stage of [outage, fresh]) lines.push(...incidentLines(stage));
    const rows = expected.map((e) => judge(e, { paging, vanished, recovery, afterRecovery, notifyBound, resolvedAt, recoveredAt, sent }));
    rows.forEach(({ row, problems }, i) => lines.push(rowLine(row, problems, expected[i].noData?.destinations ?? [])));
    // What else the stages sent: the alert rules that watch the same series.
    const ours = new Set(expected.flatMap((e) => [e.notify.name, ...e.lesser.map((l) => l.name), e.noData?.name]));
    for (const stage of [healthy, outage, fresh, recovery, vanished]) {
      const others = stage.notifications.filter((n) => n.status === "firing" && n.alerts.some((a) => !ours.has(a.labels.alertname)));
      for (const text of new Set(others.map((n) => `note e2e ${stage.name}: also notified ${n.destination} <- ${names(n)}`)))
        lines.push(text);
    }
    const all = rows.map((r) => r.row);
    return {
      ok: all.every((r) => r.ok) && !lines.some((l) => l.startsWith("FAIL")),
      lines,
      rows: all,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    lines.push(`FAIL e2e: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, lines, rows: [], seconds: (Date.now() - started) / 1000 };
  } finally {
    await processes.stop();
  }
}

/**
 * One incident per outage of a service: per paging receiver, the PagerDuty events Alertmanager
 * sent carry one dedup key, and each trigger the severity of the most severe alert it is about.
 */
function incidentLines(stage: Stage): string[] {
  const triggers = stage.pagerDutyEvents.filter((e) => e.action === "trigger");
  const paged = stage.notifications.filter((n) => n.destination.startsWith("pagerduty ") && n.status === "firing");
  if (paged.length && !triggers.length) return [`FAIL e2e ${stage.name}: pages were sent but no PagerDuty event reached the recorder`];
  const lines: string[] = [];
  const receivers = [...new Set(triggers.map((e) => e.receiver))].sort();
  const about = (receiver: string, key: string) =>
    paged.filter((n) => n.receiver === receiver && n.dedupKey === key).flatMap((n) => n.alerts.filter((a) => a.status === "firing"));
  const summary: string[] = [];
  for (const receiver of receivers) {
    const mine = triggers.filter((e) => e.receiver === receiver);
    const keys = [...new Set(mine.map((e) => e.dedupKey))];
    const alertNames = (key: string) => [...new Set(about(receiver, key).map((a) => a.labels.alertname))].sort().join(", ");
    if (keys.length > 1)
      lines.push(
        `FAIL e2e ${stage.name}: one outage opened ${keys.length} PagerDuty incidents through ${receiver} (${mine[0].service}): ${keys.map(alertNames).sort().join("; ")}`,
      );
    for (const event of mine) {
      // The notification sent with this event: the same flush of the same group, the nearest in time.
      const sentWith = paged
        .filter((n) => n.receiver === receiver && n.dedupKey === event.dedupKey)
        .sort((a, b) => Math.abs(a.at - event.at) - Math.abs(b.at - event.at))[0];
      const severities = (sentWith?.alerts ?? []).filter((a) => a.status === "firing").map((a) => a.labels.severity as Severity);
      const mostSevere = SEVERITIES.find((s) => severities.includes(s));
      if (mostSevere && event.severity !== PAGERDUTY_EVENT_SEVERITY[mostSevere])
        lines.push(
          `FAIL e2e ${stage.name}: ${receiver} sent PagerDuty severity "${event.severity}" for a group whose most severe alert is ${mostSevere} ("${PAGERDUTY_EVENT_SEVERITY[mostSevere]}")`,
        );
    }
    summary.push(`${receiver} (${keys.map(alertNames).join("; ")}: ${[...new Set(mine.map((e) => e.severity))].join(", ")})`);
  }
  if (!lines.length && summary.length)
    lines.push(`ok   e2e ${stage.name}: one PagerDuty incident per paged service: ${summary.join("; ")}`);
  return [...new Set(lines)];
}

const names = (n: Notification) => [...new Set(n.alerts.map((a) => `${a.labels.alertname} (${a.labels.environment})`))].join(", ");
const describe = (list: readonly Notification[]) => [...new Set(list.map((n) => `${n.destination} <- ${names(n)}`))].join("; ");

/** Per "environment slo alertname": whether a less severe alert was due, firing in Prometheus, inhibited in Alertmanager. */
type LesserState = Map<string, { due: boolean; firing: boolean; inhibited: boolean }>;

interface Observed {
  /** The stages of a total outage (the first one's figures go in the row) and where the less severe alerts stood in each. */
  readonly paging: readonly { readonly stage: Stage; readonly lesser: LesserState }[];
  readonly vanished: Stage;
  readonly recovery: Stage;
  /** Where the less severe alerts stood once the most severe ones had resolved. */
  readonly afterRecovery: LesserState;
  readonly notifyBound: number;
  readonly resolvedAt: ReadonlyMap<string, number>;
  readonly recoveredAt: number;
  readonly sent: (stage: Stage, e: Expectation, name: string, destination: string) => Notification[];
}

/** Whether a notification carries an alert of this SLO in this environment. */
const aboutSlo = (e: Expectation) => (n: Notification) =>
  n.alerts.some((a) => a.labels.environment === e.environment && a.labels.slo === e.slo.id);

/** One paging stage for one SLO: its notifications, the other pagers, the alerts held back. */
function pagingProblems(e: Expectation, stage: Stage, lesser: LesserState, o: Observed) {
  const problems: string[] = [];
  const observed: Record<string, number | undefined> = {};
  const ofSlo = aboutSlo(e);
  for (const d of e.notify.destinations) {
    const got = o.sent(stage, e, e.notify.name, d);
    observed[d] = got.length ? (got[0].at - stage.rulesAt) / 1000 : undefined;
    if (got.length !== 1) problems.push(`${d} got ${got.length} notifications of ${e.notify.name} for one outage, expected 1`);
    else if (observed[d]! > o.notifyBound)
      problems.push(`${d} was notified ${observed[d]!.toFixed(1)} s after the rules loaded, later than ${o.notifyBound} s`);
  }
  const outageNotes = stage.notifications.filter((n) => n.status === "firing" && ofSlo(n));
  // No other pager for this SLO, and no pager at all where the routing has none.
  const pagers = outageNotes.filter(
    (n) =>
      n.destination.startsWith("pagerduty ") && n.alerts.some((a) => a.labels.alertname !== e.notify.name && a.labels.slo === e.slo.id),
  );
  if (pagers.length) problems.push(`other PagerDuty notifications for this SLO: ${describe(pagers)}`);
  if (!e.notify.destinations.some((d) => d.startsWith("pagerduty "))) {
    const wrong = stage.notifications.filter(
      (n) => n.destination.startsWith("pagerduty ") && n.alerts.some((a) => a.labels.environment === e.environment),
    );
    if (wrong.length) problems.push(`${wrong.length} PagerDuty notifications in an environment whose routing never pages`);
  }
  // The less severe burn-rate alerts are due too, and are held back: by their rules, or by Alertmanager.
  const held: string[] = [];
  for (const { name } of e.lesser) {
    const state = lesser.get(`${e.environment} ${e.slo.id} ${name}`)!;
    if (!state.due) problems.push(`${name}'s condition did not hold during an outage longer than its detection time`);
    else if (state.firing && !state.inhibited)
      problems.push(`${name} fired and was neither held by its rule nor inhibited by ${e.notify.name}`);
    else held.push(name);
    const told = outageNotes.filter((n) => n.alerts.some((a) => a.labels.alertname === name));
    if (told.length) problems.push(`${name} was sent while ${e.notify.name} fired: ${describe(told)}`);
  }
  if (e.noData && outageNotes.some((n) => n.alerts.some((a) => a.labels.alertname === e.noData!.name)))
    problems.push(`${e.noData.name} was sent while the series were there`);
  problems.push(...healthyGroupProblems(e, stage));
  return { problems, observed, held };
}

/** A grouped SLO: no notification of the stage carries an alert of its healthy group. */
function healthyGroupProblems(e: Expectation, stage: Stage): string[] {
  const healthy = e.group?.healthy;
  if (!healthy) return [];
  const wrong = stage.notifications.filter((n) =>
    n.alerts.some((a) => a.labels.slo === e.slo.id && a.labels.environment === e.environment && inGroup(a.labels, healthy)),
  );
  return wrong.length ? [`${wrong.length} notifications for the healthy group {${labelText(healthy)}}: ${describe(wrong)}`] : [];
}

/** Labels as PromQL writes them: route="route-a". */
function labelText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(",");
}

/** One SLO in one environment against what the model predicts. */
function judge(e: Expectation, o: Observed): { row: E2eRow; problems: string[] } {
  const [first, ...others] = o.paging.map((p) => ({ stage: p.stage.name, ...pagingProblems(e, p.stage, p.lesser, o) }));
  const { observed, held } = first;
  const problems = [...first.problems, ...others.flatMap((p) => p.problems.map((text) => `${p.stage}: ${text}`))];
  const ofSlo = aboutSlo(e);
  const resolved = o.resolvedAt.get(`${e.environment} ${e.slo.id}`);
  const resolvedSeconds = resolved === undefined ? undefined : (resolved - o.recoveredAt) / 1000;
  if (resolvedSeconds === undefined) problems.push(`${e.notify.name} did not resolve within ${e.resolveBound} s of the outage ending`);
  // After recovery: nothing less severe for an outage that already paged, while its windows still hold it.
  for (const { name } of e.lesser) {
    const state = o.afterRecovery.get(`${e.environment} ${e.slo.id} ${name}`);
    if (state?.due && state.firing) problems.push(`recovery: ${name} fired once ${e.notify.name} resolved, for the outage it paged`);
    const told = o.recovery.notifications.filter(
      (n) =>
        n.status === "firing" &&
        n.alerts.some((a) => a.labels.alertname === name && a.labels.environment === e.environment && a.labels.slo === e.slo.id),
    );
    if (told.length) problems.push(`recovery: ${name} was sent: ${describe(told)}`);
  }
  problems.push(...healthyGroupProblems(e, o.recovery).map((p) => `recovery: ${p}`));
  let noDataSeconds: number | undefined;
  if (e.noData) {
    for (const d of e.noData.destinations) {
      const got = o.sent(o.vanished, e, e.noData.name, d);
      if (got.length !== 1) problems.push(`${d} got ${got.length} no-data notifications, expected 1`);
      else noDataSeconds = Math.max(noDataSeconds ?? 0, (got[0].at - o.vanished.rulesAt) / 1000);
    }
    if (e.noData.destinations.some((d) => d.startsWith("pagerduty "))) problems.push("the no-data alert would page");
  } else problems.push("no no-data alert: no severity that does not page");
  const burnWhileGone = o.vanished.notifications.filter((n) => ofSlo(n) && n.alerts.some((a) => a.labels.alertname !== e.noData?.name));
  if (burnWhileGone.length) problems.push(`burn-rate alerts were sent with the series gone: ${describe(burnWhileGone)}`);
  const row: E2eRow = {
    environment: e.environment,
    slo: e.slo.id,
    alert: e.notify.name,
    ...(e.group ? { group: labelText(e.group.failing) } : {}),
    boundSeconds: o.notifyBound,
    observed,
    held,
    resolvedSeconds,
    resolveBoundSeconds: e.resolveBound,
    noDataSeconds,
    ok: problems.length === 0,
  };
  return { row, problems };
}

function rowLine(r: E2eRow, problems: readonly string[], noDataTo: readonly string[]): string {
  const seconds = (s: number | undefined) => (s === undefined ? "never" : `${s.toFixed(1)} s`);
  const first = Object.entries(r.observed).map(([d, s]) => `${d} ${seconds(s)}`);
  return (
    `${r.ok ? "ok  " : "FAIL"} e2e ${r.environment} slo "${r.slo}": ${r.alert}${r.group ? ` for {${r.group}} alone` : ""} once to ${first.join(", ")} (by ${r.boundSeconds} s)` +
    (r.held.length ? `, ${r.held.join(", ")} held back` : "") +
    `; resolved ${r.resolvedSeconds === undefined ? "never" : `${seconds(r.resolvedSeconds)} after recovery (by ${r.resolveBoundSeconds} s)`}` +
    `; no-data ticket ${r.noDataSeconds === undefined ? "missing" : `after ${seconds(r.noDataSeconds)} to ${noDataTo.join(", ")}`}` +
    (r.ok ? "" : `\n     ${problems.join("\n     ")}`)
  );
}

function parseSeconds(text: unknown): number | undefined {
  const m = typeof text === "string" ? /^(\d+)(s|m)$/.exec(text) : null;
  return m ? Number(m[1]) * (m[2] === "m" ? 60 : 1) : undefined;
}

/** The real servers' table per environment and SLO, Markdown; seconds from the rules loading (outage, vanished) or the outage ending (recovery). */
export function e2eTable(rows: readonly E2eRow[]): string {
  const seconds = (s: number | undefined) => (s === undefined ? "none" : `${s.toFixed(1)} s`);
  return [
    "| environment | SLO | notifying alert | first notification per destination | due by | less severe, held back | resolved after recovery | due by | no-data ticket after | ok |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.environment} | ${r.slo} | ${r.alert}${r.group ? ` {${r.group}}` : ""} | ${Object.entries(r.observed)
          .map(([d, s]) => `${d}: ${seconds(s)}`)
          .join(
            "; ",
          )} | ${r.boundSeconds} s | ${r.held.join(", ") || "-"} | ${seconds(r.resolvedSeconds)} | ${r.resolveBoundSeconds} s | ${seconds(r.noDataSeconds)} | ${r.ok ? "yes" : "NO"} |`,
    ),
  ].join("\n");
}
