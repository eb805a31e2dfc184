import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate, withOpenSlo } from "../../../stacks/app";
import { DefinitionError, buildModel, type SloModel } from "../../../engine/model";
import { exportOpenSlo } from "../../../engine/openslo/export";
import { importOpenSlo } from "../../../engine/openslo/import";
import { defaults, synthGcp } from "../../helpers";

const services = defaults().services.map((s) => s.id);
const channels = defaults().channels.map((c) => c.id);

/** Numbers to 10 significant digits: equality of models up to float noise. */
const normalize = (slo: SloModel) =>
  JSON.parse(
    JSON.stringify({ ...slo, sli: { ...slo.sli, cloudWatch: undefined } }, (_, v) =>
      typeof v === "number" ? Number(v.toPrecision(10)) : v,
    ),
  );

test("the bundled OpenSLO file becomes an SLO that every target with a source renders", () => {
  const m = validate(defaults());
  const slo = m.slos.find((s) => s.id === "agent-execution-success")!;
  expect(slo).toMatchObject({
    name: "Agent execution success",
    objective: 99,
    windowDays: 28,
    runbook: "https://docs.nous.com/runbooks/agent-failures",
  });
  expect(slo.sli.prometheus).toMatchObject({
    kind: "ratio",
    good: { metric: "agent_executions_total", matchers: [{ name: "success", op: "=", value: "true" }] },
  });
  expect(slo.tiers.map((t) => t.factor)).toEqual([14.4, 6, 1]);
  expect(synthGcp(m).resource.google_monitoring_slo["slo_agent-execution-success"]).toMatchObject({ goal: 0.99, rolling_period_days: 28 });
});

test("round trip: import -> export -> import gives the same model, for ratio and latency SLOs", () => {
  const first = validate(defaults());
  const { files, skipped } = exportOpenSlo(first);
  expect([...files.keys()].sort()).toEqual(["agent-execution-success.yaml", "api-availability.yaml", "api-latency.yaml"]);
  expect(skipped).toEqual([
    'slo "api-availability": its CloudWatch source (dimensions per environment) is not in the OpenSLO file',
    'slo "data-freshness" is a freshness SLI, which OpenSLO v1 cannot express as a ratio of counters',
  ]);
  const imported = importOpenSlo(
    [...files].map(([file, text]) => ({ file, text })),
    services,
    channels,
  );
  expect(imported.problems).toEqual([]);
  const defs = defaults();
  const second = buildModel({ ...defs, slos: [...defs.slos.filter((s) => s.id === "data-freshness"), ...imported.slos] });
  for (const id of ["agent-execution-success", "api-availability", "api-latency"]) {
    expect(normalize(second.slos.find((s) => s.id === id)!)).toEqual(normalize(first.slos.find((s) => s.id === id)!));
  }
  // And once more: the second export is the first one.
  expect(exportOpenSlo(second).files).toEqual(files);
});

