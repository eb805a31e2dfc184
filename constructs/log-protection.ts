/**
 * The deployed record of which log classes are protected or locked, and the reason each
 * acknowledges: a `terraform_data` resource (Terraform's built-in provider, no cloud call) whose
 * prior value every plan shows. The deploy's plan gate reads protection from it as well as from
 * the definitions being deployed, so a push that unprotects a class and shortens its retention at
 * once is judged by what was deployed, as the pull request's review is judged by the base.
 */
import { TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import type { LogClassModel } from "../engine/model";
import { LOG_PROTECTION, protectionRecord, type ProtectionRecord } from "../engine/model/protection";

/**
 * `terraform_data` with its input only. cdktf's own DataResource asks for `terraform version` in
 * a shell at every synth, so synth failed where Terraform is not installed (a reviewer's laptop)
 * and each synth started two processes; Terraform itself refuses the resource type when it is
 * older than 1.4, at plan, with its own message.
 */
class ProtectionData extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly record: ProtectionRecord,
  ) {
    super(scope, id, { terraformResourceType: "terraform_data", terraformGeneratorMetadata: { providerName: "terraform" } });
  }
  protected override synthesizeAttributes(): Record<string, unknown> {
    return { input: this.record };
  }
}

export function logProtectionRecord(scope: Construct, classes: readonly LogClassModel[]): void {
  const input = protectionRecord(classes);
  if (input) new ProtectionData(scope, "log-protection", input).overrideLogicalId(LOG_PROTECTION);
}
