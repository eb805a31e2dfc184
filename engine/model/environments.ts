/** Environments: where they run, their state, targets and the routes of each severity. */
import {
  GRAFANA_SLO_DESTINATION_KINDS,
  SEVERITIES,
  TARGET_IDS,
  type Definitions,
  type EnvironmentDefinition,
  type GrafanaSloDestination,
  type Routes,
  type Severity,
  type TeamCloudsDefinition,
  type TeamDefinition,
} from "../definitions/types";
import { checkId, checkText, checkUnique, urlProblem } from "./checks";
import { awsRegionProblem } from "./aws-regions";
import { serviceRunsOn } from "./services";
import type { Problems } from "./problems";
import { checkLabels, controlCharacter } from "./text-checks";
import type { ChannelModel, EnvironmentModel, RoutesModel } from "./types";

export function buildEnvironments(defs: Definitions, channels: readonly ChannelModel[], problems: Problems): EnvironmentModel[] {
  checkUnique("environment", defs.environments, problems);
  checkEnvironmentsApart(defs, problems);
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const envIds = new Set(defs.environments.map((e) => e.id));
  for (const id of Object.keys(defs.routing)) {
    if (!envIds.has(id))
      problems.add(`routing "${id}"`, "environment", `unknown environment; defined environments: ${[...envIds].join(", ")}`);
  }
  if (defs.environments.length === 0) problems.add("environments", "list", "must define at least one environment");
  const teams = buildTeams(defs, envIds, problems);
  // A team's own channels are its alone: neither the organisation's routes nor another team's may use them.
  const channelOwner = new Map((defs.teams ?? []).flatMap((t) => (t.channels ?? []).map((c) => [c.id, t.id] as const)));
  const teamIds = [...new Set([...defs.services.map((s) => s.team), ...teams.keys()])];

  return defs.environments.map((env) => {
    const where = `environment "${env.id}"`;
    checkId(where, env.id, problems);
    checkText(where, "name", env.name, problems);
    checkClouds(where, "", env, problems);
    checkEnvironmentLabels(where, env, envIds, problems);
    checkLabels(where, "seriesMatchers", env.seriesMatchers, problems, 'must be an object of label names and values, e.g. { env: "prod" }');
    // env="" selects the series WITHOUT the label: the other environments' would be judged as this one's.
    for (const [label, value] of Object.entries(
      typeof env.seriesMatchers === "object" && env.seriesMatchers !== null ? env.seriesMatchers : {},
    ))
      if (value === "")
        problems.add(
          where,
          `seriesMatchers.${label}`,
          "is empty, which selects the series that lack the label; give the environment's value",
        );
    // A string such as "false" would read as true, and a typo in a switch would silently mean its default.
    if (typeof env.pages !== "boolean") problems.add(where, "pages", `must be true or false, got ${JSON.stringify(env.pages)}`);
    if (env.pagerDutyKeys !== undefined && env.pagerDutyKeys !== "stack" && env.pagerDutyKeys !== "variables")
      problems.add(where, "pagerDutyKeys", `must be "stack" or "variables", got ${JSON.stringify(env.pagerDutyKeys)}`);
    if (env.split !== undefined && env.split !== "team")
      problems.add(where, "split", `must be "team" when given, got ${JSON.stringify(env.split)}`);
    if (env.targets !== undefined && (typeof env.targets !== "object" || env.targets === null || Array.isArray(env.targets)))
      problems.add(
        where,
        "targets",
        `must be an object of target ids and true or false, such as { aws: false }, got ${JSON.stringify(env.targets)}`,
      );
    else
      for (const [target, on] of Object.entries(env.targets ?? {})) {
        if (!(TARGET_IDS as readonly string[]).includes(target))
          problems.add(where, `targets.${target}`, `unknown target; targets: ${TARGET_IDS.join(", ")}`);
        else if (typeof on !== "boolean") problems.add(where, `targets.${target}`, `must be true or false, got ${JSON.stringify(on)}`);
      }
    if (env.ruleFiles !== undefined && env.ruleFiles !== "environment" && env.ruleFiles !== "team")
      problems.add(where, "ruleFiles", `must be "environment" or "team", got ${JSON.stringify(env.ruleFiles)}`);
    const routingWhere = `routing "${env.id}"`;
    const row = defs.routing[env.id];
    if (!row) problems.add(routingWhere, "environment", "has no routes; every environment needs a route for each severity");
    const routes = resolveRoutes(row ?? {}, routingWhere, "", env, { channelById, channelOwner }, problems, Boolean(row));
    // An on-call severity is one that pages: a paging environment that routes it to no pager would wake no one.
    const onCall = new Set(defs.severities.filter((s) => s?.onCall === true).map((s) => s.id));
    const checkPages = (e: typeof env, s: Severity, channels: readonly ChannelModel[], where: string, field: string) => {
      if (e.pages && onCall.has(s) && !channels.some((c) => c.kind === "pagerduty"))
        problems.add(
          where,
          field,
          `reaches no PagerDuty channel, but ${s} is on call (severities) and environment "${e.id}" pages: its alerts would wake no one. Add a pagerduty channel, or make ${s} a severity that is not on call`,
        );
    };
    for (const s of SEVERITIES) if (row && routes[s].length) checkPages(env, s, routes[s], routingWhere, s);
    // A team that does not run here has nothing to route here: its routes are neither checked nor listed.
    const teamRoutes = Object.fromEntries(
      teamIds.flatMap((team) => {
        const t = teams.get(team);
        if (!teamRunsIn(defs, team, env.id)) return [];
        const own = { ...t?.routes, ...t?.environmentRoutes?.[env.id] };
        const field = (s: Severity) => (t?.environmentRoutes?.[env.id]?.[s] ? `environmentRoutes.${env.id}.` : "routes.");
        const resolved = resolveRoutes(own, `team "${team}"`, field, env, { channelById, channelOwner, team }, problems, false);
        const merged = {} as Record<Severity, readonly ChannelModel[]>;
        for (const s of SEVERITIES) merged[s] = own[s] ? resolved[s] : routes[s];
        for (const s of SEVERITIES.filter((s) => own[s] && resolved[s].length))
          checkPages(env, s, resolved[s], `team "${team}"`, `${field(s)}${s}`);
        return [[team, merged as RoutesModel] as const];
      }),
    );
    return {
      id: env.id,
      name: env.name,
      pages: env.pages,
      gcp: env.gcp,
      aws: env.aws,
      grafana: env.grafana,
      pagerDutyKeys: env.pagerDutyKeys ?? "stack",
      state: env.state,
      split: env.split,
      ruleFiles: env.ruleFiles ?? "environment",
      targets: { ...env.targets },
      labels: { ...env.labels },
      seriesMatchers: { ...env.seriesMatchers },
      routes,
      teamRoutes,
      teamClouds: Object.fromEntries(
        [...teams.values()].flatMap((t) => {
          const clouds: unknown = t.environments?.[env.id];
          if (clouds === undefined) return [];
          if (typeof clouds !== "object" || clouds === null || Array.isArray(clouds)) {
            problems.add(
              `team "${t.id}"`,
              `environments.${env.id}`,
              `must be the team's own places in "${env.id}", such as { gcp: { project, region } }, got ${JSON.stringify(clouds)}`,
            );
            return [];
          }
          checkClouds(`team "${t.id}"`, `environments.${env.id}.`, clouds as TeamCloudsDefinition, problems);
          for (const target of ["gcp", "aws", "grafana"] as const)
            if ((clouds as TeamCloudsDefinition)[target] !== undefined && !teamRunsIn(defs, t.id, env.id, target))
              problems.add(
                `team "${t.id}"`,
                `environments.${env.id}.${target}`,
                `no service of this team runs on ${target} in environment "${env.id}" (runsOn), so this place would hold nothing`,
              );
          const { gcp, aws, grafana } = clouds as TeamCloudsDefinition;
          return [[t.id, { gcp, aws, grafana }]];
        }),
      ),
    };
  });
}

