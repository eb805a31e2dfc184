import { errorRatioQuery } from "../../../engine/model/sli";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate, withOpenSlo } from "../../../stacks/app";
import { DefinitionError, buildModel, type SloModel } from "../../../engine/model";
import { exportOpenSlo } from "../../../engine/openslo/export";
import { importOpenSlo } from "../../../engine/openslo/import";
import { latency, slo } from "../../../engine/definitions";
import { defaults, synthGcp, withoutOverrides } from "../../helpers";

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
    good: [{ metric: "agent_executions_total", matchers: [{ name: "success", op: "=", value: "true" }] }],
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

test("round trip keeps a latency SLI's unit and a client's own bucket form", () => {
  const defs = withoutOverrides(defaults());
  const latencySlo = (id: string, sli: Parameters<typeof latency>[0]) =>
    slo({ id, service: "api", objective: 99, window: "28d", runbook: "https://x.example/r", sli: latency(sli) });
  defs.slos = [
    latencySlo("chat-latency", { threshold: "300ms", unit: "milliseconds", prometheus: { histogram: 'chat_latency{job="chat"}' } }),
    latencySlo("rpc-latency", { threshold: "2s", prometheus: { histogram: "rpc_duration_seconds", bucket: "2.00" } }),
  ];
  const first = validate(defs);
  const { files } = exportOpenSlo(first);
  const imported = importOpenSlo(
    [...files].map(([file, text]) => ({ file, text })),
    services,
    channels,
  );
  expect(imported.problems).toEqual([]);
  const second = buildModel({ ...defs, slos: imported.slos });
  for (const id of ["chat-latency", "rpc-latency"]) {
    expect(second.slos.find((s) => s.id === id)!.sli).toEqual(first.slos.find((s) => s.id === id)!.sli);
  }
  expect(second.slos.find((s) => s.id === "chat-latency")!.sli.cloudMonitoring).toMatchObject({ max: 300, unit: "milliseconds" });
});

describe("bad OpenSLO files are rejected with the file and the field", () => {
  const load = (text: string) =>
    importOpenSlo([{ file: "openslo/bad.yaml", text }], services, channels, {
      defaultRunbook: "https://docs.nous.com/runbooks/slo",
    }).problems.map((p) => `${p.where}: ${p.field}: ${p.message}`);
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
      'openslo file "openslo/bad.yaml": SLO "x" spec.objectives[0].timeSliceTarget: is not supported, got 0.9',
    ]);
    expect(load("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: d}\n")).toEqual([
      'openslo file "openslo/bad.yaml": DataSource "d" kind: is not supported in openslo/v1; supported kinds: SLO, SLI, Service, AlertPolicy, AlertCondition, AlertNotificationTarget',
    ]);
    expect(load("apiVersion: openslo.com/v2alpha\nkind: SLO\nmetadata: {name: y}\n")).toEqual([
      'openslo file "openslo/bad.yaml": SLO "y" apiVersion: must be openslo/v1 or openslo/v1alpha (or a Sloth file with version: prometheus/v1), got "openslo.com/v2alpha"',
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
      message: "must hold exactly one window, got null",
    });
  }
});

