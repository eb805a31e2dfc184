import { alert, slo, ratio } from "../../../engine/definitions";
import { defaults, model, problemsOf, synthGrafana, withoutOverrides } from "../../helpers";

const availability = () => defaults().slos.find((s) => s.id === "api-availability")!;

test("the bundled definitions are valid", () => {
  expect(problemsOf(defaults())).toEqual([]);
});

test("duplicate ids are named once, with every place they are defined", () => {
  const defs = defaults();
  defs.slos = [...defs.slos, { ...availability(), name: "copy" }, { ...availability(), name: "another copy" }];
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": id: is defined more than once (the 1st, 4th and 5th slo definitions); ids must be unique among slo definitions',
  ]);
});

test("objective 100 is refused with what to pick instead, its budget counted in the SLO's own window", () => {
  const defs = defaults();
  defs.slos = [
    { ...availability(), objective: 100 },
    { ...availability(), id: "api-availability-28d", objective: 100, window: "28d" },
  ];
  const [thirty, twentyEight] = problemsOf(defs);
  expect(thirty).toMatch(/^slo "api-availability": objective: must be less than 100: 100% leaves no error budget: /);
  // 0.01% of 30 days is 4.32 minutes; of 28 days, 4.03.
  expect(thirty).toMatch(/for example 99\.99 \(4\.3 minutes of errors in 30 days\)$/);
  expect(twentyEight).toMatch(/^slo "api-availability-28d": objective: .*for example 99\.99 \(4 minutes of errors in 28 days\)$/);
});

test.each([[0], [-1], [100.5]])("objective %p is outside (0, 100)", (objective) => {
  const defs = defaults();
  defs.slos = [{ ...availability(), objective }];
  expect(problemsOf(defs)).toEqual([
    `slo "api-availability": objective: must be a percentage greater than 0 and less than 100, got ${objective}`,
  ]);
});

test("unknown service, channel and environment references name what exists", () => {
  const defs = defaults();
  defs.slos = [{ ...availability(), service: "payments" }];
  defs.routing = { ...defs.routing, prod: { ...defs.routing.prod, P3: ["email-finance"] }, qa: defs.routing.staging };
  expect(problemsOf(defs)).toEqual([
    'routing "qa": environment: unknown environment; defined environments: prod, staging',
    'routing "prod": P3: unknown channel "email-finance"; defined channels: pagerduty-oncall, slack-alerts-critical, slack-alerts-high, slack-alerts-medium, slack-alerts-staging, email-engineering',
    'slo "api-availability": service: unknown service "payments"; defined services: api, frontend, agents, data-sync, database',
  ]);
});

test("staging never pages: routing it to PagerDuty is an error", () => {
  const defs = defaults();
  defs.routing = { ...defs.routing, staging: { ...defs.routing.staging, P0: ["pagerduty-oncall", "slack-alerts-staging"] } };
  expect(problemsOf(defs)).toEqual([
    'routing "staging": P0: routes to PagerDuty channel "pagerduty-oncall", but environment "staging" never pages (pages: false)',
  ]);
});

test("a severity with no channel would be silent", () => {
  const defs = defaults();
  defs.routing = { ...defs.routing, prod: { ...defs.routing.prod, P3: [] } };
  expect(problemsOf(defs)).toEqual(['routing "prod": P3: has no channel: alerts of this severity would reach nobody']);
});

test("paging rules and SLOs need a runbook URL; others may omit it", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" || a.id === "high-llm-cost" ? { ...a, runbook: undefined } : a));
  defs.slos = [{ ...availability(), runbook: "" }];
  defs.alerts = [
    ...defs.alerts,
    alert({
      id: "bad-runbook",
      name: "BadRunbook",
      service: "api",
      severity: "P2",
      summary: "x",
      for: "5m",
      condition: { prometheus: "up == 0" },
      runbook: "docs/runbooks/x.md",
    }),
  ];
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": runbook: is required: its burn-rate alerts page',
    'alert "api-down": runbook: is required: severity P0 pages',
    'alert "bad-runbook": runbook: must be an absolute http(s) URL or a runbooks/<name>.md file of this repository, got "docs/runbooks/x.md"',
  ]);
});

test("malformed durations name the field", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, for: "1 minute" as never } : a));
  defs.slos = [{ ...availability(), window: "36h" }];
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": window: must be a whole number of days such as "30d", got "36h"',
    'alert "api-down": for: must be a duration such as "5m" or "0s", got "1 minute"',
  ]);
});

test("PromQL syntax errors are found by the Prometheus grammar, with their column", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) =>
    a.id === "high-llm-cost" ? { ...a, condition: { prometheus: "sum(llm_cost_usd) OVER 1d > 1000" } } : a,
  );
  defs.slos = [
    slo({
      ...availability(),
      sli: ratio({ prometheus: { errors: 'http_requests_total{status=~"5.."', total: "sum(rate(http_requests_total[5m]))" } }),
    }),
  ];
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": sli.prometheus.errors: is not valid PromQL: syntax error at column 34 (unexpected end)',
    'slo "api-availability": sli.prometheus.total: must be a plain selector such as metric_name{label="value"}, without functions or operators',
    'alert "high-llm-cost": condition.prometheus: is not valid PromQL: syntax error at column 19 near "OVER 1d > 1000"',
  ]);
});

test("a selector that matches every series is rejected, as Prometheus does (found by the fuzz test)", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "low-cache-hit-rate" ? { ...a, condition: { prometheus: "{} > 0" } } : a));
  expect(problemsOf(defs)).toEqual([
    'alert "low-cache-hit-rate": condition.prometheus: is not valid PromQL: the selector at column 1 needs a metric name or a label matcher',
  ]);
});

