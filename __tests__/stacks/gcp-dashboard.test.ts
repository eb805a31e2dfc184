/**
 * The Google Cloud stack's Cloud Monitoring dashboard, read back from the synthesized
 * `dashboard_json`: a chart per alert policy, SLO and uptime check the stack renders, laid out
 * within the grid, in the form the Monitoring API returns (so the google provider sees no change
 * after apply), the same bytes whatever the order of the definitions, and split over several
 * dashboards past the tiles one holds. promtool judges every PromQL chart.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alert, cloudRun, cloudRunAvailabilitySli, service, slo, type AlertRuleDefinition } from "../../engine/definitions";
import type { Definitions } from "../../engine/definitions/types";
import { toYaml } from "../../engine/exporters/prometheus-rules";
import { costLines } from "../../engine/review/catalog";
import { changedPaths, REPLACING_ATTRIBUTES } from "../../engine/review/diff";
import { buildApp } from "../../stacks/app";
import { GRID_COLUMNS, MAX_TILES } from "../../constructs/gcp/dashboard-body";
import { defaults, model, synthGcp, type SynthesizedStack, type Writable } from "../helpers";

interface Threshold {
  label: string;
  value?: number;
  color?: string;
  direction?: string;
}
interface Tile {
  xPos?: number;
  yPos?: number;
  width: number;
  height: number;
  widget: {
    id: string;
    title?: string;
    text?: { content: string };
    xyChart?: {
      dataSets: {
        timeSeriesQuery: { prometheusQuery?: string; timeSeriesFilter?: { filter: string; aggregation?: object } };
        plotType: string;
      }[];
      thresholds?: Threshold[];
    };
  };
}
interface Dashboard {
  displayName: string;
  mosaicLayout: { columns: number; tiles: Tile[] };
}

/** The fixture organisation plus a Cloud Run service with the preset's alerts, a Cloud Monitoring SLO and two hand-written alerts. */
function fixture(extra: readonly AlertRuleDefinition[] = []): Writable<Definitions> {
  const defs = defaults();
  defs.services = [...defs.services, service({ id: "checkout", name: "Checkout", team: "backend" })];
  defs.alerts = [
    ...defs.alerts,
    ...cloudRun({ id: "checkout", service: "checkout", serviceName: "checkout-api", runbook: "https://runbooks.example.com/checkout" }),
    // Not `<query> <op> <number>`: charted whole.
    alert({
      id: "checkout-absent",
      name: "CheckoutAbsent",
      service: "checkout",
      severity: "P2",
      summary: "Checkout reports nothing",
      for: "10m",
      condition: { prometheus: 'absent(up{job="checkout"})' },
    }),
    // A threshold of 0, which the API leaves out of its answer.
    alert({
      id: "checkout-panics",
      name: "CheckoutPanics",
      service: "checkout",
      severity: "P2",
      summary: "Checkout panics",
      for: "5m",
      condition: { prometheus: 'sum(rate(panics_total{job="checkout"}[5m])) > 0' },
    }),
    ...extra,
  ];
  defs.slos = [
    ...defs.slos,
    slo({
      id: "checkout-availability",
      service: "checkout",
      objective: 99.5,
      window: "28d",
      sli: cloudRunAvailabilitySli("checkout-api"),
      runbook: "https://runbooks.example.com/checkout",
    }),
  ];
  return defs;
}

const dashboardsOf = (stack: SynthesizedStack): Record<string, Dashboard> =>
  Object.fromEntries(
    Object.entries<{ dashboard_json: string }>(stack.resource.google_monitoring_dashboard ?? {}).map(([k, v]) => [
      k,
      JSON.parse(v.dashboard_json),
    ]),
  );
const charts = (d: Dashboard) => d.mosaicLayout.tiles.filter((t) => t.widget.xyChart);
const chart = (d: Dashboard, id: string) => charts(d).find((t) => t.widget.id === id)!.widget.xyChart!;

const m = model(fixture());
const prod = synthGcp(m, "prod");
const dashboard = dashboardsOf(prod).dashboard;
const policies = prod.resource.google_monitoring_alert_policy as Record<
  string,
  { user_labels: { slo?: string }; conditions: { condition_prometheus_query_language?: { query: string } }[] }
>;

