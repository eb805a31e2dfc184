import { Construct } from "constructs";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import type { EnvironmentModel, ServiceModel } from "../../engine/model";
import { alarmName, describe } from "./alarms";
import type { AwsAlertRouting } from "./routing";

/** Route 53 publishes health-check metrics in us-east-1 only; their alarms live there. */
export const ROUTE53_METRICS_REGION = "us-east-1";

export interface AwsHealthChecksProps {
  readonly env: EnvironmentModel;
  readonly routing: AwsAlertRouting;
  readonly services: readonly ServiceModel[];
}

/** A Route 53 health check per public endpoint, with an alarm when it reports unhealthy. */
export class AwsHealthChecks extends Construct {
  constructor(scope: Construct, id: string, { env, routing, services }: AwsHealthChecksProps) {
    super(scope, id);
    for (const service of services) {
      for (const endpoint of service.endpoints) {
        const href = endpoint.urls[env.id];
        if (!href) continue;
        const url = new URL(href);
        const https = url.protocol === "https:";
        const check = new Route53HealthCheck(this, `check-${endpoint.id}`, {
          fqdn: url.hostname,
          port: url.port ? Number(url.port) : https ? 443 : 80,
          type: https ? "HTTPS" : "HTTP",
          resourcePath: `${url.pathname}${url.search}`,
          enableSni: https,
          failureThreshold: 3,
          requestInterval: 30,
          tags: { ...env.labels, Name: alarmName(env, endpoint.id), service: service.id },
        });
        check.overrideLogicalId(`health_check_${endpoint.id}`);
        const actions = routing.actionsFor(endpoint.severity, service);
        new CloudwatchMetricAlarm(this, `alarm-${endpoint.id}`, {
          alarmName: alarmName(env, endpoint.id, "unhealthy"),
          alarmDescription: describe(endpoint.severity, `${url.href} (${service.name}) fails its Route 53 health check`, endpoint.runbook),
          namespace: "AWS/Route53",
          metricName: "HealthCheckStatus",
          dimensions: { HealthCheckId: check.id },
          statistic: "Minimum",
          comparisonOperator: "LessThanThreshold",
          threshold: 1,
          period: 60,
          evaluationPeriods: 2,
          // A health check that stops reporting is as bad as one that fails.
          treatMissingData: "breaching",
          alarmActions: actions,
          okActions: actions,
          tags: { ...env.labels, severity: endpoint.severity, service: service.id },
        }).overrideLogicalId(`health_check_alarm_${endpoint.id}`);
      }
    }
  }
}
