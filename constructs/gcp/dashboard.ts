import { Construct } from "constructs";
import { MonitoringDashboard } from "@cdktf/provider-google/lib/monitoring-dashboard";
import type { AlertRuleModel, EnvironmentModel, Model, ServiceModel, SloModel } from "../../engine/model";
import { comparisonWithNumber } from "../../engine/model/alert-threshold";
import { noDataSeconds, tiersOn } from "../../engine/model/burn-rate";
import { apiDuration, formatDuration } from "../../engine/model/duration";
import { googleCloudDashboardName } from "../../engine/model/naming";
import { pages } from "../../engine/model/routing";
import { errorRatioQuery } from "../../engine/model/sli";
import { sloOnGoogleCloud } from "../../engine/model/slos";
import { gcpQuery } from "./alert-rules";
import { DashboardBody, MAX_TILES, type ChartSpec, type Threshold } from "./dashboard-body";

/** A service's part of the dashboard: its charts, in the order of their ids. */
export interface DashboardSection {
  readonly service: ServiceModel;
  readonly charts: readonly ChartSpec[];
}

/** An environment with its Google Cloud project. */
type GcpEnvironment = EnvironmentModel & { gcp: NonNullable<EnvironmentModel["gcp"]> };

export interface GcpDashboardsProps {
  readonly env: GcpEnvironment;
  /** The model as the stack renders it: its alerts, SLOs and endpoints are charted. */
  readonly model: Model;
  /** The team of a team stack, for the dashboard's name. */
  readonly team?: string;
  /** The uptime check id (a reference to the stack's check) per endpoint id. */
  readonly uptimeCheckIds: ReadonlyMap<string, string>;
}

