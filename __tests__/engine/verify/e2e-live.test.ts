/**
 * The end-to-end check on the real servers, run the way verify runs it: once on an organisation
 * whose exports are right (three teams, webhooks, per-team routes), and once on exports broken
 * in the ways it exists to catch. Both runs share the wait for Alertmanager's group_wait.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { parse, stringify } from "yaml";
import { discoverDefinitions } from "../../../engine/discover";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import { burnAlerts, prometheusRuleFiles } from "../../../engine/exporters/prometheus-rules";
import type { Model, SloModel } from "../../../engine/model";
import { prometheusView } from "../../../engine/model/views";
import { verifyEndToEnd, type E2eOutcome } from "../../../engine/verify/e2e";
import { validate } from "../../../stacks/app";
import { ratio } from "../../../engine/definitions";
import { defaults, model } from "../../helpers";
import { apiRouteAvailability, meshRouteAvailability } from "../../fixtures/grouped";

/** The three-team fixture, its ledger service with a second SLO that pages at P0: one incident, PagerDuty's critical severity. */
const teams = (() => {
  const root = join(__dirname, "..", "..", "fixtures", "three-teams");
  const defs = discoverDefinitions(root);
  const ledger = defs.slos.find((s) => s.id === "ledger-availability")!;
  const critical = { severity: "P0" as const };
  const slos = [
    ...defs.slos,
    { ...ledger, id: "ledger-critical", alerting: { tiers: { "page-fast": critical, "page-slow": critical } } },
    // Judged per route: an outage of one route pages for that route alone.
    meshRouteAvailability,
  ];
  return validate({ ...defs, slos }, root, {});
})();

/** The model with one SLO changed in every environment. */
function withSlo(m: Model, id: string, change: (slo: SloModel) => SloModel): Model {
  const patch = (x: Model): Model => ({ ...x, slos: x.slos.map((s) => (s.id === id ? change(s) : s)) });
  return { ...patch(m), environmentModels: Object.fromEntries(Object.entries(m.environmentModels).map(([k, v]) => [k, patch(v)])) };
}

/** The NOUS fixture with the agents' availability judged per route, whose exported rules the broken run breaks (allRoutesErrors). */
const nous = (() => {
  const defs = defaults();
  const perRoute = {
    ...apiRouteAvailability,
    id: "agents-route-availability",
    service: "agents",
    sli: ratio({ prometheus: { errors: 'agent_requests_total{code=~"5.."}', total: "agent_requests_total" } }),
  };
  return model({ ...defs, slos: [...defs.slos, perRoute] });
})();
// A budget below zero: every threshold is negative, so the SLO burns on healthy traffic and never recovers.
const broken = withSlo(nous, "api-latency", (s) => ({ ...s, errorBudget: -1 }));
/**
 * No inhibitions; prod's data-sync loses its PagerDuty integration; prod's pages grouped per alert
 * (two incidents for one outage of the api), and the api's pages sent as warnings.
 */
function brokenAlertmanager(m: Model): string {
  const config = parse(alertmanagerYaml(m));
  delete config.inhibit_rules;
  delete config.receivers.find((r: any) => r.name === "prod-page-data-sync").pagerduty_configs;
  config.receivers.find((r: any) => r.name === "prod-page-api").pagerduty_configs[0].severity = "warning";
  const prod = config.route.routes.find((r: any) => r.matchers[0] === 'environment="prod"');
  for (const r of prod.routes) if (r.receiver.startsWith("prod-page-")) r.group_by = ["alertname", "service"];
  return stringify(config);
}

/** The per-route SLO's errors summed over every route, each route's traffic then judged by them all: the healthy route burns too. */
const allRoutesErrors = /sum by \(route\) \(rate\((agent_requests_total\{code=~"5\.\."\}\[\w+\])\)\) \//g;

/**
 * The rules as exported before a less severe burn-rate alert was held after a page: only the
 * tiers' conditions; and the per-route SLO's errors counted over every route.
 */
function unheldRules(m: Model): Map<string, string> {
  const hold = /^(\s*expr: )\((.*)\) unless on\(slo, environment\) max_over_time\(ALERTS\{.*$/gm;
  return new Map(
    [...prometheusRuleFiles(m)].map(([name, text]) => [
      name,
      text.replace(hold, "$1$2").replace(allRoutesErrors, "scalar(sum(rate($1))) /"),
    ]),
  );
}

/** The same organisation with one Prometheus for both environments: each environment's rules select its `env`. */
const shared = (() => {
  const root = join(__dirname, "..", "..", "fixtures", "three-teams");
  const defs = discoverDefinitions(root);
  return validate({ ...defs, environments: defs.environments.map((e) => ({ ...e, seriesMatchers: { env: e.id } })) }, root, {});
})();

let good: E2eOutcome;
let bad: E2eOutcome;
let oneForAll: E2eOutcome;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "e2e-live-"));
  [good, bad, oneForAll] = await Promise.all([
    verifyEndToEnd(teams, alertmanagerYaml(teams), join(dir, "teams")),
    verifyEndToEnd(broken, brokenAlertmanager(broken), join(dir, "broken"), undefined, unheldRules),
    verifyEndToEnd(shared, alertmanagerYaml(shared), join(dir, "shared")),
  ]);
});

