import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import { alertRuleGroups, sloRuleGroups, type AlertingRule } from "../../../engine/exporters/prometheus-rules";
import { checkRules, verifyBurnRates, verifyRouting } from "../../../engine/verify";
import { missingTools } from "../../../engine/verify/tools";
import { synthCommand } from "../../../stacks/synth";
import { promqlSyntaxError } from "../../../engine/model/promql";
import { defaults, model } from "../../helpers";

const m = model();
const dir = () => mkdtempSync(join(tmpdir(), "verify-"));

describe("exported Prometheus rules", () => {
  const group = sloRuleGroups(m).find((g) => g.name === "slo-api-availability")!;

  test("a recording rule per window the tiers use, named the same for every SLO", () => {
    expect(group.interval).toBe("30s");
    expect(group.rules.filter((r) => "record" in r).map((r: any) => [r.record, r.labels])).toEqual(
      ["5m", "30m", "1h", "6h", "3d"].map((w) => [`slo:sli_error:ratio_rate${w}`, { slo: "api-availability", service: "api" }]),
    );
  });

  test("a multiwindow alert per tier with its threshold, severity and runbook", () => {
    const fast = group.rules.find((r): r is AlertingRule => "alert" in r && r.alert === "ApiAvailabilityPageFastBurn")!;
    expect(fast.expr).toBe(
      'slo:sli_error:ratio_rate1h{slo="api-availability"} > 0.0144 and slo:sli_error:ratio_rate5m{slo="api-availability"} > 0.0144',
    );
    expect(fast.labels).toEqual({ severity: "P1", slo: "api-availability", service: "api", team: "backend", tier: "page-fast" });
    expect(fast.annotations.runbook_url).toBe("https://docs.nous.com/runbooks/api-availability");
    const ticket = group.rules.find((r): r is AlertingRule => "alert" in r && r.alert === "ApiAvailabilityTicketBurn")!;
    expect(ticket.expr).toBe(
      'slo:sli_error:ratio_rate3d{slo="api-availability"} > 0.001 and slo:sli_error:ratio_rate6h{slo="api-availability"} > 0.001',
    );
  });

  test("the nine alert rules keep their for, labels and annotations, and every expression parses", () => {
    const alerts = alertRuleGroups(m).flatMap((g) => g.rules) as AlertingRule[];
    expect(alerts.map((a) => a.alert).sort()).toEqual([
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
    expect(alerts.find((a) => a.alert === "APIDown")).toMatchObject({ for: "1m", labels: { severity: "P0", service: "api" } });
    expect(alerts.find((a) => a.alert === "SecurityBreachDetected")!.for).toBeUndefined();
    for (const g of [...sloRuleGroups(m), ...alertRuleGroups(m)])
      for (const r of g.rules) expect(promqlSyntaxError(r.expr)).toBeUndefined();
  });
});

describe("promtool", () => {
  /** Only the fast tier of the availability SLO: the real engine in under a second. */
  function fastOnly() {
    const defs = defaults();
    defs.slos = defs.slos
      .filter((s) => s.id === "api-availability")
      .map((s) => ({ ...s, alerting: { tiers: { "page-slow": false as const, ticket: false as const } } }));
    return model(defs);
  }

  test("check rules accepts the exported files", async () => {
    const d = dir();
    const file = join(d, "slo.rules.yml");
    writeFileSync(file, stringify({ groups: sloRuleGroups(m) }));
    expect((await checkRules([file])).ok).toBe(true);
    writeFileSync(file, "groups:\n  - name: broken\n    rules:\n      - alert: X\n        expr: sum(\n");
    const broken = await checkRules([file]);
    expect(broken.ok).toBe(false);
    expect(broken.lines[0]).toContain("FAIL promtool check rules");
  });

  test("the 14.4x tier fires within one evaluation of the predicted 51.84 s, and not before", async () => {
    const fast = fastOnly();
    const result = await verifyBurnRates(fast, sloRuleGroups(fast), dir());
    expect(result.lines).toEqual(["ok   promtool test rules api-availability.page-fast.test.yml"]);
    expect(result.ok).toBe(true);
    expect(result.observations).toEqual([
      { slo: "api-availability", tier: "page-fast", predictedSeconds: 51.84, observedSeconds: 60, sampleSeconds: 15 },
    ]);
  });

  test("a wrong threshold in the rules fails verification", async () => {
    const fast = fastOnly();
    const groups = sloRuleGroups(fast).map((g) => ({
      ...g,
      rules: g.rules.map((r) => ("alert" in r ? { ...r, expr: r.expr.replace(/0\.0144/g, "0.05") } : r)),
    }));
    const result = await verifyBurnRates(fast, groups, dir());
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(
      /^FAIL promtool test rules api-availability\.page-fast\.test\.yml\n[\s\S]*a total outage fires it by 90s/,
    );
    // At 0.05 the tier needs 3 minutes of outage: the probe sees nothing by the deadline.
    expect(result.observations[0].observedSeconds).toBeUndefined();
  });
});

describe("amtool", () => {
  const write = (text: string) => {
    const file = join(dir(), "alertmanager.yml");
    writeFileSync(file, text);
    return file;
  };

  test("every severity in every environment reaches the receivers the routing defines", async () => {
    const text = alertmanagerYaml(m);
    const result = await verifyRouting(m, write(text), text);
    expect(result.ok).toBe(true);
    expect(result.lines).toContain("ok   prod P0 service=api -> prod-P0-api: pagerduty api, slack #alerts-critical");
    expect(result.lines.filter((l) => l.includes(" staging ") && l.includes("pagerduty"))).toEqual([]);
    const staging = result.lines.filter((l) => l.includes(" staging "));
    expect(staging.length).toBeGreaterThan(8);
    for (const line of staging) expect(line).toMatch(/^ok {3}staging P\d service=\S+ -> staging-P\d: /);
  });

  test("a misrouted severity fails verification and says what the routing defines", async () => {
    const config = parse(alertmanagerYaml(m));
    const prodP0 = config.route.routes[0].routes[0];
    prodP0.routes = prodP0.routes.map((r: any) => ({ ...r, receiver: "prod-P2" }));
    const text = stringify(config);
    const result = await verifyRouting(m, write(text), text);
    expect(result.ok).toBe(false);
    expect(result.lines).toContain(
      "FAIL prod P0 service=api -> prod-P2: email engineering-alerts@nous.com, slack #alerts-medium (routing defines: pagerduty api, slack #alerts-critical)",
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
  expect(parse(readFileSync(join(out, "prometheus/slo.rules.yml"), "utf8")).groups.map((g: any) => g.name)).toEqual([
    "slo-api-availability",
    "slo-api-latency",
    "slo-data-freshness",
    "slo-agent-execution-success",
  ]);
});
