import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildModel } from "../../../engine/model";
import { importOpenSlo } from "../../../engine/openslo/import";
import { defaults } from "../../helpers";

/** Public OpenSLO and Sloth examples, as their repositories publish them (see the folder's README.md). */
const FOLDER = join(__dirname, "..", "..", "fixtures", "openslo-public");
const files = (dir: string) => readdirSync(join(FOLDER, dir)).filter((f) => /\.ya?ml$/.test(f));
const services = defaults().services.map((s) => s.id);
const channels = defaults().channels.map((c) => c.id);
/** What a team adopting these files configures once with openSloImport(). */
const settings = {
  defaultTeam: "backend",
  defaultRunbook: "https://docs.nous.com/runbooks/slo-burn-rate",
  severityLabels: { critical: "P1", pageteam: "P1", warning: "P3", slack: "P3" },
} as const;

const load = (dir: string, file: string) =>
  importOpenSlo([{ file: `openslo/${file}`, text: readFileSync(join(FOLDER, dir, file), "utf8") }], services, channels, settings);

/** The fixture organisation's model with one file's SLOs and services, their teams owned by an on-call team. */
function modelOf(file: string) {
  const result = load("accepted", file);
  expect(result.problems).toEqual([]);
  const defs = defaults();
  const owned = new Set(defs.onCall.flatMap((t) => t.owns));
  const teams = [...new Set(result.services.map((s) => s.team))].filter((t) => !owned.has(t));
  defs.onCall = defs.onCall.map((t, i) => (i === 0 ? { ...t, owns: [...t.owns, ...teams] } : t));
  return buildModel({ ...defs, services: [...defs.services, ...result.services], slos: [...defs.slos, ...result.slos] });
}

test("the folder holds the examples the README lists", () => {
  expect(files("accepted")).toHaveLength(6);
  expect(files("rejected")).toHaveLength(14);
});

test.each(files("accepted"))("%s imports and builds a valid model", (file) => {
  const m = modelOf(file);
  expect(m.slos.length).toBeGreaterThan(defaults().slos.length);
});

test("Sloth's getting started: error and total counters, page and ticket severities, its owner's service", () => {
  const slo = modelOf("sloth-getting-started.yml").slos.find((s) => s.id === "myservice-requests-availability")!;
  expect(slo.sli.prometheus).toMatchObject({
    kind: "ratio",
    errors: [
      {
        metric: "http_request_duration_seconds_count",
        matchers: [
          { name: "job", op: "=", value: "myservice" },
          { name: "code", op: "=~", value: "(5..|429)" },
        ],
      },
    ],
    total: [{ metric: "http_request_duration_seconds_count", matchers: [{ name: "job", op: "=", value: "myservice" }] }],
  });
  expect(slo).toMatchObject({ objective: 99.9, windowDays: 30, service: { id: "myservice", team: "myteam" } });
  expect(slo.tiers.map((t) => t.severity)).toEqual(["P1", "P1", "P3"]);
});

test("Sloth's Kubernetes API server: total minus fast requests is a latency SLI at 0.4 s, with its runbook", () => {
  const slo = modelOf("sloth-kubernetes-apiserver.yml").slos.find((s) => s.id === "k8s-apiserver-requests-latency")!;
  expect(slo.sli.prometheus).toEqual({
    kind: "latency",
    bucket: {
      metric: "apiserver_request_duration_seconds_bucket",
      matchers: [
        { name: "verb", op: "!=", value: "WATCH" },
        { name: "le", op: "=", value: "0.4" },
      ],
    },
    count: { metric: "apiserver_request_duration_seconds_count", matchers: [{ name: "verb", op: "!=", value: "WATCH" }] },
    threshold: 0.4,
    unit: "seconds",
  });
  expect(slo.sli.cloudMonitoring).toMatchObject({ kind: "distribution", max: 0.4, unit: "seconds" });
  expect(slo.objective).toBe(99);
  expect(slo.runbook).toBe(
    "https://github.com/kubernetes-monitoring/kubernetes-mixin/tree/master/runbook.md#alert-name-kubeapilatencyhigh",
  );
});

