/**
 * Amazon API Gateway REST APIs: one stage's server errors, client errors and latency, and its SLIs.
 * Metrics: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, CloudWatchSli, LatencySli, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, apiName: PerEnvironment<string>, stage: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/ApiGateway",
  metric: name,
  dimensions: { ApiName: apiName, Stage: stage },
  statistic,
});

/** Keys of the alarms of {@link apiGatewayRestApi}. */
export type ApiGatewayAlarm = "serverErrors" | "clientErrors" | "latency";

export interface ApiGatewayRestApiOptions extends AwsPresetOptions<ApiGatewayAlarm> {
  /** The REST API's name in each environment. */
  readonly apiName: PerEnvironment<string>;
  /** The stage's name in each environment. */
  readonly stage: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one REST API stage, ids `<id>-server-errors`, `<id>-client-errors`,
 * `<id>-latency`, all with AWS's recommended thresholds, statistics, periods and datapoints.
 * 5XXError and 4XXError count 1 for an erroring request and 0 for any other, so their Average is
 * the share of requests that failed: a rate without metric math.
 *
 * - `serverErrors`: 5XXError (Average) above 0.05, 3 of 3 minutes.
 * - `clientErrors`: 4XXError (Average) above 0.05, 5 of 5 minutes; P3, clients' mistakes are
 *   rarely the service's outage.
 * - `latency`: Latency p90 at least 2,500 ms, 5 of 5 minutes.
 */
export function apiGatewayRestApi(o: ApiGatewayRestApiOptions): readonly CloudWatchAlarmDefinition[] {
  const idle = "API Gateway publishes no datapoint in a minute without requests, and an API nobody calls is not failing";
  return presetAlarms(o, {
    serverErrors: {
      summary: "API Gateway answers too many requests with 5xx",
      metric: metric("5XXError", o.apiName, o.stage, "Average"),
      comparison: ">",
      threshold: 0.05,
      period: "1m",
      evaluationPeriods: 3,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    clientErrors: {
      summary: "API Gateway answers too many requests with 4xx",
      metric: metric("4XXError", o.apiName, o.stage, "Average"),
      comparison: ">",
      threshold: 0.05,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
      severity: "P3",
    },
    latency: {
      summary: "API Gateway requests are slow",
      metric: metric("Latency", o.apiName, o.stage, "p90"),
      comparison: ">=",
      threshold: 2500,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
  });
}

/** A REST API stage's availability SLI: requests answered with 5xx (5XXError, Sum) of all requests (Count, Sum). */
export function apiGatewayAvailability(apiName: PerEnvironment<string>, stage: PerEnvironment<string>): CloudWatchSli {
  return { errors: metric("5XXError", apiName, stage, "Sum"), total: metric("Count", apiName, stage, "Sum") };
}

/**
 * A REST API stage's latency SLI source for `latency({ threshold, cloudWatchLatency })`: Latency,
 * one datapoint per request, in milliseconds, from request to response as API Gateway sees it.
 */
export function apiGatewayLatency(
  apiName: PerEnvironment<string>,
  stage: PerEnvironment<string>,
): NonNullable<LatencySli["cloudWatchLatency"]> {
  return { namespace: "AWS/ApiGateway", metric: "Latency", dimensions: { ApiName: apiName, Stage: stage }, unit: "milliseconds" };
}
