/**
 * The naming check: every name the targets make is computed from the model (engine/model/naming),
 * and two definitions that make one name in one place are refused as ONE problem naming both
 * definitions and fields. The realness tests synthesize a model that skipped the check and show
 * the collision the check prevents: two resources of one name, the last apply winning.
 */
import { alert, rdsCpuHigh, service } from "../../../engine/definitions";
import type { Model } from "../../../engine/model";
import { namesMade } from "../../../engine/model/naming";
import { defaults, model, problemsOf, synthAws, synthGrafana, synthPagerDuty, type Writable } from "../../helpers";
import type { Definitions } from "../../../engine/definitions/types";

const cpu = (id: string) => rdsCpuHigh({ id, service: "api", instance: { prod: "api-prod", staging: "api-staging" } });
const upAlert = (id: string, serviceId = "api") =>
  alert({ id, name: "Up", service: serviceId, severity: "P3", summary: "down", for: "5m", condition: { prometheus: "up == 0" } });
const changed = (change: (d: Writable<Definitions>) => void) => {
  const d = defaults();
  change(d);
  return problemsOf(d);
};
const bothAccounts = (name: string) =>
  `the CloudWatch alarm name prod-${name} in AWS account 111111111111 in us-east-1 and the CloudWatch alarm name staging-${name} in AWS account 222222222222 in us-east-1`;

test("the bundled definitions make no name twice", () => {
  expect(problemsOf(defaults())).toEqual([]);
});

test("an environment named like another's team stacks: one problem naming both environments", () => {
  const problems = changed((d) => {
    d.environments = [
      ...d.environments.map((e) => (e.id === "prod" ? { ...e, split: "team" as const } : e)),
      { id: "prod-backend", name: "PB", pages: false, gcp: { project: "pb-project", region: "us-central1" } },
    ];
    d.routing = { ...d.routing, "prod-backend": d.routing.staging };
  });
  expect(problems).toEqual([
    'environment "prod-backend": id: makes the stacks <target>-prod-backend (their folders under cdktf.out/stacks and their state keys), which environment "prod" (split (team "backend")) also makes; rename one',
  ]);
});

test("two on-call members whose addresses make one Terraform name are named, both of them", () => {
  const problems = changed(
    (d) => void (d.onCall = d.onCall.map((t, i) => (i === 0 ? { ...t, members: [...t.members, "a.b@nous.com", "a-b@nous.com"] } : t))),
  );
  expect(problems).toEqual([
    'on-call team "nous-engineering": members: "a-b@nous.com" makes the Terraform name user_a_b_at_nous_com in the PagerDuty stack, which on-call team "nous-engineering" (members "a.b@nous.com") also makes; rename one',
  ]);
});

test("one person in two on-call teams (a lead on two rotations): one lookup in the PagerDuty stack, both teams' memberships use it", () => {
  const defs = defaults();
  defs.onCall = [...defs.onCall, { ...defs.onCall[0], id: "second", name: "Second", owns: [] }];
  expect(problemsOf(defs)).toEqual([]);
  const stack = synthPagerDuty(model(defs));
  const lookups = Object.keys(stack.raw.data.pagerduty_user as Record<string, { email: string }>);
  expect(lookups.length).toBe(new Set(defs.onCall[0].members).size);
  const memberships = Object.values(stack.resource.pagerduty_team_membership as Record<string, { user_id: string; team_id: string }>);
  for (const email of defs.onCall[0].members) {
    const user = lookups.find((id) => (stack.raw.data.pagerduty_user as Record<string, { email: string }>)[id].email === email)!;
    const teams = memberships.filter((m) => m.user_id === `\${data.pagerduty_user.${user}.id}`).map((m) => m.team_id);
    expect(new Set(teams).size).toBe(2);
  }
});

test("one person written with other capitals in two on-call teams is one person: one lookup, no collision", () => {
  const defs = defaults();
  const first = defs.onCall[0].members[0];
  const upper = first.charAt(0).toUpperCase() + first.slice(1);
  expect(upper).not.toBe(first);
  defs.onCall = [
    ...defs.onCall,
    {
      ...defs.onCall[0],
      id: "second",
      name: "Second",
      owns: [],
      members: [upper],
      rotation: { ...defs.onCall[0].rotation, responders: [upper] },
      escalation: [{ notify: "rotation", respondWithin: "5m" }],
    },
  ];
  expect(problemsOf(defs)).toEqual([]);
  const lookups = Object.values(synthPagerDuty(model(defs)).raw.data.pagerduty_user as Record<string, { email: string }>);
  expect(lookups.filter((u) => u.email.toLowerCase() === first.toLowerCase())).toHaveLength(1);
});

