/**
 * Two teams in one repository: the payments team routes its P2 to its own Slack channel and
 * webhook, and its staging P0 to its own Slack channel; every other team keeps the organisation's
 * routes. Each target must send each team's alerts to exactly its own destinations, pages to the
 * owning service's PagerDuty only, and never page from staging.
 */
import { spawnSync } from "node:child_process";
import { rdsCpuHigh, team } from "../../engine/definitions";
import { alertDestinations } from "../../engine/model/routing";
import { amtoolRoutes, PAYMENTS_SLACK, upAlert, withLedger } from "./routing-helpers";
import { model, synthAws, synthGcp, synthGrafana, type Writable } from "../helpers";
import type { Definitions } from "../../engine/definitions/types";

function twoTeams(): Writable<Definitions> {
  const defs = withLedger();
  defs.teams = [
    team({
      id: "payments",
      channels: [PAYMENTS_SLACK, { kind: "webhook", id: "payments-opsgenie", description: "Opsgenie payments" }],
      routes: { P2: ["slack-payments", "payments-opsgenie"] },
      environmentRoutes: { staging: { P0: ["slack-payments"] } },
    }),
  ];
  defs.alerts = [
    ...defs.alerts,
    upAlert("ledger-lag", "P2", "ledger"),
    upAlert("ledger-down", "P0", "ledger"),
    upAlert("api-lag", "P2", "api"),
  ];
  defs.cloudWatchAlarms = [
    ...defs.cloudWatchAlarms,
    rdsCpuHigh({ id: "ledger-db-cpu", service: "ledger", instance: { prod: "ledger-prod", staging: "ledger-staging" } }),
    rdsCpuHigh({ id: "api-db-cpu", service: "api", instance: { prod: "api-prod", staging: "api-staging" } }),
  ];
  return defs;
}

const m = model(twoTeams());

describe("Google Cloud: each alert policy notifies its team's channels", () => {
  const channelsOf = (env: string, policy: string) =>
    synthGcp(m, env).resource.google_monitoring_alert_policy[policy].notification_channels;
  const ref = (id: string) => `\${google_monitoring_notification_channel.channel_${id}.name}`;

  test("payments P2 goes to its Slack and webhook only; another team's P2 to the organisation's", () => {
    expect(channelsOf("prod", "alert_ledger-lag")).toEqual([ref("slack-payments"), ref("payments-opsgenie")]);
    expect(channelsOf("prod", "alert_api-lag")).toEqual([ref("slack-alerts-medium"), ref("email-engineering")]);
  });

  test("P0 pages the owning service's PagerDuty in prod; in staging the payments override reaches Slack, never PagerDuty", () => {
    expect(channelsOf("prod", "alert_ledger-down")).toEqual([ref("pagerduty-oncall_ledger"), ref("slack-alerts-critical")]);
    expect(channelsOf("staging", "alert_ledger-down")).toEqual([ref("slack-payments")]);
    expect(JSON.stringify(synthGcp(m, "staging").resource.google_monitoring_notification_channel)).not.toContain('"pagerduty"');
  });

  test("the webhook URL is a sensitive variable, kept sensitive in the plan", () => {
    const prod = synthGcp(m, "prod");
    expect(prod.variable.webhook_url_payments_opsgenie).toMatchObject({ sensitive: true, type: "string" });
    expect(prod.resource.google_monitoring_notification_channel["channel_payments-opsgenie"]).toMatchObject({
      type: "webhook_tokenauth",
      labels: { url: "${sensitive(var.webhook_url_payments_opsgenie)}" },
    });
  });
});

describe("AWS: a team that routes otherwise gets its own severity topic", () => {
  const prod = synthAws(m, "prod");
  const staging = synthAws(m, "staging");
  const actions = (stack: typeof prod, alarm: string) => stack.resource.aws_cloudwatch_metric_alarm[`alarm_${alarm}`].alarm_actions;
  const topic = (key: string) => `\${aws_sns_topic.topic_${key}.arn}`;

  test("payments P2 alarms notify the payments P2 topic; the API's the shared P2 topic", () => {
    expect(actions(prod, "ledger-db-cpu")).toEqual([topic("payments_p2")]);
    expect(actions(prod, "api-db-cpu")).toEqual([topic("p2")]);
    expect(prod.resource.aws_sns_topic.topic_payments_p2).toMatchObject({ name: "prod-alerts-payments-p2", tags: { team: "payments" } });
  });

  test("the payments P2 topic reaches exactly its webhook (https, sensitive) and its Slack channel", () => {
    const subs = Object.values<any>(prod.resource.aws_sns_topic_subscription).filter((s) => s.topic_arn === topic("payments_p2"));
    expect(subs).toEqual([expect.objectContaining({ protocol: "https", endpoint: "${sensitive(var.webhook_url_payments_opsgenie)}" })]);
    const chatbot = prod.resource.aws_chatbot_slack_channel_configuration["chatbot_slack-payments"];
    expect(chatbot.sns_topic_arns).toEqual([topic("payments_p2")]);
    expect(chatbot.slack_channel_id).toBe("C0PAYMENTS");
  });

  test("no team topic where a team routes as the organisation does; staging has no PagerDuty topic", () => {
    const topics = Object.keys(prod.resource.aws_sns_topic);
    expect(topics.filter((t) => /^topic_(backend|frontend|agents|platform)_/.test(t))).toEqual([]);
    expect(topics.filter((t) => t.startsWith("topic_payments_"))).toEqual(["topic_payments_p2"]);
    expect(Object.keys(staging.resource.aws_sns_topic).filter((t) => t.startsWith("topic_pagerduty_"))).toEqual([]);
  });
});

