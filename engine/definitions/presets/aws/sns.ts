/**
 * Amazon SNS: one topic's failed deliveries, messages refused by filter policies, and dead-letter redrives, and its SLI.
 * Metrics: https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, CloudWatchSli, PerEnvironment } from "../../types";
import { presetAlarms, type PresetAlarm, type AwsPresetOptions } from "./preset";

const metric = (name: string, topicName: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/SNS",
  metric: name,
  dimensions: { TopicName: topicName },
  statistic: "Sum",
});

/** Keys of the alarms of {@link snsTopic}. */
export type SnsAlarm = "notificationsFailed" | "filteredOutInvalidAttributes" | "redrivenToDlq" | "failedToRedriveToDlq";

export interface SnsTopicOptions extends AwsPresetOptions<SnsAlarm> {
  /** The topic's name in each environment. */
  readonly topicName: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one SNS topic, ids `<id>-notifications-failed`,
 * `<id>-filtered-out-invalid-attributes`, `<id>-redriven-to-dlq`, `<id>-failed-to-redrive-to-dlq`:
 * each count (Sum) above 0, 5 minutes running, with AWS's recommended periods and datapoints.
 * AWS leaves the failed-notifications threshold to the topic's traffic; 0 is this project's:
 * every failed delivery is a subscriber that missed a message. Messages redriven to a
 * dead-letter queue are P3: they are kept for a retry.
 */
export function snsTopic(o: SnsTopicOptions): readonly CloudWatchAlarmDefinition[] {
  const count = (name: string, summary: string, extra: Partial<PresetAlarm> = {}): PresetAlarm => ({
    summary,
    metric: metric(name, o.topicName),
    comparison: ">",
    threshold: 0,
    period: "1m",
    evaluationPeriods: 5,
    treatMissingData: "notBreaching",
    missingDataReason: "SNS publishes these counts only for minutes in which they happen",
    ...extra,
  });
  return presetAlarms(o, {
    notificationsFailed: count("NumberOfNotificationsFailed", "SNS fails to deliver notifications"),
    filteredOutInvalidAttributes: count(
      "NumberOfNotificationsFilteredOut-InvalidAttributes",
      "SNS filter policies refuse messages with invalid attributes",
    ),
    redrivenToDlq: count("NumberOfNotificationsRedrivenToDlq", "SNS moves undeliverable notifications to the dead-letter queue", {
      severity: "P3",
    }),
    failedToRedriveToDlq: count("NumberOfNotificationsFailedToRedriveToDlq", "SNS cannot move notifications to the dead-letter queue"),
  });
}

/**
 * An SNS topic's delivery SLI: failed notifications (NumberOfNotificationsFailed) of all
 * attempted, delivered plus failed (NumberOfNotificationsDelivered + NumberOfNotificationsFailed).
 */
export function snsDelivery(topicName: PerEnvironment<string>): CloudWatchSli {
  return {
    errors: metric("NumberOfNotificationsFailed", topicName),
    total: [metric("NumberOfNotificationsDelivered", topicName), metric("NumberOfNotificationsFailed", topicName)],
  };
}
