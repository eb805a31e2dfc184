import { team } from "../../../engine/definitions";
import { routesFor } from "../../../engine/model/routing";
import { defaults, model, problemsOf } from "../../helpers";

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
