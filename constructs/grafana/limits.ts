/** What Grafana accepts, checked before synth: uids are at most 40 characters. */
import type { Model } from "../../engine/model";
import type { Problem } from "../../engine/model/problems";
import { folderUid, GRAFANA_MAX_UID } from "../../engine/model/naming";
import { runsOn } from "../../engine/model/views";
import { grafanaSloDescription } from "./slos";

/** Grafana's uid limit and the SLO rule uids, made with the other names in engine/model/naming/grafana.ts. */

/**
 * Alert rule titles and rule group names: at most 190 bytes (Grafana's ngalert store,
 * AlertRuleMaxTitleLength and AlertRuleMaxRuleGroupNameLength, checked by its ruler API).
 */
export const GRAFANA_MAX_RULE_TITLE_BYTES = 190;
/** grafana_slo: name 0-128, description 0-1024 (the provider's StringLenBetween on each). */
export const GRAFANA_MAX_SLO_NAME_BYTES = 128;
export const GRAFANA_MAX_SLO_DESCRIPTION_BYTES = 1024;
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
  const tooLong = (where: string, field: string, text: string, max: number, what: string) => {
    const bytes = Buffer.byteLength(text);
    if (bytes > max) problems.push({ where, field, message: `becomes ${what}, ${bytes} bytes; Grafana allows ${max}` });
  };
  // Two rules of one title in a team's folder are not refused: Grafana 12 dropped the rule that
  // titles be unique per folder (https://github.com/grafana/grafana/pull/102067), as Prometheus
  // never had it; one alert name on two services is common there.
  for (const a of model.alerts) {
    if (!a.prometheus) continue;
    check(`alert "${a.id}"`, "id", a.id, "alert rule");
    tooLong(`alert "${a.id}"`, "name", a.name, GRAFANA_MAX_RULE_TITLE_BYTES, "the Grafana alert rule's title");
  }
  for (const slo of model.slos) {
    if (!slo.sli.prometheus) continue;
    tooLong(`slo "${slo.id}"`, "name", slo.name, GRAFANA_MAX_SLO_NAME_BYTES, "the Grafana SLO's name");
    tooLong(
      `slo "${slo.id}"`,
      "description",
      grafanaSloDescription(slo),
      GRAFANA_MAX_SLO_DESCRIPTION_BYTES,
      "the Grafana SLO's description (with its budget)",
    );
  }
  for (const slo of model.slos)
    if (slo.sli.prometheus && slo.windowDays < GRAFANA_MIN_SLO_WINDOW_DAYS)
      problems.push({
        where: `slo "${slo.id}"`,
        field: "window",
        message: `Grafana SLOs need a window of at least ${GRAFANA_MIN_SLO_WINDOW_DAYS} days, got ${slo.windowDays}d`,
      });
  // Grafana SLO writes each SLO's recording rules to the destination of the Grafana it is in, which must accept them.
  for (const e of model.environments) {
    if (e.targets.grafana === false) continue;
    const rendered = (team?: string) =>
      model.slos
        .filter((s) => s.sli.prometheus && runsOn(s.service, "grafana", e.id))
        .filter((s) => (team === undefined ? e.teamClouds[s.service.team]?.grafana === undefined : s.service.team === team))
        .map((s) => s.id);
    const places = [
      { where: `environment "${e.id}"`, prefix: "", grafana: e.grafana, slos: rendered() },
      ...Object.entries(e.teamClouds).map(([team, c]) => ({
        where: `team "${team}"`,
        prefix: `environments.${e.id}.`,
        grafana: c.grafana,
        slos: rendered(team),
      })),
    ];
    for (const { where, prefix, grafana, slos } of places)
      if (grafana && !grafana.sloDestination && slos.length > 0)
        problems.push({
          where,
          field: `${prefix}grafana.sloDestination`,
          message: `is required: Grafana SLO writes the recording rules of ${slos.join(", ")} to it, and the query endpoint prometheusUrl cannot hold them; point it at a data source that accepts recording rules, such as Grafana Mimir: { kind: "mimir", url: "https://mimir.example.com/prometheus" }`,
        });
  }
  for (const d of model.dashboards) check(d.uidFrom.where, d.uidFrom.field, d.id, "dashboard");
  for (const team of new Set(model.services.map((s) => s.team))) {
    const service = model.services.find((s) => s.team === team)!;
    check(`service "${service.id}"`, "team", folderUid(team), "folder");
  }
  return problems;
}