test("right exports pass: every SLO of every environment pages once where routed, holds its ticket back, resolves and reports no data", () => {
  expect(good.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
  expect(good.ok).toBe(true);
  const expected = teams.environments.flatMap((env) => {
    const m = prometheusView(teams, env.id);
    return m.slos.filter((s) => s.sli.prometheus).map((s) => ({ env: env.id, slo: s.id, lesser: burnAlerts(m, s).slice(1).length }));
  });
  expect(good.rows.map((r) => `${r.environment} ${r.slo}`).sort()).toEqual(expected.map((e) => `${e.env} ${e.slo}`).sort());
  for (const e of expected) {
    const row = good.rows.find((r) => r.environment === e.env && r.slo === e.slo)!;
    expect(row.held).toHaveLength(e.lesser);
    expect(Object.values(row.observed).every((s) => s !== undefined && s <= row.boundSeconds)).toBe(true);
    expect(row.resolvedSeconds).toBeLessThanOrEqual(row.resolveBoundSeconds);
    expect(row.noDataSeconds).toBeDefined();
  }
  // The mesh gateway judged per route: its page is about the failing route alone, the healthy one never notified.
  const perRoute = good.rows.find((r) => r.environment === "prod" && r.slo === "mesh-route-availability")!;
  expect(perRoute).toMatchObject({ group: 'route="route-a"', ok: true });
  expect(good.lines).toContainEqual(
    expect.stringMatching(/^ok {3}e2e prod slo "mesh-route-availability": MeshRouteAvailabilityPageBurn for \{route="route-a"\} alone/),
  );
  // One PagerDuty incident for the ledger's two SLOs, at the severity of the most severe page.
  for (const stage of ["outage", "fresh"])
    expect(good.lines.find((l) => l.startsWith(`ok   e2e ${stage}: one PagerDuty incident per paged service`))).toContain(
      "prod-ledgerteam-page-ledger-api (LedgerAvailabilityPageBurn, LedgerCriticalPageBurn: critical)",
    );
});

test("broken exports fail, each defect named: no hold nor inhibition, a ticket after recovery, a lost pager, two incidents for one outage, a wrong PagerDuty severity, an SLO that burns on healthy traffic, a healthy route paged", () => {
  expect(bad.ok).toBe(false);
  const text = bad.lines.join("\n");
  expect(text).toMatch(/ApiAvailabilityTicketBurn fired and was neither held by its rule nor inhibited by ApiAvailabilityPageBurn/);
  expect(text).toMatch(/recovery: ApiAvailabilityTicketBurn fired once ApiAvailabilityPageBurn resolved, for the outage it paged/);
  expect(text).toMatch(/ApiAvailabilityTicketBurn was sent while ApiAvailabilityPageBurn fired/);
  expect(text).toMatch(/pagerduty data-sync got 0 notifications of DataFreshnessPageBurn for one outage, expected 1/);
  expect(text).toContain(
    "FAIL e2e outage: one outage opened 2 PagerDuty incidents through prod-page-api (api): ApiAvailabilityPageBurn; ApiLatencyPageBurn",
  );
  expect(text).toContain(
    'FAIL e2e outage: prod-page-api sent PagerDuty severity "warning" for a group whose most severe alert is P1 ("error")',
  );
  expect(text).toMatch(/FAIL e2e healthy: SLO alerts on healthy traffic: ApiLatencyPageBurn/);
  expect(text).toMatch(/ApiLatencyPageBurn did not resolve within/);
  // The per-route SLO's errors counted over every route: the healthy route is paged for the failing one's outage.
  expect(text).toMatch(
    /FAIL e2e prod slo "agents-route-availability": .*\n(\s+.*\n)*?\s+\d+ notifications for the healthy group \{route="route-b"\}: .*pagerduty agents <- AgentsRouteAvailabilityPageBurn \(prod\)/,
  );
  // Staging keeps its routes: its rows fail only for the ticket let through.
  const staging = bad.rows.find((r) => r.environment === "staging" && r.slo === "api-availability")!;
  expect(staging.observed).toEqual({ "slack #alerts-staging": expect.any(Number) });
});

test("one Prometheus for several environments: with seriesMatchers each environment's rules judge its own series, and all pass", () => {
  expect(oneForAll.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
  expect(oneForAll.ok).toBe(true);
  expect(new Set(oneForAll.rows.map((r) => r.environment))).toEqual(new Set(shared.environments.map((e) => e.id)));
});
