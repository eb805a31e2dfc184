/**
 * An alert's keepFiringFor: validated as Prometheus reads durations, exported as keep_firing_for
 * (promtool proves what it means: the alert outlives its condition by that long), written into the
 * Grafana rule, said in the Google Cloud policy's documentation (Cloud Monitoring cannot hold an
 * incident open), and read back by the Prometheus rules import.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { alert } from "../../../engine/definitions";
import type { AlertRuleDefinition } from "../../../engine/definitions/types";
import { alertRuleGroups, toYaml } from "../../../engine/exporters/prometheus-rules";
import { importPrometheusRules } from "../../../engine/import/prometheus-rules";
import { model, problemsOf, synthGcp, synthGrafana, withAlerts } from "../../helpers";

const flapping = (more: Partial<AlertRuleDefinition> = {}) =>
  alert({
    id: "api-flapping",
    name: "ApiFlapping",
    service: "api",
    severity: "P2",
    summary: "The API flaps",
    for: "1m",
    keepFiringFor: "10m",
    condition: { prometheus: 'up{job="api"} == 0' },
    ...more,
  });

test("keepFiringFor is a whole, positive duration, and an alert only Google Cloud evaluates cannot have it", () => {
  expect(problemsOf(withAlerts(flapping()))).toEqual([]);
  expect(model(withAlerts(flapping())).alerts.find((a) => a.id === "api-flapping")!.keepFiringForSeconds).toBe(600);
  expect(problemsOf(withAlerts(flapping({ keepFiringFor: "0s" })))).toEqual([
    'alert "api-flapping": keepFiringFor: must be longer than 0s (leave it out to resolve as soon as the condition stops holding)',
  ]);
  expect(problemsOf(withAlerts(flapping({ keepFiringFor: "1.5m" })))).toEqual([
    'alert "api-flapping": keepFiringFor: must be a whole number of seconds, minutes or hours such as "30s" or "5m", got "1.5m"',
  ]);
  expect(problemsOf(withAlerts(flapping({ condition: { googleCloud: "run_googleapis_com:request_count > 0" } })))).toContainEqual(
    'alert "api-flapping": keepFiringFor: only Prometheus and Grafana keep an alert firing after its condition stops holding, and this alert runs on Google Cloud alone: leave it out',
  );
});

test("promtool: the exported rule keeps firing for keepFiringFor after its condition stops, and not longer", () => {
  const dir = mkdtempSync(join(tmpdir(), "keep-firing-"));
  const exported = (a: AlertRuleDefinition) => {
    const groups = alertRuleGroups(model(withAlerts(a)), "prod").filter((g) =>
      g.rules.some((r) => "alert" in r && r.alert === "ApiFlapping"),
    );
    return toYaml(groups.map((g) => ({ ...g, rules: g.rules.filter((r) => "alert" in r && r.alert === "ApiFlapping") })));
  };
  writeFileSync(join(dir, "kept.yml"), exported(flapping()));
  writeFileSync(join(dir, "plain.yml"), exported(flapping({ keepFiringFor: undefined })));
  expect(exported(flapping())).toContain("keep_firing_for: 10m");
  // Down for the first 5 minutes, up after: fires at 1m; the condition stops at 5m.
  const firing = {
    exp_labels: { job: "api", severity: "P2", service: "api", team: "backend", environment: "prod" },
    exp_annotations: { summary: "The API flaps", description: "The API flaps" },
  };
  const test = (file: string, firingAt12m: boolean) =>
    stringify({
      rule_files: [file],
      evaluation_interval: "30s",
      tests: [
        {
          interval: "30s",
          input_series: [{ series: 'up{job="api"}', values: "0x10 1x60" }],
          alert_rule_test: [
            { eval_time: "4m", alertname: "ApiFlapping", exp_alerts: [firing] },
            { eval_time: "12m", alertname: "ApiFlapping", exp_alerts: firingAt12m ? [firing] : [] },
            { eval_time: "16m", alertname: "ApiFlapping", exp_alerts: [] },
          ],
        },
      ],
    });
  writeFileSync(join(dir, "kept.test.yml"), test("kept.yml", true));
  writeFileSync(join(dir, "plain.test.yml"), test("plain.yml", false));
  for (const file of ["kept.test.yml", "plain.test.yml"]) {
    const run = spawnSync("promtool", ["test", "rules", file], { cwd: dir, encoding: "utf8" });
    expect(run.status === 0 ? `${file} passes` : run.stdout + run.stderr).toBe(`${file} passes`);
  }
});

test("Grafana keeps the rule firing as long; the Google Cloud policy says it cannot", () => {
  const m = model(withAlerts(flapping()));
  const groups = synthGrafana(m).resource.grafana_rule_group;
  const rule = Object.values(groups)
    .flatMap((g: any) => g.rule)
    .find((r: any) => r.name === "ApiFlapping");
  expect(rule.keep_firing_for).toBe("10m");
  const policy = synthGcp(m).resource.google_monitoring_alert_policy["alert_api-flapping"];
  expect(policy.documentation.content).toContain(
    "Prometheus and Grafana keep this alert firing for 10m after the condition stops holding; Cloud Monitoring has no such setting",
  );
});

test("the Prometheus rules import reads keep_firing_for", () => {
  const text = `groups:
  - name: g
    rules:
      - alert: Flapping
        expr: up == 0
        for: 1m
        keep_firing_for: 15m
        labels: { severity: warning }
        annotations: { summary: Flaps }
`;
  const result = importPrometheusRules([{ file: "r.yml", text }], { service: "api", pages: () => false });
  expect(result.leftOut).toEqual([]);
  expect(result.alerts[0].definition).toEqual(expect.objectContaining({ for: "1m", keepFiringFor: "15m" }));
});
