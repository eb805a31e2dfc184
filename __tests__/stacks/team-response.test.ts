/**
 * A team that answers some severities its own way: payments escalates its P1 pages to its lead
 * after 15 minutes, and its P2 pages (prod only) are low-urgency, waiting for its working hours.
 * PagerDuty gives a service one escalation policy, so each such severity gets a PagerDuty
 * service of its own per monitored service; every target must page that one for that severity,
 * and the organisation's other teams must see no change.
 */
import { rdsCpuHigh, team } from "../../engine/definitions";
import { catalog } from "../../engine/review/catalog";
import { alertDestinations } from "../../engine/model/routing";
import { amtoolRoutes, PAYMENTS_SLACK, upAlert, withLedger } from "./routing-helpers";
import { model, problemsOf, synthAws, synthGcp, synthGrafana, synthPagerDuty, type Writable } from "../helpers";
import type { Definitions, TeamResponseDefinition } from "../../engine/definitions/types";

const LEAD = "alice@nous.com";

function payments(response: TeamResponseDefinition = ownResponse()): Writable<Definitions> {
  const defs = withLedger();
  defs.teams = [
    team({
      id: "payments",
      channels: [PAYMENTS_SLACK],
      environmentRoutes: { prod: { P2: ["pagerduty-oncall", "slack-payments"] } },
      response,
    }),
  ];
  defs.alerts = [
    ...defs.alerts,
    upAlert("ledger-down", "P0", "ledger"),
    upAlert("ledger-slow", "P1", "ledger"),
    upAlert("ledger-lag", "P2", "ledger"),
    upAlert("api-slow", "P1", "api"),
  ];
  defs.cloudWatchAlarms = [
    ...defs.cloudWatchAlarms,
    rdsCpuHigh({
      id: "ledger-db-cpu",
      service: "ledger",
      severity: "P1",
      runbook: "https://runbooks.example.com/db",
      instance: { prod: "ledger-prod", staging: "ledger-staging" },
    }),
  ];
  return defs;
}

function ownResponse(): TeamResponseDefinition {
  return {
    supportHours: {
      timeZone: "Europe/Berlin",
      days: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      start: "09:00",
      end: "17:00",
    },
    escalation: {
      P1: [
        { notify: "rotation", respondWithin: "15m" },
        { notify: LEAD, respondWithin: "30m" },
      ],
    },
    urgency: { P2: "low" },
  };
}

const m = model(payments());
const pd = synthPagerDuty(m, "prod");

test("the model names the PagerDuty service of each severity: the team's own severities get their own", () => {
  const byId = (id: string) => m.services.find((s) => s.id === id)!;
  expect(byId("ledger").pagerDuty).toEqual({ P0: "ledger", P1: "ledger-p1", P2: "ledger-p2", P3: "ledger" });
  expect(byId("api").pagerDuty).toEqual({ P0: "api", P1: "api", P2: "api", P3: "api" });
  const paymentsTeam = m.teams.find((t) => t.id === "payments")!;
  expect(paymentsTeam.pagerDuty.P1?.escalation?.map((l) => [l.notify, l.escalationDelayMinutes])).toEqual([
    ["rotation", 15],
    [LEAD, 15],
  ]);
  expect(paymentsTeam.pagerDuty.P2).toEqual({ urgency: "low" });
});

