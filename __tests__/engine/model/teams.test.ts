import { team } from "../../../engine/definitions";
import { routesFor } from "../../../engine/model/routing";
import { defaults, model, problemsOf, synthPagerDuty } from "../../helpers";

function withPayments() {
  const defs = defaults();
  defs.services = [...defs.services, { id: "ledger", name: "Ledger", team: "payments" }];
  defs.onCall = [{ ...defs.onCall[0], owns: [...defs.onCall[0].owns, "payments"] }];
  return defs;
}

const ids = (cs: readonly { id: string }[]) => cs.map((c) => c.id);

test("a team override changes that team's routes only; other teams keep the organisation's", () => {
  const defs = withPayments();
  defs.teams = [
    team({
      id: "payments",
      channels: [
        { kind: "slack", id: "slack-payments", channel: "#payments-alerts" },
        { kind: "webhook", id: "payments-opsgenie", description: "Opsgenie payments" },
      ],
      routes: { P2: ["slack-payments", "payments-opsgenie"] },
      environmentRoutes: { staging: { P0: ["slack-payments"] } },
    }),
  ];
  const m = model(defs);
  const prod = m.environments.find((e) => e.id === "prod")!;
  const staging = m.environments.find((e) => e.id === "staging")!;
  expect(ids(routesFor(prod, "payments").P2)).toEqual(["slack-payments", "payments-opsgenie"]);
  expect(ids(routesFor(staging, "payments").P2)).toEqual(["slack-payments", "payments-opsgenie"]);
  expect(ids(routesFor(staging, "payments").P0)).toEqual(["slack-payments"]);
  // Severities the team does not override follow the organisation.
  expect(routesFor(prod, "payments").P0).toEqual(prod.routes.P0);
  expect(routesFor(prod, "payments").P3).toEqual(prod.routes.P3);
  // Other teams are untouched.
  for (const t of ["backend", "frontend", "agents", "platform"]) {
    expect(routesFor(prod, t)).toEqual(prod.routes);
    expect(routesFor(staging, t)).toEqual(staging.routes);
  }
});

test("team routes are checked like the organisation's: unknown channel, empty route, PagerDuty in staging, unknown team and environment", () => {
  const defs = withPayments();
  defs.teams = [
    team({
      id: "payments",
      routes: { P1: ["slack-nowhere"], P2: [] },
      environmentRoutes: { staging: { P0: ["pagerduty-oncall"] }, qa: { P3: ["email-engineering"] } },
    }),
    team({ id: "paymnets", routes: { P3: ["email-engineering"] } }),
  ];
  const found = problemsOf(defs);
  expect(found).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^team "payments": routes\.P1: unknown channel "slack-nowhere"; defined channels: /),
      'team "payments": routes.P2: has no channel: alerts of this severity would reach nobody',
      'team "payments": environmentRoutes.staging.P0: routes to PagerDuty channel "pagerduty-oncall", but environment "staging" never pages (pages: false)',
      'team "payments": environmentRoutes.qa: unknown environment; defined environments: prod, staging',
      expect.stringMatching(/^team "paymnets": id: no service belongs to this team; service teams: .*payments/),
    ]),
  );
});

test("a team answers at its own pace: response times per severity and working hours reach PagerDuty, the catalog and runbooks", () => {
  const defs = withPayments();
  defs.teams = [
    team({
      id: "payments",
      response: {
        respondWithin: { P0: "2m", P2: "1h" },
        supportHours: {
          timeZone: "Europe/Berlin",
          days: ["monday", "tuesday", "wednesday", "thursday", "friday"],
          start: "09:00",
          end: "17:30",
        },
      },
    }),
  ];
  const m = model(defs);
  const payments = m.teams.find((t) => t.id === "payments")!;
  const backend = m.teams.find((t) => t.id === "backend")!;
  expect(payments.respondWithinSeconds).toEqual({ P0: 120, P1: 1800, P2: 3600, P3: 86400 });
  expect(backend.respondWithinSeconds).toEqual({ P0: 300, P1: 1800, P2: 14400, P3: 86400 });
  expect(payments.supportHours).toEqual({ timeZone: "Europe/Berlin", days: [1, 2, 3, 4, 5], start: "09:00:00", end: "17:30:00" });

  const ledger = synthPagerDuty(m).resource.pagerduty_service.service_ledger;
  expect(ledger.incident_urgency_rule).toEqual({
    type: "use_support_hours",
    during_support_hours: { type: "constant", urgency: "severity_based" },
    outside_support_hours: { type: "constant", urgency: "severity_based" },
  });
  expect(ledger.support_hours).toEqual({
    type: "fixed_time_per_day",
    time_zone: "Europe/Berlin",
    days_of_week: [1, 2, 3, 4, 5],
    start_time: "09:00:00",
    end_time: "17:30:00",
  });
  expect(ledger.scheduled_actions).toEqual([
    { type: "urgency_change", to_urgency: "high", at: [{ type: "named_time", name: "support_hours_start" }] },
  ]);
  // Another team's service keeps severity-based urgency at every hour.
  expect(synthPagerDuty(m).resource.pagerduty_service.service_api.incident_urgency_rule).toEqual({
    type: "constant",
    urgency: "severity_based",
  });
});

test("team response settings are checked, naming the field", () => {
  const defs = withPayments();
  defs.teams = [
    team({
      id: "payments",
      response: {
        respondWithin: { P1: "soon" as never },
        supportHours: { timeZone: "Mars/Olympus", days: ["funday" as never], start: "18:00", end: "09:00" },
      },
    }),
  ];
  expect(problemsOf(defs)).toEqual(
    expect.arrayContaining([
      'team "payments": response.respondWithin.P1: must be a duration such as "15m", got "soon"',
      'team "payments": response.supportHours.timeZone: must be an IANA time zone such as "Europe/Berlin", got "Mars/Olympus"',
      expect.stringMatching(/^team "payments": response\.supportHours\.days: must name weekdays/),
      'team "payments": response.supportHours.end: must be after start 18:00, got 09:00',
    ]),
  );
});
