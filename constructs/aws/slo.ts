import { Construct } from "constructs";
import type { CloudwatchCompositeAlarm } from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import type { CloudwatchMetricAlarmMetricQuery } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { CloudWatchMetricModel, CloudWatchSliModel, EnvironmentModel, Model, SloModel } from "../../engine/model";
import { noDataSeconds, suppressionExtensionSeconds, tiersOn } from "../../engine/model/burn-rate";
import { formatDuration } from "../../engine/model/duration";
import { noDataSeverity } from "../../engine/model/routing";
import { awsAddress, sloAlarmParts } from "../../engine/model/naming/aws";
import { compositeAlarm, metricAlarm } from "./alarm";
import { allOfRule } from "./alarms";
import { CLOUDWATCH_MAX_EVALUATION_SECONDS } from "./limits";
import type { AwsAlertRouting } from "./routing";

/**
 * The error ratio as metric math over the SLI's metrics, by query id: bad (or total minus good)
 * over total. FILL turns a missing count into 0: ALB publishes no 5xx datapoint in a minute
 * without 5xx. Metrics added up get ids `bad_0`, `bad_1`... and each is filled. The load
 * balancer's own errors (`lb_bad`) count as bad and as total events; then the total is filled
 * too, because with every target down RequestCount publishes nothing while the ALB answers 503
 * to everyone.
 */
export function errorRatioMath(sli: CloudWatchSliModel): { metrics: { id: string; metric: CloudWatchMetricModel }[]; expression: string } {
  const lb = sli.loadBalancerErrors;
  const part = (name: string, list: readonly CloudWatchMetricModel[], fill: boolean) => {
    const ids = list.length === 1 ? [name] : list.map((_, i) => `${name}_${i}`);
    const terms = ids.map((id) => (fill || list.length > 1 ? `FILL(${id}, 0)` : id));
    return { metrics: list.map((metric, i) => ({ id: ids[i], metric })), terms };
  };
  const sum = (terms: readonly string[]) => (terms.length === 1 ? terms[0] : `(${terms.join(" + ")})`);
  const lbTerms = lb ? ["FILL(lb_bad, 0)"] : [];
  const total = part("total", sli.total, Boolean(lb));
  const totalSum = sum([...total.terms, ...lbTerms]);
  const counted = sli.errors ? part("bad", sli.errors, true) : part("good", sli.good!, true);
  const expression = sli.errors
    ? `${sum([...counted.terms, ...lbTerms])} / ${totalSum}`
    : `(${totalSum} - ${sum(counted.terms)}) / ${totalSum}`;
  const lbMetric = lb ? [{ id: "lb_bad", metric: lb }] : [];
  return { metrics: [...counted.metrics, ...total.metrics, ...lbMetric], expression };
}

/** The error ratio over `periodSeconds` as alarm metric queries. */
export function errorRatioQueries(sli: CloudWatchSliModel, env: string, periodSeconds: number): CloudwatchMetricAlarmMetricQuery[] {
  const { metrics, expression } = errorRatioMath(sli);
  return [
    ...metrics.map(({ id, metric: m }) => ({
      id,
      returnData: false,
      metric: { namespace: m.namespace, metricName: m.metric, dimensions: m.dimensions[env], stat: m.statistic, period: periodSeconds },
    })),
    { id: "error_ratio", expression, label: "Error ratio", returnData: true },
  ];
}

/** True when every metric of the SLI has dimensions in this environment: only then are its alarms rendered. */
/** Budget alarms look back over the SLO's whole window, which CloudWatch allows up to its evaluation limit. */
export function budgetAlarmsFit(slo: Pick<SloModel, "windowSeconds">): boolean {
  return slo.windowSeconds <= CLOUDWATCH_MAX_EVALUATION_SECONDS;
}

export function existsIn(sli: CloudWatchSliModel, env: string): boolean {
  return errorRatioMath(sli).metrics.every(({ metric }) => metric.dimensions[env] !== undefined);
}

export interface AwsSloAlarmsProps {
  readonly env: EnvironmentModel;
  /** Which severities page, for the no-data alarm's ticket severity. */
  readonly model: Pick<Model, "severities" | "environments">;
  readonly routing: AwsAlertRouting;
  readonly slo: SloModel;
}

/**
 * An SLO on CloudWatch (which has no SLO resource): per burn-rate tier, an error-ratio alarm
 * over the long window and one over the short window, combined by a composite alarm (long AND
 * short) that notifies. Each slower tier is suppressed while the next faster one fires, so one
 * incident pages once. Budget-policy alarms exist where the SLO window fits an alarm period.
 */
