import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import { defaults, model, problemsOf, synthPagerDuty } from "../helpers";

const pd = synthPagerDuty(model());
const user = (email: string) => `\${data.pagerduty_user.user_${email.replace("@", "_at_").replace(/[.-]/g, "_")}.id}`;

test("the escalation policy notifies the rotation, then the manager at 5m, the CTO at 15m and the CEO at 30m, twice", () => {
  const policy = pd.resource.pagerduty_escalation_policy["escalation_policy_nous-engineering"];
  expect(policy.num_loops).toBe(2);
  expect(policy.rule).toEqual([
    { escalation_delay_in_minutes: 5, target: [{ type: "schedule_reference", id: "${pagerduty_schedule.schedule_nous-engineering.id}" }] },
    { escalation_delay_in_minutes: 10, target: [{ type: "user_reference", id: user("engineering-manager@nous.com") }] },
    { escalation_delay_in_minutes: 15, target: [{ type: "user_reference", id: user("cto@nous.com") }] },
    { escalation_delay_in_minutes: 30, target: [{ type: "user_reference", id: user("ceo@nous.com") }] },
  ]);
});

test("the rotation hands off weekly on Monday 09:00 Sao Paulo time, in the given order", () => {
  const schedule = pd.resource.pagerduty_schedule["schedule_nous-engineering"];
  expect(schedule.time_zone).toBe("America/Sao_Paulo");
  expect(schedule.layer).toEqual([
    {
      name: "Primary",
      start: "2025-01-06T09:00:00-03:00",
      rotation_virtual_start: "2025-01-06T09:00:00-03:00",
      rotation_turn_length_seconds: 604800,
      users: ["alice@nous.com", "bob@nous.com", "carol@nous.com", "dave@nous.com"].map(user),
    },
  ]);
  expect(new Date("2025-01-06T09:00:00-03:00").getUTCDay()).toBe(1);
});

test("people are looked up by email, never created, and join the team", () => {
  expect(pd.raw.data.pagerduty_user["user_alice_at_nous_com"]).toMatchObject({ email: "alice@nous.com" });
  expect(Object.keys(pd.raw.data.pagerduty_user)).toHaveLength(7);
  expect(pd.resource.pagerduty_user).toBeUndefined();
  expect(Object.keys(pd.resource.pagerduty_team_membership)).toHaveLength(7);
});

test("a PagerDuty service per monitored service, urgency from the event's severity, three integrations each", () => {
  const services = pd.resource.pagerduty_service;
  expect(Object.keys(services).sort()).toEqual([
    "service_agents",
    "service_api",
    "service_data-sync",
    "service_database",
    "service_frontend",
  ]);
  expect(services.service_api).toMatchObject({
    name: "[prod] NOUS API (CORE Agent)",
    escalation_policy: "${pagerduty_escalation_policy.escalation_policy_nous-engineering.id}",
    incident_urgency_rule: { type: "constant", urgency: "severity_based" },
  });
  const integrations = pd.resource.pagerduty_service_integration;
  expect(integrations.integration_api_gcp).toMatchObject({
    service: "${pagerduty_service.service_api.id}",
    type: "events_api_v2_inbound_integration",
  });
  expect(integrations.integration_api_grafana).toMatchObject({ type: "events_api_v2_inbound_integration" });
  expect(integrations.integration_api_cloudwatch).toMatchObject({ vendor: "${data.pagerduty_vendor.vendor_cloudwatch.id}" });
  expect(pd.raw.data.pagerduty_vendor.vendor_cloudwatch.name).toBe("Amazon CloudWatch");
  expect(pd.variable.pagerduty_token).toMatchObject({ sensitive: true });
});

