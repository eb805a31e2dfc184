/**
 * Grafana dashboards: the definitions' foundation-sdk builders rendered to JSON, every PromQL
 * checked with the real grammar, and an SLO overview per team generated from the SLOs.
 */
import { DashboardBuilder, RowBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import type { DataSourceRef, Definitions } from "../definitions/types";
import { promql, thresholds } from "../definitions/panels";
import { checkId, checkUnique } from "./checks";
import { formatDuration } from "./duration";
import type { Problems } from "./problems";
import { promqlSyntaxError } from "./promql";
import { errorRatioQuery } from "./sli";
import type { DashboardModel, ServiceModel, SloModel } from "./types";

/** The Prometheus data source every dashboard and rule reads; each Grafana instance gets one with this uid. */
export const PROMETHEUS_DATASOURCE: DataSourceRef = { type: "prometheus", uid: "prometheus" };

interface Panel {
  title?: string;
  type?: string;
  targets?: { expr?: string; refId?: string }[];
  panels?: Panel[];
}

/** Every panel's PromQL, with where it sits, in dashboard order (rows' own panels included). */
export function dashboardQueries(json: { panels?: Panel[] }): { panel: string; refId: string; expr: string }[] {
  const out: { panel: string; refId: string; expr: string }[] = [];
  const visit = (panels: Panel[] | undefined) => {
    for (const p of panels ?? []) {
      for (const t of p.targets ?? []) if (typeof t.expr === "string") out.push({ panel: p.title ?? "", refId: t.refId ?? "A", expr: t.expr });
      visit(p.panels);
    }
  };
  visit(json.panels);
  return out;
}

function model(where: string, id: string, team: string, json: Record<string, unknown>, problems: Problems, uidFrom: DashboardModel["uidFrom"]): DashboardModel {
  if (json.uid !== id) problems.add(where, "build", `the dashboard's uid must equal its id "${id}", got ${JSON.stringify(json.uid)}`);
  const queries = dashboardQueries(json as { panels?: Panel[] });
  for (const q of queries) {
    const error = promqlSyntaxError(q.expr);
    if (error) problems.add(where, `panel "${q.panel}" query ${q.refId}`, error);
  }
  return { id, team, title: String(json.title ?? id), json, queries, uidFrom };
}

/** Per team with SLOs that have a Prometheus source: objective, budget remaining and burn rate per tier. */
function sloOverview(team: string, slos: readonly SloModel[]): DashboardBuilder {
  const ds = PROMETHEUS_DATASOURCE;
  const builder = new DashboardBuilder(`SLOs - ${team}`).uid(`slo-overview-${team}`).tags(["slo", team]).refresh("1m");
  for (const slo of slos) {
    const sli = slo.sli.prometheus!;
    const ratio = (seconds: number) => errorRatioQuery(sli, seconds);
    builder
      .withRow(new RowBuilder(`${slo.name} (${slo.objective}% over ${slo.windowDays}d, ${slo.errorBudgetMinutes} min of budget)`))
      .withPanel(new stat.PanelBuilder().title("Objective").unit("percent").decimals(3).span(4)
        .withTarget(promql(ds, `vector(${slo.objective})`)))
      .withPanel(new stat.PanelBuilder().title(`SLI over ${slo.windowDays}d`).unit("percentunit").decimals(4).span(4)
        .withTarget(promql(ds, `1 - (${ratio(slo.windowSeconds)})`))
        .thresholds(thresholds("worseBelow", [slo.goal])))
      .withPanel(new stat.PanelBuilder().title("Error budget remaining").unit("percentunit").span(4)
        .withTarget(promql(ds, `1 - (${ratio(slo.windowSeconds)}) / ${slo.errorBudget}`))
        // The error-budget policy's states: exhausted, critical, warning, healthy.
        .thresholds(thresholds("worseBelow", slo.budgetAlerts.map((b) => b.remainingAtOrBelow))))
      .withPanel(new timeseries.PanelBuilder().title("Burn rate per tier").span(12)
        .thresholds(thresholds("worseAbove", slo.tiers.map((t) => t.factor)))
        .withTarget(promql(ds, `(${ratio(slo.tiers[0]?.shortWindowSeconds ?? 300)}) / ${slo.errorBudget}`, { refId: "now", legend: "burn rate (short window)" })));
    const withTiers = builder;
    slo.tiers.forEach((t, i) =>
      withTiers.withPanel(new timeseries.PanelBuilder().title(`${t.id}: ${t.factor}x over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}`).span(4)
        .thresholds(thresholds("worseAbove", [t.factor]))
        .withTarget(promql(ds, `(${ratio(t.longWindowSeconds)}) / ${slo.errorBudget}`, { refId: `long${i}`, legend: formatDuration(t.longWindowSeconds) }))
        .withTarget(promql(ds, `(${ratio(t.shortWindowSeconds)}) / ${slo.errorBudget}`, { refId: `short${i}`, legend: formatDuration(t.shortWindowSeconds) }))));
  }
  return builder;
}

export function buildDashboards(defs: Definitions, services: readonly ServiceModel[], slos: readonly SloModel[], problems: Problems): DashboardModel[] {
  const definitions = defs.dashboards ?? [];
  checkUnique("dashboard", definitions, problems);
  const teams = [...new Set(services.map((s) => s.team))];
  const dashboards: DashboardModel[] = [];
  for (const d of definitions) {
    const where = `dashboard "${d.id}"`;
    checkId(where, d.id, problems);
    if (!teams.includes(d.team)) problems.add(where, "team", `unknown service team "${d.team}"; service teams: ${teams.join(", ")}`);
    let json: Record<string, unknown>;
    try {
      json = d.build(PROMETHEUS_DATASOURCE).build() as Record<string, unknown>;
    } catch (error) {
      problems.add(where, "build", `the builder failed: ${(error as Error).message}`);
      continue;
    }
    dashboards.push(model(where, d.id, d.team, json, problems, { where, field: "id" }));
  }
  for (const team of teams) {
    const owned = slos.filter((s) => s.service.team === team && s.sli.prometheus);
    if (owned.length === 0) continue;
    const id = `slo-overview-${team}`;
    // Blamed on the team's first service, as the team's folder uid is.
    const uidFrom = { where: `service "${services.find((s) => s.team === team)!.id}"`, field: "team" };
    dashboards.push(model(`dashboard "${id}"`, id, team, sloOverview(team, owned).build() as unknown as Record<string, unknown>, problems, uidFrom));
  }
  return dashboards;
}
