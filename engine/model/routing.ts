/** Severities, channels, environments and the routing matrix between them. */
import { SEVERITIES, type Definitions, type Severity } from "../definitions/types";
import { checkId, checkText, checkUnique, isHttpUrl } from "./checks";
import { parseDuration } from "./duration";
import type { Problems } from "./problems";
import type { ChannelModel, EnvironmentModel, SeverityModel } from "./types";

export function buildSeverities(defs: Definitions, problems: Problems): SeverityModel[] {
  const byId = new Map(defs.severities.map((s) => [s.id, s]));
  for (const s of defs.severities) {
    if (!SEVERITIES.includes(s.id)) problems.add(`severity "${s.id}"`, "id", `must be one of ${SEVERITIES.join(", ")}`);
  }
  checkUnique("severity", defs.severities, problems);
  const models: SeverityModel[] = [];
  for (const id of SEVERITIES) {
    const s = byId.get(id);
    const where = `severity "${id}"`;
    if (!s) {
      problems.add(where, "id", "is not defined; every severity P0-P3 needs a meaning");
      continue;
    }
    checkText(where, "name", s.name, problems);
    checkText(where, "description", s.description, problems);
    const responseTimeSeconds = parseDuration(s.responseTime);
    if (responseTimeSeconds === undefined) {
      problems.add(where, "responseTime", `must be a duration such as "30m", got ${JSON.stringify(s.responseTime)}`);
    }
    models.push({ id, name: s.name, description: s.description, responseTimeSeconds: responseTimeSeconds ?? 0, onCall: s.onCall });
  }
  return models;
}

export function buildChannels(defs: Definitions, problems: Problems): ChannelModel[] {
  for (const c of defs.channels) {
    const where = `channel "${c.id}"`;
    checkId(where, c.id, problems);
    switch (c.kind) {
      case "pagerduty":
        break;
      case "slack":
        if (typeof c.channel !== "string" || !/^#[a-z0-9][a-z0-9_-]{0,79}$/.test(c.channel)) {
          problems.add(where, "channel", `must be a Slack channel name such as "#alerts-critical", got ${JSON.stringify(c.channel)}`);
        }
        if (c.slackIds && (!/^[A-Z0-9]{8,12}$/.test(c.slackIds.workspace) || !/^[A-Z0-9]{8,12}$/.test(c.slackIds.channel))) {
          problems.add(
            where,
            "slackIds",
            `must be Slack ids such as { workspace: "T0123ABCD", channel: "C0123ABCD" }, got ${JSON.stringify(c.slackIds)}`,
          );
        }
        break;
      case "email":
        if (typeof c.address !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.address)) {
          problems.add(where, "address", `must be an email address, got ${JSON.stringify(c.address)}`);
        }
        break;
      default:
        problems.add(where, "kind", `must be pagerduty, slack or email, got ${JSON.stringify((c as { kind: unknown }).kind)}`);
    }
  }
  checkUnique("channel", defs.channels, problems);
  return defs.channels.map((c) => ({ ...c }));
}

