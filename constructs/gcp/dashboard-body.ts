/**
 * A typed builder for Cloud Monitoring dashboards (the JSON `google_monitoring_dashboard` takes
 * as `dashboard_json`: the Dashboard resource of the Monitoring API,
 * https://cloud.google.com/monitoring/api/ref_v3/rest/v1/projects.dashboards), so no dashboard is
 * hand-written JSON. Tiles are laid out on a mosaic grid, left to right, one row at a time.
 *
 * Written in the form the API returns, because the google provider compares `dashboard_json`
 * with what it reads back: its diff suppression (resource_monitoring_dashboard.go,
 * `removeComputedKeys`, since GoogleCloudPlatform/magic-modules#5595) ignores fields the API
 * adds (`targetAxis`, `minAlignmentPeriod`, `etag`, `name`, text styles:
 * hashicorp/terraform-provider-google#7242, #9976), but not fields the configuration holds and
 * the API leaves out. The API omits every empty or zero value (proto3 JSON): an `xPos` or `yPos`
 * of 0, a threshold at 0, `[]`, `""`, `{}`; each would show as a change on every plan
 * (hashicorp/terraform-provider-google#16173, #24650; the provider fixes for them,
 * hashicorp/terraform-provider-google#26766 and GoogleCloudPlatform/magic-modules#17392 and
 * #18515, were closed unmerged). So `toJson` drops them, and sets the defaults the API fills in
 * (`plotType: LINE`, `targetAxis: Y1`, text `format: MARKDOWN`) as the API returns them.
 */

/**
 * Columns of the mosaic grid: the most MosaicLayout takes ("The number of columns must be
 * between 1 and 48, inclusive", the API's REST reference and its generated clients, e.g.
 * https://googleapis.dev/dotnet/Google.Apis.Monitoring.v1/latest/api/Google.Apis.Monitoring.v1.Data.MosaicLayout.html),
 * the grid the console and Google's sample dashboards use.
 */
export const GRID_COLUMNS = 48;

/**
 * Widgets (tiles) one custom dashboard holds: 100, the limit Cloud Monitoring raised from 40 on
 * 2 May 2025 (https://cloud.google.com/monitoring/docs/release-notes#May_02_2025, as reported in
 * GoogleCloudPlatform/monitoring-dashboard-samples#1004, after which Google's own Grafana importer
 * caps a dashboard at 100 tiles; the dashboards limits are listed at
 * https://cloud.google.com/monitoring/quotas).
 */
export const MAX_TILES = 100;

/** Charts per row, and their size in grid blocks. */
const CHARTS_PER_ROW = 3;
const CHART_WIDTH = GRID_COLUMNS / CHARTS_PER_ROW;
const CHART_HEIGHT = 12;

/** A threshold line across a chart (XyChart.thresholds). */
export interface Threshold {
  readonly label: string;
  readonly value: number;
  readonly color?: "RED" | "YELLOW";
  /** Which side of the line is shaded, the side where the condition holds. */
  readonly direction?: "ABOVE" | "BELOW";
}

/** What a chart queries: PromQL (Managed Service for Prometheus and Cloud Monitoring metrics) or a Monitoring filter. */
export type ChartQuery =
  | { readonly prometheusQuery: string }
  | {
      readonly timeSeriesFilter: {
        readonly filter: string;
        readonly aggregation?: {
          readonly alignmentPeriod: string;
          readonly perSeriesAligner: string;
          readonly crossSeriesReducer?: string;
        };
      };
    };

/** A line chart: its widget id (stable, from the definition it shows), title, query and thresholds. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly query: ChartQuery;
  readonly thresholds?: readonly Threshold[];
}

/** The Dashboard resource's JSON, as far as this builder writes it. */
interface Tile {
  readonly xPos: number;
  readonly yPos: number;
  readonly width: number;
  readonly height: number;
  readonly widget: {
    readonly id: string;
    readonly title?: string;
    readonly text?: { readonly content: string; readonly format: "MARKDOWN" };
    readonly xyChart?: {
      readonly dataSets: readonly { readonly timeSeriesQuery: ChartQuery; readonly plotType: "LINE"; readonly targetAxis: "Y1" }[];
      readonly thresholds: readonly Threshold[];
    };
  };
}

/** The value without what the API leaves out of its answer: zero numbers, `false`, `""`, `[]` and `{}`, at any depth. */
export function apiForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(apiForm);
  if (typeof value !== "object" || value === null) return value;
  const kept = Object.entries(value)
    .map(([k, v]) => [k, apiForm(v)] as const)
    .filter(([, v]) => v !== 0 && v !== false && v !== "" && v !== undefined && !isEmpty(v));
  return Object.fromEntries(kept);
}

function isEmpty(v: unknown): boolean {
  return typeof v === "object" && v !== null && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
}

/** One dashboard: text tiles across the grid, charts three to a row. */
export class DashboardBody {
  private readonly tiles: Tile[] = [];
  private y = 0;
  private row: ChartSpec[] = [];

  constructor(private readonly displayName: string) {}

  /** A Markdown text tile across the whole grid (a header, a section's title). */
  text(id: string, content: string, height = 2): this {
    this.flush();
    this.tiles.push({ xPos: 0, yPos: this.y, width: GRID_COLUMNS, height, widget: { id, text: { content, format: "MARKDOWN" } } });
    this.y += height;
    return this;
  }

  /** A line chart, placed after the previous one (a new row every three). */
  chart(spec: ChartSpec): this {
    this.row.push(spec);
    if (this.row.length === CHARTS_PER_ROW) this.flush();
    return this;
  }

  /** Ends the current row of charts: the next tile starts a new row. */
  private flush(): void {
    if (this.row.length === 0) return;
    this.row.forEach((spec, i) =>
      this.tiles.push({
        xPos: i * CHART_WIDTH,
        yPos: this.y,
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        widget: {
          id: spec.id,
          title: spec.title,
          xyChart: {
            dataSets: [{ timeSeriesQuery: spec.query, plotType: "LINE", targetAxis: "Y1" }],
            thresholds: spec.thresholds ?? [],
          },
        },
      }),
    );
    this.y += CHART_HEIGHT;
    this.row = [];
  }

  /** Tiles so far, the row of charts under way included. */
  get tileCount(): number {
    return this.tiles.length + this.row.length;
  }

  /** The `dashboard_json`: the Dashboard resource in the form the API returns it. */
  toJson(): string {
    this.flush();
    return JSON.stringify(apiForm({ displayName: this.displayName, mosaicLayout: { columns: GRID_COLUMNS, tiles: this.tiles } }));
  }
}
