import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { terraformVariable } from "../engine/model/naming/variables";

/** Who sends events to a PagerDuty service (a target's sender id, e.g. "gcp"): each sender has its own integration. */
export type PagerDutySender = string;

/** How a target sends pages: an integration on each PagerDuty service, Events API v2 unless a vendor's own. */
export interface PagerDutyIntegration {
  readonly sender: PagerDutySender;
  /** The integration's name in PagerDuty. */
  readonly name: string;
  /** A PagerDuty vendor (e.g. "Amazon CloudWatch") whose integration type this uses instead of Events API v2. */
  readonly vendor?: string;
}

/**
 * Integration keys of the PagerDuty service of each monitored service. Stacks take them from
 * the PagerDuty stack (cross-stack references) or, when run apart, from sensitive variables;
 * never from literals.
 */
export interface PagerDutyKeys {
  key(service: string, sender: PagerDutySender): string;
}

/** Keys as sensitive Terraform variables, `pagerduty_<sender>_key_<service>`, created on first use. */
export class VariableKeys implements PagerDutyKeys {
  private readonly variables = new Map<string, TerraformVariable>();

  constructor(private readonly scope: Construct) {}

  key(service: string, sender: PagerDutySender): string {
    const name = terraformVariable.pagerDutyKey(sender, service);
    let variable = this.variables.get(name);
    if (!variable) {
      variable = new TerraformVariable(this.scope, name, {
        type: "string",
        sensitive: true,
        description: `Integration key of the ${sender} integration of the PagerDuty service of "${service}"`,
      });
      this.variables.set(name, variable);
    }
    return variable.stringValue;
  }
}
