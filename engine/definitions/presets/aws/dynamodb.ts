/**
 * Amazon DynamoDB: one table's throttled reads and writes and its system errors.
 * Metrics: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, tableName: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/DynamoDB",
  metric: name,
  dimensions: { TableName: tableName },
  statistic: "Sum",
});

/** Keys of the alarms of {@link dynamoDbTable}. */
export type DynamoDbAlarm = "readThrottles" | "writeThrottles" | "systemErrors";

export interface DynamoDbTableOptions extends AwsPresetOptions<DynamoDbAlarm> {
  /** The table's name in each environment. */
  readonly tableName: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one DynamoDB table, ids `<id>-read-throttles`,
 * `<id>-write-throttles`, `<id>-system-errors`. Metrics, statistics (Sum), periods and datapoints
 * are AWS's recommended alarms' (throttles 5 of 5 minutes, system errors 15 of 15); AWS leaves the
 * thresholds to the table's traffic, so the default is above 0: any throttled request or
 * server-side error, sustained for that long, is worth a look. Counts, not rates: a throttle rate
 * needs metric math, which a single-metric alarm cannot express.
 */
export function dynamoDbTable(o: DynamoDbTableOptions): readonly CloudWatchAlarmDefinition[] {
  const t = o.tableName;
  const quiet = "DynamoDB publishes throttle and error counts only for minutes in which they happen";
  return presetAlarms(o, {
    readThrottles: {
      summary: "DynamoDB throttles reads on the table",
      metric: metric("ReadThrottleEvents", t),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: quiet,
    },
    writeThrottles: {
      summary: "DynamoDB throttles writes on the table",
      metric: metric("WriteThrottleEvents", t),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: quiet,
    },
    systemErrors: {
      summary: "DynamoDB answers the table's requests with server errors",
      metric: metric("SystemErrors", t),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "notBreaching",
      missingDataReason: quiet,
    },
  });
}
