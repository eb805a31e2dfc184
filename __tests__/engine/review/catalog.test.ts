import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../../stacks/app";
import { catalog, costLines, PRICES, sloCosts } from "../../../engine/review/catalog";
import { readStacks } from "../../../engine/review/stacks";
import { defaults, model, withoutOverrides } from "../../helpers";
import { overlapText, pageOverlaps } from "../../../engine/review/page-overlaps";

const m = model();
const dir = join(mkdtempSync(join(tmpdir(), "catalog-")), "out");
buildApp(m, dir).synth();
const stacks = readStacks(dir);
const text = catalog(m, stacks);

test("SLOs with budget minutes and every tier's numbers", () => {
  expect(text).toContain("Objective 99.9% over 30 days: error budget 0.001 = 43.2 minutes of full outage.");
  expect(text).toContain("| page-fast | P1 | 1h / 5m | 2% | 14.4x | 0.0144 | 51.84 s |");
  expect(text).toContain("| ticket | P2 | 3d / 6h | 10% | 1x | 0.001 | 259.2 s |");
  // What Google Cloud really deploys, with the reason.
  expect(text).toContain("| ticket on Cloud Monitoring | P2 | 24h / 2h | 10% | 3x | 0.003 | 259.2 s |");
  expect(text).toContain("- Cloud Monitoring limits the burn-rate lookback to 24h, so this tier uses 24h/2h at 3x");
});

test("each SLO's status levels: the budget left, the SLI it means, the severity, and who sets the level", () => {
  expect(text).toContain(
    [
      "| status level | budget left at or below | SLI over 30 days at or below | severity | set by |",
      "|---|---|---|---|---|",
      "| healthy | above 50% | above 99.95% | none | |",
      "| warning | 50% (0.5) | 99.95% | P3 | error-budget policy |",
      "| critical | 20% (0.2) | 99.92% | P2 | error-budget policy |",
      "| exhausted | 0% (0) | 99.9% | P2 | error-budget policy |",
    ].join("\n"),
  );
  // Without staging's 99.5% objective, in which 99.93% would leave more budget than warning.
  const defs = withoutOverrides(defaults());
  defs.slos = defs.slos.map((s) =>
    s.id === "api-availability" ? { ...s, levels: { critical: { sliBelow: 99.93 } }, alerting: { ...s.alerting, budgetAlerts: false } } : s,
  );
  const own = catalog(model(defs), stacks);
  expect(own).toContain("| critical | 30% (0.3) | 99.93% | no alert | this SLO |");
  expect(own).toContain("- Budget alerts are off (`alerting.budgetAlerts: false`): the levels only colour the dashboards.");
});

test("alert rules with channels per environment, and the routing matrix", () => {
  expect(text).toContain(
    "| APIDown (`api-down`) | api | P0 | 1m | PagerDuty (service's on-call), Slack #alerts-critical | Slack #alerts-staging | https://docs.nous.com/runbooks/api-down |",
  );
  expect(text).toContain(
    "| staging | backend | never | Slack #alerts-staging | Slack #alerts-staging | Slack #alerts-staging | email engineering-alerts@nous.com |",
  );
});

test("resources per stack are counted from the synthesized output", () => {
  expect(text).toMatch(/- \*\*gcp-prod\*\* \(\d+\): .*google_monitoring_slo 3/);
  expect([...stacks.keys()]).toContain("pagerduty-prod");
});

test("cost: alarm metrics count every metric a metric-math alarm queries; conditions count per policy", () => {
  const lines = costLines(stacks);
  const line = (stack: string, item: string) => lines.find((l) => l.stack === stack && l.item === item)!;
  const awsAlarms = [...stacks.get("aws-prod")!].filter(([a]) => a.startsWith("aws_cloudwatch_metric_alarm."));
  const expectedMetrics = awsAlarms.reduce(
    (n, [, attrs]: [string, any]) => n + (attrs.metric_query ? attrs.metric_query.filter((q: any) => q.metric).length : 1),
    0,
  );
  // 10 single-metric alarms (7 catalog, 2 health checks, 1 SLO no-data) and 6 burn-rate window
  // alarms of 3 metrics each (target 5xx, requests, load-balancer 5xx).
  expect(expectedMetrics).toBe(28);
  expect(line("aws-prod", "CloudWatch alarm metrics")).toEqual({
    stack: "aws-prod",
    item: "CloudWatch alarm metrics",
    count: 28,
    unit: PRICES.cloudWatchMetricPerAlarm,
  });
  expect(line("aws-prod", "CloudWatch composite alarms").count).toBe(4);
  // 9 rules + 2 uptime checks with one condition; per SLO (3) one page and one ticket condition,
  // 3 budget alerts and one no-data condition.
  expect(line("gcp-prod", "Cloud Monitoring alert conditions").count).toBe(9 + 2 + 3 * (2 + 3 + 1));
  expect(text).toContain(`consulted ${PRICES.date}`);
});

