/** One Prometheus for several environments: each environment's exported rules select its own series. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { alertRuleGroups, sloRuleGroups, toYaml, type AlertingRule } from "../../../engine/exporters/prometheus-rules";
import { run } from "../../../engine/verify/tools";
import { exprWithMatchers, promqlSyntaxError } from "../../../engine/model/promql";
import { checkRules, verifySlos } from "../../../engine/verify";
import { defaults, model, problemsOf, withoutOverrides } from "../../helpers";

const env = { env: "prod" };

test.each([
  ['up{job="api"} == 0', 'up{job="api",env="prod"} == 0'],
  ["rate(x[5m])", 'rate(x{env="prod"}[5m])'],
  ['sum by (le) (rate(x_bucket{a="b",}[5m]))', 'sum by (le) (rate(x_bucket{a="b",env="prod"}[5m]))'],
  ['{__name__="x"}', '{__name__="x",env="prod"}'],
  ["max_over_time(x[10m:1m]) > 3", 'max_over_time(x{env="prod"}[10m:1m]) > 3'],
  ["x offset 5m / y", 'x{env="prod"} offset 5m / y{env="prod"}'],
  ['label_replace(x, "a", "{b}", "c", ".*")', 'label_replace(x{env="prod"}, "a", "{b}", "c", ".*")'],
  // A selector that already matches the label keeps its own matcher; no selector, nothing to add.
  ['x{env="staging"} or y', 'x{env="staging"} or y{env="prod"}'],
  ["vector(1)", "vector(1)"],
  // Series rules write carry no scrape label: a recording rule's output and ALERTS keep their selectors.
  ['slo:sli_error:ratio_rate5m{slo="x"} > 0.1 and up', 'slo:sli_error:ratio_rate5m{slo="x"} > 0.1 and up{env="prod"}'],
  ['ALERTS{alertname="A"} unless x', 'ALERTS{alertname="A"} unless x{env="prod"}'],
])("%s selects the environment's series", (before, after) => {
  expect(exprWithMatchers(before, env)).toBe(after);
  expect(promqlSyntaxError(after)).toBeUndefined();
});

describe("an environment with seriesMatchers", () => {
  const defs = withoutOverrides(defaults());
  defs.environments = defs.environments.map((e) => ({ ...e, seriesMatchers: { env: e.id } }));
  const m = model(defs);

  test("every selector of its SLO rules and alert rules carries the matcher; promtool checks the files", async () => {
    const slo = sloRuleGroups(m, "prod").find((g) => g.name === "slo-api-availability")!;
    const records = slo.rules.filter((r) => "record" in r);
    expect(records[0].expr).toContain('http_requests_total{job="nous-api",status=~"5..",env="prod"}');
    expect(records[0].expr).toContain('http_requests_total{job="nous-api",env="prod"}');
    const noData = slo.rules.find((r): r is AlertingRule => "alert" in r && r.alert === "ApiAvailabilityNoData")!;
    expect(noData.expr).toBe('absent_over_time(http_requests_total{job="nous-api",env="prod"}[5m])');
    const staging = sloRuleGroups(m, "staging").find((g) => g.name === "slo-api-availability")!;
    expect(staging.rules[0].expr).toContain('env="staging"');
    const apiDown = alertRuleGroups(m, "prod")
      .flatMap((g) => g.rules as AlertingRule[])
      .find((r) => r.alert === "APIDown")!;
    expect(apiDown.expr).toMatch(/env="prod"/);
    const dir = mkdtempSync(join(tmpdir(), "series-matchers-"));
    const file = join(dir, "rules.yml");
    writeFileSync(file, stringify({ groups: [...sloRuleGroups(m, "prod"), ...alertRuleGroups(m, "prod")] }));
    expect((await checkRules([file])).ok).toBe(true);
  });

  test("promtool's SLO tests feed series with the environment's label, and pass", async () => {
    const fast = withoutOverrides(defaults());
    fast.environments = fast.environments.map((e) => ({ ...e, seriesMatchers: { env: e.id } }));
    fast.slos = fast.slos
      .filter((s) => s.id === "api-availability")
      .map((s) => ({ ...s, alerting: { tiers: { "page-slow": false as const, ticket: false as const } } }));
    const one = model(fast);
    const result = await verifySlos(one, [{ environment: "prod", slo: sloRuleGroups(one, "prod") }], mkdtempSync(join(tmpdir(), "sm-")));
    expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test("label names Prometheus refuses, and values that are not text, are refused naming the field", () => {
    const bad = defaults();
    bad.environments = bad.environments.map((e) =>
      e.id === "prod" ? { ...e, seriesMatchers: { "1env": "prod", __x: "y", ok: 3 as any } } : e,
    );
    expect(problemsOf(bad)).toEqual([
      'environment "prod": seriesMatchers.1env: is not a Prometheus label name (letters, digits and underscores, not starting with a digit)',
      'environment "prod": seriesMatchers.__x: starts with __, which Prometheus reserves for its own labels',
      'environment "prod": seriesMatchers.ok: must be a string, got 3',
    ]);
  });
});

describe("promtool: one Prometheus scraping staging and prod", () => {
  /** api-availability's page-fast alone, each environment's seriesMatchers as given. */
  const pageFast = (matchers: boolean) => {
    const defs = withoutOverrides(defaults());
    if (matchers) defs.environments = defs.environments.map((e) => ({ ...e, seriesMatchers: { env: e.id } }));
    defs.slos = defs.slos
      .filter((s) => s.id === "api-availability")
      .map((s) => ({ ...s, alerting: { tiers: { "page-slow": false as const, ticket: false as const } } }));
    return model(defs);
  };
  /** Whether prod's page fires 10 minutes into an outage of staging alone, prod's traffic healthy. */
  async function prodPagesForStaging(matchers: boolean): Promise<boolean> {
    const dir = mkdtempSync(join(tmpdir(), "sm-promtool-"));
    writeFileSync(join(dir, "rules.yml"), toYaml(sloRuleGroups(pageFast(matchers), "prod")));
    const test = (firing: boolean) => ({
      rule_files: ["rules.yml"],
      evaluation_interval: "30s",
      tests: [
        {
          interval: "15s",
          input_series: [
            { series: 'http_requests_total{job="nous-api",status="500",env="staging"}', values: "0+100x60" },
            { series: 'http_requests_total{job="nous-api",status="200",env="prod"}', values: "0+100x60" },
          ],
          alert_rule_test: [
            {
              eval_time: "10m",
              alertname: "ApiAvailabilityPageBurn",
              exp_alerts: firing ? [{ exp_labels: { severity: "P1" } }] : [],
            },
          ],
        },
      ],
    });
    writeFileSync(join(dir, "quiet.test.yml"), stringify(test(false)));
    return (await run("promtool", ["test", "rules", "quiet.test.yml"], dir)).code !== 0;
  }

  test("with seriesMatchers prod's rules read prod's series only: staging's outage does not page prod; without, it does", async () => {
    expect(await prodPagesForStaging(true)).toBe(false);
    expect(await prodPagesForStaging(false)).toBe(true);
  });
});