test("the catalog's team table says how the team answers P1 and P2, and that other teams use their on-call team's policy", () => {
  const rows = catalog(m, new Map()).split("\n");
  const row = (team: string) => rows.find((l) => l.startsWith(`| ${team} (`))!;
  expect(row("payments")).toContain(`P1: escalates rotation -> ${LEAD} after 15m; P2: low urgency |`);
  expect(row("payments")).toContain("09:00-17:00 Europe/Berlin");
  expect(row("backend")).toMatch(/\| the on-call team's \|$/);
});

describe("PagerDuty", () => {
  const services = pd.resource.pagerduty_service;
  const policies = pd.resource.pagerduty_escalation_policy;

  test("P1 of the ledger escalates to the rotation, then the team lead after 15 minutes; its P0 keeps the on-call policy", () => {
    const own = policies.escalation_policy_payments_p1;
    expect(own.rule.map((r: any) => [r.escalation_delay_in_minutes, r.target[0].type])).toEqual([
      [15, "schedule_reference"],
      [15, "user_reference"],
    ]);
    expect(own.rule[1].target[0].id).toBe("${data.pagerduty_user.user_alice_at_nous_com.id}");
    expect(own.rule[0].target[0].id).toBe("${pagerduty_schedule.schedule_nous-engineering.id}");
    expect(services["service_ledger-p1"].escalation_policy).toBe("${pagerduty_escalation_policy.escalation_policy_payments_p1.id}");
    expect(services["service_ledger-p1"].name).toBe("[prod] Ledger (P1)");
    expect(services.service_ledger.escalation_policy).toBe("${pagerduty_escalation_policy.escalation_policy_nous-engineering.id}");
  });

  test("P2 of the ledger is low-urgency at every hour and turns high when working hours start", () => {
    const p2 = services["service_ledger-p2"];
    expect(p2.escalation_policy).toBe("${pagerduty_escalation_policy.escalation_policy_nous-engineering.id}");
    expect(p2.incident_urgency_rule).toEqual({
      type: "use_support_hours",
      during_support_hours: { type: "constant", urgency: "low" },
      outside_support_hours: { type: "constant", urgency: "low" },
    });
    expect(p2.support_hours).toMatchObject({ time_zone: "Europe/Berlin", start_time: "09:00:00", end_time: "17:00:00" });
    expect(p2.scheduled_actions).toEqual([
      { type: "urgency_change", to_urgency: "high", at: [{ type: "named_time", name: "support_hours_start" }] },
    ]);
  });

  test("each own PagerDuty service has an integration for each sender that pages it; other teams' services are untouched", () => {
    const integrations = Object.keys(pd.resource.pagerduty_service_integration);
    const of = (id: string) =>
      integrations
        .filter((i) => i.startsWith(`integration_${id}_`))
        .map((i) => i.slice(`integration_${id}_`.length))
        .sort();
    // P0 and P2 pages come from PromQL alerts (Cloud Monitoring, Grafana and the exported
    // Alertmanager tree); P1 also from the CloudWatch alarm.
    expect(of("ledger")).toEqual(["alertmanager", "gcp", "grafana"]);
    expect(of("ledger-p1")).toEqual(["alertmanager", "cloudwatch", "gcp", "grafana"]);
    expect(of("ledger-p2")).toEqual(["alertmanager", "gcp", "grafana"]);
    // Alertmanager reads the key of each from its own file, filled from its own output.
    expect(Object.keys(pd.raw.output).filter((o) => o.startsWith("alertmanager_pagerduty_key_ledger"))).toEqual([
      "alertmanager_pagerduty_key_ledger",
      "alertmanager_pagerduty_key_ledger_p1",
      "alertmanager_pagerduty_key_ledger_p2",
    ]);
    expect(Object.keys(services).filter((s) => s.startsWith("service_api"))).toEqual(["service_api"]);
    expect(Object.keys(policies).sort()).toEqual(["escalation_policy_nous-engineering", "escalation_policy_payments_p1"]);
  });
});

// Run apart, as these helpers synthesize each stack, the keys are sensitive variables named after
// the PagerDuty service: pagerduty_<sender>_key_<id>.
describe("every target pages the PagerDuty service of the severity", () => {
  test("Google Cloud: the P1 policy notifies the ledger's P1 channel, keyed by the P1 service's integration", () => {
    const gcp = synthGcp(m, "prod").resource;
    const channels = (policy: string) => gcp.google_monitoring_alert_policy[policy].notification_channels;
    const ref = (id: string) => `\${google_monitoring_notification_channel.channel_pagerduty-oncall_${id}.name}`;
    expect(channels("alert_ledger-slow")).toContain(ref("ledger-p1"));
    expect(channels("alert_ledger-down")).toContain(ref("ledger"));
    expect(channels("alert_ledger-lag")).toContain(ref("ledger-p2"));
    expect(channels("alert_api-slow")).toContain(ref("api"));
    expect(JSON.stringify(gcp.google_monitoring_notification_channel["channel_pagerduty-oncall_ledger-p1"].sensitive_labels)).toContain(
      "var.pagerduty_gcp_key_ledger_p1",
    );
  });

  test("AWS: the ledger's P1 alarm notifies its P1 topic, subscribed with the P1 service's CloudWatch integration", () => {
    const aws = synthAws(m, "prod").resource;
    expect(aws.aws_cloudwatch_metric_alarm["alarm_ledger-db-cpu"].alarm_actions).toContain(
      "${aws_sns_topic.topic_pagerduty_ledger-p1.arn}",
    );
    const sub = aws.aws_sns_topic_subscription["subscription_pagerduty_ledger-p1"];
    expect(sub.topic_arn).toBe("${aws_sns_topic.topic_pagerduty_ledger-p1.arn}");
    expect(sub.endpoint).toContain("var.pagerduty_cloudwatch_key_ledger_p1");
  });

  test("Grafana: the ledger's P1 contact point uses the P1 service's Grafana integration", () => {
    const points = synthGrafana(m, "prod").resource.grafana_contact_point;
    const p1 = Object.entries<any>(points).filter(([, p]) =>
      JSON.stringify(p.pagerduty ?? []).includes("var.pagerduty_grafana_key_ledger_p1"),
    );
    // Pages of one service to two PagerDuty services: one paging policy (and incident) per PagerDuty service.
    expect(p1.map(([id]) => id)).toEqual(["contact_point_payments_page_ledger_ledger-p1"]);
    expect(JSON.stringify(points.contact_point_payments_page_ledger_ledger.pagerduty)).toContain("var.pagerduty_grafana_key_ledger}");
  });

  test("Alertmanager: amtool routes the ledger's P1 and P2 to their own PagerDuty receivers, the API's to its own", () => {
    const { route: routed } = amtoolRoutes(m);
    const route = (labels: Record<string, string>) => routed(labels).filter((d) => d.startsWith("pagerduty "));
    const cases: [string, string, string, string, string[]][] = [
      ["prod", "P0", "ledger", "payments", ["pagerduty ledger"]],
      ["prod", "P1", "ledger", "payments", ["pagerduty ledger-p1"]],
      ["prod", "P2", "ledger", "payments", ["pagerduty ledger-p2"]],
      ["prod", "P1", "api", "backend", ["pagerduty api"]],
      ["staging", "P1", "ledger", "payments", []],
      ["staging", "P2", "ledger", "payments", []],
    ];
    for (const [environment, severity, service, owner, expected] of cases) {
      const labels = { environment, severity, service, team: owner };
      expect({ ...labels, got: route(labels) }).toEqual({ ...labels, got: expected });
      expect(alertDestinations(m, labels).filter((d) => d.startsWith("pagerduty "))).toEqual(expected);
    }
  });
});

test("a team's own escalation and urgency are checked, naming the field", () => {
  const defs = payments({
    escalation: {
      P1: [
        { notify: "rotation", respondWithin: "15m" },
        { notify: "zoe@nous.com", respondWithin: "10m" },
      ],
      P3: [{ notify: "rotation", respondWithin: "5m" }],
    },
    urgency: { P0: "urgent" as never, P9: "low" } as never,
  });
  expect(problemsOf(defs)).toEqual(
    expect.arrayContaining([
      'team "payments": response.escalation.P1[1].notify: unknown responder "zoe@nous.com"; add them to the members of on-call team "nous-engineering" first',
      'team "payments": response.escalation.P1[1].respondWithin: must be later than the previous level\'s 15m: each level answers after the one before, got 10m',
      'team "payments": response.escalation.P3: P3 reaches PagerDuty in no environment for this team (see its routes), so nothing would use it',
      'team "payments": response.urgency.P0: must be "high" or "low", got "urgent"',
      'team "payments": response.urgency.P9: must be a severity (P0, P1, P2, P3), got "P9"',
    ]),
  );
});

test("an own escalation needs an on-call team owning the team, and its service ids must stay free", () => {
  const defs = payments();
  defs.onCall = [{ ...defs.onCall[0], owns: defs.onCall[0].owns.filter((t) => t !== "payments") }];
  defs.services = [...defs.services, { id: "ledger-p1", name: "Ledger P1", team: "backend" }];
  expect(problemsOf(defs)).toEqual(
    expect.arrayContaining([
      'team "payments": response.escalation.P1: no on-call team owns team "payments": add it to an on-call team\'s owns, whose rotation and members the levels notify',
      'service "ledger-p1": id: makes the PagerDuty service id ledger-p1 in the PagerDuty stack, which service "ledger" (team answers P1 its own way) also makes; rename one',
    ]),
  );
});
