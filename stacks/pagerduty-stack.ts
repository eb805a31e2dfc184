import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { PagerdutyProvider } from "@cdktf/provider-pagerduty/lib/provider";
import { PagerDutyOnCall } from "../constructs/pagerduty/oncall";
import { PagerDutyServices } from "../constructs/pagerduty/services";
import { ALERTMANAGER_PAGERDUTY, AlertmanagerKeyOutputs } from "../constructs/pagerduty/alertmanager-keys";
import type { PagerDutyKeys } from "../constructs/pagerduty-keys";
import { SEVERITIES, type Severity } from "../engine/definitions/types";
import type { EnvironmentModel, TeamModel } from "../engine/model";
import { terraformVariable } from "../engine/model/naming/variables";
import { switchedOn, type Target, type TargetStackProps } from "./target";
import { escapeTerraformText } from "../constructs/terraform-text";

/**
 * On-call in PagerDuty for one environment that pages: teams, rotations, escalation policies,
 * and a service per monitored service with an integration per sending target and one for the
 * exported Alertmanager tree where it pages the service. Its integration keys feed the other
 * stacks of the environment, and Alertmanager's are sensitive outputs. Deploy it first.
 */
export class PagerDutyStack extends TerraformStack {
  readonly keys: PagerDutyKeys;

  constructor(scope: Construct, id: string, { model, env, integrations }: TargetStackProps) {
    super(scope, id);
    escapeTerraformText(this);
    const token = new TerraformVariable(this, terraformVariable.pagerDutyToken, {
      type: "string",
      sensitive: true,
      description: "PagerDuty REST API token",
    });
    new PagerdutyProvider(this, "pagerduty", { token: token.stringValue });

    const services = model.onCall.flatMap((team) => {
      const oncall = new PagerDutyOnCall(this, `oncall-${team.id}`, { team });
      // A service team's severity with its own escalation gets its own policy, shared by its services.
      const policies = new Map<string, string>();
      const policy = (serviceTeam: TeamModel, severity: Severity): string => {
        const levels = serviceTeam.pagerDuty[severity]?.escalation;
        if (!levels) return oncall.escalationPolicy.id;
        const key = `${serviceTeam.id}/${severity}`;
        if (!policies.has(key)) policies.set(key, oncall.severityPolicy(serviceTeam, severity, levels).id);
        return policies.get(key)!;
      };
      return model.services
        .filter((s) => team.services.includes(s.id))
        .flatMap((service) => {
          const serviceTeam = model.teams.find((t) => t.id === service.team)!;
          const own = SEVERITIES.filter((s) => service.pagerDuty[s] !== service.id);
          return [
            { service, id: service.id, escalationPolicy: oncall.escalationPolicy.id, supportHours: serviceTeam.supportHours },
            ...own.map((severity) => ({
              service,
              id: service.pagerDuty[severity],
              severity,
              urgency: serviceTeam.pagerDuty[severity]?.urgency,
              escalationPolicy: policy(serviceTeam, severity),
              supportHours: serviceTeam.supportHours,
            })),
          ];
        });
    });
    this.keys = new PagerDutyServices(this, "services", { env, services, integrations });
    // The exported Alertmanager tree reads its keys from files: operators take them from these outputs.
    const alertmanager = integrations.find((i) => i.sender === ALERTMANAGER_PAGERDUTY.sender);
    if (alertmanager?.services.length)
      new AlertmanagerKeyOutputs(this, "alertmanager-keys", { keys: this.keys, services: alertmanager.services });
  }
}

function pagesThroughPagerDuty(env: EnvironmentModel): boolean {
  return Object.values(env.routes).some((channels) => channels.some((c) => c.kind === "pagerduty"));
}

/** PagerDuty comes first in the registry: its keys feed the stacks after it. */
export const pagerDutyTarget: Target = {
  id: "pagerduty",
  enabled: (env, model) => switchedOn(env, "pagerduty") && pagesThroughPagerDuty(env) && model.onCall.length > 0,
  problems: () => [],
  sends: () => [],
  // PagerDuty receives the pages of every service, wherever it runs; it evaluates nothing itself.
  scopedByRunsOn: false,
  renders: { slo: () => false, alert: () => false },
  splitsByTeam: false,
  stack: (scope, id, props) => new PagerDutyStack(scope, id, props),
};
