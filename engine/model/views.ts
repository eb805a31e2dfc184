/** Parts of the model, for stacks that hold only some of it. */
import { exprWithMatchers, selectorWithMatchers, type VectorSelector } from "./promql";
import type { EnvironmentModel, Model, PrometheusSli, ServiceModel } from "./types";

/**
 * The exported Prometheus rules and Alertmanager routes, as a target services can name in
 * `runsOn`: they render what has a Prometheus source.
 */
export const PROMETHEUS_EXPORT = "prometheus";

/** True when the service runs on this target in this environment. */
export function runsOn(service: ServiceModel, target: string, environment: string): boolean {
  const { targets, environments } = service.runsOn;
  return (targets === undefined || targets.includes(target)) && (environments === undefined || environments.includes(environment));
}

/**
 * True when Google Cloud monitors the service in the environment: the environment has gcp
 * settings, does not switch the target off, and the service runs on gcp there. Alerts whose only
 * condition is over Cloud Monitoring metrics are evaluated there alone.
 */
export function onGoogleCloud(service: ServiceModel, environment: Pick<EnvironmentModel, "id" | "gcp" | "targets">): boolean {
  return environment.gcp !== undefined && environment.targets.gcp !== false && runsOn(service, "gcp", environment.id);
}

/** What one target renders in one environment: the services that run there, what monitors them, their teams' log classes. */
export function targetView(model: Model, target: string, environment: string): Model {
  if (model.services.every((s) => runsOn(s, target, environment))) return model;
  return servicesView(model, (s) => runsOn(s, target, environment), true);
}

/** What a target renders in any of these environments: its limits are checked on this alone. */
export function reachView(model: Model, target: string, environments: readonly string[]): Model {
  const keep = (s: ServiceModel) => environments.some((e) => runsOn(s, target, e));
  if (model.services.every(keep)) return model;
  return servicesView(model, keep, true);
}

const selected = new WeakMap<Model, Map<string, Model>>();

/**
 * What an environment's Prometheus evaluates: its overrides applied, only the services that run
 * on Prometheus there, and every series selector with the environment's `seriesMatchers` (one
 * Prometheus for several environments). Made once per model and environment.
 */
export function prometheusView(model: Model, environment: string): Model {
  const matchers = model.environments.find((e) => e.id === environment)?.seriesMatchers ?? {};
  if (Object.keys(matchers).length === 0) return targetView(model.environmentModels[environment] ?? model, PROMETHEUS_EXPORT, environment);
  // Keyed by the model asked about: the target view is a new object whenever a service does not run on Prometheus.
  let byEnvironment = selected.get(model);
  if (!byEnvironment) selected.set(model, (byEnvironment = new Map()));
  let result = byEnvironment.get(environment);
  if (!result)
    byEnvironment.set(
      environment,
      (result = withSeriesMatchers(targetView(model.environmentModels[environment] ?? model, PROMETHEUS_EXPORT, environment), matchers)),
    );
  return result;
}

function withSeriesMatchers(model: Model, matchers: Readonly<Record<string, string>>): Model {
  const add = (s: VectorSelector) => selectorWithMatchers(s, matchers);
  const sli = (p: PrometheusSli): PrometheusSli =>
    p.kind === "ratio"
      ? { ...p, ...(p.errors && { errors: p.errors.map(add) }), ...(p.good && { good: p.good.map(add) }), total: p.total.map(add) }
      : p.kind === "latency"
        ? { ...p, bucket: add(p.bucket), count: add(p.count) }
        : { ...p, gauge: add(p.gauge) };
  return {
    ...model,
    slos: model.slos.map((s) => (s.sli.prometheus ? { ...s, sli: { ...s.sli, prometheus: sli(s.sli.prometheus) } } : s)),
    alerts: model.alerts.map((a) => (a.prometheus === undefined ? a : { ...a, prometheus: exprWithMatchers(a.prometheus, matchers) })),
  };
}

/**
 * The services of one team, what monitors them, the team's own log classes and the organisation's:
 * an organisation's class keeps the logs of every project and account the organisation monitors,
 * a team's own included (where it has been kept all along: moving it would destroy the stores).
 */
export function teamView(model: Model, team: string): Model {
  return servicesView(model, (s) => s.team === team, true);
}

/** Everything but the services and log classes of these teams (monitored elsewhere). */
export function withoutTeams(model: Model, teams: readonly string[]): Model {
  return servicesView(model, (s) => !teams.includes(s.team), true);
}

/** The model with only the services `keep` keeps; team-owned log classes follow their team, the organisation's stay with `organisation`. */
function servicesView(model: Model, keep: (s: ServiceModel) => boolean, organisation: boolean): Model {
  const services = model.services.filter(keep);
  const ids = new Set(services.map((s) => s.id));
  const teams = new Set(services.map((s) => s.team));
  const logClasses = model.logClasses.filter((c) => (c.team === undefined ? organisation : teams.has(c.team)));
  const classIds = new Set(logClasses.map((c) => c.id));
  return {
    ...model,
    services,
    logClasses,
    logMetrics: model.logMetrics.filter((m) => classIds.has(m.logClass)),
    slos: model.slos.filter((s) => ids.has(s.service.id)),
    alerts: model.alerts.filter((a) => ids.has(a.service.id)),
    cloudWatchAlarms: model.cloudWatchAlarms.filter((a) => ids.has(a.service.id)),
    dashboards: model.dashboards.filter((d) => teams.has(d.team)),
  };
}

/** Teams with anything to monitor, in the order their services are defined. */
export function monitoredTeams(model: Model): string[] {
  const teams: string[] = [];
  for (const s of model.services) {
    const v = teamView(model, s.team);
    const has =
      v.slos.length +
        v.alerts.length +
        v.cloudWatchAlarms.length +
        v.dashboards.length +
        v.services.reduce((n, x) => n + x.endpoints.length, 0) >
      0;
    if (has && !teams.includes(s.team)) teams.push(s.team);
  }
  return teams;
}
