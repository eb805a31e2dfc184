/**
 * Network Load Balancers: one target group's healthy and unhealthy targets, and resets the load balancer sends.
 * Metrics: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

/** Keys of the alarms of {@link networkLoadBalancer}. */
export type NetworkLoadBalancerAlarm = "healthyHosts" | "unhealthyHosts" | "loadBalancerResets";

export interface NetworkLoadBalancerOptions extends AwsPresetOptions<NetworkLoadBalancerAlarm> {
  /** The load balancer's ARN suffix in each environment, e.g. "net/orders-prod/50dc6c495c0c9188". */
  readonly loadBalancer: PerEnvironment<string>;
  /** The target group's ARN suffix in each environment, e.g. "targetgroup/orders-prod/943f017f100becff". */
  readonly targetGroup: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one NLB target group, ids `<id>-healthy-hosts`,
 * `<id>-unhealthy-hosts`, `<id>-load-balancer-resets`. Host counts are published per
 * LoadBalancer and TargetGroup together; the resets per LoadBalancer.
 *
 * - `healthyHosts`: HealthyHostCount (Minimum) below 1, 2 of 2 minutes: no target can take traffic.
 * - `unhealthyHosts`: UnHealthyHostCount (Maximum) above 0, 5 minutes running; P3, the healthy
 *   ones carry the traffic meanwhile.
 * - `loadBalancerResets`: TCP_ELB_Reset_Count (Sum) above 100 a minute, 5 minutes running: the
 *   load balancer itself cuts connections (idle timeouts, targets gone).
 */
export function networkLoadBalancer(o: NetworkLoadBalancerOptions): readonly CloudWatchAlarmDefinition[] {
  const group = (name: string, statistic: string): CloudWatchMetric => ({
    namespace: "AWS/NetworkELB",
    metric: name,
    dimensions: { LoadBalancer: o.loadBalancer, TargetGroup: o.targetGroup },
    statistic,
  });
  return presetAlarms(o, {
    healthyHosts: {
      summary: "NLB target group has no healthy target",
      metric: group("HealthyHostCount", "Minimum"),
      comparison: "<",
      threshold: 1,
      period: "1m",
      evaluationPeriods: 2,
      treatMissingData: "breaching",
      missingDataReason:
        "the load balancer reports its targets' health every minute: one that stops reporting healthy targets has none to show",
    },
    unhealthyHosts: {
      summary: "NLB targets fail their health checks",
      metric: group("UnHealthyHostCount", "Maximum"),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: "with no unhealthy target reported there is nothing to fix; the healthy-hosts alarm covers a silent load balancer",
      severity: "P3",
    },
    loadBalancerResets: {
      summary: "NLB resets client connections itself",
      metric: {
        namespace: "AWS/NetworkELB",
        metric: "TCP_ELB_Reset_Count",
        dimensions: { LoadBalancer: o.loadBalancer },
        statistic: "Sum",
      },
      comparison: ">",
      threshold: 100,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: "no reset count is published in a minute without resets",
    },
  });
}