describe("bad OpenSLO files are rejected with the file and the field", () => {
  const load = (text: string) =>
    importOpenSlo([{ file: "openslo/bad.yaml", text }], services, channels).problems.map((p) => `${p.where}: ${p.field}: ${p.message}`);
  const slo = (spec: string, extra = "") => `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: x\n${extra}spec:\n${spec}`;
  const ratio = `  service: api\n  indicator:\n    metadata: {name: i}\n    spec:\n      ratioMetric:\n        counter: true\n        bad: {metricSource: {type: Prometheus, spec: {query: 'e_total'}}}\n        total: {metricSource: {type: Prometheus, spec: {query: t_total}}}\n`;

  test("unsupported windows, budgeting, metrics and kinds", () => {
    expect(
      load(
        slo(
          `${ratio}  timeWindow: [{duration: 1M, isRolling: false, calendar: {startTime: "2025-01-01 00:00:00", timeZone: UTC}}]\n  budgetingMethod: Timeslices\n  objectives: [{target: 0.99, timeSliceTarget: 0.9}]\n`,
        ),
      ),
    ).toEqual([
      'openslo file "openslo/bad.yaml": SLO "x" spec.timeWindow[0].isRolling: must be true: calendar windows are not supported',
      'openslo file "openslo/bad.yaml": SLO "x" spec.budgetingMethod: must be Occurrences (a ratio of events), got "Timeslices"',
      'openslo file "openslo/bad.yaml": SLO "x" spec.objectives[0].timeSliceTarget: is not supported',
    ]);
    expect(load("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: d}\n")).toEqual([
      'openslo file "openslo/bad.yaml": DataSource "d" kind: is not supported; supported kinds: SLO, SLI, Service, AlertPolicy, AlertCondition, AlertNotificationTarget',
    ]);
    expect(load("apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: {name: y}\n")).toEqual([
      'openslo file "openslo/bad.yaml": SLO "y" apiVersion: must be openslo/v1, got "openslo/v1alpha"',
    ]);
  });

  test("metric sources other than Prometheus, threshold metrics, and broken YAML", () => {
    const datadog = ratio.replace("{type: Prometheus, spec: {query: 'e_total'}}", "{type: Datadog, spec: {query: 'sum:errors'}}");
    const tail = "  timeWindow: [{duration: 28d, isRolling: true}]\n  budgetingMethod: Occurrences\n  objectives: [{target: 0.99}]\n";
    expect(load(slo(datadog + tail))).toEqual([
      'openslo file "openslo/bad.yaml": SLO "x" spec.indicator.spec.ratioMetric.bad.metricSource.type: must be Prometheus, got "Datadog"',
    ]);
    const threshold =
      "  service: api\n  indicator:\n    metadata: {name: i}\n    spec:\n      thresholdMetric: {metricSource: {type: Prometheus, spec: {query: up}}}\n";
    expect(load(slo(threshold + tail))).toEqual([
      'openslo file "openslo/bad.yaml": SLO "x" spec.indicator.spec: must be a ratioMetric: threshold metrics are not supported',
    ]);
    expect(load("apiVersion: openslo/v1\nkind: SLO\n  metadata: [\n")[0]).toMatch(
      /^openslo file "openslo\/bad.yaml": document 1: is not valid YAML: /,
    );
  });

  test("alert conditions must be burn-rate tiers; notification targets must be routing channels", () => {
    const tail =
      "  timeWindow: [{duration: 28d, isRolling: true}]\n  budgetingMethod: Occurrences\n  objectives: [{target: 0.99}]\n  alertPolicies:\n    - kind: AlertPolicy\n      metadata: {name: p}\n      spec:\n        notificationTargets: [{targetRef: ops-pager}]\n        conditions:\n          - kind: AlertCondition\n            metadata: {name: very-fast}\n            spec: {severity: P1, condition: {kind: burnrate, op: gt, threshold: 20, lookbackWindow: 30m}}\n";
    const target = "---\napiVersion: openslo/v1\nkind: AlertNotificationTarget\nmetadata: {name: ops-pager}\nspec: {target: pagerduty}\n";
    expect(load(slo(ratio + tail) + target)).toEqual([
      'openslo file "openslo/bad.yaml": AlertNotificationTarget "ops-pager" metadata.name: names no channel of config/channels.ts; routing by severity decides where alerts go, so targets must be its channels: pagerduty-oncall, slack-alerts-critical, slack-alerts-high, slack-alerts-medium, slack-alerts-staging, email-engineering',
      'openslo file "openslo/bad.yaml": SLO "x" spec.alertPolicies[0].spec.conditions[0].metadata.name: must name a burn-rate tier (page-fast, page-slow, ticket), got "very-fast"',
    ]);
  });
});

test("a bad file in the project's openslo folder stops synth with its name", () => {
  const root = mkdtempSync(join(tmpdir(), "openslo-"));
  mkdirSync(join(root, "openslo"));
  writeFileSync(join(root, "openslo", "team.yaml"), "apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: z}\nspec: {service: nope}\n");
  try {
    withOpenSlo(defaults(), root);
    throw new Error("expected a DefinitionError");
  } catch (error) {
    expect((error as DefinitionError).problems[0]).toEqual({
      where: 'openslo file "openslo/team.yaml"',
      field: 'SLO "z" spec.timeWindow',
      message: "must hold exactly one window",
    });
  }
});
