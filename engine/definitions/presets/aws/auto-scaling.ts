/**
 * Amazon EC2 Auto Scaling: one group's in-service capacity and its instances' CPU.
 * Metrics: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html (AWS/AutoScaling,
 * published only once group metrics collection is enabled) and
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html (AWS/EC2 by AutoScalingGroupName).
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

/** Keys of the alarms of {@link autoScalingGroup}. */
export type AutoScalingAlarm = "inServiceCapacity" | "cpu";

export interface AutoScalingGroupOptions extends AwsPresetOptions<AutoScalingAlarm> {
  /** The group's name in each environment. */
  readonly groupName: PerEnvironment<string>;
  /** The capacity (instances, or units with weights) below which the group cannot carry its load: the `inServiceCapacity` threshold. */
  readonly minInServiceCapacity: number;
}

/**
 * The alarms a team wants on one Auto Scaling group, ids `<id>-in-service-capacity` and `<id>-cpu`:
 *
 * - `inServiceCapacity`: GroupInServiceCapacity (Average) below `minInServiceCapacity`, 10 of 10
 *   minutes, AWS's recommended alarm: launches fail or instances keep failing health checks.
 *   Missing data is breaching: Auto Scaling publishes group metrics only with group metrics
 *   collection on, so an alarm that sees nothing is watching nothing, which must not look healthy.
 * - `cpu`: the group's instances' CPUUtilization (AWS/EC2, Average) above 80%, 3 of 3 5-minute
 *   periods (this project's choice; EC2 publishes every 5 minutes without detailed monitoring).
 */
export function autoScalingGroup(o: AutoScalingGroupOptions): readonly CloudWatchAlarmDefinition[] {
  const dimensions = { AutoScalingGroupName: o.groupName };
  return presetAlarms(o, {
    inServiceCapacity: {
      summary: "Auto Scaling group has too little capacity in service",
      metric: { namespace: "AWS/AutoScaling", metric: "GroupInServiceCapacity", dimensions, statistic: "Average" },
      comparison: "<",
      threshold: o.minInServiceCapacity,
      period: "1m",
      evaluationPeriods: 10,
      treatMissingData: "breaching",
      missingDataReason:
        "Auto Scaling publishes group metrics every minute once group metrics collection is on: no data means it is off, or the group is gone",
    },
    cpu: {
      summary: "Auto Scaling group instances' CPU is too high",
      metric: { namespace: "AWS/EC2", metric: "CPUUtilization", dimensions, statistic: "Average" },
      comparison: ">",
      threshold: 80,
      period: "5m",
      evaluationPeriods: 3,
      treatMissingData: "missing",
      missingDataReason:
        "EC2 publishes every 5 minutes while instances run; a gap keeps the last state, the capacity alarm covers an empty group",
    },
  });
}
