import { Construct } from "constructs";
import { CloudwatchDashboard } from "@cdktf/provider-aws/lib/cloudwatch-dashboard";
import type { CloudWatchMetricModel, EnvironmentModel, Model } from "../../engine/model";
import { formatDuration } from "../../engine/model/duration";
import { awsDashboardName } from "../../engine/model/naming/aws";
import { DashboardBody, type MetricLine, type MetricWidgetSpec } from "./dashboard-body";
import { errorRatioMath, existsIn } from "./slo";

function metricLine(
  m: CloudWatchMetricModel,
  env: string,
  options: { stat?: string; id?: string; label?: string; visible?: boolean } = {},
): MetricLine {
  const dims = Object.entries(m.dimensions[env] ?? {}).flat();
  return [m.namespace, m.metric, ...dims, { stat: m.statistic, ...options }];
}

export interface AwsDashboardProps {
  readonly env: EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> };
  readonly model: Model;
}

/**
 * One dashboard per environment, from the model: a widget per CloudWatch alarm's metric with
 * its threshold (ECS, RDS, ALB rows by namespace), and a widget per SLO showing its error
 * ratio against each burn-rate tier's threshold.
 */
export class AwsDashboard extends Construct {
  readonly body: DashboardBody;

  constructor(scope: Construct, id: string, { env, model }: AwsDashboardProps) {
    super(scope, id);
    this.body = new DashboardBody(env.aws.region).row({
      markdown: `# ${env.name} monitoring\nAlarms and SLOs synthesized from the monitoring definitions.`,
      width: 24,
    });

    const byNamespace = new Map<string, MetricWidgetSpec[]>();
    for (const a of model.cloudWatchAlarms) {
      if (a.kind !== "metric" || !a.metric.dimensions[env.id]) continue;
      const widgets = byNamespace.get(a.metric.namespace) ?? [];
      widgets.push({
        title: `${a.summary} (${a.id})`,
        metrics: [metricLine(a.metric, env.id)],
        period: a.periodSeconds,
        stat: a.metric.statistic,
        thresholds: [{ label: `${a.comparison} ${a.threshold}`, value: a.threshold }],
      });
      byNamespace.set(a.metric.namespace, widgets);
    }
    for (const [namespace, widgets] of [...byNamespace].sort(([a], [b]) => a.localeCompare(b))) {
      this.body.row({ markdown: `## ${namespace}`, width: 24, height: 1 });
      for (let i = 0; i < widgets.length; i += 3) this.body.row(...widgets.slice(i, i + 3));
    }

    const slos = model.slos.filter((s) => s.sli.cloudWatch && existsIn(s.sli.cloudWatch, env.id));
    if (slos.length > 0) this.body.row({ markdown: "## SLOs", width: 24, height: 1 });
    for (const slo of slos) {
      const { metrics, expression: ratio } = errorRatioMath(slo.sli.cloudWatch!);
      this.body.row({
        title: `${slo.name}: error ratio (objective ${slo.objective}% over ${slo.windowDays}d)`,
        width: 24,
        period: 300,
        metrics: [
          ...metrics.map(({ id, metric }) => metricLine(metric, env.id, { id, visible: false })),
          [{ expression: ratio, label: "Error ratio (5m)", id: "error_ratio" }],
        ],
        thresholds: slo.tiers.map((t) => ({
          label: `${t.id}: ${t.factor}x over ${formatDuration(t.longWindowSeconds)}`,
          value: t.errorRatioThreshold,
        })),
      });
    }

    new CloudwatchDashboard(this, "dashboard", {
      dashboardName: awsDashboardName(env),
      dashboardBody: this.body.toJson(),
    }).overrideLogicalId("dashboard");
  }
}