test("ids must be kebab-case so they can name resources", () => {
  const defs = withoutOverrides(defaults());
  defs.slos = [{ ...availability(), id: "API_Availability" }];
  expect(problemsOf(defs)).toEqual([
    'slo "API_Availability": id: must be kebab-case (lowercase letters, digits and single dashes, starting with a letter), got "API_Availability"',
  ]);
});

test("every problem of a run is reported together", () => {
  const defs = defaults();
  defs.slos = [{ ...availability(), objective: 120, window: "monthly" as never }];
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, service: "nope", severity: "P9" as never } : a));
  defs.logClasses = defs.logClasses.map((c) => (c.id === "debug" ? { ...c, retentionDays: 0 } : c));
  expect(problemsOf(defs).map((p) => p.split(": ").slice(0, 2).join(": "))).toEqual([
    'slo "api-availability": objective',
    'slo "api-availability": window',
    'alert "api-down": service',
    'alert "api-down": severity',
    'log class "debug": retentionDays',
  ]);
});

test("Google Cloud limits are checked before synth (and AWS's, for the same log class)", () => {
  const defs = defaults();
  defs.slos = [{ ...availability(), window: "90d" }];
  defs.logClasses = defs.logClasses.map((c) => (c.id === "audit" ? { ...c, retentionDays: 4000 } : c));
  defs.services = defs.services.map((s) =>
    s.id === "api" ? { ...s, team: "Backend Team", endpoints: [{ ...s.endpoints![0], period: "2m" }] } : s,
  );
  defs.onCall = defs.onCall.map((t) => ({ ...t, owns: [...t.owns, "Backend Team"] }));
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": window: Cloud Monitoring SLOs allow rolling windows of 1 to 30 days, got 90d',
    'log class "audit": retentionDays: Cloud Logging buckets keep logs 1 to 3650 days, got 4000',
    'service "api": team: becomes a Google Cloud label value: use lowercase letters, digits, "_" or "-" (at most 63), got "Backend Team"',
    'endpoint "api-health": period: Cloud Monitoring uptime checks run every 1m, 5m, 10m or 15m, got 120s',
    'log class "audit": retentionDays: CloudWatch Logs does not accept 4000 days; the nearest allowed value is 3653',
  ]);
});

describe("every problem in one run", () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = require("node:fs") as typeof import("node:fs");
  const { join } = require("node:path") as typeof import("node:path");
  const { tmpdir } = require("node:os") as typeof import("node:os");
  const { validate } = require("../../../stacks/app") as typeof import("../../../stacks/app");
  const { DefinitionError } = require("../../../engine/model") as typeof import("../../../engine/model");
  const problemsIn = (defs: ReturnType<typeof defaults>, root: string) => {
    try {
      validate(defs, root, {});
      return [];
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      return error.problems.map((p) => `${p.where}: ${p.field}`);
    }
  };
  const rootWithBrokenOpenSlo = () => {
    const root = mkdtempSync(join(tmpdir(), "all-problems-"));
    mkdirSync(join(root, "openslo"));
    writeFileSync(join(root, "openslo", "broken.yaml"), "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: Not Kebab\n");
    return root;
  };

  test("OpenSLO and model problems come together", () => {
    const defs = defaults();
    defs.slos = defs.slos.map((s) => (s.id === "api-latency" ? { ...s, objective: 0.999 } : s));
    const found = problemsIn(defs, rootWithBrokenOpenSlo());
    expect(found.some((p) => p.startsWith('openslo file "openslo/broken.yaml"'))).toBe(true);
    expect(found).toContain('slo "api-latency": objective');
  });

  test("OpenSLO, target-limit and runbook problems come together when the model builds", () => {
    const defs = defaults();
    defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, gcp: { ...e.gcp!, region: "us-moon1" } } : e));
    defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, runbook: "runbooks/not-written.md" } : a));
    const found = problemsIn(defs, rootWithBrokenOpenSlo());
    expect(found.some((p) => p.startsWith('openslo file "openslo/broken.yaml"'))).toBe(true);
    expect(found).toContain('environment "prod": gcp.region');
    expect(found).toContain('alert "api-down": runbook');
  });
});

test("an objective written as a fraction asks whether a percentage was meant; NaN and Infinity show as written", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) =>
    s.id === "api-availability" ? { ...s, objective: 0.999 } : s.id === "api-latency" ? { ...s, objective: Number.NaN } : s,
  );
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": objective: is a percentage: did you mean 99.9? got 0.999',
    'slo "api-latency": objective: must be a percentage greater than 0 and less than 100, got NaN',
  ]);
});

test("an environment label that names the environment its own way is kept; one naming another environment is refused", () => {
  const labelled = (value: string) => {
    const defs = defaults();
    defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, labels: { ...e.labels, environment: value } } : e));
    return problemsOf(defs);
  };
  expect(labelled("production")).toEqual([]);
  expect(labelled("staging")).toEqual([
    expect.stringMatching(/^environment "prod": labels\.environment: is "staging", environment "staging"'s id/),
  ]);
});

test("one alert name on two services of one team (one Grafana folder) is accepted, as Prometheus and Grafana 12 take it", () => {
  const defs = defaults();
  const latency = defs.alerts.find((a) => a.id === "high-latency")!;
  defs.alerts = [...defs.alerts, { ...latency, id: "data-sync-high-latency", service: "data-sync" }];
  expect(problemsOf(defs)).toEqual([]);
  const rules = Object.values(synthGrafana(model(defs)).resource.grafana_rule_group as Record<string, { rule: { name: string }[] }>)
    .flatMap((g) => g.rule)
    .filter((r) => r.name === latency.name);
  expect(rules).toHaveLength(2);
});