describe("what the dashboard shows", () => {
  test("one chart per alert policy of an alert rule, per SLO and per uptime check the stack renders, and nothing else", () => {
    const alertPolicies = Object.keys(policies).filter((k) => k.startsWith("alert_"));
    const slos = new Set([
      ...Object.keys(prod.resource.google_monitoring_slo).map((k) => k.replace(/^slo_/, "")),
      // Grouped SLOs have no SLO object, only their PromQL policies.
      ...Object.values(policies).flatMap((p) => (p.user_labels.slo ? [p.user_labels.slo] : [])),
    ]);
    const checks = Object.keys(prod.resource.google_monitoring_uptime_check_config);
    expect(
      charts(dashboard)
        .map((t) => t.widget.id)
        .sort(),
    ).toEqual(
      [
        ...alertPolicies.map((k) => `alert-${k.replace(/^alert_/, "")}`),
        ...[...slos].map((s) => `slo-${s}`),
        ...checks.map((k) => `uptime-${k.replace(/^uptime_/, "")}`),
      ].sort(),
    );
    expect(dashboard.displayName).toBe("prod monitoring");
    expect(dashboard.mosaicLayout.tiles[0].widget.text!.content).toMatch(/^# prod monitoring\n/);
  });

  test("an alert's chart is its condition's left-hand query with the threshold as a line; any other condition is charted whole", () => {
    const errors = policies["alert_checkout-errors"].conditions[0].condition_prometheus_query_language!.query;
    expect(errors).toMatch(/ > 0\.05$/);
    expect(chart(dashboard, "alert-checkout-errors")).toEqual({
      dataSets: [{ timeSeriesQuery: { prometheusQuery: errors.replace(/ > 0\.05$/, "") }, plotType: "LINE", targetAxis: "Y1" }],
      thresholds: [{ label: "> 0.05", value: 0.05, color: "RED", direction: "ABOVE" }],
    });
    const absent = chart(dashboard, "alert-checkout-absent");
    expect(absent.dataSets[0].timeSeriesQuery.prometheusQuery).toBe('absent(up{job="checkout"})');
    expect(absent.thresholds).toBeUndefined();
  });

  test("an SLO with a Prometheus source charts its error ratio over the shortest window, which the burn-rate policy compares with each tier", () => {
    const slo = m.slos.find((s) => s.id === "api-availability")!;
    const c = chart(dashboard, "slo-api-availability");
    const query = c.dataSets[0].timeSeriesQuery.prometheusQuery!;
    expect(query).toContain("[5m]");
    // The fastest tier's short window is the 5 minutes the chart shows, compared in the page policy.
    const fastest = slo.tiers.reduce((a, b) => (b.shortWindowSeconds < a.shortWindowSeconds ? b : a));
    const page = policies["slo_api-availability_page"].conditions[0].condition_prometheus_query_language!.query;
    expect(page).toContain(`and ${query} > ${fastest.errorRatioThreshold}`);
    expect(c.thresholds!.map((t) => t.value)).toEqual(
      slo.deployedTiers.gcp?.map((t) => t.errorRatioThreshold) ?? slo.tiers.map((t) => t.errorRatioThreshold),
    );
    expect(c.thresholds!.every((t) => t.direction === "ABOVE")).toBe(true);
  });

  test("an SLO with only a Cloud Monitoring source charts the SLO object's burn rate against each tier's factor", () => {
    const object = prod.resource.google_monitoring_slo["slo_checkout-availability"];
    expect(object).toMatchObject({
      slo_id: "checkout-availability",
      service: "${google_monitoring_custom_service.service_checkout.service_id}",
    });
    const c = chart(dashboard, "slo-checkout-availability");
    expect(c.dataSets[0].timeSeriesQuery.timeSeriesFilter).toEqual({
      filter: 'select_slo_burn_rate("projects/nous-prod/services/checkout/serviceLevelObjectives/checkout-availability", "300s")',
    });
    const tiers = m.slos.find((s) => s.id === "checkout-availability")!.deployedTiers.gcp!;
    expect(c.thresholds!.map((t) => t.value)).toEqual(tiers.map((t) => t.factor));
  });

  test("an uptime check's chart reads the check_passed metric of that check", () => {
    const c = chart(dashboard, "uptime-api-health");
    expect(c.dataSets[0].timeSeriesQuery.timeSeriesFilter).toEqual({
      filter:
        'metric.type="monitoring.googleapis.com/uptime_check/check_passed" AND metric.label.check_id="${google_monitoring_uptime_check_config.uptime_api-health.uptime_check_id}" AND resource.type="uptime_url"',
      aggregation: { alignmentPeriod: "60s", perSeriesAligner: "ALIGN_FRACTION_TRUE", crossSeriesReducer: "REDUCE_MEAN" },
    });
  });

  test("promtool accepts every PromQL chart as a recording rule", () => {
    const queries = charts(dashboard).flatMap((t) => t.widget.xyChart!.dataSets.flatMap((d) => d.timeSeriesQuery.prometheusQuery ?? []));
    expect(queries.length).toBeGreaterThan(10);
    const file = join(mkdtempSync(join(tmpdir(), "gcp-dashboard-")), "charts.rules.yml");
    writeFileSync(file, toYaml([{ name: "charts", rules: queries.map((expr, i) => ({ record: `chart:${i}`, expr })) }] as never));
    const check = spawnSync("promtool", ["check", "rules", file], { encoding: "utf8" });
    expect(check.status === 0 ? "ok" : check.stdout + check.stderr).toBe("ok");
  });
});

describe("layout and the form the API returns", () => {
  test("tiles lie within the grid's columns and never overlap; text tiles span it", () => {
    const tiles = dashboard.mosaicLayout.tiles;
    expect(dashboard.mosaicLayout.columns).toBe(GRID_COLUMNS);
    const cells = new Set<string>();
    for (const t of tiles) {
      const [x, y] = [t.xPos ?? 0, t.yPos ?? 0];
      expect(t.width).toBeGreaterThanOrEqual(1);
      expect(t.height).toBeGreaterThanOrEqual(1);
      expect(x + t.width).toBeLessThanOrEqual(GRID_COLUMNS);
      if (t.widget.text) expect(t.width).toBe(GRID_COLUMNS);
      for (let i = x; i < x + t.width; i++)
        for (let j = y; j < y + t.height; j++) {
          expect(cells.has(`${i},${j}`)).toBe(false);
          cells.add(`${i},${j}`);
        }
    }
    expect(new Set(tiles.map((t) => t.widget.id)).size).toBe(tiles.length);
  });

  test("no zero, false or empty value anywhere (the API leaves them out, and the provider would see a change on every plan)", () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v === 0 || v === false || v === "" || (typeof v === "object" && v !== null && Object.keys(v).length === 0)) bad.push(path);
      if (typeof v === "object" && v !== null) for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
    };
    walk(dashboard, "");
    expect(bad).toEqual([]);
    // The first tile at the origin has no xPos or yPos; the panics alert's threshold at 0 has no value.
    expect(dashboard.mosaicLayout.tiles[0]).not.toHaveProperty("xPos");
    expect(dashboard.mosaicLayout.tiles[0]).not.toHaveProperty("yPos");
    expect(chart(dashboard, "alert-checkout-panics").thresholds).toEqual([{ label: "> 0", color: "RED", direction: "ABOVE" }]);
  });

  test("two synths write the same bytes, and so does the reverse order of every definition list", () => {
    const json = (s: SynthesizedStack) => s.resource.google_monitoring_dashboard.dashboard.dashboard_json as string;
    expect(json(synthGcp(model(fixture())))).toBe(json(prod));
    const reversed = fixture();
    reversed.services = [...reversed.services].reverse();
    reversed.alerts = [...reversed.alerts].reverse();
    reversed.slos = [...reversed.slos].reverse();
    expect(json(synthGcp(model(reversed)))).toBe(json(prod));
  });
});

