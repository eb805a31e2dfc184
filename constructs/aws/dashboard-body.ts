/**
 * A typed builder for CloudWatch dashboard bodies (the JSON `aws_cloudwatch_dashboard`
 * takes), so no dashboard is hand-written JSON. Widgets are laid out on CloudWatch's
 * 24-column grid, left to right, one row at a time.
 */

/** `[namespace, metric, dimension, value, ..., { stat, label }]` as CloudWatch expects. */
export type MetricLine = (
  | string
  | { readonly stat?: string; readonly label?: string; readonly id?: string; readonly visible?: boolean; readonly expression?: string }
)[];

export interface MetricWidgetSpec {
  readonly title: string;
  readonly metrics: readonly MetricLine[];
  readonly period: number;
  readonly stat?: string;
  readonly width?: number;
  readonly height?: number;
  /** Horizontal lines, e.g. an alarm threshold. */
  readonly thresholds?: readonly { readonly label: string; readonly value: number }[];
  readonly yAxisMax?: number;
}

export interface TextWidgetSpec {
  readonly markdown: string;
  readonly width?: number;
  readonly height?: number;
}

interface Widget {
  type: "metric" | "text";
  x: number;
  y: number;
  width: number;
  height: number;
  properties: Record<string, unknown>;
}

const GRID_WIDTH = 24;

export class DashboardBody {
  private readonly widgets: Widget[] = [];
  private y = 0;

  constructor(private readonly region: string) {}

  /** Adds a row of widgets; widths default to an equal share of the grid. */
  row(...specs: readonly (MetricWidgetSpec | TextWidgetSpec)[]): this {
    if (specs.length === 0) return this;
    let x = 0;
    let height = 0;
    for (const spec of specs) {
      const width = spec.width ?? Math.floor(GRID_WIDTH / specs.length);
      const h = spec.height ?? ("markdown" in spec ? 2 : 6);
      this.widgets.push(
        "markdown" in spec
          ? { type: "text", x, y: this.y, width, height: h, properties: { markdown: spec.markdown } }
          : {
              type: "metric",
              x,
              y: this.y,
              width,
              height: h,
              properties: {
                title: spec.title,
                region: this.region,
                view: "timeSeries",
                stacked: false,
                period: spec.period,
                stat: spec.stat ?? "Average",
                metrics: spec.metrics,
                ...(spec.thresholds?.length ? { annotations: { horizontal: spec.thresholds } } : {}),
                ...(spec.yAxisMax !== undefined ? { yAxis: { left: { min: 0, max: spec.yAxisMax } } } : {}),
              },
            },
      );
      x += width;
      height = Math.max(height, h);
    }
    this.y += height;
    return this;
  }

  get widgetCount(): number {
    return this.widgets.length;
  }

  toJson(): string {
    return JSON.stringify({ widgets: this.widgets });
  }
}