/**
 * Labels the stacks set themselves over an environment's labels (on Google Cloud alert policies,
 * SLOs, uptime checks and channels; on AWS alarms, log groups and topics, and the provider's
 * default tags): an environment label of the same name would be silently replaced there.
 */
const STACK_LABELS = ["severity", "service", "team", "alert", "slo", "tier", "tiers", "channel", "log_class", "managed_by", "Name"];

/** An environment's labels: text values, none the stacks set, and no `environment` label naming another environment. */
function checkEnvironmentLabels(where: string, env: EnvironmentDefinition, envIds: ReadonlySet<string>, problems: Problems): void {
  const labels: unknown = env.labels;
  if (labels === undefined) return;
  if (typeof labels !== "object" || labels === null || Array.isArray(labels)) {
    problems.add(
      where,
      "labels",
      `must be an object of label names and text values, such as { cost_center: "cc-42" }, got ${JSON.stringify(labels)}`,
    );
    return;
  }
  for (const [key, value] of Object.entries(labels)) {
    const field = `labels.${key}`;
    if (STACK_LABELS.includes(key))
      problems.add(
        where,
        field,
        `is set by the stacks on the resources that carry it (${STACK_LABELS.join(", ")}), so this value would be lost there; choose another name`,
      );
    if (typeof value !== "string") problems.add(where, field, `must be text, got ${JSON.stringify(value)}`);
    else if (controlCharacter(value)) problems.add(where, field, `holds the invisible or control character ${controlCharacter(value)}`);
    // Resources of this environment tagged as another's would be counted and searched as that one's;
    // another name for this one (environment: "production" on prod) is the organisation's convention.
    else if (key === "environment" && value !== env.id && envIds.has(value))
      problems.add(
        where,
        field,
        `is "${value}", environment "${value}"'s id, but this is environment "${env.id}": its resources would be tagged as that environment's; write "${env.id}" or this environment's own name`,
      );
  }
}

