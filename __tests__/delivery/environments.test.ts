import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import type { Definitions } from "../../engine/definitions/types";
import { defaults, model, problemsOf } from "../helpers";

function synth(defs: Definitions) {
  const dir = join(mkdtempSync(join(tmpdir(), "envs-")), "out");
  buildApp(model(defs), dir, undefined, {}).synth();
  const read = (stack: string) => JSON.parse(readFileSync(join(dir, "stacks", stack, "cdk.tf.json"), "utf8"));
  return { stacks: readdirSync(join(dir, "stacks")).sort(), read };
}

test("the bundled staging override loosens availability to 99.5% in staging only", () => {
  const { read } = synth(defaults());
  expect(read("gcp-prod").resource.google_monitoring_slo["slo_api-availability"].goal).toBe(0.999);
  expect(read("gcp-staging").resource.google_monitoring_slo["slo_api-availability"].goal).toBe(0.995);
  // Every derived number follows: 14.4x of a 0.5% budget is a 7.2% error ratio.
  expect(read("aws-staging").resource.aws_cloudwatch_metric_alarm["slo_api-availability_page-fast-long"].threshold).toBe(0.072);
  expect(read("aws-prod").resource.aws_cloudwatch_metric_alarm["slo_api-availability_page-fast-long"].threshold).toBe(0.0144);
});

test("alerts and CloudWatch alarms can be tuned or switched off per environment, and targets switched off", () => {
  const defs = defaults();
  defs.environments = defs.environments.map((e) =>
    e.id === "staging"
      ? {
          ...e,
          targets: { grafana: false },
          overrides: {
            alerts: { "high-llm-cost": { enabled: false }, "api-down": { severity: "P1" as const, for: "5m" as const } },
            cloudWatchAlarms: { "api-ecs-cpu-high": { threshold: 95 } },
          },
        }
      : e,
  );
  const { stacks, read } = synth(defs);
  expect(stacks).toEqual(["aws-prod", "aws-staging", "gcp-prod", "gcp-staging", "grafana-prod", "pagerduty-prod"]);
  const staging = read("gcp-staging").resource.google_monitoring_alert_policy;
  expect(staging["alert_high-llm-cost"]).toBeUndefined();
  expect(staging["alert_api-down"].conditions[0].condition_prometheus_query_language.duration).toBe("300s");
  expect(staging["alert_api-down"].severity).toBe("ERROR");
  expect(read("gcp-prod").resource.google_monitoring_alert_policy["alert_high-llm-cost"]).toBeDefined();
  expect(read("aws-staging").resource.aws_cloudwatch_metric_alarm["alarm_api-ecs-cpu-high"].threshold).toBe(95);
  expect(read("aws-prod").resource.aws_cloudwatch_metric_alarm["alarm_api-ecs-cpu-high"].threshold).toBe(80);
});

test("overrides are checked: unknown ids, and values validated like any definition, naming the environment", () => {
  const defs = defaults();
  defs.environments = defs.environments.map((e) =>
    e.id === "staging"
      ? { ...e, overrides: { slos: { "api-availability": { objective: 100 } }, alerts: { "api-gone": { enabled: false } } } }
      : e,
  );
  expect(problemsOf(defs)).toEqual([
    'environment "staging": overrides.alerts.api-gone: no definition has this id; overrides change existing definitions',
  ]);
  defs.environments = defs.environments.map((e) =>
    e.id === "staging" ? { ...e, overrides: { slos: { "api-availability": { objective: 100 } } } } : e,
  );
  expect(problemsOf(defs)).toEqual([
    expect.stringMatching(
      /^slo "api-availability" \(environment "staging"\): objective: must be less than 100: 100% leaves no error budget/,
    ),
  ]);
});
