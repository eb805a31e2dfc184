import { Fn } from "cdktf";
import { Construct } from "constructs";
import { DataPagerdutyVendor } from "@cdktf/provider-pagerduty/lib/data-pagerduty-vendor";
import { Service } from "@cdktf/provider-pagerduty/lib/service";
import { ServiceIntegration } from "@cdktf/provider-pagerduty/lib/service-integration";
import type { Severity } from "../../engine/definitions/types";
import type { EnvironmentModel, ServiceModel, TeamModel } from "../../engine/model";
import type { PagerDutyIntegration, PagerDutyKeys, PagerDutySender } from "../pagerduty-keys";
import { pagerDutyAddress, pagerDutyServiceName } from "../../engine/model/naming/pagerduty";

export interface PagerDutyServicesProps {
  readonly env: EnvironmentModel;
  readonly services: readonly {
    readonly service: ServiceModel;
    /** The PagerDuty service's id (ServiceModel.pagerDuty): the service's own, or `<id>-p1`. */
    readonly id: string;
    /** For a severity the team answers its own way: which one, and its urgency if set. */
    readonly severity?: Severity;
    readonly urgency?: "high" | "low";
    readonly escalationPolicy: string;
    readonly supportHours?: TeamModel["supportHours"];
  }[];
  /** Per sending target, the PagerDuty services it pages: each gets that target's integration. */
  readonly integrations: readonly (PagerDutyIntegration & { readonly services: readonly string[] })[];
}

/**
 * A PagerDuty service per monitored service, on its team's escalation policy, and one per
 * severity its team answers its own way, each with one integration per sender. Urgency follows
 * the event's severity unless the team fixes it: P0/P1 arrive as critical/error (high urgency),
 * P2/P3 as warning/info (low).
 */
export class PagerDutyServices extends Construct implements PagerDutyKeys {
  private readonly integrations = new Map<string, ServiceIntegration>();

  constructor(scope: Construct, id: string, { env, services, integrations }: PagerDutyServicesProps) {
    super(scope, id);
    const vendors = new Map<string, DataPagerdutyVendor>();
    for (const { sender, vendor, services: paged } of integrations) {
      if (vendor === undefined || vendors.has(vendor) || paged.length === 0) continue;
      const data = new DataPagerdutyVendor(this, `${sender}-vendor`, { name: vendor });
      data.overrideLogicalId(pagerDutyAddress.vendor(sender));
      vendors.set(vendor, data);
    }
    for (const { service, id: pdId, severity, urgency, escalationPolicy, supportHours } of services) {
      const pdService = new Service(this, `service-${pdId}`, {
        name: pagerDutyServiceName(env, service.name, severity),
        description: `${service.name} (${service.id}), team ${service.team}${severity ? `: its ${severity} pages` : ""}`,
        escalationPolicy,
        alertCreation: "create_alerts_and_incidents",
        ...urgencyRules(urgency, supportHours),
        acknowledgementTimeout: "null",
        autoResolveTimeout: "null",
      });
      pdService.overrideLogicalId(pagerDutyAddress.service(pdId));
      for (const { sender, name, vendor } of integrations.filter((i) => i.services.includes(pdId))) {
        const integration = new ServiceIntegration(this, `integration-${pdId}-${sender}`, {
          name,
          service: pdService.id,
          ...(vendor !== undefined ? { vendor: vendors.get(vendor)!.id } : { type: "events_api_v2_inbound_integration" }),
        });
        integration.overrideLogicalId(pagerDutyAddress.integration(pdId, sender));
        this.integrations.set(`${pdId}/${sender}`, integration);
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

/**
 * Urgency of a PagerDuty service's incidents. Without a team's own urgency it follows the
 * event's severity; a severity the team answers its own way may fix it high or low. With support
 * hours, low-urgency incidents opened outside them turn high-urgency when the hours start.
 */
function urgencyRules(urgency: "high" | "low" | undefined, supportHours: TeamModel["supportHours"]) {
  const rule = { type: "constant", urgency: urgency ?? "severity_based" };
  if (!supportHours || urgency === "high") return { incidentUrgencyRule: rule };
  return {
    incidentUrgencyRule: { type: "use_support_hours", duringSupportHours: rule, outsideSupportHours: rule },
    supportHours: {
      type: "fixed_time_per_day",
      timeZone: supportHours.timeZone,
      daysOfWeek: [...supportHours.days],
      startTime: supportHours.start,
      endTime: supportHours.end,
    },
    scheduledActions: [{ type: "urgency_change", toUrgency: "high", at: [{ type: "named_time", name: "support_hours_start" }] }],
  };
}