/** True when some service of the team runs in the environment (serviceRunsOn), on `target` when given. */
function teamRunsIn(defs: Definitions, team: string, env: string, target?: string): boolean {
  return defs.services.some((s) => {
    if (s.team !== team) return false;
    const { environments, targets } = serviceRunsOn(defs, s);
    return (
      (environments === undefined || environments.includes(env)) &&
      (target === undefined || targets === undefined || (targets as readonly string[]).includes(target))
    );
  });
}

/** Team definitions by id, checked: each names a team some service belongs to, once. */
function buildTeams(defs: Definitions, envIds: ReadonlySet<string>, problems: Problems): Map<string, TeamDefinition> {
  const list = defs.teams ?? [];
  checkUnique("team", list, problems);
  const serviceTeams = new Set(defs.services.map((s) => s.team));
  for (const t of list) {
    const where = `team "${t.id}"`;
    checkId(where, t.id, problems);
    if (!serviceTeams.has(t.id))
      problems.add(where, "id", `no service belongs to this team; service teams: ${[...serviceTeams].join(", ")}`);
    for (const env of Object.keys(t.environments ?? {})) {
      if (!envIds.has(env))
        problems.add(where, `environments.${env}`, `unknown environment; defined environments: ${[...envIds].join(", ")}`);
    }
    for (const env of Object.keys(t.environmentRoutes ?? {})) {
      if (!envIds.has(env))
        problems.add(where, `environmentRoutes.${env}`, `unknown environment; defined environments: ${[...envIds].join(", ")}`);
      else if (!teamRunsIn(defs, t.id, env))
        problems.add(
          where,
          `environmentRoutes.${env}`,
          `no service of this team runs in environment "${env}" (runsOn), so nothing would use these routes`,
        );
    }
  }
  return new Map(list.map((t) => [t.id, t]));
}

/**
 * Channel ids per severity -> channels, each checked: it exists, and an environment that never
 * pages routes nothing to PagerDuty. With `complete`, every severity must have a channel.
 */
