/**
 * definitions -> model. Validates every definition, reports all problems of a run together
 * (DefinitionError), and derives the numbers targets render.
 */
import { SEVERITIES, type Definitions, type Severity } from "../definitions/types";
import { deriveTiers, FRESHNESS_STEP_SECONDS } from "./burn-rate";
import { checkId, checkRunbook, checkText, checkUnique, isHttpUrl, REPO_RUNBOOK } from "./checks";
import { parseDuration } from "./duration";
import { DefinitionError, Problems, type Problem } from "./problems";
import { alertConditionTypeError, promqlSyntaxError } from "./promql";
import { checkAlertLabels, describeNumber } from "./text-checks";
import { buildChannels, buildEnvironments, buildSeverities, pages } from "./routing";
import { buildCloudWatchAlarms, perEnvironment } from "./cloudwatch";
import { buildDashboards } from "./dashboards";
import { buildLogs } from "./logs";
import { buildOnCall, checkPagingOwnership } from "./oncall";
import { checkOverrides, definitionsFor } from "./overrides";
import { buildSli } from "./sli";
import type {
  AlertRuleModel,
  BudgetAlertModel,
  EndpointModel,
  EnvironmentModel,
  Model,
  ServiceModel,
  SeverityModel,
  SloModel,
} from "./types";

export * from "./types";
export { DefinitionError, formatProblem, type Problem } from "./problems";

const DAY = 86400;

/** A runbooks/<name>.md link becomes the file's URL in the repository; URLs stay as they are. */
export function resolveRunbook(defs: Pick<Definitions, "repositoryUrl">, runbook: string | undefined): string | undefined {
  return runbook !== undefined && REPO_RUNBOOK.test(runbook) ? `${defs.repositoryUrl}${runbook}` : runbook;
}

function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value);
}

