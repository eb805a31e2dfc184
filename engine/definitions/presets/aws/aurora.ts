/**
 * Amazon Aurora: one DB cluster's writer and readers, by the cluster-level aggregation of instance metrics
 * (dimensions DBClusterIdentifier and Role).
 * Metrics: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html
 * Dimensions: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/dimensions.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

/** Keys of the alarms of {@link auroraCluster}. */
export type AuroraAlarm = "writerCpu" | "readerCpu" | "writerFreeableMemory" | "replicaLag";

export interface AuroraClusterOptions extends AwsPresetOptions<AuroraAlarm> {
  /** The DB cluster's identifier in each environment. */
  readonly clusterIdentifier: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one Aurora cluster, ids `<id>-writer-cpu`, `<id>-reader-cpu`,
 * `<id>-writer-freeable-memory`, `<id>-replica-lag`:
 *
 * - `writerCpu`, `readerCpu`: CPUUtilization (Average) above 90%, 5 of 5 minutes, AWS's
 *   recommended alarm for a DB instance, applied to the cluster's writer and to its readers.
 * - `writerFreeableMemory`: FreeableMemory (Average) below 256 MiB, 15 of 15 minutes, the period
 *   and datapoints of AWS's recommended alarm, which leaves the threshold to the instance class.
 * - `replicaLag`: AuroraReplicaLag (Maximum) of the readers above 2,000 ms, 5 minutes running
 *   (this project's choice): readers serve data two seconds old.
 *
 * Reader alarms see no data in a cluster without readers and stay OK.
 */
export function auroraCluster(o: AuroraClusterOptions): readonly CloudWatchAlarmDefinition[] {
  const metric = (name: string, role: "WRITER" | "READER", statistic: string): CloudWatchMetric => ({
    namespace: "AWS/RDS",
    metric: name,
    dimensions: { DBClusterIdentifier: o.clusterIdentifier, Role: role },
    statistic,
  });
  const everyMinute = "RDS reports every minute while the writer runs; a gap keeps the last state instead of guessing";
  const readers = "a cluster without readers publishes no reader metrics, and has no reader to be busy or behind";
  return presetAlarms(o, {
    writerCpu: {
      summary: "Aurora writer CPU is too high",
      metric: metric("CPUUtilization", "WRITER", "Average"),
      comparison: ">",
      threshold: 90,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "missing",
      missingDataReason: everyMinute,
    },
    readerCpu: {
      summary: "Aurora readers' CPU is too high",
      metric: metric("CPUUtilization", "READER", "Average"),
      comparison: ">",
      threshold: 90,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: readers,
    },
    writerFreeableMemory: {
      summary: "Aurora writer runs out of memory",
      metric: metric("FreeableMemory", "WRITER", "Average"),
      comparison: "<",
      threshold: 256 * 1024 ** 2,
      period: "1m",
      evaluationPeriods: 15,
      treatMissingData: "missing",
      missingDataReason: everyMinute,
    },
    replicaLag: {
      summary: "Aurora readers lag behind the writer",
      metric: metric("AuroraReplicaLag", "READER", "Maximum"),
      comparison: ">",
      threshold: 2000,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: readers,
    },
  });
}
