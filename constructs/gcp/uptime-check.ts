import { Construct } from "constructs";
import { MonitoringUptimeCheckConfig } from "@cdktf/provider-google/lib/monitoring-uptime-check-config";
import type { EndpointModel, EnvironmentModel, ServiceModel } from "../../engine/model";
import { apiDuration, formatDuration } from "../../engine/model/duration";
import { alertPolicy } from "./alert-policy";
import type { GcpNotificationChannels } from "./notification-channels";
import { gcpAddress } from "../../engine/model/naming/gcp";

export interface GcpUptimeChecksProps {
  readonly env: EnvironmentModel;
  readonly project: string;
  readonly channels: GcpNotificationChannels;
  readonly services: readonly ServiceModel[];
}

/** An HTTPS uptime check per public endpoint, and the policy that alerts when it fails. */
export class GcpUptimeChecks extends Construct {
  /** The id Cloud Monitoring gives each check (a reference), per endpoint id: its metric's `check_id` label. */
  readonly checkIds = new Map<string, string>();

  constructor(scope: Construct, id: string, { env, project, channels, services }: GcpUptimeChecksProps) {
    super(scope, id);
    for (const service of services) {
      for (const endpoint of service.endpoints) {
        const url = endpoint.urls[env.id];
        if (url) this.check(env, project, channels, service, endpoint, new URL(url));
      }
    }
  }

  private check(
    env: EnvironmentModel,
    project: string,
    channels: GcpNotificationChannels,
    service: ServiceModel,
    endpoint: EndpointModel,
    url: URL,
  ): void {
    const https = url.protocol === "https:";
    const check = new MonitoringUptimeCheckConfig(this, `uptime-${endpoint.id}`, {
      displayName: `[${env.id}] ${endpoint.id} ${url.href}`,
      period: apiDuration(endpoint.periodSeconds),
      timeout: apiDuration(endpoint.timeoutSeconds),
      httpCheck: {
        path: `${url.pathname}${url.search}`,
        port: url.port ? Number(url.port) : https ? 443 : 80,
        useSsl: https,
        validateSsl: https,
        requestMethod: "GET",
        acceptedResponseStatusCodes: [{ statusClass: "STATUS_CLASS_2XX" }],
      },
      monitoredResource: { type: "uptime_url", labels: { host: url.hostname, project_id: project } },
      userLabels: { ...env.labels, service: service.id, team: service.team },
    });
    check.overrideLogicalId(gcpAddress.uptimeCheck(endpoint.id));
    this.checkIds.set(endpoint.id, check.uptimeCheckId);

    // Fails when checkers in more than one region report failure for two periods, which
    // rides out a single flaky checker location.
    alertPolicy(this, {
      logicalId: gcpAddress.uptimeCheck(endpoint.id),
      env,
      channels,
      severity: endpoint.severity,
      service,
      title: `${url.host}${url.pathname} is down`,
      summary: `The uptime check of ${url.href} (${service.name}) fails from more than one region.`,
      details: [`Checked every ${formatDuration(endpoint.periodSeconds)} with a ${formatDuration(endpoint.timeoutSeconds)} timeout.`],
      runbook: endpoint.runbook,
      labels: { endpoint: endpoint.id, service: service.id, team: service.team },
      combiner: "OR",
      conditions: [
        {
          displayName: `Uptime check ${endpoint.id} failing`,
          conditionThreshold: {
            filter: `metric.type="monitoring.googleapis.com/uptime_check/check_passed" AND metric.label.check_id="${check.uptimeCheckId}" AND resource.type="uptime_url"`,
            comparison: "COMPARISON_GT",
            thresholdValue: 1,
            duration: apiDuration(2 * endpoint.periodSeconds),
            trigger: { count: 1 },
            aggregations: [
              {
                alignmentPeriod: "1200s",
                perSeriesAligner: "ALIGN_NEXT_OLDER",
                crossSeriesReducer: "REDUCE_COUNT_FALSE",
                groupByFields: ["resource.label.*"],
              },
            ],
          },
        },
      ],
    });
  }
}
