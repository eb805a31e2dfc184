import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { PagerdutyProvider } from "@cdktf/provider-pagerduty/lib/provider";
import { PagerDutyOnCall } from "../constructs/pagerduty/oncall";
import { PagerDutyServices } from "../constructs/pagerduty/services";
import type { PagerDutyKeys } from "../constructs/pagerduty-keys";
import type { EnvironmentModel } from "../engine/model";
import { switchedOn, type Target, type TargetStackProps } from "./target";
import { escapeTerraformText } from "../constructs/terraform-text";

/**
 * On-call in PagerDuty for one environment that pages: teams, rotations, escalation policies,
 * and a service per monitored service with an integration per sending target. Its integration
 * keys feed the other stacks of the environment. Deploy it first.
 */
export class PagerDutyStack extends TerraformStack {
  readonly keys: PagerDutyKeys;

  constructor(scope: Construct, id: string, { model, env, integrations }: TargetStackProps) {
    super(scope, id);
    escapeTerraformText(this);
    const token = new TerraformVariable(this, "pagerduty_token", {
      type: "string",
      sensitive: true,
      description: "PagerDuty REST API token",
    });
    new PagerdutyProvider(this, "pagerduty", { token: token.stringValue });

    const services = model.onCall.flatMap((team) => {
      const oncall = new PagerDutyOnCall(this, `oncall-${team.id}`, { team });
      return model.services
        .filter((s) => team.services.includes(s.id))
        .map((service) => ({
          service,
          escalationPolicy: oncall.escalationPolicy.id,
          supportHours: model.teams.find((t) => t.id === service.team)?.supportHours,
        }));
    });
    this.keys = new PagerDutyServices(this, "services", { env, services, integrations });
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
  // PagerDuty receives the pages of every service, wherever it runs; it evaluates nothing itself.
  scopedByRunsOn: false,
  renders: { slo: () => false, alert: () => false },
  splitsByTeam: false,
  stack: (scope, id, props) => new PagerDutyStack(scope, id, props),
};
