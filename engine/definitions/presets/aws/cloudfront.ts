/**
 * Amazon CloudFront: one distribution's server and total error rates.
 * Metrics: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html
 * (published in US East (N. Virginia) only, with the dimension Region=Global).
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

/** The only Region dimension value CloudFront publishes metrics with. */
export const CLOUDFRONT_REGION_DIMENSION = "Global";

const metric = (name: string, distributionId: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/CloudFront",
  metric: name,
  dimensions: { DistributionId: distributionId, Region: CLOUDFRONT_REGION_DIMENSION },
  statistic: "Average",
});

/** Keys of the alarms of {@link cloudFrontDistribution}. */
export type CloudFrontAlarm = "serverErrorRate" | "totalErrorRate";

export interface CloudFrontDistributionOptions extends AwsPresetOptions<CloudFrontAlarm> {
  /** The distribution's id in each environment, e.g. "E2EXAMPLE1". */
  readonly distributionId: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one CloudFront distribution, ids `<id>-server-error-rate` and
 * `<id>-total-error-rate`. CloudFront publishes its metrics in us-east-1 only: an environment
 * whose AWS stack runs in another region is refused at validation (its alarms would never see a
 * datapoint). The error rates are percentages of all requests, so no metric math is needed.
 *
 * - `serverErrorRate`: 5xxErrorRate (Average) above 5 (%), 5 of 5 minutes, the period and
 *   datapoints of AWS's recommended alarm, which leaves the threshold to the distribution.
 * - `totalErrorRate`: TotalErrorRate (Average, 4xx and 5xx) above 10 (%), 5 of 5 minutes; P3,
 *   clients' mistakes count here too.
 */
export function cloudFrontDistribution(o: CloudFrontDistributionOptions): readonly CloudWatchAlarmDefinition[] {
  const idle = "CloudFront publishes no error rate in a minute without requests, and a distribution nobody calls is not failing";
  return presetAlarms(o, {
    serverErrorRate: {
      summary: "CloudFront answers too many requests with 5xx",
      metric: metric("5xxErrorRate", o.distributionId),
      comparison: ">",
      threshold: 5,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    totalErrorRate: {
      summary: "CloudFront answers too many requests with errors",
      metric: metric("TotalErrorRate", o.distributionId),
      comparison: ">",
      threshold: 10,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
      severity: "P3",
    },
  });
}
