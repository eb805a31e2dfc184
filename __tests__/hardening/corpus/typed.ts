/**
 * Broken definitions written with the typed API: the compiler accepts each, validation must not.
 * Each names the field it breaks.
 */
import {
  alert,
  compositeAlarm,
  latency,
  ratio,
  service,
  slo,
  type Definitions,
  type EscalationLevelDefinition,
} from "../../../engine/definitions";
import type { Writable } from "../../helpers";

export interface TypedCase {
  readonly case: string;
  readonly change: (defs: Writable<Definitions>) => void;
  readonly where: string;
  readonly field: string;
}

const sli = ratio({ prometheus: { errors: 'http_requests_total{status=~"5.."}', total: "http_requests_total" } });
const addSlo = (s: ReturnType<typeof slo>) => (d: Writable<Definitions>) => void (d.slos = [...d.slos, s]);
const addAlert = (a: ReturnType<typeof alert>) => (d: Writable<Definitions>) => void (d.alerts = [...d.alerts, a]);
const base = { id: "typed-slo", service: "api", window: "30d", sli, runbook: "https://docs.example.com/r" } as const;
const rule = { id: "typed-alert", name: "TypedAlert", service: "api", severity: "P2", summary: "s", for: "5m" } as const;

export const typedCases: TypedCase[] = [
  { case: "objective as a fraction", change: addSlo(slo({ ...base, objective: 0.995 })), where: 'slo "typed-slo"', field: "objective" },
  { case: "objective NaN", change: addSlo(slo({ ...base, objective: Number.NaN })), where: 'slo "typed-slo"', field: "objective" },
  { case: "objective 100", change: addSlo(slo({ ...base, objective: 100 })), where: 'slo "typed-slo"', field: "objective" },
  {
    case: "goal beyond Cloud Monitoring",
    change: addSlo(slo({ ...base, objective: 99.99 })),
    where: 'slo "typed-slo"',
    field: "objective",
  },
  { case: "window of 0 days", change: addSlo(slo({ ...base, objective: 99, window: "0d" })), where: 'slo "typed-slo"', field: "window" },
  { case: "window in hours", change: addSlo(slo({ ...base, objective: 99, window: "36h" })), where: 'slo "typed-slo"', field: "window" },
  {
    case: "Grafana window under 7 days",
    change: addSlo(slo({ ...base, objective: 99, window: "2d" })),
    where: 'slo "typed-slo"',
    field: "window",
  },
  { case: "empty name", change: addSlo(slo({ ...base, objective: 99, name: " " })), where: 'slo "typed-slo"', field: "name" },
  {
    case: "latency threshold not a duration",
    change: addSlo(slo({ ...base, objective: 99, sli: latency({ threshold: "2 seconds" as "2s", prometheus: { histogram: "h" } }) })),
    where: 'slo "typed-slo"',
    field: "sli.threshold",
  },
  {
    case: "range vector condition",
    change: addAlert(alert({ ...rule, condition: { prometheus: "up[5m]" } })),
    where: 'alert "typed-alert"',
    field: "condition.prometheus",
  },
  {
    case: "string condition",
    change: addAlert(alert({ ...rule, condition: { prometheus: '"down"' } })),
    where: 'alert "typed-alert"',
    field: "condition.prometheus",
  },
  { case: "no condition", change: addAlert(alert({ ...rule, condition: {} })), where: 'alert "typed-alert"', field: "condition" },
  {
    case: "label the model sets",
    change: addAlert(alert({ ...rule, condition: { prometheus: "up == 0" }, labels: { severity: "critical" } })),
    where: 'alert "typed-alert"',
    field: "labels.severity",
  },
  {
    case: "label name Prometheus refuses",
    change: addAlert(alert({ ...rule, condition: { prometheus: "up == 0" }, labels: { "owner-team": "x" } })),
    where: 'alert "typed-alert"',
    field: "labels.owner-team",
  },
  {
    case: "control character in summary",
    change: addAlert(alert({ ...rule, summary: "down\u0007", condition: { prometheus: "up == 0" } })),
    where: 'alert "typed-alert"',
    field: "summary",
  },
  {
    case: "duplicate alert id",
    change: addAlert(alert({ ...rule, id: "api-down", condition: { prometheus: "up == 0" } })),
    where: 'alert "api-down"',
    field: "id",
  },
  {
    case: "a channel listed twice in a route",
    change: (d) => void (d.routing = { ...d.routing, prod: { ...d.routing.prod, P2: [...d.routing.prod.P2, d.routing.prod.P2[0]] } }),
    where: 'routing "prod"',
    field: "P2",
  },
  {
    case: "a route for a severity that does not exist",
    change: (d) => void (d.routing = { ...d.routing, prod: { ...d.routing.prod, P9: d.routing.prod.P2 } as typeof d.routing.prod }),
    where: 'routing "prod"',
    field: "P9",
  },
  {
    case: "an environment named like another's team stacks",
    change: (d) => {
      d.environments = [
        ...d.environments.map((e) => (e.id === "prod" ? { ...e, split: "team" as const } : e)),
        { id: "prod-backend", name: "PB", pages: false, gcp: { project: "pb-project", region: "us-central1" } },
      ];
      d.routing = { ...d.routing, "prod-backend": d.routing.staging };
    },
    where: 'environment "prod-backend"',
    field: "id",
  },
  {
    case: "two members whose addresses make one Terraform name",
    change: (d) =>
      void (d.onCall = d.onCall.map((t, i) => (i === 0 ? { ...t, members: [...t.members, "x.y@nous.com", "x-y@nous.com"] } : t))),
    where: 'on-call team "nous-engineering"',
    field: "members",
  },
  {
    case: "a service whose id is an SLO's Grafana rule group in the same folder",
    change: (d) => {
      d.services = [...d.services, service({ ...d.services[0], id: "slo-api-availability", endpoints: [] })];
      d.alerts = [...d.alerts, alert({ ...rule, service: "slo-api-availability", condition: { prometheus: "up == 0" } })];
    },
    where: 'service "slo-api-availability"',
    field: "id",
  },
  {
    case: "two environments in one Google Cloud project",
    change: (d) => {
      const project = d.environments.find((e) => e.id === "prod")!.gcp!.project;
      d.environments = d.environments.map((e) => (e.id === "staging" ? { ...e, gcp: { ...e.gcp!, project } } : e));
    },
    where: 'environment "staging"',
    field: "gcp.project",
  },
  {
    case: "an alert id taken by a CloudWatch alarm",
    change: addAlert(alert({ ...rule, id: "api-ecs-cpu-high", condition: { prometheus: "up == 0" } })),
    where: 'cloudwatch alarm "api-ecs-cpu-high"',
    field: "id",
  },
  {
    case: "an alert id in the generated SLO rules' uid space",
    change: addAlert(alert({ ...rule, id: "slo-api-availability-no-data", condition: { prometheus: "up == 0" } })),
    where: 'alert "slo-api-availability-no-data"',
    field: "id",
  },
  {
    case: "a service whose Grafana rule group is an SLO's in the same team folder",
    change: (d) => {
      d.services = [...d.services, service({ id: "slo-api-availability", name: "Gateway", team: "backend" })];
      addAlert(alert({ ...rule, service: "slo-api-availability", condition: { prometheus: "up == 0" } }))(d);
    },
    where: 'service "slo-api-availability"',
    field: "id",
  },
  {
    case: "a routing row that is a channel id, not a list of them",
    change: (d) => void (d.routing = { ...d.routing, prod: { ...d.routing.prod, P2: "slack-alerts-medium" as unknown as string[] } }),
    where: 'routing "prod"',
    field: "P2",
  },
  {
    case: "a team's environment route that is a channel id, not a list",
    change: (d) =>
      void (d.teams = [{ kind: "team", id: "backend", environmentRoutes: { prod: { P2: "slack-alerts-high" as unknown as string[] } } }]),
    where: 'team "backend"',
    field: "environmentRoutes.prod.P2",
  },
  {
    case: "a team's escalation level that is null",
    change: (d) =>
      void (d.teams = [{ kind: "team", id: "backend", response: { escalation: { P0: [null as unknown as EscalationLevelDefinition] } } }]),
    where: 'team "backend"',
    field: "response.escalation.P0",
  },
  {
    case: "a composite over a composite (it would be left out of every stack)",
    change: (d) =>
      void (d.cloudWatchAlarms = [
        ...d.cloudWatchAlarms,
        compositeAlarm({
          id: "api-degraded-and-hot",
          service: "api",
          severity: "P1",
          summary: "degraded and hot",
          runbook: "https://docs.example.com/r",
          allOf: ["api-degraded", "api-ecs-cpu-high"],
        }),
      ]),
    where: 'cloudwatch alarm "api-degraded-and-hot"',
    field: "allOf",
  },
  {
    case: "a team's support hours without a time zone",
    change: (d) =>
      void (d.teams = [
        {
          kind: "team",
          id: "backend",
          response: {
            supportHours: { days: ["monday"], start: "09:00", end: "17:00" } as unknown as {
              timeZone: string;
              days: ["monday"];
              start: "09:00";
              end: "17:00";
            },
          },
        },
      ]),
    where: 'team "backend"',
    field: "response.supportHours.timeZone",
  },
  {
    case: "a team's own Google Cloud project that is its environment's",
    change: (d) =>
      void (d.teams = [
        { kind: "team", id: "backend", environments: { prod: { gcp: { project: "nous-prod", region: "southamerica-east1" } } } },
      ]),
    where: 'team "backend"',
    field: "environments.prod.gcp.project",
  },
  {
    case: "a team's own AWS account and region that are its environment's",
    change: (d) =>
      void (d.teams = [{ kind: "team", id: "backend", environments: { prod: { aws: { account: "111111111111", region: "us-east-1" } } } }]),
    where: 'team "backend"',
    field: "environments.prod.aws",
  },
  {
    case: "a Google Cloud condition whose service runs on no Google Cloud",
    change: (d) => {
      d.services = d.services.map((s) => (s.id === "agents" ? { ...s, runsOn: { targets: ["aws", "prometheus"] } } : s));
      addAlert(alert({ ...rule, service: "agents", condition: { googleCloud: "run_googleapis_com:request_count > 0" } }))(d);
    },
    where: 'alert "typed-alert"',
    field: "condition.googleCloud",
  },
  {
    case: "a Google Cloud condition that is a range vector",
    change: addAlert(alert({ ...rule, condition: { googleCloud: "run_googleapis_com:request_count[5m]" } })),
    where: 'alert "typed-alert"',
    field: "condition.googleCloud",
  },
  {
    case: "an alert with no backend's condition",
    change: addAlert(alert({ ...rule, condition: {} })),
    where: 'alert "typed-alert"',
    field: "condition",
  },
];
