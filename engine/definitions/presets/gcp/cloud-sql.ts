/**
 * Cloud SQL instances: alert policies over the metrics Cloud SQL writes to Cloud Monitoring
 * (cloudsql.googleapis.com, monitored resource `cloudsql_database`, labelled `database_id` =
 * "project:instance"). Metric types, kinds and units from Cloud SQL's metrics list,
 * https://cloud.google.com/sql/docs/mysql/admin-api/metrics (the same metrics as Google's list of
 * Google Cloud metrics, "cloudsql" section: https://cloud.google.com/monitoring/api/metrics_gcp):
 *
 * - `database/cpu/utilization`, `database/disk/utilization`, `database/memory/utilization`:
 *   GAUGE, DOUBLE, unit 10^2.%: a fraction of the reserved CPU, the disk quota, the memory
 *   quota (1.0 is all of it; CPU can exceed 1.0).
 * - `database/up`: GAUGE, BOOL, whether the server is up (1 in PromQL when true).
 * - `database/instance_state`: GAUGE, BOOL, true for the instance's current `state` label
 *   (RUNNING, FAILED, MAINTENANCE, ...).
 */
import type { AlertRuleDefinition, PerEnvironment } from "../../types";
import { labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `cloudSql()`. */
export type CloudSqlAlert = "cpu" | "disk" | "memory" | "down" | "failed";

/** Options of `cloudSql()`: the preset's options and the Cloud SQL instance to watch. */
export interface CloudSqlOptions extends GcpPresetOptions<CloudSqlAlert> {
  /**
   * The instance's `database_id`, "project:instance" (e.g. "acme-prod:orders"), or one per
   * environment id: each environment's policy matches all of them and sees its own project's.
   */
  readonly databaseId: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="cloudsql_database"';

/**
 * Alert policies for a Cloud SQL instance:
 *
 * - `cpu`: CPU utilization averaged over 5 minutes above `threshold` (0-1, default 0.9: queries
 *   queue once the reserved vCPUs are busy; resize before then), for 15m, P2.
 * - `disk`: disk utilization above `threshold` (default 0.9: a full disk stops writes; the
 *   automatic storage increase, where enabled, needs time and headroom), for 5m, P1.
 * - `memory`: memory utilization above `threshold` (default 0.9: near the quota the database
 *   engine is at risk of being stopped for lack of memory), for 15m, P2.
 * - `down`: the server reports not up (`database/up` below 1), for 5m, P1. `threshold` is
 *   unused. An on-demand instance spun down for lack of connections reports 0 too: disable
 *   `down` for such instances. A deleted or stopped instance reports nothing, and nothing fires.
 * - `failed`: the instance is in the FAILED state (`instance_state`), for 0s, P1. `threshold` is unused.
 *
 * Gauges sampled every 60 s; while an instance reports no sample, no alert fires.
 */
export function cloudSql(options: CloudSqlOptions): readonly AlertRuleDefinition[] {
  const database = labelMatcher("database_id", options.databaseId);
  const gauge = (metric: string, ...extra: string[]) => selector(metric, RESOURCE, database, ...extra);
  return presetAlerts(options, {
    cpu: {
      name: "CloudSqlCpuHigh",
      summary: (t) => `Cloud SQL CPU utilization above ${percent(t)}%`,
      threshold: 0.9,
      for: "15m",
      severity: "P2",
      condition: (t) => `avg_over_time(${gauge("cloudsql_googleapis_com:database_cpu_utilization")}[5m]) > ${t}`,
    },
    disk: {
      name: "CloudSqlDiskFull",
      summary: (t) => `Cloud SQL disk utilization above ${percent(t)}%`,
      threshold: 0.9,
      for: "5m",
      severity: "P1",
      condition: (t) => `${gauge("cloudsql_googleapis_com:database_disk_utilization")} > ${t}`,
    },
    memory: {
      name: "CloudSqlMemoryHigh",
      summary: (t) => `Cloud SQL memory utilization above ${percent(t)}%`,
      threshold: 0.9,
      for: "15m",
      severity: "P2",
      condition: (t) => `${gauge("cloudsql_googleapis_com:database_memory_utilization")} > ${t}`,
    },
    down: {
      name: "CloudSqlDown",
      summary: () => "Cloud SQL server is not up",
      threshold: 1,
      for: "5m",
      severity: "P1",
      condition: () => `${gauge("cloudsql_googleapis_com:database_up")} < 1`,
    },
    failed: {
      name: "CloudSqlFailed",
      summary: () => "Cloud SQL instance is in the FAILED state",
      threshold: 1,
      for: "0s",
      severity: "P1",
      condition: () => `${gauge("cloudsql_googleapis_com:database_instance_state", 'state="FAILED"')} == 1`,
    },
  });
}
