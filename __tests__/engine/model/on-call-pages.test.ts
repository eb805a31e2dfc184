/**
 * An on-call severity pages: in an environment that pages, its route (the organisation's, or a
 * team's own) must reach a PagerDuty channel, or its alerts wake no one although the severity says
 * someone must act now.
 */
import { defaults, problemsOf } from "../../helpers";

test("an on-call severity routed to no pager in a paging environment is refused, for the organisation and for a team", () => {
  const defs = defaults();
  const onCall = defs.severities.find((s) => s.onCall)!.id;
  const slack = defs.channels.find((c) => c.kind === "slack")!.id;
  defs.routing = { ...defs.routing, prod: { ...defs.routing.prod, [onCall]: [slack] } };
  expect(problemsOf(defs)).toContain(
    `routing "prod": ${onCall}: reaches no PagerDuty channel, but ${onCall} is on call (severities) and environment "prod" pages: its alerts would wake no one. Add a pagerduty channel, or make ${onCall} a severity that is not on call`,
  );

  const teamDefs = defaults();
  teamDefs.teams = [{ id: "backend", routes: { [onCall]: [slack] } }];
  expect(problemsOf(teamDefs)).toContain(
    `team "backend": routes.${onCall}: reaches no PagerDuty channel, but ${onCall} is on call (severities) and environment "prod" pages: its alerts would wake no one. Add a pagerduty channel, or make ${onCall} a severity that is not on call`,
  );
  // Staging never pages: an on-call severity goes to Slack there, as the routing says.
  const staging = defaults();
  expect(staging.environments.find((e) => e.id === "staging")!.pages).toBe(false);
  expect(problemsOf(staging)).toEqual([]);
});