test.each([
  ["slo-api-availability-page-fast", 'slo "api-availability" (alerting.tiers.page-fast)'],
  ["slo-api-availability-no-data", 'slo "api-availability" (alerting.noData)'],
  ["api-health-unhealthy", 'endpoint "api-health" (id)'],
])("a CloudWatch alarm %s that is a generated alarm's name: one problem for every account, naming %s", (id, other) => {
  expect(changed((d) => void (d.cloudWatchAlarms = [...d.cloudWatchAlarms, cpu(id)]))).toEqual([
    `cloudwatch alarm "${id}": id: makes ${bothAccounts(id)}, which ${other} also makes; rename one`,
  ]);
});

test("an alert whose id is a generated Grafana rule uid names the SLO and its field", () => {
  const id = "slo-api-availability-no-data";
  expect(changed((d) => void (d.alerts = [...d.alerts, upAlert(id)]))).toEqual([
    `alert "${id}": id: makes the Grafana rule uid ${id} in the Grafana at https://grafana.nous.com and the Grafana rule uid ${id} in the Grafana at https://grafana.staging.nous.com, which slo "api-availability" (alerting.noData) also makes; rename one`,
  ]);
  // A name no generated rule takes is no collision: the prefix alone is not refused.
  expect(changed((d) => void (d.alerts = [...d.alerts, upAlert("slo-checker-down")]))).toEqual([]);
});

test("a service whose id is an SLO's rule group in the same folder names both", () => {
  const problems = changed((d) => {
    d.services = [...d.services, service({ ...d.services[0], id: "slo-api-availability", endpoints: [] })];
    d.alerts = [...d.alerts, upAlert("gateway-down", "slo-api-availability")];
  });
  expect(problems).toEqual([
    'service "slo-api-availability": id: makes the rule group slo-api-availability in folder team-backend of the Grafana at https://grafana.nous.com and the rule group slo-api-availability in folder team-backend of the Grafana at https://grafana.staging.nous.com, which slo "api-availability" (id) also makes; rename one',
  ]);
});

test("two environments in one Google Cloud project: one problem on the second environment's project, listing what both would manage", () => {
  const problems = changed((d) => {
    d.environments = d.environments.map((e) => (e.id === "staging" ? { ...e, gcp: { ...e.gcp!, project: "nous-prod" } } : e));
  });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(
    /^environment "staging": gcp\.project: shares Google Cloud project nous-prod, the Cloud Logging bucket global\/\S+ in Google Cloud project nous-prod, .* with environment "prod" \(gcp\.project\): two stacks would manage them from two states; give each its own$/,
  );
});

test("a team's own project that is an environment's names the team's field and the environment's", () => {
  const problems = changed((d) => {
    d.teams = [
      ...(d.teams ?? []),
      { id: "backend", name: "Backend", environments: { staging: { gcp: { project: "nous-prod", region: "us-central1" } } } },
    ];
  });
  expect(problems).toContainEqual(
    'team "backend": environments.staging.gcp.project: shares Google Cloud project nous-prod with environment "prod" (gcp.project): two stacks would manage them from two states; give each its own',
  );
});

test("an alert and a CloudWatch alarm sharing an id: one problem naming both", () => {
  const problems = changed((d) => {
    d.cloudWatchAlarms = [...d.cloudWatchAlarms, cpu("api-gone")];
    d.alerts = [...d.alerts, upAlert("api-gone")];
  });
  expect(problems).toEqual([
    'cloudwatch alarm "api-gone": id: makes the alert id api-gone in the summary, review and alert catalog, which alert "api-gone" (id) also makes; rename one',
  ]);
});

describe("the collisions refused are real: a model that skipped the check synthesizes two resources of one name", () => {
  const valid = model();
  const withAlarm = (id: string): Model => {
    const extra = model(Object.assign(defaults(), { cloudWatchAlarms: [cpu("x-placeholder")] })).cloudWatchAlarms[0];
    return { ...valid, cloudWatchAlarms: [...valid.cloudWatchAlarms, { ...extra, id }] };
  };

  test("a CloudWatch alarm named like an SLO's composite", () => {
    const m = withAlarm("slo-api-availability-page-fast");
    const names = Object.values(synthAws(m).resource)
      .flatMap((r) => Object.values(r))
      .map((r) => (r as { alarm_name?: string }).alarm_name)
      .filter((n) => n === "prod-slo-api-availability-page-fast");
    expect(names).toHaveLength(2);
    // The check enumerates the same name the AWS construct wrote.
    expect(namesMade(m).filter((n) => n.name === "prod-slo-api-availability-page-fast")).toHaveLength(2);
  });

  test("an alert whose uid is an SLO rule's", () => {
    const extra = model(Object.assign(defaults(), { alerts: [upAlert("x-placeholder")] })).alerts[0];
    const m: Model = { ...valid, alerts: [...valid.alerts, { ...extra, id: "slo-api-availability-no-data" }] };
    const uids = Object.values(synthGrafana(m).resource.grafana_rule_group)
      .flatMap((g) => (g as { rule: { uid: string }[] }).rule.map((r) => r.uid))
      .filter((u) => u === "slo-api-availability-no-data");
    expect(uids).toHaveLength(2);
  });
});
