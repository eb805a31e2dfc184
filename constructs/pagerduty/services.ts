import { Fn } from "cdktf";
import { Construct } from "constructs";
import { DataPagerdutyVendor } from "@cdktf/provider-pagerduty/lib/data-pagerduty-vendor";
import { Service } from "@cdktf/provider-pagerduty/lib/service";
import { ServiceIntegration } from "@cdktf/provider-pagerduty/lib/service-integration";
import type { EnvironmentModel, ServiceModel } from "../../engine/model";
import type { PagerDutyKeys, PagerDutySender } from "../pagerduty-keys";

/** The integration each sender uses: Events API v2 for Google Cloud and Grafana, CloudWatch's own for AWS. */
const SENDERS: readonly { sender: PagerDutySender; name: string }[] = [
  { sender: "gcp", name: "Google Cloud Monitoring (Events API v2)" },
  { sender: "grafana", name: "Grafana Alerting (Events API v2)" },
  { sender: "cloudwatch", name: "Amazon CloudWatch" },
];

/**
 * A PagerDuty service per monitored service, on its team's escalation policy, with one
 * integration per sender. Urgency follows the event's severity: P0/P1 arrive as critical/error
 * (high urgency), P2/P3 as warning/info (low).
 */
export class PagerDutyServices extends Construct implements PagerDutyKeys {
  private readonly integrations = new Map<string, ServiceIntegration>();

  constructor(
    scope: Construct,
    id: string,
    env: EnvironmentModel,
    services: readonly { service: ServiceModel; escalationPolicy: string }[],
  ) {
    super(scope, id);
    const cloudWatch = new DataPagerdutyVendor(this, "cloudwatch-vendor", { name: "Amazon CloudWatch" });
    cloudWatch.overrideLogicalId("vendor_cloudwatch");
    for (const { service, escalationPolicy } of services) {
      const pdService = new Service(this, `service-${service.id}`, {
        name: `[${env.id}] ${service.name}`,
        description: `${service.name} (${service.id}), team ${service.team}`,
        escalationPolicy,
        alertCreation: "create_alerts_and_incidents",
        incidentUrgencyRule: { type: "constant", urgency: "severity_based" },
        acknowledgementTimeout: "null",
        autoResolveTimeout: "null",
      });
      pdService.overrideLogicalId(`service_${service.id}`);
      for (const { sender, name } of SENDERS) {
        const integration = new ServiceIntegration(this, `integration-${service.id}-${sender}`, {
          name,
          service: pdService.id,
          ...(sender === "cloudwatch" ? { vendor: cloudWatch.id } : { type: "events_api_v2_inbound_integration" }),
        });
        integration.overrideLogicalId(`integration_${service.id}_${sender}`);
        this.integrations.set(`${service.id}/${sender}`, integration);
      }
    }
  }

  key(service: string, sender: PagerDutySender): string {
    const integration = this.integrations.get(`${service}/${sender}`);
    if (!integration) throw new Error(`no PagerDuty service for "${service}": no on-call team owns it`);
    // Read through the PagerDuty stack's remote state, an output loses its sensitive mark
    // (hashicorp/terraform#29544), and some attributes that carry the key are not sensitive in
    // their provider (the AWS SNS subscription endpoint): the plan, and the pull-request
    // comment made from it, would print the key. sensitive() keeps the mark wherever it goes.
    return Fn.sensitive(integration.integrationKey);
  }
}
