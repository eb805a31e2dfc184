import { Construct } from "constructs";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import type { EnvironmentModel, ServiceModel } from "../../engine/model";
import { alarmName, awsAddress, healthCheckAlarmParts } from "../../engine/model/naming/aws";
import { metricAlarm } from "./alarm";
import type { AwsAlertRouting } from "./routing";

/** Route 53 publishes health-check metrics in us-east-1 only; their alarms live there. */
export const ROUTE53_METRICS_REGION = "us-east-1";

export interface AwsHealthChecksProps {
  readonly env: EnvironmentModel;
  readonly routing: AwsAlertRouting;
  readonly services: readonly ServiceModel[];
}

/** What Route 53 requests on the endpoint: its path and query. */
export function healthCheckPath(url: URL): string {
  return `${url.pathname}${url.search}`;
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
          resourcePath: healthCheckPath(url),
          enableSni: https,
          failureThreshold: 3,
          requestInterval: 30,
          tags: { ...env.labels, Name: alarmName(env, endpoint.id), service: service.id },
        });
        check.overrideLogicalId(awsAddress.healthCheck(endpoint.id));
        const notify = {
          severity: endpoint.severity,
          service,
          summary: `${url.href} (${service.name}) fails its Route 53 health check`,
          runbook: endpoint.runbook,
        };
        metricAlarm(
          this,
          routing,
          {
            id: `alarm-${endpoint.id}`,
            logicalId: awsAddress.healthCheckAlarm(endpoint.id),
            name: healthCheckAlarmParts(endpoint.id),
            notify,
          },
          {
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
          },
        );
      }
    }
  }
}
