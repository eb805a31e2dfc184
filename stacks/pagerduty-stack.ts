import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { PagerdutyProvider } from "@cdktf/provider-pagerduty/lib/provider";
import type { EnvironmentModel, Model } from "../engine/model";
import { PagerDutyOnCall } from "../constructs/pagerduty/oncall";
import { PagerDutyServices } from "../constructs/pagerduty/services";
import type { PagerDutyKeys } from "../constructs/pagerduty-keys";
import { escapeTerraformText } from "../constructs/terraform-text";

/**
 * On-call in PagerDuty for one environment that pages: teams, rotations, escalation policies,
 * and a service with integrations per monitored service. Its integration keys feed the other
 * stacks of the environment. Deploy it first.
 */
export class PagerDutyStack extends TerraformStack {
  readonly keys: PagerDutyKeys;

  constructor(scope: Construct, id: string, model: Model, env: EnvironmentModel) {
    super(scope, id);
    escapeTerraformText(this);
    const token = new TerraformVariable(this, "pagerduty_token", {
      type: "string",
      sensitive: true,
      description: "PagerDuty REST API token",
    });
    new PagerdutyProvider(this, "pagerduty", { token: token.stringValue });

    const services = model.onCall.flatMap((team) => {
      const oncall = new PagerDutyOnCall(this, `oncall-${team.id}`, team);
      return model.services
        .filter((s) => team.services.includes(s.id))
        .map((service) => ({ service, escalationPolicy: oncall.escalationPolicy.id }));
    });
    this.keys = new PagerDutyServices(this, "services", env, services);
  }
}
