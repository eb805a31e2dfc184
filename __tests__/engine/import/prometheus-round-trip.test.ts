/**
 * Public rule files of three other projects (see __tests__/fixtures/prometheus-rules/<project>/NOTICE),
 * imported, written as a definition file, collected from disk, validated by the model beside the
 * fixture organisation, exported by the project's Prometheus exporter and judged by promtool; then
 * compared rule by rule with the original: expression (token by token, by the PromQL parser
 * Prometheus' UI uses), `for`, labels and annotations, the labels the export adds aside. Every
 * original rule is either exported or reported as left out, never both and never neither.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parser } from "@prometheus-io/lezer-promql";
import { isNode, LineCounter, parseAllDocuments, parse as parseYaml } from "yaml";
import { discoverDefinitions } from "../../../engine/discover";
import type { ServiceDefinition } from "../../../engine/definitions/types";
import { prometheusRuleFiles } from "../../../engine/exporters/prometheus-rules";
import { pagingFor, withModelVerdict } from "../../../engine/import/model-check";
import { DEFAULT_SEVERITY_TABLE, importPrometheusRules } from "../../../engine/import/prometheus-rules";
import { renderAlertsFile } from "../../../engine/import/render";
import { buildModel } from "../../../engine/model";
import { serviceRuleGroup } from "../../../engine/model/naming";
import { missingRunbookSkeletons } from "../../../engine/review/runbooks";
import { tempProject, ROOT } from "./temp-project";

const FIXTURES = join(ROOT, "__tests__/fixtures/prometheus-rules");

interface Original {
  readonly file: string;
  readonly line: number;
  readonly rule: any;
}

/** Every rule of the files, with its line, read here with the yaml library alone. */
function originalRules(files: readonly string[]): Original[] {
  return files.flatMap((file) => {
    const lineCounter = new LineCounter();
    return parseAllDocuments(readFileSync(join(FIXTURES, file), "utf8"), { lineCounter }).flatMap((doc) => {
      const value = doc.toJS();
      const path = value?.kind === "PrometheusRule" ? ["spec", "groups"] : ["groups"];
      const groups = path.reduce((v: any, k) => v?.[k], value) ?? [];
      return groups.flatMap((g: any, gi: number) =>
        g.rules.map((rule: any, ri: number) => {
          const node = doc.getIn([...path, gi, "rules", ri], true);
          return { file, line: isNode(node) ? lineCounter.linePos(node.range![0]).line : 0, rule };
        }),
      );
    });
  });
}

/** The expression's tokens as the PromQL grammar reads them: layout and comments do not count. */
function tokens(expr: string): string[] {
  const out: string[] = [];
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) out.push("<error>");
      if (!node.node.firstChild && node.name !== "LineComment" && node.to > node.from) out.push(expr.slice(node.from, node.to));
    },
  });
  return out;
}

/** A Prometheus duration in seconds (https://prometheus.io/docs/prometheus/latest/configuration/configuration/#duration). */
function seconds(text: string | undefined): number {
  if (text === undefined || text === "0") return 0;
  const units: Record<string, number> = { y: 31536000, w: 604800, d: 86400, h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...text.matchAll(/(\d+)(ms|y|w|d|h|m|s)/g)].reduce((sum, m) => sum + Number(m[1]) * units[m[2]], 0);
}

const PROJECTS = [
  {
    project: "awesome-prometheus-alerts",
    files: ["awesome-prometheus-alerts/postgres-exporter.yml", "awesome-prometheus-alerts/prometheus-self-monitoring.yml"],
    service: "postgres",
    // promtool accepts two __name__ matchers in one selector; the model's PromQL linter does not.
    leftOut: ["alert PostgresqlConfigurationChanged"],
  },
  { project: "thanos", files: ["thanos/alerts.yaml"], service: "thanos", leftOut: [] },
  {
    project: "kube-prometheus",
    files: ["kube-prometheus/kubePrometheus-prometheusRule.yaml", "kube-prometheus/nodeExporter-prometheusRule.yaml"],
    service: "node-exporter",
    // severity "none" is in no table; the recording rules have no place in the model.
    leftOut: ["alert Watchdog", "alert InfoInhibitor", ...Array(23).fill("record")],
  },
];

