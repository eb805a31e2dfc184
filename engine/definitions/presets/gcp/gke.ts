/**
 * GKE workloads: alert policies over the container metrics GKE writes to Cloud Monitoring
 * (kubernetes.io, monitored resource `k8s_container`, labelled `cluster_name`, `namespace_name`,
 * `pod_name`, `container_name`, and the metadata label of the workload that owns the pod,
 * `metadata_system_top_level_controller_name`). Metric types, kinds and units from Google's
 * list of Kubernetes metrics: https://cloud.google.com/monitoring/api/metrics_kubernetes
 *
 * - `kubernetes.io/container/restart_count`: CUMULATIVE, INT64, restarts of the container.
 * - `kubernetes.io/container/cpu/limit_utilization`: GAUGE, DOUBLE, the fraction of the CPU
 *   limit in use (can exceed 1: a container may briefly use more than its limit).
 * - `kubernetes.io/container/memory/limit_utilization`: GAUGE, DOUBLE, the fraction of the
 *   memory limit in use, by `memory_type` (evictable, non-evictable); non-evictable memory is
 *   what the kernel cannot reclaim, so reaching the limit with it kills the container (OOM).
 *
 * The thresholds follow Google's GKE alert templates (restart in 5 minutes, 90% of the CPU or
 * memory limit): https://github.com/GoogleCloudPlatform/monitoring-dashboard-samples/tree/master/alerts/google-gke
 */
import type { AlertRuleDefinition, PerEnvironment } from "../../types";
import { labelMatcher, percent, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `gkeWorkload()`. */
export type GkeAlert = "restarts" | "cpuLimit" | "memoryLimit";

/** Options of `gkeWorkload()`: the preset's options and the namespace, workload and cluster to watch. */
export interface GkeWorkloadOptions extends GcpPresetOptions<GkeAlert> {
  /** The Kubernetes namespace (`namespace_name`), or one per environment id. */
  readonly namespace: PerEnvironment<string>;
  /** The workload (Deployment, StatefulSet, ...) whose pods to watch; every container of the namespace when left out. */
  readonly workload?: PerEnvironment<string>;
  /** The cluster (`cluster_name`); every cluster of the project when left out. */
  readonly cluster?: PerEnvironment<string>;
}

/**
 * Alert policies for the containers of a GKE workload (or of a namespace), per container name:
 *
 * - `restarts`: more than `threshold` restarts in 5 minutes (default 0: any restart, as Google's
 *   template), for 0s, P2. A crash-looping container restarts again and again.
 * - `cpuLimit`: a container's CPU use above `threshold` of its limit, averaged over 5 minutes
 *   (default 0.9), for 5m, P2. A container at its limit is throttled.
 * - `memoryLimit`: a container's non-evictable memory above `threshold` of its limit (default
 *   0.9), for 5m, P1: at 1.0 it is killed.
 *
 * Containers without a CPU or memory limit write no limit utilization: those alerts never fire
 * for them. A workload scaled to zero has no containers, and no data.
 */
export function gkeWorkload(options: GkeWorkloadOptions): readonly AlertRuleDefinition[] {
  const matchers = [
    'monitored_resource="k8s_container"',
    ...(options.cluster !== undefined ? [labelMatcher("cluster_name", options.cluster)] : []),
    labelMatcher("namespace_name", options.namespace),
    ...(options.workload !== undefined ? [labelMatcher("metadata_system_top_level_controller_name", options.workload)] : []),
  ];
  const series = (metric: string, ...extra: string[]) => selector(metric, ...matchers, ...extra);
  return presetAlerts(options, {
    restarts: {
      name: "GkeContainerRestarts",
      summary: (t) => `GKE containers restarted more than ${t} times in 5 minutes`,
      threshold: 0,
      for: "0s",
      severity: "P2",
      condition: (t) => `sum by (container_name) (increase(${series("kubernetes_io:container_restart_count")}[5m])) > ${t}`,
    },
    cpuLimit: {
      name: "GkeCpuLimitHigh",
      summary: (t) => `GKE container uses more than ${percent(t)}% of its CPU limit`,
      threshold: 0.9,
      for: "5m",
      severity: "P2",
      condition: (t) => `max by (container_name) (avg_over_time(${series("kubernetes_io:container_cpu_limit_utilization")}[5m])) > ${t}`,
    },
    memoryLimit: {
      name: "GkeMemoryLimitHigh",
      summary: (t) => `GKE container uses more than ${percent(t)}% of its memory limit`,
      threshold: 0.9,
      for: "5m",
      severity: "P1",
      condition: (t) =>
        `max by (container_name) (${series("kubernetes_io:container_memory_limit_utilization", 'memory_type="non-evictable"')}) > ${t}`,
    },
  });
}
