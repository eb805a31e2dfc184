import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthesize, validate } from "../../stacks/app";
import { alert } from "../../engine/definitions";
import type { Definitions } from "../../engine/definitions/types";
import { defaults, problemsOf } from "../helpers";
import { sloRuleUid } from "../../engine/model/naming/grafana";

test("names that end up in cloud resources are checked against the clouds' limits before synth", () => {
  const defs = defaults();
  const longId = "an-alert-id-that-is-much-too-long-for-grafana";
  defs.alerts = [
    ...defs.alerts,
    alert({ id: longId, name: "Long", service: "api", severity: "P3", summary: "x", for: "5m", condition: { prometheus: "up == 0" } }),
  ];
  const qa = "qa-environment-with-a-very-long-name-for-iam";
  defs.environments = [...defs.environments, { id: qa, name: "QA", pages: false, aws: { account: "333333333333", region: "us-east-1" } }];
  defs.routing = { ...defs.routing, [qa]: defs.routing.staging };
  expect(problemsOf(defs)).toEqual([
    `environment "${qa}": id: names the IAM role "${qa}-chatbot-cloudwatch-read", 68 characters; IAM allows 64, so keep environment ids to 39`,
    `alert "${longId}": id: becomes the Grafana alert rule uid "${longId}", 45 characters; Grafana allows 40`,
  ]);
});

test("an SLO id too long for Grafana's rule uids gets shortened uids, stable and distinct", () => {
  const id = "api-availability-of-the-public-gateway-in-europe";
  const uids = [sloRuleUid({ id }, "burn-p1"), sloRuleUid({ id }, "burn-p2"), sloRuleUid({ id }, "no-data")];
  for (const uid of uids) expect(uid.length).toBeLessThanOrEqual(40);
  expect(new Set(uids).size).toBe(3);
  expect(sloRuleUid({ id }, "no-data")).toMatch(/^slo-api-availability-of-[0-9a-f]{8}-no-data$/);
  expect(sloRuleUid({ id: `${id}-x` }, "no-data")).not.toBe(sloRuleUid({ id }, "no-data"));
  expect(sloRuleUid({ id: "api-availability" }, "no-data")).toBe("slo-api-availability-no-data");
});

test("a team too long for the uid of its generated SLO overview is reported against the service's team", () => {
  const defs = defaults();
  const team = "backend-platform-reliability";
  defs.services = defs.services.map((s) => (s.team === "backend" ? { ...s, team } : s));
  defs.onCall = defs.onCall.map((t) => ({ ...t, owns: t.owns.map((o) => (o === "backend" ? team : o)) }));
  defs.dashboards = defs.dashboards.map((d) => (d.team === "backend" ? { ...d, team } : d));
  expect(problemsOf(defs)).toEqual([
    `service "api": team: becomes the Grafana dashboard uid "slo-overview-${team}", 41 characters; Grafana allows 40`,
  ]);
});

/**
 * Each cloud's rules for the names this project derives from definition ids, from the API
 * references (CloudWatch PutMetricAlarm, PutCompositeAlarm, PutDashboard; CloudWatch Logs
 * CreateLogGroup, PutMetricFilter; SNS CreateTopic; KMS CreateAlias; IAM CreateRole,
 * PutRolePolicy; AWS Chatbot CreateSlackChannelConfiguration; Cloud Logging bucket, sink and
 * log-based metric names; Cloud Monitoring AlertPolicy.display_name; Grafana uids).
 */
