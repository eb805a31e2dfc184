/** Every Google Cloud name the GCP target makes, and each project it monitors, for the naming check (check.ts). */
import type { EnvironmentModel, Model } from "../types";
import { runsOn } from "../views";
import { customServiceId, logBucketId, logMetricName, logSinkName } from "./gcp";
import { placement, type Made } from "./made";

/**
 * The project an environment (or a team's own project there) monitors, which no other may share:
 * two stacks would manage its resources from two states. Then its log buckets, sinks, log-based
 * metrics and Cloud Monitoring services, which carry no environment id.
 */
export function gcpNamesMade(model: Pick<Model, "logClasses" | "logMetrics" | "services" | "slos">, env: EnvironmentModel): Made[] {
  const made: Made[] = [];
  const places = [
    ...(env.gcp ? [{ project: env.gcp.project, team: undefined }] : []),
    ...Object.entries(env.teamClouds).flatMap(([team, c]) => (c.gcp ? [{ project: c.gcp.project, team }] : [])),
  ];
  for (const { project, team } of places) {
    const placedBy = placement(env.id, "gcp", team);
    made.push({
      place: "Google Cloud",
      what: "project",
      name: project,
      origin: placedBy,
      placedBy,
      environment: env.id,
      text: `Google Cloud project ${project}`,
    });
  }
  if (!env.gcp) return made;
  const place = `Google Cloud project ${env.gcp.project}`;
  const placedBy = placement(env.id, "gcp", undefined);
  const add = (what: string, name: string, where: string, field = "id") =>
    made.push({ place, what, name, origin: { where, field }, environment: env.id, placedBy });
  for (const c of model.logClasses) {
    add("Cloud Logging bucket", `global/${logBucketId(c.id)}`, `log class "${c.id}"`);
    add("Cloud Logging sink", logSinkName(c.id), `log class "${c.id}"`);
  }
  for (const m of model.logMetrics) add("log-based metric", logMetricName(m.id), `log metric "${m.id}"`);
  for (const s of model.services) {
    const slos = model.slos.filter(
      (slo) => slo.service.id === s.id && (slo.sli.cloudMonitoring || (slo.groupBy.length && slo.sli.prometheus)),
    );
    if (slos.length === 0 || !runsOn(s, "gcp", env.id) || env.teamClouds[s.team]?.gcp) continue;
    add("Cloud Monitoring service", customServiceId(s.id), `service "${s.id}"`);
  }
  return made;
}
