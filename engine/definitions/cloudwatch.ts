/**
 * A catalog of CloudWatch alarms for the AWS resources a typical service runs on (ECS services, RDS
 * instances, Application Load Balancers). Apply one to your own resource by passing its
 * names; thresholds, periods and missing-data treatment are the NOUS example's, each overridable.
 */
import type {
  CloudWatchAlarmDefinition,
  CloudWatchMetric,
  CloudWatchSli,
  CompositeAlarmDefinition,
  PerEnvironment,
  Severity,
} from "./types";

interface CommonOptions {
  /** Stable identity of the alarm. */
  readonly id: string;
  /** The service the alarm belongs to (config/services.ts). */
  readonly service: string;
  readonly severity?: Severity;
  readonly threshold?: number;
  readonly runbook?: string;
}

type Untagged<T> = Omit<T, "kind">;

export function cloudWatchAlarm(definition: Untagged<CloudWatchAlarmDefinition>): CloudWatchAlarmDefinition {
  return { kind: "cloudwatch-alarm", ...definition };
}

export function compositeAlarm(definition: Untagged<CompositeAlarmDefinition>): CompositeAlarmDefinition {
  return { kind: "cloudwatch-composite", ...definition };
}

const ecsMetric = (metric: string, cluster: PerEnvironment<string>, service: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/ECS",
  metric,
  dimensions: { ClusterName: cluster, ServiceName: service },
  statistic: "Average",
});

const rdsMetric = (metric: string, instance: PerEnvironment<string>): CloudWatchMetric => ({
  namespace: "AWS/RDS",
  metric,
  dimensions: { DBInstanceIdentifier: instance },
  statistic: "Average",
});

/** An ALB metric; `loadBalancer` is the ALB's ARN suffix, e.g. "app/nous-prod/50dc6c495c0c9188". */
const albMetric = (metric: string, loadBalancer: PerEnvironment<string>, statistic: string): CloudWatchMetric => ({
  namespace: "AWS/ApplicationELB",
  metric,
  dimensions: { LoadBalancer: loadBalancer },
  statistic,
});

/** Requests the ALB's targets answered with 5xx: the bad events of an availability SLI. */
export const alb5xx = (loadBalancer: PerEnvironment<string>) => albMetric("HTTPCode_Target_5XX_Count", loadBalancer, "Sum");
/** Requests the ALB routed to a target: the total events of an availability SLI, without the ones it refused itself. */
export const albRequests = (loadBalancer: PerEnvironment<string>) => albMetric("RequestCount", loadBalancer, "Sum");
/** 5xx the ALB generated itself (no healthy target, target unreachable or timed out). */
export const albElb5xx = (loadBalancer: PerEnvironment<string>) => albMetric("HTTPCode_ELB_5XX_Count", loadBalancer, "Sum");

/**
 * An ALB availability SLI: target 5xx and load-balancer 5xx are bad; the total is RequestCount
 * plus the load-balancer 5xx, because RequestCount leaves out requests refused before a target
 * was chosen: with every target down the ALB answers 503 to all and RequestCount reads 0.
 * A 502 or 504 for a request that reached a target is in both RequestCount and the load-balancer
 * 5xx, so the ratio under-reads such failures at most twofold (an outage of only 502s reads 50%).
 */
export const albAvailability = (loadBalancer: PerEnvironment<string>): CloudWatchSli => ({
  errors: alb5xx(loadBalancer),
  total: albRequests(loadBalancer),
  loadBalancerErrors: albElb5xx(loadBalancer),
});

export interface EcsTarget extends CommonOptions {
  readonly cluster: PerEnvironment<string>;
  readonly ecsService: PerEnvironment<string>;
}

/** ECS CPU above 80% for two 5-minute periods. */
export function ecsCpuHigh(o: EcsTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "ECS CPU utilization is too high",
    metric: ecsMetric("CPUUtilization", o.cluster, o.ecsService),
    comparison: ">",
    threshold: o.threshold ?? 80,
    period: "5m",
    evaluationPeriods: 2,
    treatMissingData: "notBreaching",
    missingDataReason: "no data means no running tasks, which availability alarms cover",
  });
}

/** ECS memory above 90% for two 5-minute periods. */
export function ecsMemoryHigh(o: EcsTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "ECS memory utilization is too high",
    metric: ecsMetric("MemoryUtilization", o.cluster, o.ecsService),
    comparison: ">",
    threshold: o.threshold ?? 90,
    period: "5m",
    evaluationPeriods: 2,
    treatMissingData: "notBreaching",
    missingDataReason: "no data means no running tasks, which availability alarms cover",
  });
}

export interface RdsTarget extends CommonOptions {
  readonly instance: PerEnvironment<string>;
}

/** RDS CPU above 80% for two 5-minute periods. */
export function rdsCpuHigh(o: RdsTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "RDS CPU is too high",
    metric: rdsMetric("CPUUtilization", o.instance),
    comparison: ">",
    threshold: o.threshold ?? 80,
    period: "5m",
    evaluationPeriods: 2,
    treatMissingData: "missing",
    missingDataReason: "RDS reports every minute; a gap keeps the last state instead of guessing",
  });
}

/** More than 80 RDS connections for one minute. */
export function rdsConnectionsHigh(o: RdsTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "RDS has too many connections",
    metric: rdsMetric("DatabaseConnections", o.instance),
    comparison: ">",
    threshold: o.threshold ?? 80,
    period: "1m",
    evaluationPeriods: 1,
    treatMissingData: "missing",
    missingDataReason: "RDS reports every minute; a gap keeps the last state instead of guessing",
  });
}

/** Less than 10 GiB of free RDS storage. */
export function rdsStorageLow(o: RdsTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "RDS storage is running low",
    metric: rdsMetric("FreeStorageSpace", o.instance),
    comparison: "<",
    threshold: o.threshold ?? 10 * 1024 ** 3,
    period: "1m",
    evaluationPeriods: 1,
    treatMissingData: "breaching",
    missingDataReason: "a database that stops reporting free storage needs a look as much as a full one",
  });
}

export interface AlbTarget extends CommonOptions {
  readonly loadBalancer: PerEnvironment<string>;
}

/** More than 10 target 5xx responses a minute, two minutes running. */
export function alb5xxHigh(o: AlbTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "ALB 5xx errors are too high",
    metric: alb5xx(o.loadBalancer),
    comparison: ">",
    threshold: o.threshold ?? 10,
    period: "1m",
    evaluationPeriods: 2,
    treatMissingData: "notBreaching",
    missingDataReason: "the ALB publishes no 5xx datapoint in a minute without 5xx responses",
  });
}

/** Average target response time above 1 second, two minutes running. */
export function albLatencyHigh(o: AlbTarget): CloudWatchAlarmDefinition {
  return cloudWatchAlarm({
    id: o.id,
    service: o.service,
    severity: o.severity ?? "P2",
    runbook: o.runbook,
    summary: "ALB response time is too high",
    metric: albMetric("TargetResponseTime", o.loadBalancer, "Average"),
    comparison: ">",
    threshold: o.threshold ?? 1,
    period: "1m",
    evaluationPeriods: 2,
    treatMissingData: "notBreaching",
    missingDataReason: "no requests means no response time to judge",
  });
}