function buildServices(defs: Definitions, environments: readonly EnvironmentModel[], problems: Problems): ServiceModel[] {
  checkUnique("service", defs.services, problems);
  const envIds = new Set(environments.map((e) => e.id));
  const endpoints = defs.services.flatMap((s) => (s.endpoints ?? []).map((e) => ({ ...e, service: s.id })));
  checkUnique("endpoint", endpoints, problems);
  return defs.services.map((s) => {
    const where = `service "${s.id}"`;
    checkId(where, s.id, problems);
    checkText(where, "name", s.name, problems);
    checkText(where, "team", s.team, problems);
    const models: EndpointModel[] = (s.endpoints ?? []).map((e) => {
      const ew = `endpoint "${e.id}"`;
      checkId(ew, e.id, problems);
      const urls = perEnvironment(e.url, [...envIds]);
      for (const [env, url] of Object.entries(urls)) {
        if (!envIds.has(env)) problems.add(ew, `url.${env}`, `unknown environment "${env}"`);
        if (!isHttpUrl(url))
          problems.add(ew, typeof e.url === "string" ? "url" : `url.${env}`, `must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
      }
      const severity = e.severity ?? "P1";
      if (!isSeverity(severity)) problems.add(ew, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(severity)}`);
      const periodSeconds = parseDuration(e.period ?? "60s");
      const timeoutSeconds = parseDuration(e.timeout ?? "10s");
      if (periodSeconds === undefined) problems.add(ew, "period", `must be a duration such as "60s", got ${JSON.stringify(e.period)}`);
      if (timeoutSeconds === undefined) problems.add(ew, "timeout", `must be a duration such as "10s", got ${JSON.stringify(e.timeout)}`);
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
    return { id: s.id, name: s.name, team: s.team, description: s.description ?? s.name, endpoints: models };
  });
}

function buildSlos(
  defs: Definitions,
  environments: readonly string[],
  services: Map<string, ServiceModel>,
  budgetAlerts: BudgetAlertModel[],
  problems: Problems,
): SloModel[] {
  checkUnique("slo", defs.slos, problems);
  const slos: SloModel[] = [];
  for (const d of defs.slos) {
    const where = `slo "${d.id}"`;
    const before = problems.all.length;
    checkId(where, d.id, problems);
    const service = services.get(d.service);
    if (!service) problems.add(where, "service", `unknown service "${d.service}"; defined services: ${[...services.keys()].join(", ")}`);
    if (typeof d.objective === "number" && d.objective > 0 && d.objective < 1) {
      problems.add(where, "objective", `is a percentage: did you mean ${Number((d.objective * 100).toPrecision(12))}? got ${d.objective}`);
    } else if (typeof d.objective !== "number" || !(d.objective > 0 && d.objective < 100)) {
      problems.add(where, "objective", `must be a percentage greater than 0 and less than 100, got ${describeNumber(d.objective)}`);
    }
    if (d.name !== undefined) checkText(where, "name", d.name, problems);
    if (d.description !== undefined) checkText(where, "description", d.description, problems);
    const windowSeconds = parseDuration(d.window);
    if (windowSeconds === undefined || windowSeconds < DAY || windowSeconds % DAY !== 0) {
      problems.add(where, "window", `must be a whole number of days such as "30d", got ${JSON.stringify(d.window)}`);
    }
    // Every SLO has paging burn-rate tiers, so a responder needs somewhere to start.
    checkRunbook(where, d.runbook, "its burn-rate alerts page", problems);
    const sli = buildSli(where, d.sli, environments, problems);
    if (problems.all.length > before || !service || !sli || windowSeconds === undefined) continue;

    // toPrecision strips float noise: 99.9 / 100 is 0.9990000000000001 in binary floating point.
    const goal = Number((d.objective / 100).toPrecision(12));
    const errorBudget = Number((1 - goal).toPrecision(12));
    const tiers = deriveTiers(
      where,
      d.alerting?.tiers,
      windowSeconds,
      errorBudget,
      problems,
      sli.kind === "freshness" ? FRESHNESS_STEP_SECONDS : undefined,
    );
    slos.push({
      id: d.id,
      name: d.name ?? d.id,
      service,
      description: d.description ?? `${d.objective}% over ${windowSeconds / DAY} days`,
      objective: d.objective,
      goal,
      errorBudget,
      windowSeconds,
      windowDays: windowSeconds / DAY,
      errorBudgetMinutes: Number(((errorBudget * windowSeconds) / 60).toPrecision(12)),
      sli,
      tiers,
      budgetAlerts: d.alerting?.budgetAlerts === false ? [] : budgetAlerts,
      runbook: resolveRunbook(defs, d.runbook)!,
    });
  }
  return slos;
}

function buildBudgetPolicy(defs: Definitions, problems: Problems): BudgetAlertModel[] {
  const policy = defs.errorBudgetPolicy;
  const states = ["warning", "critical", "exhausted"] as const;
  const alerts: BudgetAlertModel[] = [];
  for (const state of states) {
    const s = policy?.[state];
    const where = `errorBudgetPolicy "${state}"`;
    if (!s) {
      problems.add(where, state, "is not defined");
      continue;
    }
    if (typeof s.remainingAtOrBelow !== "number" || s.remainingAtOrBelow < 0 || s.remainingAtOrBelow >= 1) {
      problems.add(
        where,
        "remainingAtOrBelow",
        `must be a fraction from 0 up to (not including) 1, got ${JSON.stringify(s.remainingAtOrBelow)}`,
      );
    }
    if (!isSeverity(s.severity))
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(s.severity)}`);
    alerts.push({ state, remainingAtOrBelow: s.remainingAtOrBelow, severity: s.severity });
  }
  for (let i = 1; i < alerts.length; i++) {
    if (!(alerts[i].remainingAtOrBelow < alerts[i - 1].remainingAtOrBelow)) {
      problems.add(
        `errorBudgetPolicy "${alerts[i].state}"`,
        "remainingAtOrBelow",
        `must be below the ${alerts[i - 1].state} level ${alerts[i - 1].remainingAtOrBelow}, got ${alerts[i].remainingAtOrBelow}`,
      );
    }
  }
  return alerts;
}

function buildAlerts(
  defs: Definitions,
  services: Map<string, ServiceModel>,
  severities: readonly SeverityModel[],
  environments: readonly EnvironmentModel[],
  problems: Problems,
): AlertRuleModel[] {
  checkUnique("alert", defs.alerts, problems);
  return defs.alerts.flatMap((a) => {
    const where = `alert "${a.id}"`;
    const before = problems.all.length;
    checkId(where, a.id, problems);
    if (typeof a.name !== "string" || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(a.name)) {
      problems.add(where, "name", `must be a Prometheus alert name (letters, digits, underscores), got ${JSON.stringify(a.name)}`);
    }
    const service = services.get(a.service);
    if (!service) problems.add(where, "service", `unknown service "${a.service}"; defined services: ${[...services.keys()].join(", ")}`);
    checkText(where, "summary", a.summary, problems);
    if (a.description !== undefined) checkText(where, "description", a.description, problems);
    if (!isSeverity(a.severity)) {
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(a.severity)}`);
    } else {
      checkRunbook(where, a.runbook, pages(a.severity, severities, environments) ? `severity ${a.severity} pages` : undefined, problems);
    }
    const forSeconds = parseDuration(a.for);
    if (forSeconds === undefined) problems.add(where, "for", `must be a duration such as "5m" or "0s", got ${JSON.stringify(a.for)}`);
    const expr = a.condition?.prometheus;
    if (expr === undefined) {
      problems.add(where, "condition", "needs a condition for at least one backend (prometheus)");
    } else {
      const syntax = typeof expr === "string" ? (promqlSyntaxError(expr) ?? alertConditionTypeError(expr)) : "must be a PromQL expression";
      if (syntax) problems.add(where, "condition.prometheus", syntax);
    }
    checkAlertLabels(where, a.labels, problems);
    if (problems.all.length > before || !service) return [];
    return [
      {
        id: a.id,
        name: a.name,
        service,
        severity: a.severity,
        summary: a.summary,
        description: a.description ?? a.summary,
        runbook: resolveRunbook(defs, a.runbook),
        forSeconds: forSeconds!,
        prometheus: expr,
        labels: { ...a.labels },
      },
    ];
  });
}

