/**
 * Memorystore for Redis instances: alert policies over the metrics Memorystore writes to Cloud
 * Monitoring (redis.googleapis.com, monitored resource `redis_instance`, labelled `instance_id` =
 * "projects/<project>/locations/<region>/instances/<instance>" and `node_id`). Metric types from
 * Google's list of Google Cloud metrics, "redis" section: https://cloud.google.com/monitoring/api/metrics_gcp
 *
 * - `stats/memory/system_memory_usage_ratio`: GAUGE, DOUBLE, unit 10^2.%: memory in use as a
 *   fraction (0-1) of the instance's system memory.
 * - `stats/cpu_utilization_main_thread`: CUMULATIVE, DOUBLE, CPU seconds of the Redis main
 *   thread; its rate is the share (0-1) of one core the single-threaded engine uses.
 *
 * The alerts and thresholds follow Google's Memorystore alert templates (system memory above
 * 0.8, main thread CPU above 0.9, both as rates over 5 minutes):
 * https://github.com/GoogleCloudPlatform/monitoring-dashboard-samples/tree/master/alerts/google-cloud-redis
 */
import type { AlertRuleDefinition, PerEnvironment } from "../../types";
import { labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `memorystoreRedis()`. */
export type MemorystoreRedisAlert = "memory" | "cpu";

/** Options of `memorystoreRedis()`: the preset's options and the instance to watch. */
export interface MemorystoreRedisOptions extends GcpPresetOptions<MemorystoreRedisAlert> {
  /** The instance's full name, "projects/<project>/locations/<region>/instances/<instance>", or one per environment id. */
  readonly instance: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="redis_instance"';

/**
 * Alert policies for a Memorystore for Redis instance, per node:
 *
 * - `memory`: system memory usage above `threshold` (0-1, default 0.8, Google's template: past it
 *   the instance risks evictions and out-of-memory errors), for 5m, P2.
 * - `cpu`: the main thread's CPU above `threshold` of a core over 5 minutes (default 0.9, Google's
 *   template: commands queue behind the single-threaded engine), for 5m, P2.
 *
 * An instance reports both continuously; no samples (instance deleted) fire nothing.
 */
export function memorystoreRedis(options: MemorystoreRedisOptions): readonly AlertRuleDefinition[] {
  const instance = labelMatcher("instance_id", options.instance);
  const series = (metric: string) => selector(metric, RESOURCE, instance);
  return presetAlerts(options, {
    memory: {
      name: "RedisMemoryHigh",
      summary: (t) => `Memorystore Redis system memory usage above ${percent(t)}%`,
      threshold: 0.8,
      for: "5m",
      severity: "P2",
      condition: (t) => `max by (node_id) (${series("redis_googleapis_com:stats_memory_system_memory_usage_ratio")}) > ${t}`,
    },
    cpu: {
      name: "RedisCpuHigh",
      summary: (t) => `Memorystore Redis main thread CPU above ${percent(t)}% of a core`,
      threshold: 0.9,
      for: "5m",
      severity: "P2",
      condition: (t) => `sum by (node_id) (rate(${series("redis_googleapis_com:stats_cpu_utilization_main_thread")}[5m])) > ${t}`,
    },
  });
}