test("Sloth's OpenSLO v1alpha files: one SLO per objective, named as Sloth names them", () => {
  const m = modelOf("sloth-openslo-kubernetes-apiserver.yml");
  const latency = ["requests-latency-openslo-0", "requests-latency-openslo-1"].map((id) => m.slos.find((s) => s.id === id)!);
  expect(latency.map((s) => [s.objective, s.sli.cloudMonitoring])).toEqual([
    [99, expect.objectContaining({ max: 0.4 })],
    [99.9, expect.objectContaining({ max: 5 })],
  ]);
  const started = modelOf("sloth-openslo-getting-started.yml").slos.find((s) => s.id === "sloth-slo-my-service-0")!;
  expect(started.sli.prometheus).toMatchObject({ good: [{ matchers: [{ name: "job" }, { name: "code", op: "!~", value: "(5..|429)" }] }] });
  expect(started.service).toMatchObject({ id: "my-service", team: "backend" });
});

test("Sloth's no-alerts example switches every burn-rate tier off", () => {
  expect(modelOf("sloth-no-alerts.yml").slos.find((s) => s.id === "myapp-http-availability")!.tiers).toEqual([]);
});

describe("examples outside the supported subset are refused with file, field and value", () => {
  const problems = (file: string) => load("rejected", file).problems.map((p) => `${p.where}: ${p.field}: ${p.message}`);
  test.each([
    ["openslo-occurences-slo.yaml", 'SLO "search-slo" spec.indicator.spec: must be a ratioMetric: threshold metrics are not supported'],
    [
      "openslo-ratio-timeslices.yaml",
      'SLO "main-page" spec.budgetingMethod: must be Occurrences (a ratio of events), got "RatioTimeslices"',
    ],
    ["openslo-timeslices-slo.yaml", 'SLO "service-availability" spec.objectives: must hold exactly one objective, got 2'],
    [
      "openslo-low-traffic-timeslices-slo.yaml",
      'SLO "service-availability" spec.indicator.spec.ratioMetric.good.metricSource.type: must be Prometheus, got "Any"',
    ],
    ["go-sdk-v1-slos.yaml", 'SLO "web-availability" spec.objectives[0].timeSliceTarget: is not supported, got 0.95'],
    [
      "go-sdk-v1-slis.yaml",
      'SLI "end-user-response" metadata.name: no SLO names it in spec.indicatorRef: on its own it creates nothing, got "end-user-response"',
    ],
    [
      "go-sdk-v1alpha-slos.yaml",
      'SLO "web-availability-ratio" spec.objectives[0].ratioMetrics.good.source: must be prometheus, got "datadog"',
    ],
    ["go-sdk-decode-v1-slos.yaml", 'SLO "foo-slo" spec.timeWindow: must hold exactly one window, got null'],
    ["oslo-validate-v1alpha.yaml", 'Service "my-rad service" metadata.name: must be kebab-case'],
    ["sloth-home-wifi.yml", 'Sloth service "home-wifi" slos[0].sli.events.total_query: must add up counters'],
    ["sloth-raw-home-wifi.yml", 'Sloth service "home-wifi" slos[0].sli.raw: is not supported'],
    ["sloth-plugin-getting-started.yml", 'Sloth service "myservice" slos[0].sli.plugin: is not supported'],
    ["sloth-victoria-metrics.yml", 'Sloth service "foo-bar" slos[0].sli.events.total_query: must add up counters'],
    ["sloth-contrib-denominator-corrected.yaml", 'PrometheusServiceLevel "svc" apiVersion: is Sloth\'s Kubernetes resource'],
  ])("%s", (file, expected) => {
    const found = problems(file);
    expect(found.every((p) => p.startsWith(`openslo file "openslo/${file}": `))).toBe(true);
    expect(found).toContainEqual(expect.stringContaining(`openslo file "openslo/${file}": ${expected}`));
  });

  test("a query outside the subset is quoted as written, Sloth's {{.window}} included", () => {
    expect(problems("sloth-home-wifi.yml")).toContainEqual(
      expect.stringMatching(
        /slos\[0\]\.sli\.events\.error_query: .*; got "sum_over_time\(\(count\(unifipoller_client_satisfaction_ratio < 0\.75\)\)\[\{\{\.window\}\}:\]\) OR on\(\) vector\(0\)"$/,
      ),
    );
  });
});
