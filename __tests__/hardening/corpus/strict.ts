/**
 * Broken definitions that engines or targets would refuse or misread although each field alone
 * has the right type: a region AWS does not have, a label a stack overwrites, a template Prometheus
 * parses but cannot run, a selector no series can match. Each must be refused naming its field.
 */
import type { Definitions } from "../../../engine/definitions";
import type { Writable } from "../../helpers";
import type { TypedCase } from "./typed";

type D = Writable<Definitions>;
type Entry = Record<string, unknown>;

/** Replaces the definition `id` of list `list` with a copy changed by `change`. */
const edit =
  (list: keyof D, id: string, change: (copy: Entry) => void) =>
  (d: D): void => {
    const entries = d[list] as unknown as Entry[];
    const target = entries.find((e) => e.id === id);
    if (!target) throw new Error(`no ${String(list)} "${id}"`);
    const copy = { ...target };
    change(copy);
    (d as unknown as Record<string, unknown>)[list] = entries.map((e) => (e === target ? copy : e));
  };
const append = (list: keyof D, entry: Entry) => (d: D) =>
  void ((d as unknown as Record<string, unknown>)[list] = [...((d[list] as unknown as Entry[]) ?? []), entry]);
const env = (id: string, change: (e: Entry) => void) => edit("environments", id, change);
const rule = (over: Entry): Entry => ({
  kind: "alert",
  id: "strict-rule",
  name: "StrictRule",
  service: "api",
  severity: "P3",
  summary: "a rule",
  for: "10m",
  condition: { prometheus: "up == 0" },
  ...over,
});
const where = {
  env: (id: string) => `environment "${id}"`,
  rule: 'alert "strict-rule"',
};

