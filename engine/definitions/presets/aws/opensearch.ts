/**
 * Amazon OpenSearch Service: one domain's cluster health, storage, write blocks, snapshots, CPU and JVM memory.
 * Metrics: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudwatchmetrics.html
 * Defaults: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cloudwatch-alarms.html
 * (OpenSearch's own recommended alarms, which the CloudWatch list
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html repeats).
 */
import type { CloudWatchAlarmDefinition, PerEnvironment } from "../../types";
import { presetAlarms, type PresetAlarm, type AwsPresetOptions } from "./preset";

/** Keys of the alarms of {@link openSearchDomain}. */
export type OpenSearchAlarm =
  | "clusterRed"
  | "clusterYellow"
  | "freeStorage"
  | "indexWritesBlocked"
  | "snapshotFailure"
  | "cpu"
  | "jvmMemoryPressure"
  | "masterCpu"
  | "masterJvmMemoryPressure"
  | "kmsKeyError"
  | "kmsKeyInaccessible";

export interface OpenSearchDomainOptions extends AwsPresetOptions<OpenSearchAlarm> {
  /** The domain's name in each environment. */
  readonly domainName: PerEnvironment<string>;
  /** The AWS account id that owns the domain, in each environment: AWS/ES metrics carry it as the ClientId dimension. */
  readonly clientId: PerEnvironment<string>;
}

/**
 * OpenSearch's recommended alarms for one domain, ids `<id>-cluster-red`, `<id>-cluster-yellow`,
 * `<id>-free-storage`, `<id>-index-writes-blocked`, `<id>-snapshot-failure`, `<id>-cpu`,
 * `<id>-jvm-memory-pressure`, `<id>-master-cpu`, `<id>-master-jvm-memory-pressure`,
 * `<id>-kms-key-error`, `<id>-kms-key-inaccessible`, each with the statistic, threshold, period
 * and consecutive periods that page gives. `freeStorage` is 20,480 MiB (20 GiB) as there; AWS
 * advises 25% of a node's storage instead, so override it with your size. Yellow cluster status
 * is P3: a replica is missing, the data is still served.
 */
export function openSearchDomain(o: OpenSearchDomainOptions): readonly CloudWatchAlarmDefinition[] {
  const everyMinute = "OpenSearch publishes this every minute while the domain runs; a gap is CloudWatch's, so the alarm keeps its state";
  const alarm = (
    metric: string,
    statistic: string,
    comparison: PresetAlarm["comparison"],
    threshold: number,
    period: PresetAlarm["period"],
    evaluationPeriods: number,
    summary: string,
    extra: Partial<PresetAlarm> = {},
  ): PresetAlarm => ({
    summary,
    metric: { namespace: "AWS/ES", metric, dimensions: { DomainName: o.domainName, ClientId: o.clientId }, statistic },
    comparison,
    threshold,
    period,
    evaluationPeriods,
    treatMissingData: "missing",
    missingDataReason: everyMinute,
    ...extra,
  });
  const onlyOnTrouble = {
    treatMissingData: "notBreaching",
    missingDataReason: "OpenSearch publishes this only when the domain has trouble with its encryption key",
  } as const;
  const dedicatedMaster = {
    treatMissingData: "notBreaching",
    missingDataReason: "only domains with dedicated master nodes publish master metrics",
  } as const;
  return presetAlarms(o, {
    clusterRed: alarm("ClusterStatus.red", "Maximum", ">=", 1, "1m", 1, "OpenSearch cluster status is red: primary shards are unassigned"),
    clusterYellow: alarm(
      "ClusterStatus.yellow",
      "Maximum",
      ">=",
      1,
      "1m",
      5,
      "OpenSearch cluster status is yellow: replica shards are unassigned",
      {
        severity: "P3",
      },
    ),
    freeStorage: alarm("FreeStorageSpace", "Minimum", "<=", 20480, "1m", 1, "OpenSearch node runs out of storage"),
    indexWritesBlocked: alarm("ClusterIndexWritesBlocked", "Maximum", ">=", 1, "5m", 1, "OpenSearch blocks writes to the cluster"),
    snapshotFailure: alarm("AutomatedSnapshotFailure", "Maximum", ">=", 1, "1m", 1, "OpenSearch automated snapshot failed"),
    cpu: alarm("CPUUtilization", "Maximum", ">=", 80, "15m", 3, "OpenSearch data nodes' CPU is saturated"),
    jvmMemoryPressure: alarm("JVMMemoryPressure", "Maximum", ">=", 95, "1m", 3, "OpenSearch data nodes run out of JVM heap"),
    masterCpu: alarm("MasterCPUUtilization", "Maximum", ">=", 50, "15m", 3, "OpenSearch master nodes' CPU is high", dedicatedMaster),
    masterJvmMemoryPressure: alarm(
      "MasterJVMMemoryPressure",
      "Maximum",
      ">=",
      95,
      "15m",
      1,
      "OpenSearch master nodes run out of JVM heap",
      dedicatedMaster,
    ),
    kmsKeyError: alarm("KMSKeyError", "Maximum", ">=", 1, "1m", 1, "OpenSearch's encryption key is disabled", onlyOnTrouble),
    kmsKeyInaccessible: alarm(
      "KMSKeyInaccessible",
      "Maximum",
      ">=",
      1,
      "1m",
      1,
      "OpenSearch's encryption key was deleted or its grants revoked",
      onlyOnTrouble,
    ),
  });
}