describe("OpenSLO and Sloth as other tools write them", () => {
  const settings = { defaultRunbook: "https://docs.nous.com/runbooks/slo-burn-rate" };
  const run = (text: string, extra: Parameters<typeof importOpenSlo>[3] = settings) =>
    importOpenSlo([{ file: "openslo/team.yaml", text }], services, channels, extra);
  const lines = (text: string, extra?: Parameters<typeof importOpenSlo>[3]) =>
    run(text, extra).problems.map((p) => `${p.where}: ${p.field}: ${p.message}`);
  /** The model of the fixture organisation with what a file imports; its service teams owned by an on-call team. */
  const modelWith = (text: string, extra?: Parameters<typeof importOpenSlo>[3]) => {
    const result = run(text, extra);
    expect(result.problems).toEqual([]);
    const defs = defaults();
    const owned = new Set(defs.onCall.flatMap((t) => t.owns));
    const teams = result.services.map((s) => s.team).filter((t) => !owned.has(t));
    defs.onCall = defs.onCall.map((t, i) => (i === 0 ? { ...t, owns: [...t.owns, ...teams] } : t));
    return buildModel({ ...defs, services: [...defs.services, ...result.services], slos: [...defs.slos, ...result.slos] });
  };
  const v1 = (good: string, total: string, extra = "", target = "0.99") =>
    `apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: checkout-success${extra}}\nspec:\n  service: api\n  indicator:\n    metadata: {name: i}\n    spec:\n      ratioMetric:\n        counter: true\n        good: {metricSource: {type: Prometheus, spec: {query: '${good}'}}}\n        total: {metricSource: {type: Prometheus, spec: {query: '${total}'}}}\n  timeWindow: [{duration: 28d, isRolling: true}]\n  budgetingMethod: Occurrences\n  objectives: [{target: ${target}}]\n`;

  test("queries wrapped in sum(), rate() and sum by () import as the model's selectors", () => {
    const m = modelWith(
      v1('sum by (job) (rate(checkout_total{job="shop",result="ok"}[5m]))', 'sum(rate(checkout_total{job="shop"}[{{.window}}]))'),
    );
    const slo = m.slos.find((s) => s.id === "checkout-success")!;
    expect(slo.sli.prometheus).toEqual({
      kind: "ratio",
      good: [
        {
          metric: "checkout_total",
          matchers: [
            { name: "job", op: "=", value: "shop" },
            { name: "result", op: "=", value: "ok" },
          ],
        },
      ],
      errors: undefined,
      total: [{ metric: "checkout_total", matchers: [{ name: "job", op: "=", value: "shop" }] }],
    });
    expect(slo.objective).toBe(99);
    expect(slo.runbook).toBe("https://docs.nous.com/runbooks/slo-burn-rate");
  });

  test("one counter's series added up by label value become one selector; different counters become a list added up", () => {
    const m = modelWith(
      v1('sum(rate(orders_total{code="200"}[5m])) + sum(rate(orders_total{code="201"}[5m]))', "sum(rate(orders_total[5m]))"),
    );
    expect(m.slos.find((s) => s.id === "checkout-success")!.sli.prometheus).toMatchObject({
      good: [{ metric: "orders_total", matchers: [{ name: "code", op: "=~", value: "200|201" }] }],
    });
    // Two different counters become a list the model adds up.
    const imported = run(v1("sum(rate(success_total[5m]))", "sum(rate(success_total[5m])) + sum(rate(failed_total[5m]))"));
    expect(imported.problems).toEqual([]);
    expect(imported.slos[0].sli).toEqual({
      kind: "ratio",
      prometheus: { good: "success_total", total: ["success_total", "failed_total"] },
    });
  });

  test("anything but counters added up is refused with file, field and value as written", () => {
    expect(lines(v1("histogram_quantile(0.99, sum by (le) (rate(d_bucket[5m])))", "sum(rate(d_count[5m]))"))).toEqual([
      expect.stringMatching(
        /^openslo file "openslo\/team.yaml": SLO "checkout-success" spec.indicator.spec.ratioMetric.good.metricSource.spec.query: must add up counters, .* is a function other than rate\(\) or increase\(\) of a counter; got "histogram_quantile\(0.99, sum by \(le\) \(rate\(d_bucket\[5m\]\)\)\)"$/,
      ),
    ]);
  });

  test("a histogram's bucket over its count imports as a latency SLI: Managed Prometheus reads it as /histogram", () => {
    const m = modelWith(
      v1(
        'sum(rate(http_request_duration_seconds_bucket{job="shop",le="0.25"}[5m]))',
        'sum(rate(http_request_duration_seconds_count{job="shop"}[5m]))',
      ),
    );
    const sli = m.slos.find((s) => s.id === "checkout-success")!.sli;
    expect(sli.kind).toBe("latency");
    expect(sli.cloudMonitoring).toEqual({
      kind: "distribution",
      filter:
        'metric.type="prometheus.googleapis.com/http_request_duration_seconds/histogram" AND resource.type="prometheus_target" AND resource.labels.job="shop"',
      max: 0.25,
      unit: "seconds",
    });
  });

  test('a histogram named in milliseconds imports with its unit: the bucket le="300" is a 300 ms threshold everywhere', () => {
    const m = modelWith(v1('sum(rate(d_milliseconds_bucket{le="300"}[5m]))', "sum(rate(d_milliseconds_count[5m]))"));
    const sli = m.slos.find((s) => s.id === "checkout-success")!.sli;
    expect(sli.cloudMonitoring).toMatchObject({ kind: "distribution", max: 300, unit: "milliseconds" });
    expect(sli.prometheus).toMatchObject({ threshold: 300, unit: "milliseconds" });
    expect(errorRatioQuery(sli.prometheus!, 300)).toBe(
      '1 - (sum(rate(d_milliseconds_bucket{le=~"300|300\\\\.0"}[5m])) / sum(rate(d_milliseconds_count[5m])))',
    );
  });

  test('Prometheus 3\'s normalised le="2.0" imports as the same 2 s bucket', () => {
    const m = modelWith(v1('sum(rate(d_seconds_bucket{le="2.0"}[5m]))', "sum(rate(d_seconds_count[5m]))"));
    const sli = m.slos.find((s) => s.id === "checkout-success")!.sli;
    expect(sli.cloudMonitoring).toMatchObject({ max: 2, unit: "seconds" });
    expect(sli.prometheus).toMatchObject({ bucket: { matchers: [{ name: "le", op: "=~", value: "2|2\\.0" }] } });
  });

  test("target is a fraction: 1.0 and 99 are reported in OpenSLO's terms", () => {
    expect(lines(v1("a_total", "b_total", "", "1.0"))).toEqual([
      'openslo file "openslo/team.yaml": SLO "checkout-success" spec.objectives[0].target: is 1 (100%): 100% leaves no error budget: a single failed event breaches the SLO, and burn-rate alerts, which measure how fast the budget is spent, have nothing to measure. Pick the highest objective the service can keep and its users notice, for example 0.9999 (99.99%, 4 minutes of errors in 28 days)',
    ]);
    expect(lines(v1("a_total", "b_total", "", "99"))).toEqual([
      'openslo file "openslo/team.yaml": SLO "checkout-success" spec.objectives[0].target: must be a fraction of 1, as OpenSLO writes targets: 99 would be 9900%; write 0.99 for 99%',
    ]);
  });

  describe("a Service document not in config/services.ts defines that service", () => {
    const service = (labels: string) =>
      `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: shop\n${labels}spec: {description: The shop}\n---\n`;
    const slo = v1("a_total", "b_total").replace("service: api", "service: shop");

    test("its team from metadata.labels.team (a string or a list of one)", () => {
      for (const labels of ["  labels: {team: payments}\n", "  labels: {team: [payments]}\n"]) {
        const m = modelWith(service(labels) + slo);
        expect(m.services.find((s) => s.id === "shop")).toMatchObject({ team: "payments", description: "The shop" });
        expect(m.slos.find((s) => s.id === "checkout-success")!.service.id).toBe("shop");
      }
    });

    test("or the configured default owner; neither is an error naming the file; two teams are one too many", () => {
      expect(modelWith(service(""), { ...settings, defaultTeam: "platform" }).services.find((s) => s.id === "shop")!.team).toBe("platform");
      expect(lines(service("") + slo)).toEqual([
        'openslo file "openslo/team.yaml": Service "shop" metadata.labels.team: is required: service "shop" is not in config/services.ts, so this document defines it and must name its owning team (or set defaultTeam with openSloImport({...}) in config/)',
      ]);
      expect(lines(service("  labels: {team: [team-a, team-b]}\n") + slo)).toEqual([
        'openslo file "openslo/team.yaml": Service "shop" metadata.labels.team: must name one owning team, got ["team-a","team-b"]',
      ]);
      expect(lines(slo)).toEqual([
        `openslo file "openslo/team.yaml": SLO "checkout-success" spec.service: names a service that neither config/services.ts nor a Service document defines, got "shop"; define it there, or give its team (a Service document's metadata.labels.team, or defaultTeam with openSloImport({...}) in config/)`,
      ]);
    });
  });

  describe("Sloth's prometheus/v1", () => {
    const sloth = (alerting: string, objective = "99.5") =>
      `version: "prometheus/v1"\nservice: "shop"\nlabels: {owner: payments}\nslos:\n  - name: "requests-availability"\n    objective: ${objective}\n    sli:\n      events:\n        error_query: sum(rate(http_requests_total{job="shop",code=~"5.."}[{{.window}}]))\n        total_query: sum(rate(http_requests_total{job="shop"}[{{.window}}]))\n    alerting:\n${alerting}`;

    test("page and ticket alerts set the tiers' severities; disable switches them off; the owner label owns the service", () => {
      const m = modelWith(
        sloth(
          "      annotations: {runbook: https://docs.nous.com/runbooks/shop}\n      page_alert: {labels: {severity: critical}}\n      ticket_alert: {disable: true}\n",
        ),
        { severityLabels: { critical: "P0" } },
      );
      const slo = m.slos.find((s) => s.id === "shop-requests-availability")!;
      expect(slo.tiers.map((t) => [t.id, t.severity])).toEqual([
        ["page-fast", "P0"],
        ["page-slow", "P0"],
      ]);
      expect(slo).toMatchObject({
        objective: 99.5,
        windowDays: 30,
        runbook: "https://docs.nous.com/runbooks/shop",
        service: { team: "payments" },
      });
      expect(slo.sli.prometheus).toMatchObject({
        errors: [{ metric: "http_requests_total", matchers: [{ name: "job" }, { name: "code", op: "=~", value: "5.." }] }],
      });
    });

    test("an unmapped severity label and objective 100 are errors naming file, field and value", () => {
      expect(lines(sloth("      page_alert: {labels: {severity: pageteam}}\n", "100"))).toEqual([
        expect.stringMatching(
          /^openslo file "openslo\/team.yaml": Sloth service "shop" slos\[0\].objective: is 100: 100% leaves no error budget: .*for example 99.99 \(4.3 minutes of errors in 30 days\)$/,
        ),
        'openslo file "openslo/team.yaml": Sloth service "shop" slos[0].alerting.page_alert.labels.severity: is no severity of this project, got "pageteam": write one of P0, P1, P2, P3, or map it with openSloImport({...}) in config/ (severityLabels: { "pageteam": "P1" })',
      ]);
    });
  });

  test("the project's openslo folder may define services, with the settings of openSloImport()", () => {
    const root = mkdtempSync(join(tmpdir(), "openslo-"));
    mkdirSync(join(root, "openslo"));
    writeFileSync(join(root, "openslo", "shop.yaml"), v1("a_total", "b_total").replace("service: api", "service: shop"));
    const defs = withOpenSlo({ ...defaults(), openSlo: { defaultTeam: "backend", defaultRunbook: settings.defaultRunbook } }, root);
    expect(defs.services.find((s) => s.id === "shop")).toEqual({ kind: "service", id: "shop", name: "shop", team: "backend" });
    expect(defs.slos.find((s) => s.id === "checkout-success")!.service).toBe("shop");
  });
});