function resolveRoutes(
  row: Partial<Routes>,
  where: string,
  prefix: string | ((s: Severity) => string),
  env: EnvironmentDefinition,
  channels: {
    readonly channelById: ReadonlyMap<string, ChannelModel>;
    /** Channel id -> the team that owns it (its `channels`). */
    readonly channelOwner: ReadonlyMap<string, string>;
    /** The team whose routes these are; absent for the organisation's. */
    readonly team?: string;
  },
  problems: Problems,
  complete: boolean,
): Record<Severity, ChannelModel[]> {
  const { channelById, channelOwner, team } = channels;
  const routes = {} as Record<Severity, ChannelModel[]>;
  // A key that is no severity routes nothing: no alert carries it.
  for (const key of Object.keys(row ?? {}))
    if (!(SEVERITIES as readonly string[]).includes(key))
      problems.add(
        where,
        `${typeof prefix === "string" ? prefix : prefix(key as Severity)}${key}`,
        `is not a severity; routes are given per severity: ${SEVERITIES.join(", ")}`,
      );
  for (const severity of SEVERITIES) {
    const field = `${typeof prefix === "string" ? prefix : prefix(severity)}${severity}`;
    const ids = row[severity];
    routes[severity] = [];
    if (ids === undefined && !complete) continue;
    if (!ids || ids.length === 0) {
      problems.add(where, field, "has no channel: alerts of this severity would reach nobody");
      continue;
    }
    for (const [i, id] of ids.entries()) {
      const channel = channelById.get(id);
      // Listed twice, a channel would be notified twice (or, in a Terraform set, silently once).
      if (ids.indexOf(id) !== i) problems.add(where, field, `lists channel "${id}" twice; list each channel once`);
      else if (!channel) {
        problems.add(where, field, `unknown channel "${id}"; defined channels: ${[...channelById.keys()].join(", ")}`);
      } else if (channelOwner.has(id) && channelOwner.get(id) !== team) {
        problems.add(
          where,
          field,
          `channel "${id}" is team "${channelOwner.get(id)}"'s own: ${team === undefined ? "the organisation's routes (and the fallback of alerts of any team)" : "another team's routes"} may not use it; define the channel in the organisation's channels to share it`,
        );
      } else if (channel.kind === "pagerduty" && !env.pages) {
        problems.add(
          where,
          field,
          `routes to PagerDuty channel "${id}", but environment "${env.id}" never pages (pages: false)` +
            (team !== undefined && !field.startsWith("environmentRoutes.")
              ? `: give the team environmentRoutes.${env.id} for this severity, or leave "${env.id}" out of its runsOn.environments`
              : ""),
        );
      } else {
        routes[severity].push(channel);
      }
    }
  }
  return routes;
}

const READ_ONLY_REASON: Record<string, string> = {
  "managed-prometheus-frontend": "the Managed Service for Prometheus frontend serves queries only",
  prometheus: "a Prometheus server loads rules from files, not through an API",
};

/** Grafana SLO writes recording rules to its destination: a read-only data source cannot hold them. */
function checkSloDestination(where: string, field: string, destination: GrafanaSloDestination, problems: Problems): void {
  const urlWrong = urlProblem(destination.url);
  if (urlWrong) problems.add(where, `${field}.url`, urlWrong);
  if (!(GRAFANA_SLO_DESTINATION_KINDS as readonly string[]).includes(destination.kind))
    problems.add(
      where,
      `${field}.kind`,
      `must be one of ${GRAFANA_SLO_DESTINATION_KINDS.join(", ")}, got ${JSON.stringify(destination.kind)}`,
    );
  else if (READ_ONLY_REASON[destination.kind])
    problems.add(
      where,
      `${field}.kind`,
      `is "${destination.kind}", which cannot hold recording rules (${READ_ONLY_REASON[destination.kind]}); Grafana SLO writes each SLO's recording rules to its destination: point sloDestination at a data source that accepts them, such as Grafana Mimir or Cortex (kind "mimir" or "cortex")`,
    );
}

/**
 * Substrings Google Cloud refuses in a project id ("Cannot contain restricted strings, such as
 * google, null, undefined, and ssl"):
 * https://cloud.google.com/resource-manager/docs/creating-managing-projects#before_you_begin
 */
const GCP_PROJECT_RESTRICTED = ["google", "null", "undefined", "ssl"] as const;