test("cost per SLO and target: the Cloud Monitoring conditions and CloudWatch alarms labelled with the SLO", () => {
  const cost = (slo: string, stack: string) => sloCosts(stacks).find((c) => c.slo === slo && c.stack === stack)!;
  // Page, ticket, 3 budget alerts, no-data: 6 conditions at $1.50.
  expect(cost("api-availability", "gcp-prod")).toMatchObject({ conditions: 6, alarmMetrics: 0, composites: 0, monthly: 9 });
  // 6 window alarms of 3 metrics and the no-data alarm; 3 composites at $0.50.
  expect(cost("api-availability", "aws-prod")).toMatchObject({ conditions: 0, alarmMetrics: 19, composites: 3 });
  expect(cost("api-availability", "aws-prod").monthly).toBeCloseTo(19 * 0.1 + 3 * 0.5);
  expect(text).toContain("| api-availability | gcp-prod | 6 | 0 | 0 | $9.00 |");
});

test("an environment whose overrides change an SLO lists its own thresholds; an SLO no environment changes lists one set", () => {
  const changed = m.slos.filter((s) =>
    m.environments.some((e) => {
      const own = m.environmentModels[e.id]?.slos.find((x) => x.id === s.id);
      return own && own.objective !== s.objective;
    }),
  );
  expect(changed.length).toBeGreaterThan(0);
  for (const slo of changed)
    for (const e of m.environments) {
      const own = m.environmentModels[e.id]?.slos.find((x) => x.id === slo.id);
      if (!own || own.objective === slo.objective) continue;
      const fast = own.tiers[0];
      // The environment's own threshold, computed by the model from its own objective.
      expect(fast.errorRatioThreshold).not.toBe(slo.tiers[0].errorRatioThreshold);
      expect(text).toContain(`| ${fast.id} in ${e.id} (objective ${own.objective}% over ${own.windowDays} days) | ${fast.severity} |`);
      expect(text).toContain(`| ${fast.factor}x | ${fast.errorRatioThreshold} | ${fast.detectionSeconds} s |`);
    }
  const unchanged = m.slos.filter((s) => !changed.includes(s));
  for (const slo of unchanged) {
    const section = text.slice(text.indexOf(`(\`${slo.id}\`)`), text.indexOf("###", text.indexOf(`(\`${slo.id}\`)`) + 1));
    expect(section).not.toMatch(/ in (prod|staging) \(objective/);
  }
});

test("pages for one outage of a service: where each policy or alarm opens its own incident, the alert rules paging beside an SLO's page", () => {
  const section = text.slice(text.indexOf("## Pages for one outage of a service"), text.indexOf("## Routing matrix"));
  // Google Cloud: the api's two SLO pages and its paging alert policies (P0 and P1), its uptime check too; staging never pages.
  expect(section).toContain(
    "- `gcp-prod` service `api`: up to 8 incidents for one outage: SLO pages `api-availability`, `api-latency`; also paging: `api-down`, `cloud-run-out-of-capacity`, `high-error-rate`, `high-latency`, `security-breach-detected`, `uptime api-health`",
  );
  // CloudWatch: one page per SLO (its tiers' composites suppress each other), beside the api's paging alarms.
  expect(section).toContain(
    "- `aws-prod` service `api`: up to 3 incidents for one outage: SLO pages `api-availability`; also paging: `prod-api-degraded`, `prod-api-health-unhealthy`",
  );
  expect(section).not.toContain("staging");
  // A service whose only page is its SLO's is not listed.
  expect(section).not.toContain("service `data-sync`");
});

test("a PagerDuty channel is known by its type, whatever its id", () => {
  const defs = defaults();
  const rename = (id: string) => (id === "pagerduty-oncall" ? "oncall-pager" : id);
  defs.channels = defs.channels.map((c) => ({ ...c, id: rename(c.id) }));
  defs.routing = Object.fromEntries(
    Object.entries(defs.routing).map(([env, row]) => [
      env,
      Object.fromEntries(Object.entries(row).map(([s, ids]) => [s, ids.map(rename)])),
    ]),
  ) as unknown as typeof defs.routing;
  const renamed = model(defs);
  const out = join(mkdtempSync(join(tmpdir(), "catalog-renamed-")), "out");
  buildApp(renamed, out).synth();
  expect(pageOverlaps(readStacks(out)).map(overlapText)).toEqual(pageOverlaps(stacks).map(overlapText));
  expect(pageOverlaps(stacks).length).toBeGreaterThan(0);
});
