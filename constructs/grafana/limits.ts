/** What Grafana accepts, checked before synth: uids are at most 40 characters. */
import type { Model } from "../../engine/model";
import type { Problem } from "../../engine/model/problems";

export const GRAFANA_MAX_UID = 40;
/** The shortest SLO window Grafana SLO accepts (its objectives run over 7 days or more). */
export const GRAFANA_MIN_SLO_WINDOW_DAYS = 7;

export function grafanaProblems(model: Model): Problem[] {
  if (!model.environments.some((e) => e.grafana)) return [];
  const problems: Problem[] = [];
  const check = (where: string, field: string, uid: string, what: string) => {
    if (uid.length > GRAFANA_MAX_UID)
      problems.push({
        where,
        field,
        message: `becomes the Grafana ${what} uid "${uid}", ${uid.length} characters; Grafana allows ${GRAFANA_MAX_UID}`,
      });
  };
  for (const a of model.alerts) if (a.prometheus) check(`alert "${a.id}"`, "id", a.id, "alert rule");
  for (const slo of model.slos)
    if (slo.sli.prometheus && slo.windowDays < GRAFANA_MIN_SLO_WINDOW_DAYS)
      problems.push({
        where: `slo "${slo.id}"`,
        field: "window",
        message: `Grafana SLOs need a window of at least ${GRAFANA_MIN_SLO_WINDOW_DAYS} days, got ${slo.windowDays}d`,
      });
  for (const d of model.dashboards) check(d.uidFrom.where, d.uidFrom.field, d.id, "dashboard");
  for (const team of new Set(model.services.map((s) => s.team))) {
    const service = model.services.find((s) => s.team === team)!;
    check(`service "${service.id}"`, "team", `team-${team}`, "folder");
  }
  return problems;
}