export const strictCases: TypedCase[] = [
  // Routing rows of the wrong shape, named as routing's other problems are.
  {
    case: "a routing severity given a number",
    change: (d) => void (d.routing = { ...d.routing, staging: { ...d.routing.staging, P3: 7 as unknown as string[] } }),
    where: 'routing "staging"',
    field: "P3",
  },
  {
    case: "an environment's routes given as one channel id",
    change: (d) => void (d.routing = { ...d.routing, staging: "slack-alerts-staging" as unknown as D["routing"]["staging"] }),
    where: 'routing "staging"',
    field: "P1",
  },
  // Numbers no comparison holds for, lists that notify twice, URLs runbook paths cannot follow.
  {
    case: "the exhausted budget level NaN",
    change: (d) =>
      void (d.errorBudgetPolicy = {
        ...d.errorBudgetPolicy,
        exhausted: { ...d.errorBudgetPolicy.exhausted, remainingAtOrBelow: Number.NaN },
      }),
    where: 'errorBudgetPolicy "exhausted"',
    field: "remainingAtOrBelow",
  },
  {
    case: "the Alertmanager fallback naming one channel twice",
    change: (d) => void (d.alertmanager = { ...d.alertmanager, fallback: ["slack-alerts-medium", "slack-alerts-medium"] }),
    where: "alertmanager",
    field: "fallback",
  },
  {
    case: "a repository URL ending in a fragment",
    change: (d) => void (d.repositoryUrl = "https://git.example.org/ops/monitoring/tree/main#readme/"),
    where: "repositoryUrl",
    field: "repositoryUrl",
  },
  // Text readers see.
  {
    case: "a service description of spaces",
    change: edit("services", "data-sync", (s) => (s.description = "   ")),
    where: 'service "data-sync"',
    field: "description",
  },
  {
    case: "a team name holding a word joiner",
    change: append("teams", { kind: "team", id: "platform", name: "Plat\u2060form" }),
    where: 'team "platform"',
    field: "name",
  },
  {
    case: "a log class description holding a bell character",
    change: edit("logClasses", "audit", (c) => (c.description = "audit\u0007trail")),
    where: 'log class "audit"',
    field: "description",
  },
  {
    case: "a log metric description that is a number",
    change: edit("logMetrics", "subscriptions-created", (m) => (m.description = 12)),
    where: 'log metric "subscriptions-created"',
    field: "description",
  },
  {
    case: "a log metric match that is null",
    change: edit("logMetrics", "subscriptions-created", (m) => (m.match = null)),
    where: 'log metric "subscriptions-created"',
    field: "match",
  },
  {
    case: "a log metric match value holding a first-strong isolate",
    change: edit("logMetrics", "agent-execution-failures", (m) => (m.match = { status: "\u2068failed" })),
    where: 'log metric "agent-execution-failures"',
    field: "match.status",
  },
  // Response times no one can keep.
  {
    case: "a severity answered in 30 seconds",
    change: edit("severities", "P1", (s) => (s.responseTime = "30s")),
    where: 'severity "P1"',
    field: "responseTime",
  },
  {
    case: "a team answering P1 in 90 seconds",
    change: append("teams", { kind: "team", id: "platform", response: { respondWithin: { P1: "90s" } } }),
    where: 'team "platform"',
    field: "response.respondWithin.P1",
  },
  // null where "left out" was meant.
  {
    case: "a service runsOn of null",
    change: edit("services", "agents", (s) => (s.runsOn = null)),
    where: 'service "agents"',
    field: "runsOn",
  },
  {
    case: "a rotation handoff of null",
    change: edit("onCall", "nous-engineering", (t) => (t.rotation = { ...(t.rotation as Entry), handoff: null })),
    where: 'on-call team "nous-engineering"',
    field: "rotation.handoff",
  },
  {
    case: "an environment's Google Cloud block of null",
    change: env("staging", (e) => (e.gcp = null)),
    where: where.env("staging"),
    field: "gcp",
  },
  {
    case: "an environment's AWS block written as the account id",
    change: env("staging", (e) => (e.aws = "222222222222")),
    where: where.env("staging"),
    field: "aws",
  },
  {
    case: "a team's place in an environment written as a number",
    change: append("teams", { kind: "team", id: "platform", environments: { staging: 3 } }),
    where: 'team "platform"',
    field: "environments.staging",
  },
  // Clouds: values of the right shape that the clouds do not have.
  {
    case: "an AWS region of the right shape that AWS does not have",
    change: env("staging", (e) => (e.aws = { account: "222222222222", region: "eu-west-9" })),
    where: where.env("staging"),
    field: "aws.region",
  },
  {
    case: "a team's own AWS region that AWS does not have",
    change: append("teams", {
      kind: "team",
      id: "platform",
      environments: { prod: { aws: { account: "444444444444", region: "sa-west-1" } } },
    }),
    where: 'team "platform"',
    field: "environments.prod.aws.region",
  },
  {
    case: "an AWS account id written as a number",
    change: env("staging", (e) => (e.aws = { account: 222222222222, region: "us-east-1" })),
    where: where.env("staging"),
    field: "aws.account",
  },
  {
    case: "two environments in one AWS account and region",
    change: env("staging", (e) => (e.aws = { account: "111111111111", region: "us-east-1" })),
    where: where.env("staging"),
    field: "aws.account",
  },
  {
    case: "a Google Cloud project id holding ssl",
    change: env("staging", (e) => (e.gcp = { project: "nous-ssl-staging", region: "southamerica-east1" })),
    where: where.env("staging"),
    field: "gcp.project",
  },
  // Environment labels the stacks overwrite, or that name another environment.
  {
    case: "an environment label named team",
    change: env("staging", (e) => (e.labels = { environment: "staging", team: "sre" })),
    where: where.env("staging"),
    field: "labels.team",
  },
  {
    case: "an environment label naming another environment",
    change: env("staging", (e) => (e.labels = { environment: "prod" })),
    where: where.env("staging"),
    field: "labels.environment",
  },
  {
    case: "an environment label value that is a boolean",
    change: env("staging", (e) => (e.labels = { environment: "staging", billable: true })),
    where: where.env("staging"),
    field: "labels.billable",
  },
  {
    case: "environment labels given as a string",
    change: env("staging", (e) => (e.labels = "environment=staging")),
    where: where.env("staging"),
    field: "labels",
  },
  // Alert text Prometheus shows as an error or as nothing, labels of SLO alerts, impossible selectors.
  {
    case: "a description whose pipeline starts with nil",
    change: append("alerts", rule({ description: "{{ nil | printf }}" })),
    where: where.rule,
    field: "description",
  },
  {
    case: "a description that only defines a template",
    change: append("alerts", rule({ description: '{{- define "note" -}}look at the queue{{- end -}}' })),
    where: where.rule,
    field: "description",
  },
  {
    case: "an alert rule labelled as an SLO budget alert",
    change: append("alerts", rule({ labels: { budget: "exhausted" } })),
    where: where.rule,
    field: "labels.budget",
  },
  {
    case: "a condition asking one label for two values",
    change: append("alerts", rule({ condition: { prometheus: 'rate(http_requests_total{code="500", code="503"}[5m]) > 0' } })),
    where: where.rule,
    field: "condition.prometheus",
  },
  // CloudWatch: what would be dropped or misread.
  {
    case: "a threshold override on a composite alarm",
    change: env("prod", (e) => (e.overrides = { ...(e.overrides as Entry), cloudWatchAlarms: { "api-degraded": { threshold: 2 } } })),
    where: where.env("prod"),
    field: "overrides.cloudWatchAlarms.api-degraded.threshold",
  },
  {
    case: "a CloudWatch alarm of a service that runs on no AWS stack",
    change: (d) => {
      edit("services", "agents", (s) => (s.runsOn = { targets: ["gcp", "pagerduty"] }))(d);
      append("cloudWatchAlarms", {
        kind: "cloudwatch-alarm",
        id: "agents-queue-depth",
        service: "agents",
        severity: "P3",
        summary: "queue deep",
        metric: {
          namespace: "AWS/SQS",
          metric: "ApproximateNumberOfMessagesVisible",
          statistic: "Maximum",
          dimensions: { QueueName: "agents" },
        },
        comparison: ">",
        threshold: 1000,
        period: "5m",
        evaluationPeriods: 2,
        treatMissingData: "notBreaching",
        missingDataReason: "an idle queue publishes nothing",
      })(d);
    },
    where: 'cloudwatch alarm "agents-queue-depth"',
    field: "service",
  },
  // SLIs that never have data or never see the outage.
  {
    case: "a latency histogram named by its _sum series",
    change: edit(
      "slos",
      "api-latency",
      (s) => (s.sli = { ...(s.sli as Entry), prometheus: { histogram: 'http_request_duration_seconds_sum{job="nous-api"}' } }),
    ),
    where: 'slo "api-latency"',
    field: "sli.prometheus.histogram",
  },
  {
    case: "a latency histogram given as a number, not a selector",
    change: edit("slos", "api-latency", (s) => (s.sli = { ...(s.sli as Entry), prometheus: { histogram: 42 } })),
    where: 'slo "api-latency"',
    field: "sli.prometheus.histogram",
  },
  {
    case: "a freshness maxAge as long as the window",
    change: edit("slos", "data-freshness", (s) => (s.sli = { ...(s.sli as Entry), maxAge: "7d" })),
    where: 'slo "data-freshness"',
    field: "sli.maxAge",
  },
  {
    case: "a CloudWatch ratio whose total is a maximum",
    change: edit("slos", "api-availability", (s) => {
      const sli = s.sli as Entry;
      const cw = sli.cloudWatch as Entry;
      s.sli = { ...sli, cloudWatch: { ...cw, total: { ...(cw.total as Entry), statistic: "Maximum" } } };
    }),
    where: 'slo "api-availability"',
    field: "sli.cloudWatch.total.statistic",
  },
  // Endpoints the checkers can never reach.
  {
    case: "an endpoint on the loopback address",
    change: edit("services", "frontend", (s) => (s.endpoints = [{ id: "web-app", url: "http://127.0.0.1:3000/", severity: "P2" }])),
    where: 'endpoint "web-app"',
    field: "url",
  },
  {
    case: "an endpoint on a unique-local IPv6 address",
    change: edit("services", "frontend", (s) => (s.endpoints = [{ id: "web-app", url: "https://[fd12:3456::8]/", severity: "P2" }])),
    where: 'endpoint "web-app"',
    field: "url",
  },
  {
    case: "an endpoint on a public IPv6 address (Route 53 checks a domain name)",
    change: edit(
      "services",
      "frontend",
      (s) => (s.endpoints = [{ id: "web-app", url: "https://[2606:4700:4700::1111]/", severity: "P2" }]),
    ),
    where: 'endpoint "web-app"',
    field: "url",
  },
  {
    case: "one endpoint URL for every environment, with a path longer than Route 53 keeps",
    change: edit(
      "services",
      "frontend",
      (s) => (s.endpoints = [{ id: "web-app", url: `https://app.nous.com/?q=${"x".repeat(260)}`, severity: "P2" }]),
    ),
    where: 'endpoint "web-app"',
    field: "url",
  },
  // The OpenSLO import's settings, checked before any file needs them.
  {
    case: "an OpenSLO severity label mapped to a word",
    change: (d) => void (d.openSlo = { severityLabels: { page: "urgent" as "P1" } }),
    where: "openSlo",
    field: "severityLabels.page",
  },
  {
    case: "an OpenSLO default runbook on ftp",
    change: (d) => void (d.openSlo = { defaultRunbook: "ftp://docs.example.com/runbook" }),
    where: "openSlo",
    field: "defaultRunbook",
  },
  {
    case: "an OpenSLO default team in snake case",
    change: (d) => void (d.openSlo = { defaultTeam: "platform_team" }),
    where: "openSlo",
    field: "defaultTeam",
  },
];
