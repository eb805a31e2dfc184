/**
 * Names of the Google Cloud target's resources. They carry no environment id: a Google Cloud
 * project holds one environment's (or one team's) monitoring, which the naming check enforces.
 */

/** The Cloud Logging bucket of a log class. */
export const logBucketId = (logClass: string): string => logClass;

/** The sink that routes a log class's entries to its bucket. */
export const logSinkName = (logClass: string): string => `log-class-${logClass}`;

/** A log-based metric. */
export const logMetricName = (logMetric: string): string => logMetric;

/** The Cloud Monitoring custom service of a monitored service. */
export const customServiceId = (serviceId: string): string => serviceId;

/**
 * The display name of a Google Cloud stack's Cloud Monitoring dashboard: its environment, the
 * team of a team stack, and which page when its charts fill several dashboards.
 */
export function googleCloudDashboardName(environment: string, team?: string, page = 1, pages = 1): string {
  return `${environment} monitoring${team ? `: team ${team}` : ""}${pages > 1 ? ` (${page} of ${pages})` : ""}`;
}

/** Terraform addresses (logical ids) of the Google Cloud stack's resources, one per definition. */
export const gcpAddress = {
  customService: (serviceId: string): string => `service_${serviceId}`,
  /** An SLO's Cloud Monitoring SLO, or (with `kind`) one of its alert policies. */
  slo: (sloId: string, kind?: string): string => (kind === undefined ? `slo_${sloId}` : `slo_${sloId}_${kind}`),
  logBucket: (logClass: string): string => `log_bucket_${logClass}`,
  logSink: (logClass: string): string => `log_sink_${logClass}`,
  logMetric: (logMetric: string): string => `log_metric_${logMetric}`,
  alertPolicy: (alertId: string): string => `alert_${alertId}`,
  uptimeCheck: (endpointId: string): string => `uptime_${endpointId}`,
  channel: (channelId: string): string => `channel_${channelId}`,
};