const NAME_RULES: Record<string, { max: number; pattern?: RegExp }> = {
  "aws_cloudwatch_metric_alarm.alarm_name": { max: 255 },
  "aws_cloudwatch_composite_alarm.alarm_name": { max: 255 },
  "aws_cloudwatch_dashboard.dashboard_name": { max: 255, pattern: /^[A-Za-z0-9_-]+$/ },
  "aws_cloudwatch_log_group.name": { max: 512, pattern: /^[.\-_/#A-Za-z0-9]+$/ },
  "aws_cloudwatch_log_metric_filter.name": { max: 512, pattern: /^[^:*]+$/ },
  "aws_sns_topic.name": { max: 256, pattern: /^[A-Za-z0-9_-]+$/ },
  "aws_kms_alias.name": { max: 256, pattern: /^alias\/[A-Za-z0-9/_-]+$/ },
  "aws_iam_role.name": { max: 64, pattern: /^[\w+=,.@-]+$/ },
  "aws_iam_role_policy.name": { max: 128, pattern: /^[\w+=,.@-]+$/ },
  "aws_chatbot_slack_channel_configuration.configuration_name": { max: 128, pattern: /^[A-Za-z0-9_-]+$/ },
  "google_logging_project_bucket_config.bucket_id": { max: 100, pattern: /^[A-Za-z0-9_-]+$/ },
  "google_logging_project_sink.name": { max: 100, pattern: /^[A-Za-z0-9_.-]+$/ },
  "google_logging_metric.name": { max: 100, pattern: /^[A-Za-z0-9_\-.,+!*'()%][A-Za-z0-9_\-.,+!*'()%/]*$/ },
  "google_monitoring_alert_policy.display_name": { max: 512 },
  "grafana_folder.uid": { max: 40 },
};

/** Every id of the bundled definitions named here, lengthened to the most its kind accepts. */
function longestIds(): { defs: Definitions; ids: Record<string, string> } {
  const long = (prefix: string, length: number) => `${prefix}-${"x".repeat(length - prefix.length - 1)}`;
  const ids: Record<string, string> = {
    staging: long("staging", 39), // the IAM role "<environment>-chatbot-cloudwatch-read" holds 64
    "api-availability": long("api-availability", 48),
    "api-down": long("api-down", 40), // Grafana rule uids hold 40
    "api-alb-5xx-high": long("api-alb-5xx-high", 48),
    application: long("application", 48),
    "agent-execution-failures": long("agent-execution-failures", 48),
    "slack-alerts-staging": long("slack-alerts-staging", 48),
    "data-sync": long("data-sync", 48),
    backend: long("backend", 27), // the Grafana dashboard uid "slo-overview-<team>" holds 40
  };
  const { dashboards, ...data } = defaults();
  let text = JSON.stringify(data);
  for (const [from, to] of Object.entries(ids)) text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
  return { defs: { ...JSON.parse(text), dashboards: dashboards.map((d) => ({ ...d, team: ids[d.team] ?? d.team })) }, ids };
}

test("the longest ids validation accepts give names every cloud accepts", () => {
  const { defs, ids } = longestIds();
  const dir = join(mkdtempSync(join(tmpdir(), "names-")), "cdktf.out");
  synthesize(validate(defs), dir);
  const seen = new Map<string, number>();
  for (const stack of readdirSync(join(dir, "stacks"))) {
    const resources = JSON.parse(readFileSync(join(dir, "stacks", stack, "cdk.tf.json"), "utf8")).resource ?? {};
    for (const [type, byName] of Object.entries<Record<string, Record<string, unknown>>>(resources)) {
      for (const resource of Object.values(byName)) {
        for (const [attribute, value] of Object.entries(resource)) {
          const rule = NAME_RULES[`${type}.${attribute}`];
          if (!rule || typeof value !== "string" || value.includes("${")) continue;
          expect({
            name: `${type}.${attribute}`,
            value,
            fits: value.length <= rule.max && (!rule.pattern || rule.pattern.test(value)),
          }).toMatchObject({ fits: true });
          seen.set(`${type}.${attribute}`, Math.max(seen.get(`${type}.${attribute}`) ?? 0, value.length));
        }
      }
    }
  }
  // The lengthened ids reached the names: every rule was exercised, at lengths well past the defaults'.
  expect([...seen.keys()].sort()).toEqual(Object.keys(NAME_RULES).sort());
  expect(seen.get("aws_iam_role.name")).toBe(`${ids.staging}-chatbot-cloudwatch-read`.length);
  expect(seen.get("aws_chatbot_slack_channel_configuration.configuration_name")).toBe(
    `${ids.staging}-${ids["slack-alerts-staging"]}`.length,
  );
  expect(seen.get("grafana_folder.uid")).toBe(`team-${ids.backend}`.length);
});

test("long free text is shortened where a cloud bounds it, whole where it does not, and the runbook link survives", () => {
  const defs = defaults();
  const summary = `${"Checkout requests fail for every region ".repeat(50)}🚨 end`;
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, summary } : a));
  const runbook = "https://runbooks.example.com/alb-5xx";
  defs.cloudWatchAlarms = defs.cloudWatchAlarms.map((a) => (a.id === "api-alb-5xx-high" ? { ...a, summary, runbook } : a));
  const dir = join(mkdtempSync(join(tmpdir(), "text-")), "cdktf.out");
  synthesize(validate(defs), dir, "prod");
  const stack = (name: string) => JSON.parse(readFileSync(join(dir, "stacks", name, "cdk.tf.json"), "utf8")).resource;
  const policy = stack("gcp-prod").google_monitoring_alert_policy["alert_api-down"];
  expect(Array.from(policy.display_name).length).toBe(512);
  expect(policy.display_name).toMatch(/^\[prod\] \[P0\] .*\.\.\.$/);
  expect(Array.from(policy.documentation.subject).length).toBe(255);
  expect(policy.documentation.content).toContain(summary);
  const alarm = stack("aws-prod").aws_cloudwatch_metric_alarm["alarm_api-alb-5xx-high"];
  expect(alarm.alarm_description.length).toBeLessThanOrEqual(1024);
  expect(alarm.alarm_description.endsWith(`Runbook: ${runbook}`)).toBe(true);
  expect(alarm.alarm_description).toContain("... ");
});
