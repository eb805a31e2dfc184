/**
 * Amazon ElastiCache (Redis OSS and Valkey): one node's engine CPU, memory, evictions and replication lag.
 * Metrics: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html
 * Defaults: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html
 */
import type { CloudWatchAlarmDefinition, CloudWatchMetric, PerEnvironment } from "../../types";
import { presetAlarms, type AwsPresetOptions } from "./preset";

const metric = (name: string, cacheClusterId: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/ElastiCache",
  metric: name,
  dimensions: { CacheClusterId: cacheClusterId },
  statistic,
});

/** Keys of the alarms of {@link elastiCacheRedisNode}. */
export type ElastiCacheAlarm = "engineCpu" | "memory" | "evictions" | "replicationLag";

export interface ElastiCacheRedisNodeOptions extends AwsPresetOptions<ElastiCacheAlarm> {
  /** The node's cache cluster id in each environment, e.g. "sessions-prod-001" (a node of a replication group). */
  readonly cacheClusterId: PerEnvironment<string>;
}

/**
 * The alarms a team wants on one Redis node, ids `<id>-engine-cpu`, `<id>-memory`,
 * `<id>-evictions`, `<id>-replication-lag`:
 *
 * - `engineCpu`: EngineCPUUtilization (Average) above 90%, 5 of 5 minutes, as AWS's recommended
 *   alarms set it: Redis runs commands on one thread, so the engine's CPU, not the host's, saturates.
 * - `memory`: DatabaseMemoryUsagePercentage (Average) above 90%, 5 of 5 minutes, the period and
 *   datapoints of AWS's recommended alarm, which leaves the threshold to the workload: near
 *   maxmemory, Redis evicts keys or refuses writes.
 * - `evictions`: Evictions (Sum) above 0, 5 minutes running; P3, a cache may evict by design.
 * - `replicationLag`: ReplicationLag (Maximum) above 30 seconds, 5 minutes running (this project's
 *   choice); published by replicas only.
 */
export function elastiCacheRedisNode(o: ElastiCacheRedisNodeOptions): readonly CloudWatchAlarmDefinition[] {
  const n = o.cacheClusterId;
  const everyMinute = "ElastiCache publishes this every minute while the node runs; a gap is CloudWatch's, so the alarm keeps its state";
  return presetAlarms(o, {
    engineCpu: {
      summary: "Redis engine CPU is saturated",
      metric: metric("EngineCPUUtilization", n, "Average"),
      comparison: ">",
      threshold: 90,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "missing",
      missingDataReason: everyMinute,
    },
    memory: {
      summary: "Redis memory is nearly full",
      metric: metric("DatabaseMemoryUsagePercentage", n, "Average"),
      comparison: ">",
      threshold: 90,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "missing",
      missingDataReason: everyMinute,
    },
    evictions: {
      summary: "Redis evicts keys for lack of memory",
      metric: metric("Evictions", n, "Sum"),
      comparison: ">",
      threshold: 0,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "missing",
      missingDataReason: everyMinute,
      severity: "P3",
    },
    replicationLag: {
      summary: "Redis replica lags behind its primary",
      metric: metric("ReplicationLag", n, "Maximum"),
      comparison: ">",
      threshold: 30,
      period: "1m",
      evaluationPeriods: 5,
      treatMissingData: "notBreaching",
      missingDataReason: "only replicas publish ReplicationLag: a primary has no lag to report",
    },
  });
}
