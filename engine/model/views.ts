/** Parts of the model, for stacks that hold only some of it. */
import type { Model } from "./types";

/** The services of one team and what monitors them; everything shared stays as it is. */
export function teamView(model: Model, team: string): Model {
  const services = model.services.filter((s) => s.team === team);
  const ids = new Set(services.map((s) => s.id));
  return {
    ...model,
    services,
    slos: model.slos.filter((s) => ids.has(s.service.id)),
    alerts: model.alerts.filter((a) => ids.has(a.service.id)),
    cloudWatchAlarms: model.cloudWatchAlarms.filter((a) => ids.has(a.service.id)),
    dashboards: model.dashboards.filter((d) => d.team === team),
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
