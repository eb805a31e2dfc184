import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import {
  alertRuleGroups,
  ruleGroupsByEnvironment,
  sloRuleGroups,
  type AlertingRule,
  type RuleGroup,
} from "../../../engine/exporters/prometheus-rules";
import { checkRules, exportedAlerts, verifyRouting, verifySlos, type EnvironmentRules } from "../../../engine/verify";
import { missingTools } from "../../../engine/verify/tools";
import { routedLabels } from "../../../engine/verify/route-labels";
import { encodeValues, roleValues } from "../../../engine/verify/series";
import { synthCommand } from "../../../stacks/synth";
import { promqlSyntaxError } from "../../../engine/model/promql";
import { defaults, model, withoutOverrides } from "../../helpers";

const m = model();
const dir = () => mkdtempSync(join(tmpdir(), "verify-"));

describe("exported Prometheus rules", () => {
  const group = sloRuleGroups(m, "prod").find((g) => g.name === "slo-api-availability")!;
  const alerts = group.rules.filter((r): r is AlertingRule => "alert" in r);

  test("a recording rule per window the tiers use, named the same for every SLO, labelled with the team and environment", () => {
    expect(group.interval).toBe("30s");
    expect(group.rules.filter((r) => "record" in r).map((r: any) => [r.record, r.labels])).toEqual(
      [...["5m", "30m", "1h", "6h", "3d"].map((w) => `slo:sli_error:ratio_rate${w}`), "slo:error_budget_remaining:ratio"].map((record) => [
        record,
        { slo: "api-availability", service: "api", team: "backend", environment: "prod" },
      ]),
    );
  });

  test("one page alert (fast OR slow), one ticket alert and one no-data ticket per SLO", () => {
    expect(alerts.map((a) => [a.alert, a.labels.severity, a.labels.tiers])).toEqual([
      ["ApiAvailabilityPageBurn", "P1", "page-fast,page-slow"],
      ["ApiAvailabilityTicketBurn", "P2", "ticket"],
      ["ApiAvailabilityNoData", "P2", undefined],
      ["ApiAvailabilityBudgetWarning", "P3", undefined],
      ["ApiAvailabilityBudgetCritical", "P2", undefined],
      ["ApiAvailabilityBudgetExhausted", "P2", undefined],
    ]);
    const page = alerts[0];
    expect(page.expr).toBe(
      '(slo:sli_error:ratio_rate1h{slo="api-availability",environment="prod"} > 0.0144 and slo:sli_error:ratio_rate5m{slo="api-availability",environment="prod"} > 0.0144)' +
        ' or (slo:sli_error:ratio_rate6h{slo="api-availability",environment="prod"} > 0.006 and slo:sli_error:ratio_rate30m{slo="api-availability",environment="prod"} > 0.006)',
    );
    expect(page.labels).toEqual({
      severity: "P1",
      slo: "api-availability",
      service: "api",
      team: "backend",
      environment: "prod",
      slo_alert: "burn-rate",
      tiers: "page-fast,page-slow",
    });
    expect(page.annotations.runbook_url).toBe("https://docs.nous.com/runbooks/api-availability");
    const noData = alerts[2];
    expect(noData.expr).toBe('absent_over_time(http_requests_total{job="nous-api"}[5m])');
    expect(noData.labels).toMatchObject({ severity: "P2", team: "backend", environment: "prod", slo_alert: "no-data" });
    expect(noData.annotations.description).toContain('Check: is the exporter up (up{job="nous-api"})? Was the metric');
  });

  test("the budget left over the SLO's window is recorded, and each status level alerts on it at its severity, every level crossed firing", () => {
    const record = group.rules.find((r) => "record" in r && r.record === "slo:error_budget_remaining:ratio")!;
    expect(record.expr).toBe(
      '1 - (sum(rate(http_requests_total{job="nous-api",status=~"5.."}[30d])) / sum(rate(http_requests_total{job="nous-api"}[30d]))) / 0.001',
    );
    const budget = alerts.filter((a) => a.labels.slo_alert === "budget");
    // Each level its own alert on "at or below", as Cloud Monitoring's COMPARISON_LE: at 10% left, warning and critical both fire.
    expect(budget.map((a) => a.expr)).toEqual(
      ["0.5", "0.2", "0"].map((level) => `slo:error_budget_remaining:ratio{slo="api-availability",environment="prod"} <= ${level}`),
    );
    expect(budget[1].labels).toEqual({
      slo: "api-availability",
      service: "api",
      team: "backend",
      environment: "prod",
      severity: "P2",
      slo_alert: "budget",
      budget: "critical",
    });
    expect(budget[1].annotations).toEqual({
      summary: "API availability: error budget critical, 20% or less left",
      description:
        "API availability in prod has 20% or less of its 30-day error budget (43.2 minutes of full outage) left: its SLI over 30 days is at or below 99.92%. Follow the error-budget policy for the critical state.",
      runbook_url: "https://docs.nous.com/runbooks/api-availability",
    });
    // An SLO that turns budget alerts off has no level alerts, nor the query over its whole window they read.
    const defs = defaults();
    defs.slos = defs.slos.map((x) => (x.id === "api-availability" ? { ...x, alerting: { ...x.alerting, budgetAlerts: false } } : x));
    const quiet = sloRuleGroups(model(defs), "prod").find((g) => g.name === "slo-api-availability")!.rules;
    expect(quiet.some((r) => "record" in r && r.record === "slo:error_budget_remaining:ratio")).toBe(false);
    expect(quiet.filter((r) => "alert" in r && r.labels.slo_alert === "budget")).toEqual([]);
  });

  test("each environment's rules carry its label and its overrides", () => {
    const staging = sloRuleGroups(m, "staging").find((g) => g.name === "slo-api-availability")!;
    const page = staging.rules.find((r): r is AlertingRule => "alert" in r && r.alert === "ApiAvailabilityPageBurn")!;
    // Staging's 99.5% objective: 14.4 x 0.005.
    expect(page.expr).toContain('slo:sli_error:ratio_rate1h{slo="api-availability",environment="staging"} > 0.072');
    expect(page.labels.environment).toBe("staging");
    for (const g of alertRuleGroups(m, "staging")) for (const r of g.rules as AlertingRule[]) expect(r.labels.environment).toBe("staging");
  });

  test("tiers of different paging severities stay apart, and the tree lets the more severe one inhibit the other", () => {
    const defs = defaults();
    defs.slos = defs.slos.map((s) =>
      s.id === "api-availability" ? { ...s, alerting: { tiers: { "page-fast": { severity: "P0" as const } } } } : s,
    );
    const split = model(defs);
    const names = sloRuleGroups(split, "prod")
      .find((g) => g.name === "slo-api-availability")!
      .rules.flatMap((r) => ("alert" in r ? [r.alert] : []));
    expect(names).toEqual([
      "ApiAvailabilityPageBurnP0",
      "ApiAvailabilityPageBurnP1",
      "ApiAvailabilityTicketBurn",
      "ApiAvailabilityNoData",
      "ApiAvailabilityBudgetWarning",
      "ApiAvailabilityBudgetCritical",
      "ApiAvailabilityBudgetExhausted",
    ]);
    // Each less severe alert is held while a more severe one fires and for its own short window after.
    const expr = (name: string) =>
      (sloRuleGroups(split, "prod").find((g) => g.name === "slo-api-availability")!.rules as AlertingRule[]).find((r) => r.alert === name)!
        .expr;
    expect(expr("ApiAvailabilityPageBurnP0")).not.toContain("ALERTS");
    expect(expr("ApiAvailabilityPageBurnP1")).toMatch(
      /^\(.*\) unless on\(slo, environment\) max_over_time\(ALERTS\{alertname="ApiAvailabilityPageBurnP0",alertstate="firing",slo="api-availability",environment="prod"\}\[30m\]\)$/,
    );
    expect(expr("ApiAvailabilityTicketBurn")).toMatch(
      /ALERTS\{alertname=~"ApiAvailabilityPageBurnP0\|ApiAvailabilityPageBurnP1",.*\}\[6h\]\)$/,
    );
    expect(parse(alertmanagerYaml(split)).inhibit_rules[0]).toEqual({
      source_matchers: ['slo_alert="burn-rate"', 'severity="P0"'],
      target_matchers: ['slo_alert="burn-rate"', 'severity=~"P1|P2|P3"'],
      equal: ["slo", "environment"],
    });
  });

  test("the nine alert rules keep their for, labels and annotations, and every expression parses", () => {
    const rules = alertRuleGroups(m, "prod").flatMap((g) => g.rules) as AlertingRule[];
    expect(rules.map((a) => a.alert).sort()).toEqual([
      "APIDown",
      "CloudRunOutOfCapacity",
      "DatabaseUnreachable",
      "ElevatedErrorRate",
      "HighErrorRate",
      "HighLLMCost",
      "HighLatency",
      "LowCacheHitRate",
      "SecurityBreachDetected",
    ]);
    expect(rules.find((a) => a.alert === "APIDown")).toMatchObject({
      for: "1m",
      labels: { severity: "P0", service: "api", environment: "prod" },
    });
    expect(rules.find((a) => a.alert === "SecurityBreachDetected")!.for).toBeUndefined();
    for (const e of ruleGroupsByEnvironment(m))
      for (const g of [...e.slo, ...e.alerts]) for (const r of g.rules) expect(promqlSyntaxError(r.expr)).toBeUndefined();
  });
});

