/**
 * Grouped SLOs before the real promtool: the exported rules keep the group's labels, `check rules`
 * accepts them, and the generated unit tests prove, per group, that an outage of one route fires
 * its alert with that route's labels alone.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { sloRuleGroups, type AlertingRule, type RecordingRule } from "../../../engine/exporters/prometheus-rules";
import { checkRules, verifySlos } from "../../../engine/verify";
import { defaults, model, withoutOverrides } from "../../helpers";
import { apiRouteAvailability, apiRouteLatency } from "../../fixtures/grouped";

const dir = () => mkdtempSync(join(tmpdir(), "grouped-"));

/** The NOUS fixture with only the given SLOs. */
function withSlos(...slos: (typeof apiRouteAvailability)[]) {
  const defs = withoutOverrides(defaults());
  defs.slos = slos;
  return model(defs);
}

const grouped = withSlos(apiRouteAvailability, apiRouteLatency);
const groups = sloRuleGroups(grouped, "prod");
const rulesOf = (slo: string) => groups.find((g) => g.name.endsWith(slo))!.rules;

test("recording rules sum by the group's labels; the burn-rate alerts keep them, hold per group and name the route", () => {
  const records = rulesOf("api-route-availability").filter((r): r is RecordingRule => "record" in r);
  expect(records.find((r) => r.record === "slo:sli_error:ratio_rate5m")!.expr).toBe(
    'sum by (route) (rate(http_requests_total{job="nous-api",status=~"5.."}[5m])) / sum by (route) (rate(http_requests_total{job="nous-api"}[5m]))',
  );
  const latency = rulesOf("api-route-latency").filter((r): r is RecordingRule => "record" in r);
  expect(latency[0].expr).toContain("sum by (route, method) (rate(http_request_duration_seconds_bucket{");
  const [page, ticket] = rulesOf("api-route-availability").filter((r): r is AlertingRule => "alert" in r);
  // The ticket is held while the page of its own route fires, not another route's.
  expect(ticket.expr).toMatch(/unless on\(slo, environment, route\) max_over_time\(ALERTS\{/);
  expect(page.annotations.summary).toMatch(/ for route \{\{ \$labels\.route \}\}$/);
  expect(page.annotations.runbook_url).toBe("https://docs.nous.com/runbooks/api-availability?route={{ $labels.route | urlquery }}");
  // The budget left is one series per route too, and each status level's alert names its route.
  expect(records.find((r) => r.record === "slo:error_budget_remaining:ratio")!.expr).toBe(
    '1 - (sum by (route) (rate(http_requests_total{job="nous-api",status=~"5.."}[30d])) / sum by (route) (rate(http_requests_total{job="nous-api"}[30d]))) / 0.001',
  );
  const warning = rulesOf("api-route-availability").find((r): r is AlertingRule => "alert" in r && r.labels.budget === "warning")!;
  expect(warning.annotations.summary).toBe(
    "API availability per route: error budget warning, 50% or less left for route {{ $labels.route }}",
  );
});

test("promtool check rules accepts the grouped rules, templates included", async () => {
  const file = join(dir(), "slo.rules.yml");
  writeFileSync(file, stringify({ groups }));
  const result = await checkRules([file]);
  expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
  expect(result.ok).toBe(true);
});

test("promtool: every generated test of grouped SLOs passes, the per-group one included (one route fails, the page fires for it alone); rules that lose the grouping fail it", async () => {
  const result = await verifySlos(grouped, [{ environment: "prod", slo: groups }], dir());
  expect(result.lines.filter((l) => !l.startsWith("ok"))).toEqual([]);
  expect(result.lines).toContain("ok   promtool test rules prod.api-route-latency.per-group.test.yml");
  // The status levels fire for the failing route, with its label.
  expect(result.lines).toContain("ok   promtool test rules prod.api-route-availability.budget.test.yml");
  expect(result.ok).toBe(true);
  // The same rules summed over every route: the page fires without a route, for both routes' traffic at once.
  const lost = groups.map((g) => ({
    ...g,
    rules: g.rules.map((r) => ("record" in r ? { ...r, expr: r.expr.replace(/sum by \([^)]*\) /g, "sum") } : r)),
  }));
  const broken = await verifySlos(grouped, [{ environment: "prod", slo: lost }], dir());
  expect(broken.ok).toBe(false);
  expect(broken.lines.filter((l) => l.startsWith("FAIL")).map((l) => l.split("\n")[0])).toContain(
    "FAIL promtool test rules prod.api-route-availability.per-group.test.yml",
  );
});

test("promtool: a grouped SLI of good events and a grouped time-based SLI page per group too, a route failing from its start included", async () => {
  const fastOnly = { tiers: { "page-slow": false as const, ticket: false as const } };
  const good = {
    ...apiRouteAvailability,
    id: "api-route-good",
    alerting: fastOnly,
    sli: {
      kind: "ratio" as const,
      prometheus: { good: 'http_requests_total{job="nous-api",status!~"5.."}', total: 'http_requests_total{job="nous-api"}' },
    },
  };
  const uptime = {
    ...apiRouteAvailability,
    id: "api-route-uptime",
    alerting: fastOnly,
    sli: { kind: "time-based" as const, good: { atLeast: 1 }, prometheus: { gauge: 'up{job="nous-api"}' } },
  };
  const m = withSlos(good, uptime);
  const result = await verifySlos(m, [{ environment: "prod", slo: sloRuleGroups(m, "prod") }], dir());
  // promtool cannot evaluate the budget of a per-minute SLI over 30 days; verify says so.
  expect(result.lines.filter((l) => !l.startsWith("ok"))).toEqual([
    `note prod slo "api-route-uptime" status levels: the budget over 30 days is a one-minute subquery of more points than promtool's test engine evaluates; their rules passed promtool check rules, their timing is not unit-tested`,
  ]);
  expect(result.lines).toEqual(
    expect.arrayContaining([
      "ok   promtool test rules prod.api-route-good.fresh-process.test.yml",
      "ok   promtool test rules prod.api-route-good.per-group.test.yml",
      "ok   promtool test rules prod.api-route-uptime.per-group.test.yml",
    ]),
  );
  expect(result.ok).toBe(true);
});
