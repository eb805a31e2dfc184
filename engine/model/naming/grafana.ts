/**
 * Grafana uids and names the Grafana target makes. Uids are unique in one Grafana (its URL);
 * rule group names are unique in their folder.
 */
import { createHash } from "node:crypto";

/** Grafana uids are at most 40 characters (https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/). */
export const GRAFANA_MAX_UID = 40;

/** The folder of a service team, which holds its dashboards, rule groups and SLO alerts. */
export const folderUid = (team: string): string => `team-${team}`;

/** The uid of an alert definition's Grafana-managed rule: the alert's id. */
export const alertRuleUid = (alertId: string): string => alertId;

/** The uid of a team's generated SLO overview dashboard. */
export const sloOverviewUid = (team: string): string => `slo-overview-${team}`;

/**
 * Grafana rule uids of an SLO's alerts (its burn-rate alert of a severity, its no-data alert, its
 * status level alerts):
 * `slo-<id>-<kind>`, or, where that exceeds Grafana's 40 characters, the id's start and a hash of
 * the whole id, so every id validation accepts gets a stable uid of its own.
 */
export function sloRuleUid(slo: { readonly id: string }, kind: "no-data" | `burn-${string}` | `budget-${string}`): string {
  const uid = `slo-${slo.id}-${kind}`;
  if (uid.length <= GRAFANA_MAX_UID) return uid;
  const hash = createHash("sha256").update(slo.id).digest("hex").slice(0, 8);
  const room = GRAFANA_MAX_UID - `slo--${hash}-${kind}`.length;
  return `slo-${slo.id.slice(0, room).replace(/-+$/, "")}-${hash}-${kind}`;
}

/** The contact point of a severity's people-facing channels, of the organisation or of a team that routes otherwise. */
export const severityContactPointName = (env: { readonly id: string }, severity: string, team?: string): string =>
  `${env.id} ${team ? `${team} ` : ""}${severity}`;

/** The contact point that pages a service's PagerDuty service (`pagerDuty` when its severities page different ones). */
export const pageContactPointName = (env: { readonly id: string }, serviceId: string, team?: string, pagerDuty?: string): string =>
  `${env.id} ${team ? `${team} ` : ""}page ${serviceId}${pagerDuty ? ` ${pagerDuty}` : ""}`;

/** Terraform addresses (logical ids) of the Grafana stack's resources, one per definition. */
export const grafanaAddress = {
  folder: (team: string): string => `folder_${team}`,
  dashboard: (dashboardId: string): string => `dashboard_${dashboardId}`,
  slo: (sloId: string): string => `slo_${sloId}`,
  serviceRuleGroup: (serviceId: string): string => `rule_group_${serviceId}`,
  sloRuleGroup: (sloId: string): string => `rule_group_slo_${sloId}`,
  /** The contact point of a severity's people-facing channels, of the organisation or of a team. */
  severityContactPoint: (severity: string, team?: string): string => `contact_point_${team ? `${team}_` : ""}${severity.toLowerCase()}`,
  /** The contact point that pages a service (`pagerDuty` when its severities page different PagerDuty services). */
  pageContactPoint: (serviceId: string, team?: string, pagerDuty?: string): string =>
    `contact_point_${team ? `${team}_` : ""}page_${serviceId}${pagerDuty ? `_${pagerDuty}` : ""}`,
};