describe("promtool", () => {
  /** Only the availability SLO's fast tier: the real engine in about a second. */
  function fastOnly(change: (s: any) => any = (s) => s) {
    const defs = withoutOverrides(defaults());
    defs.slos = defs.slos
      .filter((s) => s.id === "api-availability")
      .map((s) => change({ ...s, alerting: { tiers: { "page-slow": false as const, ticket: false as const } } }));
    return model(defs);
  }
  const prodRules = (fast: ReturnType<typeof model>, change: (r: AlertingRule) => AlertingRule[] = (r) => [r]): EnvironmentRules[] => [
    {
      environment: "prod",
      slo: sloRuleGroups(fast, "prod").map((g) => ({
        ...g,
        rules: g.rules.flatMap((r): RuleGroup["rules"] => ("alert" in r ? change(r) : [r])),
      })),
    },
  ];

  test("check rules accepts the exported files", async () => {
    const d = dir();
    const file = join(d, "slo.rules.yml");
    writeFileSync(file, stringify({ groups: sloRuleGroups(m, "prod") }));
    expect((await checkRules([file])).ok).toBe(true);
    writeFileSync(file, "groups:\n  - name: broken\n    rules:\n      - alert: X\n        expr: sum(\n");
    const broken = await checkRules([file]);
    expect(broken.ok).toBe(false);
    expect(broken.lines[0]).toContain("FAIL promtool check rules");
  });

  test("the 14.4x tier fires within one evaluation of the predicted 51.84 s; one page; a no-data ticket", async () => {
    const fast = fastOnly();
    const result = await verifySlos(fast, prodRules(fast), dir());
    expect(result.lines).toEqual([
      "ok   promtool test rules prod.api-availability.page-fast.test.yml",
      "ok   promtool test rules prod.api-availability.one-page.test.yml",
      "ok   promtool test rules prod.api-availability.no-data.test.yml",
      "ok   promtool test rules prod.api-availability.budget.test.yml",
    ]);
    expect(result.ok).toBe(true);
    expect(result.observations).toEqual([
      { environment: "prod", slo: "api-availability", tier: "page-fast", predictedSeconds: 51.84, observedSeconds: 60, sampleSeconds: 15 },
    ]);
  });

  test("counters sampled far apart hold the exact counts when the scenario changes between samples", () => {
    const outage = [
      { from: 0, bad: 0 },
      { from: 25, bad: 1 },
    ];
    // 10 events a second; the outage starts 5 s into the third interval.
    expect(roleValues("bad", outage, [0, 10, 20, 30, 40])).toEqual([0, 0, 0, 50, 150]);
    expect(roleValues("good", outage, [0, 10, 20, 30, 40])).toEqual([0, 100, 200, 250, 250]);
    expect(roleValues("all", outage, [0, 20, 40])).toEqual([0, 200, 400]);
  });

  test("a freshness SLO with a small budget (99.95% over 28 days) is proven too: its falling age series is written as promtool reads it", async () => {
    expect(encodeValues([6000, 0, 0])).toBe("6000-6000x1 0");
    const defs = withoutOverrides(defaults());
    defs.slos = defs.slos.filter((s) => s.id === "data-freshness").map((s) => ({ ...s, objective: 99.95, window: "28d" as const }));
    const fresh = model(defs);
    const result = await verifySlos(fresh, [{ environment: "prod", slo: sloRuleGroups(fresh, "prod") }], dir());
    expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test("an SLI of good events pages for a process failing from its start, whose good counter never counted; without `or vector(0)` it would not", async () => {
    const good = fastOnly((s) => ({
      ...s,
      sli: {
        kind: "ratio",
        prometheus: { good: 'http_requests_total{job="nous-api",status!~"5.."}', total: 'http_requests_total{job="nous-api"}' },
      },
    }));
    const fixed = await verifySlos(good, prodRules(good), dir());
    expect(fixed.lines).toContain("ok   promtool test rules prod.api-availability.fresh-process.test.yml");
    expect(fixed.ok).toBe(true);
    // The same rules as they were written before: the missing good series makes every ratio empty.
    const before: EnvironmentRules[] = [
      {
        environment: "prod",
        slo: sloRuleGroups(good, "prod").map((g) => ({
          ...g,
          rules: g.rules.map((r) =>
            "record" in r ? { ...r, expr: r.expr.replace("1 - ((sum(", "1 - (sum(").replace(")) or vector(0)) /", ")) /") } : r,
          ),
        })),
      },
    ];
    expect(before[0].slo[0].rules.some((r) => "record" in r && r.expr.includes("or vector(0)"))).toBe(false);
    const broken = await verifySlos(good, before, dir());
    expect(broken.lines.filter((l) => l.startsWith("FAIL")).map((l) => l.split("\n")[0])).toEqual([
      "FAIL promtool test rules prod.api-availability.fresh-process.test.yml",
    ]);
  });

  test("after a page, the ticket stays quiet while its windows still hold the outage; without the rule's hold it would be sent", async () => {
    const defs = withoutOverrides(defaults());
    defs.slos = defs.slos
      .filter((s) => s.id === "api-availability")
      // A ticket over 6h and 2h: the same hold as the workbook's 3d and 6h, at a fraction of promtool's time.
      .map((s) => ({
        ...s,
        alerting: { tiers: { "page-slow": false as const, ticket: { longWindow: "6h", shortWindow: "2h", budgetShare: 0.05 } } },
      }));
    const paged = model(defs);
    const held = await verifySlos(paged, prodRules(paged), dir());
    expect(held.lines).toContain("ok   promtool test rules prod.api-availability.held.test.yml");
    expect(held.ok).toBe(true);
    const unheld = (r: AlertingRule) => [
      { ...r, expr: r.expr.replace(/^\((.*)\) unless on\(slo, environment\) max_over_time\(ALERTS\{.*$/, "$1") },
    ];
    expect(prodRules(paged, unheld)[0].slo[0].rules.some((r) => r.expr.includes("ALERTS"))).toBe(false);
    const broken = await verifySlos(paged, prodRules(paged, unheld), dir());
    expect(broken.lines.filter((l) => l.startsWith("FAIL")).map((l) => l.split("\n")[0])).toEqual([
      "FAIL promtool test rules prod.api-availability.held.test.yml",
    ]);
  });

  test("a wrong threshold in the rules fails verification", async () => {
    const fast = fastOnly();
    const result = await verifySlos(
      fast,
      prodRules(fast, (r) => [{ ...r, expr: r.expr.replace(/0\.0144/g, "0.05") }]),
      dir(),
    );
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(
      /^FAIL promtool test rules prod\.api-availability\.page-fast\.test\.yml\n[\s\S]*a total outage fires it by 90s/,
    );
    // At 0.05 the tier needs 3 minutes of outage: the probes see nothing by the deadline.
    expect(result.observations[0].observedSeconds).toBeUndefined();
  });

  test("each status level fires once the outage has spent the budget down to it and not a sample before, an SLI level included; a wrong level fails", async () => {
    // Warning when the SLI over 30 days is at or below 99.97%: 0.7 of the budget left; critical stays the policy's 0.2.
    const own = fastOnly((s) => ({ ...s, levels: { warning: { sliBelow: 99.97 }, exhausted: { budgetLeft: 0.05, severity: "P1" } } }));
    expect(own.slos[0].budgetAlerts.map((l) => [l.state, l.remainingAtOrBelow, l.severity])).toEqual([
      ["warning", 0.7, "P3"],
      ["critical", 0.2, "P2"],
      ["exhausted", 0.05, "P1"],
    ]);
    const dir2 = dir();
    const result = await verifySlos(own, prodRules(own), dir2);
    expect(result.lines).toContain("ok   promtool test rules prod.api-availability.budget.test.yml");
    expect(result.ok).toBe(true);
    // The levels' series are sampled every 6480 s (400 per window), yet an outage starts between samples at its exact second.
    expect(readFileSync(join(dir2, "prod.api-availability.budget.test.yml"), "utf8")).toContain("interval: 6480s");
    // Each level's threshold a little off: the check 15 s after (too low) or 15 s before (too high) fails.
    // Critical at 0.21 or 0.185 instead of 0.2 moves its point by 26 s or 39 s of outage: two or three samples of the other tests.
    for (const [from, to, check] of [
      ["<= 0.7", "<= 0.65", /warning .*: fires 795s into the outage/],
      ["<= 0.05", "<= 0.06", /exhausted .*: quiet 2445s into the outage/],
      ["<= 0.2", "<= 0.21", /critical .*: quiet 2055s into the outage/],
      ["<= 0.2", "<= 0.185", /critical .*: fires 35m into the outage/],
    ] as const) {
      const wrong = prodRules(own, (r) => [{ ...r, expr: r.expr.replace(from, to) }]);
      const broken = await verifySlos(own, wrong, dir());
      const failed = broken.lines.filter((l) => l.startsWith("FAIL"));
      expect(failed.map((l) => l.split("\n")[0])).toEqual(["FAIL promtool test rules prod.api-availability.budget.test.yml"]);
      expect(failed[0]).toMatch(check);
    }
  });

  test("a second page alert for the same outage fails the one-page test", async () => {
    const fast = fastOnly();
    const twice = (r: AlertingRule) => (r.labels.slo_alert === "burn-rate" ? [r, { ...r, alert: `${r.alert}Again` }] : [r]);
    const result = await verifySlos(fast, prodRules(fast, twice), dir());
    expect(result.ok).toBe(false);
    const failed = result.lines.filter((l) => l.startsWith("FAIL"));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(
      /^FAIL promtool test rules prod\.api-availability\.one-page\.test\.yml\n[\s\S]*alertname: ApiAvailabilityPageBurnAgain/,
    );
  });

  test("a missing no-data alert fails the no-data test", async () => {
    const fast = fastOnly();
    const result = await verifySlos(
      fast,
      prodRules(fast, (r) => (r.labels.slo_alert === "no-data" ? [] : [r])),
      dir(),
    );
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith("FAIL")).map((l) => l.split("\n")[0])).toEqual([
      "FAIL promtool test rules prod.api-availability.no-data.test.yml",
    ]);
  });

  test("an SLI whose errors and total are different metrics is tested, and its series are told apart", async () => {
    const fast = fastOnly((s) => ({
      ...s,
      sli: { ...s.sli, prometheus: { errors: 'api_errors_total{job="nous-api"}', total: 'api_requests_total{job="nous-api"}' } },
    }));
    const result = await verifySlos(fast, prodRules(fast), dir());
    expect(result.ok).toBe(true);
    expect(result.observations[0].observedSeconds).toBe(60);
  });

  test("a time-based SLI (uptime from up) is judged by promtool: the page fires within the minute the model predicts", async () => {
    const fast = fastOnly((s) => ({
      ...s,
      sli: { kind: "time-based", good: { atLeast: 1 }, prometheus: { gauge: 'up{job="nous-api"}' } },
    }));
    const result = await verifySlos(fast, prodRules(fast), dir());
    expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.observations[0].predictedSeconds).toBe(fast.slos[0].tiers[0].detectionSeconds);
  });

  test("a total made of two counters (success + failed) is judged by promtool: the page fires when the model predicts", async () => {
    const fast = fastOnly((s) => ({
      ...s,
      sli: {
        ...s.sli,
        prometheus: {
          errors: 'orders_failed_total{job="nous-api"}',
          total: ['orders_success_total{job="nous-api"}', 'orders_failed_total{job="nous-api"}'],
        },
        cloudMonitoring: {
          bad: 'metric.type="custom.googleapis.com/orders/failed"',
          total: 'metric.type="custom.googleapis.com/orders/all"',
        },
      },
    }));
    const record = sloRuleGroups(fast, "prod")[0].rules.find((r) => "record" in r && r.record.endsWith("rate5m"))!;
    expect(record.expr).toBe(
      'sum(rate(orders_failed_total{job="nous-api"}[5m])) / ((sum(rate(orders_success_total{job="nous-api"}[5m])) or vector(0)) + (sum(rate(orders_failed_total{job="nous-api"}[5m])) or vector(0)))',
    );
    const result = await verifySlos(fast, prodRules(fast), dir());
    expect(result.ok).toBe(true);
    expect(result.observations[0].observedSeconds).toBe(60);
  });
});

describe("amtool", () => {
  const write = (text: string) => {
    const file = join(dir(), "alertmanager.yml");
    writeFileSync(file, text);
    return file;
  };
  const alerts = () =>
    exportedAlerts(ruleGroupsByEnvironment(m).map((e) => ({ environment: e.environment, groups: [...e.slo, ...e.alerts] })));

  test("every severity in every environment, and every exported alert, reaches the receivers the routing defines", async () => {
    const text = alertmanagerYaml(m);
    const result = await verifyRouting(m, write(text), text, alerts());
    expect(result.ok).toBe(true);
    // A service's pages go through its paging route (which continues), the rest through the severity's.
    expect(result.lines).toContain("ok   prod P0 service=api -> prod-page-api,prod-P0: pagerduty api, slack #alerts-critical");
    expect(result.lines).toContain(
      "ok   prod alert ApiAvailabilityPageBurn (P1, service=api) -> prod-page-api,prod-P1: pagerduty api, slack #alerts-high",
    );
    expect(result.lines).toContain("ok   staging alert ApiAvailabilityPageBurn (P1, service=api) -> staging-P1: slack #alerts-staging");
    expect(result.lines.filter((l) => l.includes(" staging ") && l.includes("pagerduty"))).toEqual([]);
  });

  test("an alert without the environment label fails: it would reach the fallback, not its pager", async () => {
    const text = alertmanagerYaml(m);
    const withoutEnv = alerts().map((a) => {
      const { environment: _environment, ...labels } = a.labels;
      return a.labels.alertname === "ApiAvailabilityPageBurn" && a.environment === "prod" ? { ...a, labels } : a;
    });
    const result = await verifyRouting(m, write(text), text, withoutEnv);
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([
      "FAIL prod alert ApiAvailabilityPageBurn (P1, service=api) -> fallback: email engineering-alerts@nous.com, slack #alerts-medium (routing defines: pagerduty api, slack #alerts-high)",
    ]);
  });

  test("alerts are routed once per set of the labels the tree reads; a route on any other label makes that label count", async () => {
    const config = parse(alertmanagerYaml(m));
    expect([...routedLabels(config.route)!].sort()).toEqual(["environment", "service", "severity"]);
    expect(routedLabels({ matchers: ['{severity="P1",team="x"}'] })).toBeUndefined();
    // A route for one SLO's alerts, which the model's routing does not know: only that SLO's page goes elsewhere.
    const prod = config.route.routes.find((r: any) => r.matchers[0] === 'environment="prod"');
    prod.routes.unshift({ receiver: "prod-P3", matchers: ['slo="api-latency"', 'severity="P1"'] });
    const text = stringify(config);
    expect(routedLabels(parse(text).route)!.has("slo")).toBe(true);
    const result = await verifyRouting(m, write(text), text, alerts());
    expect(result.lines.filter((l) => l.startsWith("FAIL")).map((l) => l.split(" -> ")[0])).toEqual([
      "FAIL prod alert ApiLatencyPageBurn (P1, service=api)",
    ]);
  });

  test("a misrouted severity fails verification and says what the routing defines", async () => {
    const config = parse(alertmanagerYaml(m));
    const prodP0 = config.route.routes[0].routes.find((r: any) => r.matchers[0] === 'severity="P0"');
    prodP0.receiver = "prod-P2";
    const text = stringify(config);
    const result = await verifyRouting(m, write(text), text);
    expect(result.ok).toBe(false);
    expect(result.lines).toContain(
      "FAIL prod P0 service=api -> prod-page-api,prod-P2: email engineering-alerts@nous.com, pagerduty api, slack #alerts-medium (routing defines: pagerduty api, slack #alerts-critical)",
    );
  });
});

test("a missing engine is named with its Debian package", () => {
  const path = process.env.PATH;
  process.env.PATH = "/nonexistent";
  try {
    expect(missingTools()).toBe(
      "promtool (Debian package prometheus) and amtool (Debian package prometheus-alertmanager) not found on PATH. Install: apt-get install -y --no-install-recommends prometheus prometheus-alertmanager\n" +
        "checkov (PyPI package checkov) not found on PATH. Install: pip install checkov==3.3.30",
    );
  } finally {
    process.env.PATH = path;
  }
  expect(missingTools()).toBeUndefined();
});

test("synth writes the rule files and the Alertmanager configuration next to the stacks", () => {
  const out = join(dir(), "cdktf.out");
  expect(synthCommand(defaults(), out, { write: () => undefined })).toBe(0);
  expect(parse(readFileSync(join(out, "alertmanager/alertmanager.yml"), "utf8")).route.routes.map((r: any) => r.matchers)).toEqual([
    ['environment="prod"'],
    ['environment="staging"'],
  ]);
  expect(parse(readFileSync(join(out, "prometheus/staging/slo.rules.yml"), "utf8")).groups.map((g: any) => g.name)).toEqual([
    "slo-api-availability",
    "slo-api-latency",
    "slo-data-freshness",
    "slo-agent-execution-success",
  ]);
});