describe("Grafana: the payments branch is matched before the organisation's severities", () => {
  const policy = (env: string) => synthGrafana(m, env).resource.grafana_notification_policy.notification_policy;
  const cp = (id: string) => `\${grafana_contact_point.contact_point_${id}.name}`;

  test("prod: team=payments first, its P2 to its own contact point, its P0 paging the ledger's PagerDuty", () => {
    const [payments, ...organisation] = policy("prod").policy;
    expect(payments.matcher).toEqual([{ label: "team", match: "=", value: "payments" }]);
    const bySeverity = Object.fromEntries(payments.policy.filter((p: any) => !p.continue).map((p: any) => [p.matcher[0].value, p]));
    expect(bySeverity.P2.contact_point).toBe(cp("payments_p2"));
    expect(payments.policy.filter((p: any) => p.continue)).toEqual([
      {
        matcher: [
          { label: "service", match: "=", value: "ledger" },
          { label: "severity", match: "=", value: "P0" },
        ],
        group_by: ["environment", "service"],
        continue: true,
        contact_point: cp("payments_page_ledger"),
      },
    ]);
    // The organisation's branches no longer list the ledger, and no other team gets a branch.
    expect(organisation.length).toBeGreaterThan(0);
    // The organisation's services' paging policies, then its severities.
    expect(organisation.map((p: any) => p.matcher[0].label)).toEqual(organisation.map((p: any) => (p.continue ? "service" : "severity")));
    expect(JSON.stringify(organisation)).not.toContain("ledger");
  });

  test("the payments P2 contact point holds its Slack channel and webhook, nothing of the organisation's", () => {
    const point = synthGrafana(m, "prod").resource.grafana_contact_point.contact_point_payments_p2;
    expect(point.slack.map((s: any) => s.recipient)).toEqual(["#payments-alerts"]);
    expect(point.webhook).toEqual([{ url: "${var.webhook_url_payments_opsgenie}" }]);
    expect(point.email).toBeUndefined();
  });

  test("staging: nothing pages for any team", () => {
    expect(JSON.stringify(synthGrafana(m, "staging").resource.grafana_contact_point)).not.toContain("pagerduty");
  });
});

describe("Alertmanager: the exported tree routes each team's alerts to its own receivers, judged by amtool", () => {
  const { file, route } = amtoolRoutes(m);

  test("amtool accepts the configuration", () => {
    const check = spawnSync("amtool", ["check-config", file], { encoding: "utf8" });
    expect(check.status === 0 ? "valid" : check.stdout + check.stderr).toBe("valid");
  });

  test("each team's P0-P3 in each environment reach exactly what the model routes, and the override changes only payments", () => {
    for (const env of ["prod", "staging"]) {
      for (const severity of ["P0", "P1", "P2", "P3"]) {
        for (const [service, team] of [
          ["ledger", "payments"],
          ["api", "backend"],
        ]) {
          const labels = { environment: env, severity, service, team };
          expect({ ...labels, got: route(labels) }).toEqual({ ...labels, got: alertDestinations(m, labels) });
        }
      }
    }
    expect(route({ environment: "prod", severity: "P2", service: "ledger", team: "payments" })).toEqual([
      "slack #payments-alerts",
      "webhook payments-opsgenie",
    ]);
    expect(route({ environment: "prod", severity: "P2", service: "api", team: "backend" })).toEqual([
      "email engineering-alerts@nous.com",
      "slack #alerts-medium",
    ]);
    expect(route({ environment: "prod", severity: "P0", service: "ledger", team: "payments" })).toEqual([
      "pagerduty ledger",
      "slack #alerts-critical",
    ]);
    expect(route({ environment: "staging", severity: "P0", service: "ledger", team: "payments" })).toEqual(["slack #payments-alerts"]);
  });
});
