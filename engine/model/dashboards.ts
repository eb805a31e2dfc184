/**
 * Grafana dashboards: the definitions' foundation-sdk builders rendered to JSON, every PromQL
 * checked with the real grammar, and an SLO overview per team with Prometheus SLOs (which SLOs
 * it shows; constructs/grafana builds its panels).
 */
import type { DashboardDefinition, DataSourceRef, Definitions } from "../definitions/types";
import { checkId, checkUnique } from "./checks";
import type { Problems } from "./problems";
import { promqlSyntaxError, promqlTypeError } from "./promql";
import type { DashboardModel, ServiceModel, SloModel } from "./types";
import { sloOverviewUid } from "./naming/grafana";

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
      for (const t of p.targets ?? [])
        if (typeof t.expr === "string") out.push({ panel: p.title ?? "", refId: t.refId ?? "A", expr: t.expr });
      visit(p.panels);
    }
  };
  visit(json.panels);
  return out;
}

function model(
  where: string,
  id: string,
  team: string,
  json: Record<string, unknown>,
  problems: Problems,
  uidFrom: DashboardModel["uidFrom"],
): DashboardModel {
  if (json.uid !== id) problems.add(where, "build", `the dashboard's uid must equal its id "${id}", got ${JSON.stringify(json.uid)}`);
  const queries = dashboardQueries(json as { panels?: Panel[] });
  for (const q of queries) {
    const error = dashboardQueryError(q.expr);
    if (error) problems.add(where, `panel "${q.panel}" query ${q.refId}`, error);
  }
  return { id, team, title: String(json.title ?? id), content: { kind: "definition", json, queries }, uidFrom };
}

/** Grafana's variables that stand for a number of seconds or milliseconds (`$__range_s`). */
const GRAFANA_NUMBER = /^__(?:range_s|range_ms|interval_ms|rate_interval_ms)$/;
/** Grafana's interval variables, which stand for a duration (`$__rate_interval`). */
const GRAFANA_DURATION = /^__(?:rate_interval|interval|range)$/;
/** A dashboard variable as Grafana writes it: `$name`, `${name}` or `${name:format}`. */
const VARIABLE = /\$\{(\w+)(?::[^}]*)?\}|\$(\w+)/g;

/**
 * A panel query as Prometheus would read it once Grafana has filled in its variables, and whether
 * it had variables of the dashboard's own outside strings. Inside strings (`job="$job"`) a variable
 * is text to Prometheus; outside, it becomes a duration in a range, offset or step, a number for
 * Grafana's seconds and milliseconds, and a name anywhere else.
 */
function asPrometheusReads(expr: string): { text: string; ownVariables: boolean } {
  let ownVariables = false;
  const text = expr
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(VARIABLE, (_, braced: string | undefined, bare: string | undefined, at: number, whole: string) => {
            const name = braced ?? bare ?? "";
            const inDuration = /(\[[^\]]*|offset\s*)$/.test(whole.slice(0, at));
            if (inDuration || GRAFANA_DURATION.test(name)) {
              ownVariables ||= !GRAFANA_DURATION.test(name);
              return "5m";
            }
            if (GRAFANA_NUMBER.test(name)) return "300";
            ownVariables = true;
            return "grafana_variable";
          }),
    )
    .join("");
  return { text, ownVariables };
}

/**
 * A panel query checked as Prometheus checks it, once Grafana has filled in its variables. A
 * query with variables of the dashboard's own outside strings (`topk($n, ...)`, `by ($group)`) is
 * checked for syntax only: what a variable stands for is the dashboard's to say.
 */
export function dashboardQueryError(expr: string): string | undefined {
  const { text, ownVariables } = asPrometheusReads(expr);
  return promqlSyntaxError(text) ?? (ownVariables ? undefined : promqlTypeError(text));
}

/** The generated SLO overview's title; its uid is `slo-overview-<team>`. */
export function sloOverviewTitle(team: string): string {
  return `SLOs - ${team}`;
}

/**
 * A definition's dashboard JSON, or the message its builder failed with. Built once per
 * definition: every environment with overrides sees the same dashboard definitions again.
 */
const builtDashboards = new WeakMap<DashboardDefinition, Record<string, unknown> | string>();
function built(d: DashboardDefinition): Record<string, unknown> | string {
  let json = builtDashboards.get(d);
  if (json === undefined) {
    try {
      json = d.build(PROMETHEUS_DATASOURCE).build() as Record<string, unknown>;
    } catch (error) {
      json = (error as Error).message;
    }
    builtDashboards.set(d, json);
  }
  return json;
}

export function buildDashboards(
  defs: Definitions,
  services: readonly ServiceModel[],
  slos: readonly SloModel[],
  problems: Problems,
): DashboardModel[] {
  const definitions = defs.dashboards ?? [];
  checkUnique("dashboard", definitions, problems);
  const teams = [...new Set(services.map((s) => s.team))];
  const dashboards: DashboardModel[] = [];
  for (const d of definitions) {
    const where = `dashboard "${d.id}"`;
    checkId(where, d.id, problems);
    if (!teams.includes(d.team)) problems.add(where, "team", `unknown service team "${d.team}"; service teams: ${teams.join(", ")}`);
    const json = built(d);
    if (typeof json === "string") {
      problems.add(where, "build", `the builder failed: ${json}`);
      continue;
    }
    dashboards.push(model(where, d.id, d.team, json, problems, { where, field: "id" }));
  }
  for (const team of teams) {
    const owned = slos.filter((s) => s.service.team === team && s.sli.prometheus);
    if (owned.length === 0) continue;
    const id = sloOverviewUid(team);
    // Blamed on the team's first service, as the team's folder uid is.
    const uidFrom = { where: `service "${services.find((s) => s.team === team)!.id}"`, field: "team" };
    // Grafana holds one dashboard per uid: a definition with this id would be overwritten by the overview.
    if (definitions.some((d) => d.id === id))
      problems.add(`dashboard "${id}"`, "id", `is the uid of the SLO overview generated for team "${team}"; choose another id`);
    dashboards.push({ id, team, title: sloOverviewTitle(team), content: { kind: "slo-overview", slos: owned }, uidFrom });
  }
  return dashboards;
}