/** The project, account and Grafana settings of an environment or of a team in it. */
function checkClouds(where: string, prefix: string, clouds: TeamCloudsDefinition, problems: Problems): void {
  // null is no "left out": the environment would silently have no stack on that cloud.
  for (const cloud of ["gcp", "aws", "grafana"] as const) {
    const value: unknown = clouds[cloud];
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value)))
      problems.add(
        where,
        `${prefix}${cloud}`,
        `must be an object such as ${CLOUD_EXAMPLE[cloud]}, or be left out when the environment has no ${cloud} stack; got ${JSON.stringify(value)}`,
      );
  }
  if (typeof clouds.gcp === "object" && clouds.gcp !== null) {
    // A block without a project would leave the provider to the runner's default project.
    const project: unknown = clouds.gcp.project;
    const restricted = typeof project === "string" ? GCP_PROJECT_RESTRICTED.find((r) => project.includes(r)) : undefined;
    if (typeof project !== "string" || !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(project)) {
      problems.add(
        where,
        `${prefix}gcp.project`,
        `must be a Google Cloud project id (6-30 lowercase letters, digits, dashes), got ${JSON.stringify(project)}`,
      );
    } else if (restricted)
      problems.add(
        where,
        `${prefix}gcp.project`,
        `contains "${restricted}", which Google Cloud refuses in a project id (restricted: ${GCP_PROJECT_RESTRICTED.join(", ")}), got ${JSON.stringify(project)}`,
      );
    else checkText(where, `${prefix}gcp.region`, clouds.gcp.region, problems);
  }
  if (typeof clouds.grafana === "object" && clouds.grafana !== null) {
    for (const field of ["url", "prometheusUrl"] as const) {
      const urlWrong = urlProblem(clouds.grafana[field]);
      if (urlWrong) problems.add(where, `${prefix}grafana.${field}`, urlWrong);
    }
    const destination = clouds.grafana.sloDestination;
    if (destination) checkSloDestination(where, `${prefix}grafana.sloDestination`, destination, problems);
  }
  if (typeof clouds.aws === "object" && clouds.aws !== null) {
    // A number loses an account id's leading zeros (012345678901 is 12345678901): only a string of 12 digits is one
    // ("a 12-digit number, such as 012345678901": https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html).
    if (typeof clouds.aws.account !== "string" || !/^\d{12}$/.test(clouds.aws.account))
      problems.add(
        where,
        `${prefix}aws.account`,
        `must be a 12-digit AWS account id written as a string, got ${JSON.stringify(clouds.aws.account)}${typeof clouds.aws.account === "number" ? " (a number)" : ""}`,
      );
    const regionWrong = awsRegionProblem(clouds.aws.region);
    if (regionWrong) problems.add(where, `${prefix}aws.region`, regionWrong);
  }
}

const CLOUD_EXAMPLE = {
  gcp: '{ project: "acme-prod", region: "europe-west1" }',
  aws: '{ account: "123456789012", region: "us-east-1" }',
  grafana: '{ url: "https://acme.grafana.net" }',
} as const;

/**
 * An environment's AWS account and region, and a team's own in an environment, are theirs alone:
 * two environments there would publish log metrics of one name, and a team's stack beside the
 * environment's would manage the same alarm topics and log groups from two states. Shared projects, and environments named like another's team stack, are name
 * collisions: the naming check (naming/check.ts) reports them.
 */
function checkEnvironmentsApart(defs: Definitions, problems: Problems): void {
  // Two environments in one AWS account and region would publish their log metrics under one
  // namespace and name (the metric's id, with no environment dimension): each environment's
  // alarms would count the other's entries too. Everything else there carries the environment in
  // its name, so without log metrics the two share nothing.
  const metrics = (Array.isArray(defs.logMetrics) ? defs.logMetrics : []).map((m) => m?.id).filter((id) => typeof id === "string");
  const places = new Map<string, string>();
  for (const e of metrics.length ? defs.environments : []) {
    const aws = e?.aws;
    if (typeof aws !== "object" || aws === null || typeof aws.account !== "string" || typeof aws.region !== "string") continue;
    const place = `${aws.account} ${aws.region}`;
    const other = places.get(place);
    if (other !== undefined)
      problems.add(
        `environment "${e.id}"`,
        "aws.account",
        `is environment "${other}"'s account in the same region (${aws.region}): both would publish the log metrics ${metrics.map((m) => `"${m}"`).join(", ")} under the same names, and each environment's alarms would count the other's log entries; give each environment its own account or region`,
      );
    else places.set(place, e.id);
  }
  for (const t of defs.teams ?? []) {
    for (const [envId, clouds] of Object.entries(typeof t?.environments === "object" && t.environments !== null ? t.environments : {})) {
      const env = defs.environments.find((e) => e?.id === envId);
      const aws = clouds?.aws;
      if (aws && env?.aws && aws.account === env.aws.account && aws.region === env.aws.region)
        problems.add(
          `team "${t.id}"`,
          `environments.${envId}.aws`,
          `is environment "${envId}"'s own account and region: the team's stack and the environment's would manage the same alarm topics and log groups from two states; give the team an account (or region) of its own, or leave it out`,
        );
    }
  }
}
