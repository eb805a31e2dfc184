/** Parts of the model, for stacks that hold only some of it. */
import type { Model, ServiceModel } from "./types";

/** True when the service runs on this target in this environment. */
export function runsOn(service: ServiceModel, target: string, environment: string): boolean {
  const { targets, environments } = service.runsOn;
  return (targets === undefined || targets.includes(target)) && (environments === undefined || environments.includes(environment));
}

/** What one target renders in one environment: the services that run there and what monitors them. */
export function targetView(model: Model, target: string, environment: string): Model {
  if (model.services.every((s) => runsOn(s, target, environment))) return model;
  return servicesView(model, (s) => runsOn(s, target, environment));
}

/** The services of one team and what monitors them; everything shared stays as it is. */
export function teamView(model: Model, team: string): Model {
  return servicesView(model, (s) => s.team === team);
}

/** Everything but the services of these teams (monitored elsewhere) and what monitors them. */
export function withoutTeams(model: Model, teams: readonly string[]): Model {
  return servicesView(model, (s) => !teams.includes(s.team));
}

function servicesView(model: Model, keep: (s: ServiceModel) => boolean): Model {
  const services = model.services.filter(keep);
  const ids = new Set(services.map((s) => s.id));
  const teams = new Set(services.map((s) => s.team));
  return {
    ...model,
    services,
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
