/** The Prometheus rules importer on small rule files written for each case. */
import { importPrometheusRules, type PrometheusRulesSettings } from "../../../engine/import/prometheus-rules";
import { pagingFor, withModelVerdict } from "../../../engine/import/model-check";
import { defaults } from "../../helpers";

const settings: PrometheusRulesSettings = { service: "api", pages: (s) => s === "P0" || s === "P1" };
const run = (text: string, more: Partial<PrometheusRulesSettings> = {}, file = "rules.yml") =>
  importPrometheusRules([{ file, text }], { ...settings, ...more });

/** A rule file of one group holding `rules` (YAML list items, indented by four). */
const file = (rules: string) => `groups:\n  - name: g\n    rules:\n${rules}`;
const rule = (name: string, severity?: string, extra = "") =>
  `    - alert: ${name}\n      expr: up == 0\n${severity !== undefined ? `      labels:\n        severity: ${severity}\n` : ""}      annotations:\n        summary: down\n${extra}`;

test("the severity table maps the usual labels, --severity overrides it, and P0-P3 stay themselves", () => {
  const text = file(["critical", "error", "high", "warning", "info", "P0", "Critical"].map((s, i) => rule(`A${i}`, s)).join(""));
  expect(run(text).alerts.map((a) => a.definition.severity)).toEqual(["P1", "P2", "P2", "P3", "P3", "P0", "P1"]);
  expect(run(text, { severities: { critical: "P0", info: "P2" } }).alerts.map((a) => a.definition.severity)).toEqual([
    "P0",
    "P2",
    "P2",
    "P3",
    "P2",
    "P0",
    "P0",
  ]);
});

test("an unknown severity value, or none, is reported with file and line, not guessed", () => {
  const r = run(file(rule("Up", "warning") + rule("Watchdog", "none") + rule("NoLabel")));
  expect(r.alerts.map((a) => a.definition.name)).toEqual(["Up"]);
  expect(r.leftOut.map((l) => [l.source.line, l.source.rule, l.reasons.join()])).toEqual([
    [10, "alert Watchdog", expect.stringContaining('severity label "none" is not in the severity table: map it with --severity none=P3')],
    [16, "alert NoLabel", expect.stringContaining("has no severity label: give rules without one a severity with --severity default=P3")],
  ]);
  expect(run(file(rule("NoLabel")), { severities: { default: "P2" } }).alerts[0].definition.severity).toBe("P2");
});

test("a name the model refuses gets a valid name and a kebab-case id, and a report line; a valid name is kept", () => {
  const r = run(file(rule("PostgresqlBloatIndexHigh(>80%)", "warning") + rule("NodeCPUHighUsage", "warning")));
  expect(r.alerts.map((a) => [a.definition.id, a.definition.name])).toEqual([
    ["postgresql-bloat-index-high-80", "PostgresqlBloatIndexHigh_80"],
    ["node-cpu-high-usage", "NodeCPUHighUsage"],
  ]);
  expect(r.notes).toEqual([
    {
      source: expect.objectContaining({ file: "rules.yml", line: 4 }),
      message: expect.stringContaining('imported as "PostgresqlBloatIndexHigh_80"'),
    },
  ]);
});

test("recording rules are reported with their lines, and an alert on their series says so", () => {
  const text = file(
    "    - record: job:errors:rate5m\n      expr: sum by (job) (rate(errors_total[5m]))\n" +
      "    - alert: ErrorsHigh\n      expr: job:errors:rate5m > 1\n      labels:\n        severity: warning\n      annotations:\n        summary: errors\n",
  );
  const r = run(text);
  expect(r.leftOut).toEqual([
    {
      source: { file: "rules.yml", line: 4, group: "g", rule: "record job:errors:rate5m" },
      reasons: [expect.stringContaining("is a recording rule")],
    },
  ]);
  expect(r.alerts.map((a) => a.definition.id)).toEqual(["errors-high"]);
  expect(r.notes.map((n) => n.message)).toEqual([
    expect.stringMatching(/^selects job:errors:rate5m, which the recording rule at rules.yml:4/),
  ]);
});

test("a PrometheusRule manifest among other Kubernetes objects: its spec.groups are read, the others noted", () => {
  const text = [
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n",
    'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n  - name: k\n    rules:\n    - alert: KubeDown\n      expr: up{job="kube"} == 0\n      for: 1h30m\n      labels:\n        severity: critical\n        component: core\n      annotations:\n        summary: kube down\n        runbook_url: https://runbooks.example.com/kube-down\n',
  ].join("---\n");
  const r = run(text, {}, "manifest.yaml");
  expect(r.leftOut).toEqual([]);
  expect(r.alerts.map((a) => [a.source.line, a.definition])).toEqual([
    [
      14,
      {
        kind: "alert",
        id: "kube-down",
        name: "KubeDown",
        service: "api",
        severity: "P1",
        summary: "kube down",
        runbook: "https://runbooks.example.com/kube-down",
        for: "90m",
        condition: { prometheus: 'up{job="kube"} == 0' },
        labels: { component: "core" },
      },
    ],
  ]);
  expect(r.notes.map((n) => n.message)).toEqual(["is a ConfigMap, not a PrometheusRule: it holds no rules, skipped"]);
});

