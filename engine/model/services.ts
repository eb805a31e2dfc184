/** Services and their public endpoints (uptime checks), per environment. */
import { SEVERITIES, TARGET_IDS, type Definitions, type RunsOn, type ServiceDefinition, type Severity } from "../definitions/types";
import { REPO_RUNBOOK, checkId, checkText, checkUnique, isSeverity, urlProblem } from "./checks";
import { perEnvironment } from "./cloudwatch";
import { notADuration, parseDuration } from "./duration";
import type { Problems } from "./problems";
import { ownPagerDutySeverities } from "./teams";
import { pagerDutyServiceId } from "./naming/pagerduty";
import type { EndpointModel, EnvironmentModel, ServiceModel } from "./types";

/** A runbooks/<name>.md link becomes the file's URL in the repository; URLs stay as they are. */
export function resolveRunbook(defs: Pick<Definitions, "repositoryUrl">, runbook: string | undefined): string | undefined {
  return runbook !== undefined && REPO_RUNBOOK.test(runbook) ? `${defs.repositoryUrl}${runbook}` : runbook;
}

/** Where a service runs: its own `runsOn`, else its team's, else everywhere (each list left out means all). */
export function serviceRunsOn(defs: Pick<Definitions, "teams">, service: ServiceDefinition): RunsOn {
  return service.runsOn ?? defs.teams?.find((t) => t.id === service.team)?.runsOn ?? {};
}

/**
 * Why an endpoint's host can never be reached by the uptime checkers, or undefined: they probe
 * from the internet (Route 53 health checkers and Cloud Monitoring uptime checks), so a private,
 * loopback, link-local or unspecified address always fails and the endpoint always alerts. The
 * ranges are those Route 53 refuses in a health check's IPAddress:
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html
 */
function unreachableHost(url: string): string | undefined {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  const internal = v4
    ? v4[0] === 10 ||
      v4[0] === 127 ||
      v4[0] === 0 ||
      (v4[0] === 172 && v4[1] >= 16 && v4[1] <= 31) ||
      (v4[0] === 192 && v4[1] === 168) ||
      (v4[0] === 169 && v4[1] === 254) ||
      (v4[0] === 100 && v4[1] >= 64 && v4[1] <= 127)
    : host.includes(":") && (host === "::" || host === "::1" || /^f[cd]/.test(host) || /^fe[89ab]/.test(host));
  if (internal || host === "localhost")
    return `has the host ${host}, an address of a private network or of the machine itself, which the uptime checkers (Route 53, Cloud Monitoring) probe from the internet and can never reach: give the endpoint's public address`;
  return undefined;
}

export function buildServices(defs: Definitions, environments: readonly EnvironmentModel[], problems: Problems): ServiceModel[] {
  checkUnique("service", defs.services, problems);
  const envIds = new Set(environments.map((e) => e.id));
  const endpoints = defs.services.flatMap((s) => (s.endpoints ?? []).map((e) => ({ ...e, service: s.id })));
  checkUnique("endpoint", endpoints, problems);
  const teams = new Map((defs.teams ?? []).map((t) => [t.id, t]));
  const services = defs.services.map((s) => {
    const where = `service "${s.id}"`;
    checkId(where, s.id, problems);
    checkText(where, "name", s.name, problems);
    checkText(where, "team", s.team, problems);
    // Shown on every target's service page (PagerDuty, Cloud Monitoring, the catalog): text a reader can see.
    if (s.description !== undefined) checkText(where, "description", s.description, problems);
    // null is no "left out": it would silently mean the team's runsOn, or everywhere.
    if (s.runsOn === null)
      problems.add(where, "runsOn", "must be { targets, environments }, or be left out to run where the team runs; got null");
    const models: EndpointModel[] = (s.endpoints ?? []).map((e) => {
      const ew = `endpoint "${e.id}"`;
      checkId(ew, e.id, problems);
      const urls = perEnvironment(e.url, [...envIds]);
      for (const [env, url] of Object.entries(urls)) {
        if (!envIds.has(env)) problems.add(ew, `url.${env}`, `unknown environment "${env}"`);
        const problem = urlProblem(url) ?? unreachableHost(url);
        if (problem) problems.add(ew, typeof e.url === "string" ? "url" : `url.${env}`, problem);
      }
      if (Object.keys(urls).length === 0)
        problems.add(ew, "url", "names no URL, so nothing would be checked: give one, or one per environment");
      if (e.severity === null) problems.add(ew, "severity", "must be a severity, or be left out for P1");
      const severity = e.severity ?? "P1";
      if (!isSeverity(severity)) problems.add(ew, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(severity)}`);
      const periodSeconds = parseDuration(e.period ?? "60s");
      const timeoutSeconds = parseDuration(e.timeout ?? "10s");
      if (periodSeconds === undefined) problems.add(ew, "period", notADuration(e.period, '"60s"'));
      if (timeoutSeconds === undefined) problems.add(ew, "timeout", notADuration(e.timeout, '"10s"'));
      return {
        id: e.id,
        service: s.id,
        urls,
        severity,
        periodSeconds: periodSeconds ?? 60,
        timeoutSeconds: timeoutSeconds ?? 10,
        runbook: resolveRunbook(defs, e.runbook),
      };
    });
    const runsOn = serviceRunsOn(defs, s);
    // A problem of the team's runsOn is the team's, reported once for all its services.
    const runsOnAt = s.runsOn ? where : `team "${s.team}"`;
    // A typo (environment for environments) would be ignored: the service would run everywhere.
    for (const key of Object.keys(typeof runsOn === "object" && runsOn !== null ? runsOn : {}))
      if (key !== "targets" && key !== "environments")
        problems.add(runsOnAt, `runsOn.${key}`, "is not a runsOn setting; runsOn takes targets and environments");
    for (const list of ["targets", "environments"] as const) {
      const given: unknown = runsOn[list];
      if (given !== undefined && (!Array.isArray(given) || given.length === 0))
        problems.add(
          runsOnAt,
          `runsOn.${list}`,
          `must name at least one ${list === "targets" ? "target" : "environment"}, or be left out to mean all of them; got ${JSON.stringify(given)}`,
        );
    }
    for (const target of Array.isArray(runsOn.targets) ? runsOn.targets : []) {
      if (!(TARGET_IDS as readonly string[]).includes(target))
        problems.add(runsOnAt, "runsOn.targets", `unknown target ${JSON.stringify(target)}; targets: ${TARGET_IDS.join(", ")}`);
    }
    for (const env of Array.isArray(runsOn.environments) ? runsOn.environments : []) {
      if (!envIds.has(env))
        problems.add(runsOnAt, "runsOn.environments", `unknown environment "${env}"; defined environments: ${[...envIds].join(", ")}`);
    }
    const own = ownPagerDutySeverities(teams.get(s.team));
    const pagerDuty = Object.fromEntries(
      SEVERITIES.map((sev) => [sev, pagerDutyServiceId(s.id, own.includes(sev) ? sev : undefined)]),
    ) as Record<Severity, string>;
    const service: ServiceModel = {
      id: s.id,
      name: s.name,
      team: s.team,
      description: s.description ?? s.name,
      endpoints: models,
      runsOn,
      pagerDuty,
    };
    return service;
  });
  return services;
}