test.each(PROJECTS)("$project: imported, exported and checked by promtool, rule by rule as written", ({ files, service: id, leftOut }) => {
  const dir = tempProject();
  const project = discoverDefinitions(dir);
  const service: ServiceDefinition = { kind: "service", id, name: id, team: "platform" };
  const inputs = files.map((file) => ({ file, text: readFileSync(join(FIXTURES, file), "utf8") }));
  const result = withModelVerdict(
    importPrometheusRules(inputs, {
      service: id,
      pages: pagingFor(project, "platform", service),
      takenIds: project.alerts.map((a) => a.id),
    }),
    project,
    service,
  );

  // Written as a definition file and collected from disk like any other.
  writeFileSync(
    join(dir, "alerts", `imported-${id}.ts`),
    renderAlertsFile(result, { definitionsModule: "../engine/definitions", command: "npm run import", service }),
  );
  const defs = discoverDefinitions(dir);
  expect(defs.alerts.filter((a) => a.service === id)).toEqual(result.alerts.map((a) => a.definition));
  expect(defs.services.find((s) => s.id === id)).toEqual(service);
  const model = buildModel(defs);

  // Paging alerts without a runbook_url link a runbook that npm run runbooks scaffolds.
  const scaffolded = [...missingRunbookSkeletons(model, dir).keys()].filter((f) => result.alerts.some((a) => a.definition.runbook === f));
  expect(scaffolded.sort()).toEqual(
    result.alerts
      .filter((a) => a.runbookToWrite)
      .map((a) => `runbooks/${a.definition.id}.md`)
      .sort(),
  );

  // promtool accepts the export.
  const text = prometheusRuleFiles(model).get("prod/alerts.rules.yml")!;
  const out = join(mkdtempSync(join(tmpdir(), "import-rt-")), "alerts.rules.yml");
  writeFileSync(out, text);
  const promtool = spawnSync("promtool", ["check", "rules", out], { encoding: "utf8" });
  expect(promtool.stdout + promtool.stderr).toContain("SUCCESS");
  expect(promtool.status).toBe(0);

  // Every original rule is exported or reported, not both.
  const originals = originalRules(files);
  const key = (s: { file: string; line: number }) => `${s.file}:${s.line}`;
  const exported = parseYaml(text).groups.find((g: any) => g.name === serviceRuleGroup(id)).rules;
  expect(exported).toHaveLength(result.alerts.length);
  const reported = new Set(result.leftOut.map((l) => key(l.source)));
  const imported = result.alerts.map((a) => key(a.source));
  expect([...reported, ...imported].sort()).toEqual(originals.map(key).sort());
  expect(result.leftOut.map((l) => l.source.rule!.replace(/^record .*/, "record")).sort()).toEqual([...leftOut].sort());

  // Rule by rule, as written.
  const byKey = new Map(originals.map((o) => [key(o), o.rule]));
  result.alerts.forEach((a, i) => {
    const original = byKey.get(key(a.source));
    const rule = exported[i];
    const renamed = result.notes.some((n) => n.source === a.source && n.message.startsWith("alert name"));
    expect(rule.alert === original.alert || renamed).toBe(true);
    expect(tokens(rule.expr)).toEqual(tokens(original.expr));
    expect(tokens(rule.expr)).not.toContain("<error>");
    expect(seconds(rule.for)).toBe(seconds(original.for));
    const { severity, service: s, team, environment, ...labels } = rule.labels;
    const { severity: originalSeverity, ...originalLabels } = original.labels ?? {};
    expect({ severity, s, team, environment }).toEqual({
      severity: DEFAULT_SEVERITY_TABLE[originalSeverity],
      s: id,
      team: "platform",
      environment: "prod",
    });
    expect(labels).toEqual(Object.fromEntries(Object.entries(originalLabels).map(([k, v]) => [k, String(v)])));
    expect(rule.annotations).toEqual({
      summary: original.annotations.summary,
      // The model's description defaults to the summary; the runbook of a paging alert to a runbooks/ file.
      description: original.annotations.description ?? original.annotations.summary,
      ...(original.annotations.runbook_url
        ? { runbook_url: original.annotations.runbook_url }
        : a.runbookToWrite
          ? { runbook_url: `${defs.repositoryUrl}runbooks/${a.definition.id}.md` }
          : {}),
    });
  });
});

test("the originals themselves pass promtool, so a difference would be the import's", () => {
  const files = PROJECTS.flatMap((p) => p.files).filter((f) => !f.includes("PrometheusRule") && !f.includes("prometheusRule"));
  const run = spawnSync("promtool", ["check", "rules", ...files.map((f) => join(FIXTURES, f))], { encoding: "utf8" });
  expect(run.status).toBe(0);
});
