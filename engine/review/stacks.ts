/** Reading synthesized stacks back: every resource by stack and Terraform address. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Resources = Map<string, Record<string, unknown>>;

/** stack name -> (address -> attributes, without cdktf's metadata). */
export function readStacks(outdir: string): Map<string, Resources> {
  const stacks = new Map<string, Resources>();
  const dir = join(outdir, "stacks");
  if (!existsSync(dir)) return stacks;
  for (const stack of readdirSync(dir).sort()) {
    const file = join(dir, stack, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, "utf8")) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
    const resources: Resources = new Map();
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
      for (const [name, attributes] of Object.entries(byName)) {
        const { "//": _metadata, ...rest } = attributes;
        resources.set(`${type}.${name}`, rest);
      }
    }
    stacks.set(stack, resources);
  }
  return stacks;
}

export const typeOf = (address: string) => address.slice(0, address.indexOf("."));
