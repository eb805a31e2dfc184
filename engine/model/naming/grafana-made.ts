/** Every Grafana uid and rule group name the Grafana target makes, for the naming check (check.ts). */
import { noDataSeverity } from "../routing";
import { burnAlerts } from "../slo-alerts";
import type { EnvironmentModel, Model, ServiceModel } from "../types";
import { runsOn } from "../views";
import { alertRuleUid, folderUid, sloRuleUid } from "./grafana";
import { placement, type Made } from "./made";
import { grafanaServiceRuleGroup, sloRuleGroup } from "./rule-groups";

/** Folder uids, rule uids and rule groups (unique in their folder) of one environment's Grafana, or a team's own. */
export function grafanaNamesMade(
  model: Pick<Model, "services" | "slos" | "alerts" | "severities" | "environments">,
  env: EnvironmentModel,
): Made[] {
  const made: Made[] = [];
  const grafanaOf = (service: ServiceModel) => {
    if (!runsOn(service, "grafana", env.id)) return undefined;
    const own = env.teamClouds[service.team]?.grafana;
    const grafana = own ?? env.grafana;
    return grafana && { at: `the Grafana at ${grafana.url}`, placedBy: placement(env.id, "grafana", own ? service.team : undefined) };
  };
  const add = (service: ServiceModel, what: string, name: string, where: string, field: string, inFolder = false) => {
    const g = grafanaOf(service);
    if (!g) return;
    const place = inFolder ? `folder ${folderUid(service.team)} of ${g.at}` : g.at;
    made.push({ place, what, name, origin: { where, field }, environment: env.id, placedBy: g.placedBy });
  };
  const teams = new Set<string>();
  for (const s of model.services)
    if (!teams.has(s.team) && grafanaOf(s)) {
      teams.add(s.team);
      add(s, "Grafana folder uid", folderUid(s.team), `service "${s.id}"`, "team");
    }
  for (const slo of model.slos) {
    if (!slo.sli.prometheus) continue;
    const where = `slo "${slo.id}"`;
    add(slo.service, "rule group", sloRuleGroup(slo.id), where, "id", true);
    for (const a of burnAlerts(model, slo))
      add(slo.service, "Grafana rule uid", sloRuleUid(slo, `burn-${a.severity.toLowerCase()}`), where, "alerting.tiers");
    if (noDataSeverity(slo, model.severities, model.environments))
      add(slo.service, "Grafana rule uid", sloRuleUid(slo, "no-data"), where, "alerting.noData");
    for (const level of slo.budgetAlerts)
      add(slo.service, "Grafana rule uid", sloRuleUid(slo, `budget-${level.state}`), where, "alerting.budgetAlerts");
  }
  for (const s of model.services)
    if (model.alerts.some((a) => a.service.id === s.id && a.prometheus))
      add(s, "rule group", grafanaServiceRuleGroup(s.id), `service "${s.id}"`, "id", true);
  for (const a of model.alerts) if (a.prometheus) add(a.service, "Grafana rule uid", alertRuleUid(a.id), `alert "${a.id}"`, "id");
  return made;
}
