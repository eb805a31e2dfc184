/**
 * definitions -> model. Validates every definition, reports all problems of a run together
 * (DefinitionError), and derives the numbers targets render.
 */

import type { Definitions } from "../definitions/types";
import { buildAlerts } from "./alerts";
import { buildAlertmanager } from "./alertmanager";
import { buildBudgetPolicies } from "./budget-policy";
import { buildChannels } from "./channels";
import { checkRunbook, isHttpUrl, isSeverity, urlProblem } from "./checks";
import { buildCloudWatchAlarms } from "./cloudwatch";
import { buildDashboards } from "./dashboards";
import { buildEnvironments } from "./environments";
import { buildLogs } from "./logs";
import { checkNames } from "./naming/check";
import { buildOnCall, checkPagingOwnership } from "./oncall";
import { checkOpenSloSettings } from "./openslo-settings";
import { checkOverrides, definitionsFor } from "./overrides";
import { DefinitionError, Problems, type Problem } from "./problems";
import { pages } from "./routing";
import { buildServices, resolveRunbook } from "./services";
import { buildSeverities } from "./severities";
import { checkShapes } from "./shapes";
import { buildSlos } from "./slos";
import { buildTeams } from "./teams";
import type { Model } from "./types";

export * from "./types";
export { DefinitionError, formatProblem, type Problem } from "./problems";
export { resolveRunbook } from "./services";

/**
 * Validates the definitions and derives the model, and for each environment with overrides the
 * model it sees; throws DefinitionError listing every problem.
 */
export function buildModel(given: Definitions): Model {
  const shaped = checkShapes(given);
  if (shaped.fatal) throw new DefinitionError(shaped.problems);
  const defs = shaped.definitions;
  const base = buildSharedModel(defs, (problems) => {
    for (const p of shaped.problems) problems.add(p.where, p.field, p.message);
    checkOverrides(defs, problems);
    checkOpenSloSettings(defs, problems);
  });
  const environmentModels: Record<string, Model> = {};
  const problems: Problem[] = [];
  for (const env of defs.environments) {
    if (!env.overrides) continue;
    try {
      environmentModels[env.id] = buildSharedModel(definitionsFor(defs, env));
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems.push(...error.problems.map((p) => ({ ...p, where: `${p.where} (environment "${env.id}")` })));
    }
  }
  if (problems.length) throw new DefinitionError(problems);
  return { ...base, environmentModels };
}

function buildSharedModel(defs: Definitions, extraChecks?: (problems: Problems) => void): Model {
  const problems = new Problems();
  extraChecks?.(problems);
  const severities = buildSeverities(defs, problems);
  const channels = buildChannels(defs, problems);
  const environments = buildEnvironments(defs, channels, problems);
  const services = buildServices(defs, environments, problems);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  for (const s of services) {
    for (const e of s.endpoints) {
      if (isSeverity(e.severity)) {
        checkRunbook(
          `endpoint "${e.id}"`,
          e.runbook,
          pages(e.severity, severities, environments, s.team) ? `severity ${e.severity} pages` : undefined,
          problems,
        );
      }
    }
  }
  const budgetPolicies = buildBudgetPolicies(defs, problems);
  const envIds = environments.map((e) => e.id);
  const slos = buildSlos(defs, envIds, serviceById, budgetPolicies, problems);
  const alerts = buildAlerts(defs, serviceById, severities, environments, problems);
  const { logClasses, logMetrics } = buildLogs(defs, problems);
  const cloudWatchAlarms = buildCloudWatchAlarms(
    defs,
    serviceById,
    envIds,
    (s, team) => pages(s, severities, environments, team),
    (r) => resolveRunbook(defs, r),
    problems,
  );
  const onCall = buildOnCall(defs, services, problems);
  const teams = buildTeams(defs, severities, environments, problems);
  if (!isHttpUrl(defs.repositoryUrl) || !defs.repositoryUrl.endsWith("/")) {
    problems.add("repositoryUrl", "repositoryUrl", `must be an http(s) URL ending in "/", got ${JSON.stringify(defs.repositoryUrl)}`);
  } else if (urlProblem(defs.repositoryUrl)) problems.add("repositoryUrl", "repositoryUrl", urlProblem(defs.repositoryUrl)!);
  // A runbook's path is appended to this URL: after a query or a fragment it would be part of them, not of the path.
  else if (/[?#]/.test(defs.repositoryUrl))
    problems.add(
      "repositoryUrl",
      "repositoryUrl",
      `holds a query or fragment (${JSON.stringify(defs.repositoryUrl)}): runbooks/<name>.md is appended to it, so every runbook link would point at this page; give the folder URL, such as https://github.com/org/repo/blob/main/`,
    );
  checkPagingOwnership(
    environments,
    onCall,
    services,
    [
      ...alerts.map((a) => ({ what: `alert "${a.id}"`, service: a.service.id, severity: a.severity })),
      ...slos.flatMap((s) => s.tiers.map((t) => ({ what: `slo "${s.id}" tier ${t.id}`, service: s.service.id, severity: t.severity }))),
      ...services.flatMap((s) => s.endpoints.map((e) => ({ what: `endpoint "${e.id}"`, service: s.id, severity: e.severity }))),
      ...cloudWatchAlarms.map((a) => ({ what: `cloudwatch alarm "${a.id}"`, service: a.service.id, severity: a.severity })),
    ],
    problems,
  );
  const dashboards = buildDashboards(defs, services, slos, problems);
  const alertmanager = buildAlertmanager(defs, channels, environments, problems);
  // Last, once every name is made: collisions between them, naming both definitions.
  checkNames({ environments, services, slos, alerts, cloudWatchAlarms, logClasses, logMetrics, onCall, teams, severities }, problems);
  problems.throwIfAny();
  return {
    severities,
    channels,
    environments,
    services,
    slos,
    alerts,
    logClasses,
    logMetrics,
    cloudWatchAlarms,
    onCall,
    teams,
    dashboards,
    repositoryUrl: defs.repositoryUrl,
    alertmanager,
    environmentModels: {},
  };
}
