/**
 * Amazon Kinesis Data Streams: one stream's consumer lag, throttled reads and writes, and failed puts.
 * Metrics: https://docs.aws.amazon.com/streams/latest/dev/monitoring-with-cloudwatch.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, streamName: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/Kinesis",
  metric: name,
  dimensions: { StreamName: streamName },
  statistic,
});

/** Keys of the alarms of {@link kinesisStream}. */
export type KinesisAlarm = "iteratorAge" | "readThrottles" | "writeThrottles" | "putRecordsFailed";

export interface KinesisStreamOptions extends AwsPresetOptions<KinesisAlarm> {
  /** The stream's name in each environment. */
  readonly streamName: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one data stream that consumers read, ids `<id>-iterator-age`,
 * `<id>-read-throttles`, `<id>-write-throttles`, `<id>-put-records-failed`. Stream-level
 * metrics only (shard-level ones cost extra). The thresholds depend on the workload; the defaults
 * are this project's:
 *
 * - `iteratorAge`: GetRecords.IteratorAgeMilliseconds (Maximum) above 600,000 ms, 15 minutes
 *   running: consumers are ten minutes behind, far from the 24-hour default retention but long
 *   enough to be a lag, not a spike.
 * - `readThrottles`, `writeThrottles`: ReadProvisionedThroughputExceeded and
 *   WriteProvisionedThroughputExceeded (Average, the share of calls or records throttled) above
 *   0.01, 5 minutes running.
 * - `putRecordsFailed`: PutRecords.FailedRecords (Sum) above 0, 5 minutes running: records the
 *   producers must retry or lose.
 */
export function kinesisStream(o: KinesisStreamOptions): readonly CloudWatchAlarmDefinition[] {
  const s = o.streamName;
  const idle = "Kinesis publishes these only for minutes with reads or writes, and a quiet stream is not failing";
  return presetAlarms(o, {
    iteratorAge: {
      summary: "Kinesis consumers fall behind the stream",
      metric: metric("GetRecords.IteratorAgeMilliseconds", s, "Maximum"),
      comparison: ">",
      threshold: 600_000,
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "breaching",
      missingDataReason:
        "the iterator age is published only while consumers call GetRecords: a stream nobody reads any more has stalled consumers",
    },
    readThrottles: {
      summary: "Kinesis throttles reads from the stream",
      metric: metric("ReadProvisionedThroughputExceeded", s, "Average"),
      comparison: ">",
      threshold: 0.01,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    writeThrottles: {
      summary: "Kinesis throttles writes to the stream",
      metric: metric("WriteProvisionedThroughputExceeded", s, "Average"),
      comparison: ">",
      threshold: 0.01,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
    putRecordsFailed: {
      summary: "Kinesis rejects records put to the stream",
      metric: metric("PutRecords.FailedRecords", s, "Sum"),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: idle,
    },
  });
}