const byId = <T extends { readonly id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Height of the header each dashboard opens with, in grid blocks: a title and a line of text. */
const HEADER_HEIGHT = 4;

/**
 * The stack's dashboard in Cloud Monitoring, from the model: a header, then per service (by id)
 * a chart per alert policy, per SLO and per uptime check, each in the order of its id, so tile
 * ids and positions follow from the definitions alone. Charts beyond what one dashboard holds
 * (MAX_TILES) continue on further dashboards, `dashboard_2`, `dashboard_3`... A stack with
 * nothing to chart gets none.
 */
export class GcpDashboards extends Construct {
  readonly dashboards: MonitoringDashboard[] = [];

  constructor(scope: Construct, id: string, { env, model, team, uptimeCheckIds }: GcpDashboardsProps) {
    super(scope, id);
    const sections = dashboardSections(env, model, uptimeCheckIds);
    const split = paginate(sections, MAX_TILES);
    split.forEach((page, i) => {
      const name = googleCloudDashboardName(env.id, team, i + 1, split.length);
      const body = new DashboardBody(name).text(
        "header",
        `# ${name}\nAlert policies, SLOs and uptime checks of ${env.name} on Google Cloud, synthesized from the monitoring definitions. ` +
          "A chart per alert policy (its query, with its threshold as a line), per SLO (its error ratio, or burn rate, against each burn-rate tier) and per uptime check.",
        HEADER_HEIGHT,
      );
      for (const part of page) {
        body.text(`service-${part.service.id}`, `## ${part.service.name} (${part.service.id})${part.continued ? ", continued" : ""}`);
        for (const chart of part.charts) body.chart(chart);
      }
      const dashboard = new MonitoringDashboard(this, `dashboard-${i + 1}`, { dashboardJson: body.toJson() });
      dashboard.overrideLogicalId(i === 0 ? "dashboard" : `dashboard_${i + 1}`);
      this.dashboards.push(dashboard);
    });
  }
}

/** Every service's section with at least one chart, by service id. */
export function dashboardSections(env: GcpEnvironment, model: Model, uptimeCheckIds: ReadonlyMap<string, string>): DashboardSection[] {
  return byId(model.services)
    .map((service) => ({
      service,
      charts: [
        ...byId(model.alerts.filter((a) => a.service.id === service.id && gcpQuery(a) !== undefined)).map(alertChart),
        ...byId(model.slos.filter((s) => s.service.id === service.id && chartedSlo(s))).map((s) => sloChart(env, model, s)),
        ...byId(service.endpoints.filter((e) => e.urls[env.id] !== undefined && uptimeCheckIds.has(e.id))).map((e) => ({
          id: `uptime-${e.id}`,
          title: `Uptime ${e.urls[env.id]}: share of checker locations passing`,
          // The metric the uptime check's alert policy reads (uptime-check.ts), per check id.
          query: {
            timeSeriesFilter: {
              filter: `metric.type="monitoring.googleapis.com/uptime_check/check_passed" AND metric.label.check_id="${uptimeCheckIds.get(e.id)}" AND resource.type="uptime_url"`,
              aggregation: {
                alignmentPeriod: apiDuration(e.periodSeconds),
                perSeriesAligner: "ALIGN_FRACTION_TRUE",
                crossSeriesReducer: "REDUCE_MEAN",
              },
            },
          },
        })),
      ],
    }))
    .filter((s) => s.charts.length > 0);
}

/** The SLOs the Google Cloud stack renders (slo.ts): with a Cloud Monitoring source, or grouped with a Prometheus one. */
function chartedSlo(slo: SloModel): boolean {
  return sloOnGoogleCloud(slo) && (slo.sli.cloudMonitoring !== undefined || (slo.groupBy.length > 0 && slo.sli.prometheus !== undefined));
}

/** The alert policy's PromQL: its left-hand query with the threshold as a line, or the whole condition. */
function alertChart(rule: AlertRuleModel): ChartSpec {
  const condition = gcpQuery(rule)!;
  const split = comparisonWithNumber(condition);
  const title = `${rule.name} (${rule.severity}, for ${formatDuration(rule.forSeconds)})`;
  if (!split) return { id: `alert-${rule.id}`, title, query: { prometheusQuery: condition } };
  const direction = split.op.startsWith(">") ? "ABOVE" : split.op.startsWith("<") ? "BELOW" : undefined;
  return {
    id: `alert-${rule.id}`,
    title,
    query: { prometheusQuery: split.query },
    thresholds: [{ label: `${split.op} ${split.value}`, value: split.value, color: "RED", ...(direction ? { direction } : {}) }],
  };
}

/**
 * The SLO's error ratio over its shortest tier window (the most responsive line) from its
 * Prometheus source, against each burn-rate tier's error-ratio threshold; without one, its burn
 * rate from the Cloud Monitoring SLO (`select_slo_burn_rate`, which charts read as alert
 * conditions do: https://cloud.google.com/stackdriver/docs/solutions/slo-monitoring/api/timeseries-selectors)
 * against each tier's factor.
 */
function sloChart(env: GcpEnvironment, model: Model, slo: SloModel): ChartSpec {
  const tiers = tiersOn(slo, "gcp");
  const window = noDataSeconds({ tiers });
  const paging = (t: (typeof tiers)[number]) => pages(t.severity, model.severities, model.environments);
  const line = (t: (typeof tiers)[number], value: number): Threshold => ({
    label: `${t.id}: ${t.factor}x over ${formatDuration(t.longWindowSeconds)}`,
    value,
    color: paging(t) ? "RED" : "YELLOW",
    direction: "ABOVE",
  });
  const objective = `objective ${slo.objective}% over ${slo.windowDays}d`;
  if (slo.sli.prometheus)
    return {
      id: `slo-${slo.id}`,
      title: `${slo.name}: error ratio over ${formatDuration(window)} (${objective})`,
      query: { prometheusQuery: errorRatioQuery(slo.sli.prometheus, window) },
      thresholds: tiers.map((t) => line(t, t.errorRatioThreshold)),
    };
  // The SLO's resource name, as google_monitoring_slo names it (slo.ts creates it with these ids).
  const name = `projects/${env.gcp.project}/services/${slo.service.id}/serviceLevelObjectives/${slo.id}`;
  return {
    id: `slo-${slo.id}`,
    title: `${slo.name}: burn rate over ${formatDuration(window)} (${objective})`,
    query: { timeSeriesFilter: { filter: `select_slo_burn_rate("${name}", "${apiDuration(window)}")` } },
    thresholds: tiers.map((t) => line(t, t.factor)),
  };
}

/** Part of a section on one page. */
interface PagePart extends DashboardSection {
  readonly continued: boolean;
}

/**
 * Sections onto pages of at most `capacity` tiles: each page has its header, each part of a
 * section its title; a section that does not fit goes on over the next page.
 */
export function paginate(sections: readonly DashboardSection[], capacity: number): PagePart[][] {
  // A header, a section's title and one chart at least.
  if (capacity < 3) throw new Error(`a dashboard page needs room for 3 tiles, got ${capacity}`);
  const pagesOut: PagePart[][] = [];
  let page: PagePart[] = [];
  let used = 1; // the header
  const next = () => {
    pagesOut.push(page);
    page = [];
    used = 1;
  };
  for (const section of sections) {
    let rest = section.charts;
    let continued = false;
    while (rest.length > 0) {
      // A title and at least one chart, or the next page.
      if (capacity - used < 2) next();
      const take = rest.slice(0, capacity - used - 1);
      page.push({ service: section.service, charts: take, continued });
      used += 1 + take.length;
      rest = rest.slice(take.length);
      continued = true;
    }
  }
  if (page.length > 0) pagesOut.push(page);
  return pagesOut;
}