describe("limits and stacks", () => {
  test(`past ${MAX_TILES} tiles the charts go on over further dashboards, each charted once, none over the limit`, () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      alert({
        id: `checkout-queue-${String(i).padStart(3, "0")}`,
        name: `CheckoutQueue${i}`,
        service: "checkout",
        severity: "P2",
        summary: "Checkout queue is long",
        for: "5m",
        condition: { prometheus: `sum(queue_length{job="checkout",queue="${i}"}) > 100` },
      }),
    );
    const stack = synthGcp(model(fixture(many)));
    const all = dashboardsOf(stack);
    expect(Object.keys(all)).toEqual(["dashboard", "dashboard_2"]);
    for (const d of Object.values(all)) expect(d.mosaicLayout.tiles.length).toBeLessThanOrEqual(MAX_TILES);
    expect(all.dashboard.mosaicLayout.tiles).toHaveLength(MAX_TILES);
    expect(Object.values(all).map((d) => d.displayName)).toEqual(["prod monitoring (1 of 2)", "prod monitoring (2 of 2)"]);
    const ids = Object.values(all).flatMap((d) => charts(d).map((t) => t.widget.id));
    expect(new Set(ids).size).toBe(ids.length);
    const policiesOf = Object.keys(stack.resource.google_monitoring_alert_policy).filter((k) => k.startsWith("alert_"));
    expect(ids.filter((i) => i.startsWith("alert-")).sort()).toEqual(policiesOf.map((k) => k.replace(/^alert_/, "alert-")).sort());
    // The service whose charts go on over the page break is titled again on the next dashboard.
    expect(all.dashboard_2.mosaicLayout.tiles[1].widget.text!.content).toBe("## Checkout (checkout), continued");
  });

  test("a split environment: each team stack has the dashboard of its own services, the shared stack none", () => {
    const defs = fixture();
    defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, split: "team" as const } : e));
    const out = join(mkdtempSync(join(tmpdir(), "gcp-dashboard-split-")), "out");
    const split = model(defs);
    buildApp(split, out, "prod", {}).synth();
    const stacks = readdirSync(join(out, "stacks")).filter((s) => s.startsWith("gcp-prod"));
    const read = (s: string) =>
      JSON.parse(readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8")) as { resource: SynthesizedStack["resource"] };
    expect(read("gcp-prod").resource.google_monitoring_dashboard).toBeUndefined();
    const teams = stacks.filter((s) => s !== "gcp-prod");
    expect(teams.length).toBeGreaterThan(1);
    for (const stack of teams) {
      const team = stack.replace("gcp-prod-", "");
      const d = dashboardsOf(read(stack) as SynthesizedStack).dashboard;
      expect(d.displayName).toBe(`prod monitoring: team ${team}`);
      const services = split.services.filter((s) => s.team === team).map((s) => `service-${s.id}`);
      const sections = d.mosaicLayout.tiles.filter((t) => t.widget.id.startsWith("service-")).map((t) => t.widget.id);
      expect(sections.length).toBeGreaterThan(0);
      for (const s of sections) expect(services).toContain(s);
    }
  });

  test("the review names a chart added to the dashboard by its widget id, not as the whole list of tiles", () => {
    const added = alert({
      id: "checkout-slow",
      name: "CheckoutSlow",
      service: "checkout",
      severity: "P2",
      summary: "Checkout is slow",
      for: "5m",
      condition: { prometheus: "checkout_latency_seconds > 2" },
    });
    const after = synthGcp(model(fixture([added]))).resource.google_monitoring_dashboard;
    const paths = changedPaths(prod.resource.google_monitoring_dashboard, after);
    const tile = paths.find((p) => p.path === "dashboard.dashboard_json.mosaicLayout.tiles[alert-checkout-slow]")!;
    expect(tile.before).toBeUndefined();
    expect(tile.after).toMatchObject({ widget: { title: "CheckoutSlow (P2, for 5m)" } });
    // The rest is tiles moved to make room, each by its id.
    expect(paths.filter((p) => p !== tile).every((p) => /tiles\[[a-z0-9-]+\]\.(xPos|yPos)$/.test(p.path))).toBe(true);
  });

  test("dashboards are free in Cloud Monitoring: the cost estimate counts alert conditions only; only a new project replaces one", () => {
    const resources = new Map(
      Object.entries(prod.resource).flatMap(([type, byName]) =>
        Object.entries(byName).map(([name, attrs]) => [`${type}.${name}`, attrs as Record<string, unknown>]),
      ),
    );
    const lines = costLines(new Map([["gcp-prod", resources]]));
    const conditions = Object.values(policies).reduce((n, p) => n + p.conditions.length, 0);
    expect(lines).toEqual([{ stack: "gcp-prod", item: "Cloud Monitoring alert conditions", count: conditions, unit: expect.any(Number) }]);
    expect(REPLACING_ATTRIBUTES.google_monitoring_dashboard).toEqual(["project"]);
  });
});