export function buildEnvironments(defs: Definitions, channels: readonly ChannelModel[], problems: Problems): EnvironmentModel[] {
  checkUnique("environment", defs.environments, problems);
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const envIds = new Set(defs.environments.map((e) => e.id));
  for (const id of Object.keys(defs.routing)) {
    if (!envIds.has(id))
      problems.add(`routing "${id}"`, "environment", `unknown environment; defined environments: ${[...envIds].join(", ")}`);
  }
  if (defs.environments.length === 0) problems.add("environments", "list", "must define at least one environment");

  return defs.environments.map((env) => {
    const where = `environment "${env.id}"`;
    checkId(where, env.id, problems);
    checkText(where, "name", env.name, problems);
    if (env.gcp) {
      if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(env.gcp.project)) {
        problems.add(
          where,
          "gcp.project",
          `must be a Google Cloud project id (6-30 lowercase letters, digits, dashes), got ${JSON.stringify(env.gcp.project)}`,
        );
      }
      checkText(where, "gcp.region", env.gcp.region, problems);
    }
    if (env.grafana) {
      for (const field of ["url", "prometheusUrl"] as const) {
        if (!isHttpUrl(env.grafana[field]))
          problems.add(where, `grafana.${field}`, `must be an absolute http(s) URL, got ${JSON.stringify(env.grafana[field])}`);
      }
    }
    if (env.aws) {
      if (!/^\d{12}$/.test(env.aws.account))
        problems.add(where, "aws.account", `must be a 12-digit AWS account id, got ${JSON.stringify(env.aws.account)}`);
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(env.aws.region))
        problems.add(where, "aws.region", `must be an AWS region such as "us-east-1", got ${JSON.stringify(env.aws.region)}`);
    }
    const routes = {} as Record<Severity, ChannelModel[]>;
    const row = defs.routing[env.id];
    if (!row) problems.add(`routing "${env.id}"`, "environment", "has no routes; every environment needs a route for each severity");
    for (const severity of SEVERITIES) {
      const field = `${severity}`;
      const ids = row?.[severity];
      routes[severity] = [];
      if (!row) continue;
      if (!ids || ids.length === 0) {
        problems.add(`routing "${env.id}"`, field, "has no channel: alerts of this severity would reach nobody");
        continue;
      }
      for (const id of ids) {
        const channel = channelById.get(id);
        if (!channel) {
          problems.add(`routing "${env.id}"`, field, `unknown channel "${id}"; defined channels: ${[...channelById.keys()].join(", ")}`);
        } else if (channel.kind === "pagerduty" && !env.pages) {
          problems.add(
            `routing "${env.id}"`,
            field,
            `routes to PagerDuty channel "${id}", but environment "${env.id}" never pages (pages: false)`,
          );
        } else {
          routes[severity].push(channel);
        }
      }
    }
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
      targets: { ...env.targets },
      labels: { ...env.labels },
      routes,
    };
  });
}

/** True when alerts of this severity reach a pager somewhere, or the severity is on call. */
export function pages(severity: Severity, severities: readonly SeverityModel[], environments: readonly EnvironmentModel[]): boolean {
  if (severities.find((s) => s.id === severity)?.onCall) return true;
  return environments.some((e) => e.routes[severity].some((c) => c.kind === "pagerduty"));
}

/**
 * Services whose Prometheus-evaluated alerts (alert rules with PromQL, SLO burn-rate tiers of
 * SLOs with a Prometheus source) fire at each severity: Alertmanager and Grafana route their
 * pages per service.
 */
export function prometheusAlertServices(model: {
  alerts: readonly { prometheus?: string; severity: Severity; service: { id: string } }[];
  slos: readonly { sli: { prometheus?: unknown }; tiers: readonly { severity: Severity }[]; service: { id: string } }[];
}): Map<Severity, string[]> {
  const map = new Map<Severity, string[]>(SEVERITIES.map((s) => [s, []]));
  const add = (severity: Severity, service: string) => {
    const list = map.get(severity)!;
    if (!list.includes(service)) list.push(service);
  };
  for (const a of model.alerts) if (a.prometheus) add(a.severity, a.service.id);
  for (const s of model.slos) if (s.sli.prometheus) for (const t of s.tiers) add(t.severity, s.service.id);
  return map;
}

/** PagerDuty event severities: critical and error open high-urgency incidents, warning and info low. */
export const PAGERDUTY_EVENT_SEVERITY: Record<Severity, string> = { P0: "critical", P1: "error", P2: "warning", P3: "info" };

/** How a channel reads in documents for people: "Slack #alerts-high", "email a@b.c", "PagerDuty (service's on-call)". */
export function channelText(c: ChannelModel): string {
  return c.kind === "slack" ? `Slack ${c.channel}` : c.kind === "email" ? `email ${c.address}` : "PagerDuty (service's on-call)";
}