export class AwsSloAlarms extends Construct {
  constructor(scope: Construct, id: string, { env, model, routing, slo }: AwsSloAlarmsProps) {
    super(scope, id);
    const sli = slo.sli.cloudWatch;
    if (!sli || !existsIn(sli, env.id)) return;

    const windowAlarm = (suffix: string, periodSeconds: number, threshold: number, feeds: string) =>
      metricAlarm(
        this,
        routing,
        { id: suffix, logicalId: awsAddress.sloAlarm(slo.id, suffix), name: sloAlarmParts(slo.id, suffix), feeds, tags: { slo: slo.id } },
        {
          comparisonOperator: "GreaterThanThreshold",
          threshold,
          evaluationPeriods: 1,
          metricQuery: errorRatioQueries(sli, env.id, periodSeconds),
          // No traffic means no errors: an idle service does not burn its budget.
          treatMissingData: "notBreaching",
        },
      );

    const tiers = tiersOn(slo, "aws");
    let faster: CloudwatchCompositeAlarm | undefined;
    for (const tier of tiers) {
      const windows = `${formatDuration(tier.longWindowSeconds)}/${formatDuration(tier.shortWindowSeconds)}`;
      const what = `${slo.name}: error ratio above ${tier.errorRatioThreshold} (${tier.factor}x burn rate)`;
      const long = windowAlarm(
        `${tier.id}-long`,
        tier.longWindowSeconds,
        tier.errorRatioThreshold,
        `${what} over ${formatDuration(tier.longWindowSeconds)}. Part of ${tier.id}; notifies through its composite.`,
      );
      const short = windowAlarm(
        `${tier.id}-short`,
        tier.shortWindowSeconds,
        tier.errorRatioThreshold,
        `${what} over ${formatDuration(tier.shortWindowSeconds)}. Part of ${tier.id}; notifies through its composite.`,
      );
      const notify = {
        severity: tier.severity,
        service: slo.service,
        summary: `${slo.name} (${slo.objective}% over ${slo.windowDays}d) burns its error budget at ${tier.factor}x over ${windows}`,
        runbook: slo.runbook,
        details: tier.replaces ? [`Note: ${tier.replaces.reason}.`] : [],
      };
      const composite = compositeAlarm(
        this,
        routing,
        {
          id: tier.id,
          logicalId: awsAddress.sloAlarm(slo.id, tier.id),
          name: sloAlarmParts(slo.id, tier.id),
          notify,
          tags: { slo: slo.id, tier: tier.id },
        },
        {
          alarmRule: allOfRule([long.alarmName, short.alarmName]),
          actionsSuppressor: faster && {
            alarm: faster.alarmName,
            // Wait for the faster tier to catch up; after it clears, stay quiet until this tier's own
            // short window has let go of the outage, or it pages again for an incident already over.
            waitPeriod: 120,
            extensionPeriod: suppressionExtensionSeconds(tier),
          },
        },
      );
      faster = composite;
    }

    // Missing data: the burn-rate alarms treat it as no errors, so a metric that vanished would
    // silence them. The total's alarm is in ALARM only when the metric is missing (a count is never
    // below 0), a ticket to the owning team.
    const noData = noDataSeverity(slo, model.severities, model.environments);
    if (noData) {
      const seconds = noDataSeconds(slo);
      // Where counts add up, the first: the others may rightly have no datapoints yet.
      const total = sli.total[0];
      metricAlarm(
        this,
        routing,
        {
          id: "no-data",
          logicalId: awsAddress.sloAlarm(slo.id, "no_data"),
          name: sloAlarmParts(slo.id, "no-data"),
          notify: {
            severity: noData,
            service: slo.service,
            summary: `${slo.name}: no ${total.namespace} ${total.metric} datapoint for ${formatDuration(seconds)}; its burn-rate alarms cannot fire`,
            runbook: slo.runbook,
            details: [
              `Check: does the resource (${Object.entries(total.dimensions[env.id] ?? {})
                .map(([k, v]) => `${k}=${v}`)
                .join(
                  ", ",
                )}) still exist and receive traffic (${total.namespace} publishes no datapoint for a resource that had no requests)? Were its dimensions renamed, or the resource replaced?`,
            ],
          },
          tags: { slo: slo.id, slo_alert: "no-data" },
        },
        {
          comparisonOperator: "LessThanThreshold",
          threshold: 0,
          evaluationPeriods: 1,
          namespace: total.namespace,
          metricName: total.metric,
          dimensions: total.dimensions[env.id],
          statistic: total.statistic,
          period: seconds,
          treatMissingData: "breaching",
        },
      );
    }

    if (!budgetAlarmsFit(slo)) return;
    for (const budget of slo.budgetAlerts) {
      const queries = errorRatioQueries(sli, env.id, slo.windowSeconds);
      const notify = {
        severity: budget.severity,
        service: slo.service,
        summary: `${slo.name}: error budget ${budget.state}, ${budget.remainingPercent}% or less left`,
        runbook: slo.runbook,
      };
      metricAlarm(
        this,
        routing,
        {
          id: `budget-${budget.state}`,
          logicalId: awsAddress.sloAlarm(slo.id, `budget_${budget.state}`),
          name: sloAlarmParts(slo.id, "budget", budget.state),
          notify,
          tags: { slo: slo.id, budget: budget.state },
        },
        {
          comparisonOperator: "LessThanOrEqualToThreshold",
          threshold: budget.remainingAtOrBelow,
          evaluationPeriods: 1,
          metricQuery: [
            ...queries.map((q) => ({ ...q, returnData: false })),
            {
              id: "budget_remaining",
              expression: `1 - error_ratio / ${slo.errorBudget}`,
              label: "Error budget remaining",
              returnData: true,
            },
          ],
          treatMissingData: "notBreaching",
        },
      );
    }
  }
}
