/**
 * One Terraform address per element of a stack. cdktf writes the stack's JSON as an object keyed
 * by address, so two elements given one logical id leave only the last: a resource would vanish
 * from the plan without a word. The model refuses every collision it knows of; this is the net
 * under them, checked on the built stacks before anything is written.
 */
import {
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  type App,
} from "cdktf";
import type { Problem } from "../engine/model/problems";

function address(element: TerraformElement): string | undefined {
  const id = element.friendlyUniqueId;
  if (element instanceof TerraformResource) return `${element.terraformResourceType}.${id}`;
  if (element instanceof TerraformDataSource) return `data.${element.terraformResourceType}.${id}`;
  if (element instanceof TerraformOutput) return `output.${id}`;
  if (element instanceof TerraformVariable) return `var.${id}`;
  if (element instanceof TerraformLocal) return `local.${id}`;
  return undefined;
}

/** Every address two elements of one stack share, naming both constructs. */
export function duplicateAddresses(app: App): Problem[] {
  const problems: Problem[] = [];
  for (const stack of app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack)) {
    const seen = new Map<string, string>();
    for (const construct of stack.node.findAll()) {
      if (!(construct instanceof TerraformElement)) continue;
      const at = address(construct);
      if (at === undefined) continue;
      const path = construct.node.path;
      const first = seen.get(at);
      if (first === undefined) seen.set(at, path);
      else
        problems.push({
          where: `stack "${stack.node.id}"`,
          field: at,
          message: `is made by both ${first} and ${path}: Terraform would keep only the last; two definitions make one name here, rename one of them`,
        });
    }
  }
  return problems;
}