/**
 * Validates the definitions and derives the model, and for each environment with overrides the
 * model it sees; throws DefinitionError listing every problem.
 */
export function buildModel(defs: Definitions): Model {
  const base = buildSharedModel(defs, (problems) => checkOverrides(defs, problems));
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
          pages(e.severity, severities, environments) ? `severity ${e.severity} pages` : undefined,
          problems,
        );
      }
    }
  }
  const budgetAlerts = buildBudgetPolicy(defs, problems);
  const envIds = environments.map((e) => e.id);
  const slos = buildSlos(defs, envIds, serviceById, budgetAlerts, problems);
  const alerts = buildAlerts(defs, serviceById, severities, environments, problems);
  const { logClasses, logMetrics } = buildLogs(defs, problems);
  const cloudWatchAlarms = buildCloudWatchAlarms(
    defs,
    serviceById,
    envIds,
    (s) => pages(s, severities, environments),
    (r) => resolveRunbook(defs, r),
    problems,
  );
  const onCall = buildOnCall(defs, services, problems);
  if (!isHttpUrl(defs.repositoryUrl) || !defs.repositoryUrl.endsWith("/")) {
    problems.add("repositoryUrl", "repositoryUrl", `must be an http(s) URL ending in "/", got ${JSON.stringify(defs.repositoryUrl)}`);
  }
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
    dashboards,
    repositoryUrl: defs.repositoryUrl,
    environmentModels: {},
  };
}
