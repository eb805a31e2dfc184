/**
 * Terraform's `removed` block (Terraform 1.7+), which cdktf 0.21 has no class for: the resource
 * leaves the configuration and the state, and with `destroy = false` the real object, and the
 * data it holds, stays.
 */
import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";

const FORGOTTEN = new WeakMap<TerraformStack, string[]>();

/** Makes Terraform forget `address` (type.name) in the stack of `scope` without destroying it. */
export function forgetWithoutDestroying(scope: Construct, address: string): void {
  const stack = TerraformStack.of(scope);
  const addresses = FORGOTTEN.get(stack) ?? [];
  addresses.push(address);
  FORGOTTEN.set(stack, addresses);
  // One override holding every block: overrides of the same path replace each other.
  stack.addOverride(
    "removed",
    [...addresses].sort().map((from) => ({ from, lifecycle: { destroy: false } })),
  );
}
