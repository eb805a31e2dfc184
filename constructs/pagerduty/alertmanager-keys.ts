/**
 * The exported Alertmanager tree as a PagerDuty sender. Alertmanager is no target with a stack
 * that could read the PagerDuty stack's keys: it reads each key from a file
 * (`<secrets>/pagerduty-<PagerDuty service>`), which operators fill from a sensitive output of
 * the PagerDuty stack (`terraform output -raw alertmanager_pagerduty_key_<service>`).
 */
import { alertmanagerKeyOutput } from "../../engine/model/naming/variables";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { SECRETS_DIR } from "../../engine/exporters/alertmanager";
import type { PagerDutyIntegration, PagerDutyKeys } from "../pagerduty-keys";

/** Alertmanager's integration on each PagerDuty service the exported tree pages: Events API v2, as its pagerduty_configs send. */
export const ALERTMANAGER_PAGERDUTY: PagerDutyIntegration = { sender: "alertmanager", name: "Prometheus Alertmanager (Events API v2)" };

export interface AlertmanagerKeyOutputsProps {
  /** The PagerDuty stack's integrations. */
  readonly keys: PagerDutyKeys;
  /** The PagerDuty services the exported tree pages in this environment. */
  readonly services: readonly string[];
}

/**
 * One sensitive output per PagerDuty service the exported tree pages: `terraform plan` and
 * `terraform output` show `(sensitive value)`, `terraform output -raw <name>` prints the key.
 */
export class AlertmanagerKeyOutputs extends Construct {
  constructor(scope: Construct, id: string, { keys, services }: AlertmanagerKeyOutputsProps) {
    super(scope, id);
    for (const service of services) {
      const name = alertmanagerKeyOutput(service);
      const output = new TerraformOutput(this, name, {
        // key() wraps the key in sensitive(): Terraform refuses an output of it not marked sensitive.
        value: keys.key(service, ALERTMANAGER_PAGERDUTY.sender),
        sensitive: true,
        description: `Events API v2 routing key Alertmanager reads from ${SECRETS_DIR}/pagerduty-${service}`,
      });
      output.overrideLogicalId(name);
    }
  }
}
