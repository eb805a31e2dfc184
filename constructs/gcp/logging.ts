import { Construct } from "constructs";
import { LoggingMetric } from "@cdktf/provider-google/lib/logging-metric";
import { LoggingProjectBucketConfig } from "@cdktf/provider-google/lib/logging-project-bucket-config";
import { LoggingProjectSink } from "@cdktf/provider-google/lib/logging-project-sink";
import type { LogClassModel, LogMetricModel } from "../../engine/model";
import { logProtectionRecord } from "../log-protection";
import { forgetWithoutDestroying } from "../removed";
import { gcpAddress, logBucketId, logMetricName, logSinkName } from "../../engine/model/naming/gcp";

export interface GcpLoggingProps {
  readonly project: string;
  readonly classes: readonly LogClassModel[];
  readonly metrics: readonly LogMetricModel[];
}

/**
 * A log bucket per log class with the class's retention, a sink routing the class's entries
 * into it, and log-based metrics over the structured events. Buckets are protected from
 * `terraform destroy`: deleting one deletes the logs it holds. A retired class's bucket is
 * forgotten by Terraform, with its logs kept.
 */
export class GcpLogging extends Construct {
  constructor(scope: Construct, id: string, { project, classes, metrics }: GcpLoggingProps) {
    super(scope, id);
    for (const logClass of classes) {
      if (logClass.retired) {
        // The sink holds no data and goes; the bucket and its logs stay, unmanaged.
        forgetWithoutDestroying(this, `google_logging_project_bucket_config.${gcpAddress.logBucket(logClass.id)}`);
        continue;
      }
      const bucket = new LoggingProjectBucketConfig(this, `bucket-${logClass.id}`, {
        project,
        location: "global",
        bucketId: logBucketId(logClass.id),
        description: logClass.description,
        retentionDays: logClass.retentionDays,
        // Only when asked: an irreversible setting is never written by default.
        ...(logClass.locked ? { locked: true } : {}),
        lifecycle: { preventDestroy: true },
      });
      bucket.overrideLogicalId(gcpAddress.logBucket(logClass.id));
      const sink = new LoggingProjectSink(this, `sink-${logClass.id}`, {
        project,
        name: logSinkName(logClass.id),
        description: `Routes ${logClass.description.toLowerCase()} to the ${logClass.id} bucket (${logClass.retentionDays} days)`,
        destination: `logging.googleapis.com/${bucket.id}`,
        filter: logClass.filter,
        uniqueWriterIdentity: true,
      });
      sink.overrideLogicalId(gcpAddress.logSink(logClass.id));
    }
    logProtectionRecord(this, classes);
    for (const metric of metrics) {
      const labels = Object.entries(metric.labels);
      const resource = new LoggingMetric(this, `metric-${metric.id}`, {
        project,
        name: logMetricName(metric.id),
        description: metric.description,
        filter: metric.cloudLoggingFilter,
        metricDescriptor: {
          metricKind: "DELTA",
          valueType: "INT64",
          unit: "1",
          labels: labels.length ? labels.map(([key]) => ({ key, valueType: "STRING" })) : undefined,
        },
        labelExtractors: labels.length
          ? Object.fromEntries(labels.map(([key, field]) => [key, `EXTRACT(jsonPayload.${field})`]))
          : undefined,
      });
      resource.overrideLogicalId(gcpAddress.logMetric(metric.id));
    }
  }
}
