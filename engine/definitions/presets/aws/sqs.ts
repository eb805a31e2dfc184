/**
 * Amazon SQS: one queue's backlog and the age of its oldest message, and its dead-letter queue.
 * Metrics: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, queueName: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/SQS",
  metric: name,
  dimensions: { QueueName: queueName },
  statistic,
});

/** Keys of the alarms of {@link sqsQueue}. */
export type SqsAlarm = "oldestMessageAge" | "messagesVisible" | "deadLetterMessages";

export interface SqsQueueOptions extends AwsPresetOptions<SqsAlarm> {
  /** The queue's name in each environment. */
  readonly queueName: PerEnvironment<string>;
  /** The name of the queue's dead-letter queue, if it has one; without it there is no `deadLetterMessages` alarm. */
  readonly deadLetterQueueName?: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one SQS queue, ids `<id>-oldest-message-age`,
 * `<id>-messages-visible` and, with a dead-letter queue, `<id>-dead-letter-messages`. Periods and
 * datapoints are AWS's recommended alarms' (1 minute, 15 of 15); AWS leaves the thresholds to
 * the queue's expected processing time, so the defaults are this project's:
 *
 * - `oldestMessageAge`: ApproximateAgeOfOldestMessage (Maximum) at least 900 seconds: a message
 *   waited a quarter of an hour, so consumers are stuck or too few.
 * - `messagesVisible`: ApproximateNumberOfMessagesVisible (Maximum) at least 1,000 messages waiting.
 * - `deadLetterMessages`: ApproximateNumberOfMessagesVisible (Maximum) of the dead-letter queue
 *   above 0 for one minute: every message there is one the consumers gave up on.
 */
export function sqsQueue(o: SqsQueueOptions): readonly CloudWatchAlarmDefinition[] {
  const q = o.queueName;
  return presetAlarms(o, {
    oldestMessageAge: {
      summary: "SQS messages wait too long to be processed",
      metric: metric("ApproximateAgeOfOldestMessage", q, "Maximum"),
      comparison: ">=",
      threshold: 900,
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "notBreaching",
      missingDataReason:
        "the age of the oldest message is reported only while messages exist, and SQS stops publishing for a queue idle for six hours: an empty queue is healthy",
    },
    messagesVisible: {
      summary: "SQS messages pile up in the queue",
      metric: metric("ApproximateNumberOfMessagesVisible", q, "Maximum"),
      comparison: ">=",
      threshold: 1000,
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "notBreaching",
      missingDataReason: "SQS stops publishing for a queue idle for six hours, and a queue with no messages is healthy",
    },
    deadLetterMessages: {
      available: o.deadLetterQueueName !== undefined,
      summary: "SQS messages land in the dead-letter queue",
      metric: metric("ApproximateNumberOfMessagesVisible", o.deadLetterQueueName ?? "", "Maximum"),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 1,
      treatMissingData: "notBreaching",
      missingDataReason: "SQS stops publishing for a dead-letter queue idle for six hours: one that never receives a message is healthy",
    },
  });
}