describe("cross-stack wiring", () => {
  function synthAll(defs = defaults()) {
    const dir = mkdtempSync(join(tmpdir(), "pd-"));
    buildApp(model(defs), dir).synth();
    const read = (stack: string) => JSON.parse(readFileSync(join(dir, "stacks", stack, "cdk.tf.json"), "utf8"));
    return { manifest: JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")), read };
  }

  test("prod's Google Cloud and AWS stacks take keys from the PagerDuty stack and depend on it; staging has no PagerDuty stack", () => {
    const { manifest, read } = synthAll();
    expect(Object.keys(manifest.stacks).sort()).toEqual([
      "aws-prod",
      "aws-staging",
      "gcp-prod",
      "gcp-staging",
      "grafana-prod",
      "grafana-staging",
      "pagerduty-prod",
    ]);
    expect(manifest.stacks["gcp-prod"].dependencies).toEqual(["pagerduty-prod"]);
    expect(manifest.stacks["aws-prod"].dependencies).toEqual(["pagerduty-prod"]);
    const key =
      read("gcp-prod").resource.google_monitoring_notification_channel["channel_pagerduty-oncall_api"].sensitive_labels.service_key;
    expect(key).toMatch(
      /^\$\{sensitive\(data\.terraform_remote_state\.cross-stack-reference-input-pagerduty-prod\.outputs\.cross-stack-output-[A-Za-z0-9_-]*integration_api_gcp[A-Za-z0-9_-]*\)\}$/,
    );
    const outputs = read("pagerduty-prod").output;
    const apiGcp = Object.values<any>(outputs).find(
      (o) => o.value === "${pagerduty_service_integration.integration_api_gcp.integration_key}",
    );
    expect(apiGcp.sensitive).toBe(true);
    expect(read("aws-prod").resource.aws_sns_topic_subscription.subscription_pagerduty_api.endpoint).toContain(
      "integration_api_cloudwatch",
    );
  });

  test("pagerDutyKeys: variables runs the stacks apart with sensitive variables", () => {
    const defs = defaults();
    defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, pagerDutyKeys: "variables" as const } : e));
    const { manifest, read } = synthAll(defs);
    expect(manifest.stacks["gcp-prod"].dependencies).toEqual([]);
    const gcp = read("gcp-prod");
    expect(gcp.data).toBeUndefined();
    expect(gcp.resource.google_monitoring_notification_channel["channel_pagerduty-oncall_api"].sensitive_labels.service_key).toBe(
      "${var.pagerduty_gcp_key_api}",
    );
    expect(gcp.variable.pagerduty_gcp_key_api.sensitive).toBe(true);
  });
});

describe("on-call validation", () => {
  const team = () => defaults().onCall[0];

  test("unknown responders and an empty rotation", () => {
    const defs = defaults();
    defs.onCall = [
      {
        ...team(),
        rotation: { ...team().rotation, responders: [] },
        escalation: [
          { notify: "rotation", respondWithin: "5m" },
          { notify: "eve@nous.com", respondWithin: "15m" },
        ],
      },
    ];
    expect(problemsOf(defs)).toEqual([
      'on-call team "nous-engineering": rotation.responders: must name at least one responder: an empty rotation pages nobody',
      'on-call team "nous-engineering": escalation[1].notify: unknown responder "eve@nous.com"; add them to members first',
    ]);
  });

  test("escalation levels must answer later and later", () => {
    const defs = defaults();
    defs.onCall = [
      {
        ...team(),
        escalation: [
          { notify: "rotation", respondWithin: "15m" },
          { notify: "cto@nous.com", respondWithin: "10m" },
        ],
      },
    ];
    expect(problemsOf(defs)).toEqual([
      'on-call team "nous-engineering": escalation[1].respondWithin: must be later than the previous level\'s 15m: each level answers after the one before, got 10m',
    ]);
  });

  test("a service that pages through PagerDuty needs an on-call team", () => {
    const defs = defaults();
    defs.onCall = [{ ...team(), owns: ["frontend", "agents", "platform"] }];
    expect(problemsOf(defs)).toEqual([
      'service "api": team: alert "api-down" is P0, which pages through PagerDuty in "prod", but no on-call team owns service team "backend"; add it to an on-call team\'s owns',
      'service "data-sync": team: slo "data-freshness" tier page-fast is P1, which pages through PagerDuty in "prod", but no on-call team owns service team "backend"; add it to an on-call team\'s owns',
    ]);
  });
});