test("a YAML bomb is refused, as are files over the size limit and text that is no rule file", () => {
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    ..."bcdefgh".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`),
    "groups: *h",
  ].join("\n");
  const r = run(bomb);
  expect(r.alerts).toEqual([]);
  expect(r.leftOut.map((l) => l.reasons[0])).toEqual([expect.stringMatching(/^cannot be read: .*at most 100 alias expansions/)]);
  expect(run(`# ${"x".repeat(1024 * 1024)}\n`).leftOut[0].reasons[0]).toMatch(/^is \d+ bytes: rule files are read up to 1048576 bytes/);
  expect(run("just: text\n").leftOut[0].reasons[0]).toMatch(/^is neither a Prometheus rule file/);
  expect(run("groups: [\n").leftOut[0].reasons[0]).toMatch(/^is not valid YAML/);
});

test("what the model cannot hold leaves the rule out, every reason at once", () => {
  const text = file(
    "    - alert: Held\n      expr: rate(up[5m]\n      keep_firing_for: 5 minutes\n      labels:\n        severity: warning\n        environment: prod\n        alertname: X\n" +
      "      annotations:\n        summary: s\n        dashboard: https://grafana.example.com/d/x\n",
  );
  const [left] = run(text).leftOut;
  expect(left.source).toEqual({ file: "rules.yml", line: 4, group: "g", rule: "alert Held" });
  expect(left.reasons).toEqual([
    expect.stringMatching(/^expr is not valid PromQL/),
    expect.stringMatching(/^keep_firing_for must be a Prometheus duration such as "5m", got "5 minutes"/),
    expect.stringMatching(/^labels\.environment is set by the model/),
    expect.stringMatching(/^labels\.alertname is set by the model/),
  ]);
});

test("duplicate names across files get unique ids and a report line; ids the project has are not taken", () => {
  const r = importPrometheusRules(
    [
      { file: "a.yml", text: file(rule("ApiDown", "warning")) },
      { file: "b.yml", text: file(rule("ApiDown", "critical")) },
    ],
    { ...settings, takenIds: ["api-down"] },
  );
  expect(r.alerts.map((a) => [a.source.file, a.definition.id, a.definition.name])).toEqual([
    ["a.yml", "api-down-2", "ApiDown"],
    ["b.yml", "api-down-3", "ApiDown"],
  ]);
  expect(r.notes.map((n) => `${n.source.file}: ${n.message}`)).toEqual([
    'a.yml: id "api-down" is taken by an alert of the project: imported as "api-down-2"',
    'b.yml: has the name of the alert at a.yml:4 (alert ApiDown): both are imported, with the ids "api-down-2" and "api-down-3"',
  ]);
});

test("a paging alert without runbook_url links runbooks/<id>.md, and the model validates it beside the organisation", () => {
  const defs = defaults();
  const pages = pagingFor(defs, "platform");
  expect([pages("P1"), pages("P3")]).toEqual([true, false]);
  const r = withModelVerdict(
    importPrometheusRules([{ file: "r.yml", text: file(rule("DbDown", "critical") + rule("DbSlow", "warning")) }], {
      service: "database",
      pages,
    }),
    defs,
  );
  expect(r.leftOut).toEqual([]);
  expect(r.alerts.map((a) => [a.definition.runbook, a.runbookToWrite])).toEqual([
    ["runbooks/db-down.md", true],
    [undefined, false],
  ]);
});

test("an alert the model refuses for a reason the importer did not check is left out with the model's words", () => {
  const defs = defaults();
  // A service no definition names: only the model knows the project's services.
  const r = withModelVerdict(
    importPrometheusRules([{ file: "r.yml", text: file(rule("Unknown", "warning")) }], { service: "no-such-service", pages: () => false }),
    defs,
  );
  expect(r.alerts).toEqual([]);
  expect(r.leftOut.map((l) => l.reasons)).toEqual([[expect.stringMatching(/^service unknown service "no-such-service"/)]]);
});

test("a paging alert of a team no on-call team owns is left out with the model's reason, not a failure of the whole import", () => {
  const defs = defaults();
  const service = { kind: "service" as const, id: "payments", name: "payments", team: "payments" };
  const r = withModelVerdict(
    importPrometheusRules([{ file: "r.yml", text: file(rule("PayDown", "critical") + rule("PaySlow", "warning")) }], {
      service: "payments",
      pages: pagingFor(defs, "payments", service),
    }),
    defs,
    service,
  );
  expect(r.alerts.map((a) => a.definition.id)).toEqual(["pay-slow"]);
  expect(r.leftOut.map((l) => l.reasons)).toEqual([
    [expect.stringMatching(/^service "payments": team: .*no on-call team owns service team "payments"/)],
  ]);
});

test("labels the export sets anyway are not repeated; annotations it cannot hold, and a missing summary, cost the alert nothing", () => {
  const text = file(
    "    - alert: Slow\n      expr: up == 0\n      labels:\n        severity: warning\n        team: edge\n        service: api\n" +
      "      annotations:\n        description: |\n          The API is slow.\n          Check the pods.\n        dashboard: https://grafana.example.com/d/x\n",
  );
  const result = run(text, { team: "edge" });
  expect(result.leftOut).toEqual([]);
  expect(result.alerts[0].definition).toEqual(
    expect.objectContaining({ summary: "The API is slow.", description: "The API is slow.\nCheck the pods.\n" }),
  );
  expect(result.alerts[0].definition.labels).toBeUndefined();
  expect(result.notes.map((n) => n.message)).toEqual(
    expect.arrayContaining([
      'label team="edge" is the one the export sets on every alert of the service: not repeated',
      'label service="api" is the one the export sets on every alert of the service: not repeated',
      expect.stringMatching(/^annotations\.dashboard not kept/),
      'has no annotations.summary: imported with "The API is slow." as its summary',
    ]),
  );
  // Another team's label is still the model's to refuse.
  expect(run(text, { team: "payments" }).leftOut[0].reasons).toEqual([expect.stringMatching(/^labels\.team is set by the model/)]);
});
