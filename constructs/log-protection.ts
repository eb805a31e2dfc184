/**
 * The deployed record of which log classes are protected or locked, and the reason each
 * acknowledges: a `terraform_data` resource (Terraform's built-in provider, no cloud call) whose
 * prior value every plan shows. The deploy's plan gate reads protection from it as well as from
 * the definitions being deployed, so a push that unprotects a class and shortens its retention at
 * once is judged by what was deployed, as the pull request's review is judged by the base.
 */
import { DataResource } from "cdktf";
import type { Construct } from "constructs";
import type { LogClassModel } from "../engine/model";
import { LOG_PROTECTION, protectionRecord } from "../engine/model/protection";

export function logProtectionRecord(scope: Construct, classes: readonly LogClassModel[]): void {
  const input = protectionRecord(classes);
  if (input) new DataResource(scope, "log-protection", { input }).overrideLogicalId(LOG_PROTECTION);
}
