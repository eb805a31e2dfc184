import { Construct } from "constructs";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { CloudwatchLogMetricFilter } from "@cdktf/provider-aws/lib/cloudwatch-log-metric-filter";
import type { EnvironmentModel, LogClassModel, LogMetricModel } from "../../engine/model";
import { logProtectionRecord } from "../log-protection";
import { forgetWithoutDestroying } from "../removed";
import { awsAddress, logGroupName } from "../../engine/model/naming/aws";

/** Namespace of the metrics the log metric filters publish. */
export const LOG_METRICS_NAMESPACE = "Monitoring/Logs";

/** Log group of a log class: `/<environment>/<class>` (engine/model/naming/aws.ts). */

export interface AwsLogsProps {
  readonly env: EnvironmentModel;
  readonly kmsKeyArn: string;
  readonly classes: readonly LogClassModel[];
  readonly metrics: readonly LogMetricModel[];
}

/**
 * A KMS-encrypted log group per log class with the class's retention, and a metric filter per
 * log metric on its class's group. Log groups are protected from `terraform destroy`:
 * deleting one deletes its logs.
 */
export class AwsLogs extends Construct {
  constructor(scope: Construct, id: string, { env, kmsKeyArn, classes, metrics }: AwsLogsProps) {
    super(scope, id);
    const groups = new Map<string, CloudwatchLogGroup>();
    for (const logClass of classes) {
      if (logClass.retired) {
        forgetWithoutDestroying(this, `aws_cloudwatch_log_group.${awsAddress.logGroup(logClass.id)}`);
        continue;
      }
      const group = new CloudwatchLogGroup(this, `group-${logClass.id}`, {
        name: logGroupName(env, logClass.id),
        retentionInDays: logClass.retentionDays,
        kmsKeyId: kmsKeyArn,
        tags: { ...env.labels, log_class: logClass.id },
        lifecycle: { preventDestroy: true },
        // prevent_destroy holds only while the group is in the configuration; skip_destroy keeps
        // the group and its logs in AWS even when Terraform destroys it.
        skipDestroy: true,
      });
      group.overrideLogicalId(awsAddress.logGroup(logClass.id));
      // checkov reads suppressions from the resource's own lines: the reason travels with it.
      for (const [check, reason] of Object.entries(logClass.checkovSkips))
        group.addOverride(`//.checkov_${check}`, `checkov:skip=${check}:${reason}`);
      groups.set(logClass.id, group);
    }
    logProtectionRecord(this, classes);
    for (const metric of metrics) {
      const group = groups.get(metric.logClass)!;
      const labels = Object.entries(metric.labels);
      new CloudwatchLogMetricFilter(this, `filter-${metric.id}`, {
        name: metric.id,
        logGroupName: group.name,
        pattern: metric.cloudWatchPattern,
        metricTransformation: {
          namespace: LOG_METRICS_NAMESPACE,
          name: metric.id,
          value: "1",
          unit: "Count",
          dimensions: labels.length ? Object.fromEntries(labels.map(([label, field]) => [label, `$.${field}`])) : undefined,
        },
      }).overrideLogicalId(awsAddress.logMetricFilter(metric.id));
    }
  }
}
