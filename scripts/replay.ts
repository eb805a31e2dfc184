/**
 * The replay: cdktf writing the very stacks a synth wrote, from literals. Every resource, data
 * source, variable, output, provider and backend of each cdktf.out/stacks/<stack>/cdk.tf.json is
 * re-created as a generic cdktf element carrying its literal attributes (resources and data
 * sources as their attributes, the few others as overrides), under the construct path the synth
 * gave it, so cdktf does its own per-element work (construct tree, logical ids, token
 * resolution, JSON) and nothing is computed. It is the floor synth is measured against: what
 * cdktf costs for this output, whatever the code that decided it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  App,
  TerraformBackend,
  TerraformDataSource,
  TerraformOutput,
  TerraformProvider,
  TerraformRemoteState,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
} from "cdktf";
import { Construct } from "constructs";

type Json = Record<string, unknown>;
type Block = Json & { "//"?: { metadata?: { path?: string } } };

/** The stacks a synth wrote under `cdktfOut`, by name, as manifest.json lists them. */
export function readStacks(cdktfOut: string): Map<string, Json> {
  const manifest = JSON.parse(readFileSync(join(cdktfOut, "manifest.json"), "utf8")) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  return new Map(
    Object.entries(manifest.stacks).map(([name, s]) => [
      name,
      JSON.parse(readFileSync(join(cdktfOut, s.synthesizedStackPath), "utf8")) as Json,
    ]),
  );
}

class ReplayedProvider extends TerraformProvider {}

class ReplayedBackend extends TerraformBackend {
  getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error("a replayed stack is never read from");
  }
}

/**
 * Terraform's meta-arguments: cdktf writes them from the element's own properties and drops the
 * ones left unset from whatever the attributes held, so the replay sets them as overrides.
 */
const META_ARGUMENTS = new Set(["depends_on", "count", "for_each", "provider", "lifecycle", "connection", "provisioner"]);

/** A block's attributes without cdktf's metadata and the meta-arguments. */
function attributesOf(block: Block): Json {
  return Object.fromEntries(Object.entries(block).filter(([k]) => k !== "//" && !META_ARGUMENTS.has(k)));
}

/** The meta-arguments of a block, as overrides of `element`. */
function overrideMetaArguments(element: { addOverride(path: string, value: unknown): void }, block: Block): void {
  for (const [key, value] of Object.entries(block)) if (META_ARGUMENTS.has(key)) element.addOverride(key, value);
}

/**
 * A resource of any type whose attributes are the literals it was synthesized with. They are
 * its attributes rather than overrides: cdktf records every override of every element in the
 * stack's metadata by appending to one list per type, which grows quadratically with the
 * resources of a type (10 s of 31 at 1,000 SLOs), a cost no synth of typed resources pays.
 */
export class LiteralResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Json,
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected synthesizeAttributes(): Json {
    return this.attributes;
  }
}

/** A data source of any type whose attributes are literals, as LiteralResource. */
export class LiteralDataSource extends TerraformDataSource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Json,
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected synthesizeAttributes(): Json {
    return this.attributes;
  }
}

/** Sets every attribute of `block` (but cdktf's own metadata) as an override of `element`. */
function overrideAll(element: { addOverride(path: string, value: unknown): void }, block: Json): void {
  for (const [key, value] of Object.entries(block)) if (key !== "//") element.addOverride(key, value);
}

/**
 * The construct scope and id a block had: its metadata path below the stack, with the scopes in
 * between re-created as plain constructs, so the replay's tree is as deep as the synth's.
 */
function placeOf(stack: TerraformStack, block: Block, fallback: string): { scope: Construct; id: string } {
  const parts = block["//"]?.metadata?.path?.split("/").slice(1) ?? [fallback];
  let scope: Construct = stack;
  for (const part of parts.slice(0, -1)) scope = (scope.node.tryFindChild(part) as Construct | undefined) ?? new Construct(scope, part);
  return { scope, id: parts[parts.length - 1] };
}

/** Re-creates one synthesized stack in `app`. */
export function replayStack(app: App, name: string, json: Json): TerraformStack {
  const stack = new TerraformStack(app, name);
  const terraform = (json.terraform ?? {}) as { backend?: Json; required_providers?: Record<string, { source: string; version?: string }> };
  for (const [type, configs] of Object.entries((json.provider ?? {}) as Record<string, Json[]>)) {
    const required = terraform.required_providers?.[type];
    configs.forEach((config, i) => {
      const provider = new ReplayedProvider(stack, `${type}${i ? `_${i}` : ""}`, {
        terraformResourceType: type,
        terraformProviderSource: required?.source,
        terraformGeneratorMetadata: { providerName: type, providerVersion: required?.version },
      });
      overrideAll(provider, config);
    });
  }
  for (const [kind, config] of Object.entries(terraform.backend ?? {}))
    overrideAll(new ReplayedBackend(stack, "backend", kind), config as Json);
  for (const [id, config] of Object.entries((json.variable ?? {}) as Record<string, Json>)) {
    const variable = new TerraformVariable(stack, id, {});
    variable.overrideLogicalId(id);
    overrideAll(variable, config);
  }
  const elements = (section: string, Literal: typeof LiteralResource | typeof LiteralDataSource) => {
    for (const [type, blocks] of Object.entries((json[section] ?? {}) as Record<string, Record<string, Block>>)) {
      for (const [logicalId, block] of Object.entries(blocks)) {
        const { scope, id } = placeOf(stack, block, logicalId);
        const element = new Literal(scope, id, type, attributesOf(block));
        element.overrideLogicalId(logicalId);
        overrideMetaArguments(element, block);
      }
    }
  };
  elements("data", LiteralDataSource);
  elements("resource", LiteralResource);
  for (const [id, config] of Object.entries((json.output ?? {}) as Record<string, Json>)) {
    const output = new TerraformOutput(stack, id, { value: config.value });
    output.overrideLogicalId(id);
    overrideAll(output, config);
  }
  return stack;
}

/** An App writing to `outdir` the stacks read from `cdktfOut`, ready for `app.synth()`. */
export function replayApp(cdktfOut: string, outdir: string): App {
  return replayStacks(readStacks(cdktfOut), outdir);
}

/** An App writing the given stacks to `outdir`, ready for `app.synth()`. */
export function replayStacks(stacks: ReadonlyMap<string, Json>, outdir: string): App {
  const app = new App({ outdir, skipValidation: false });
  for (const [name, json] of stacks) replayStack(app, name, json);
  return app;
}

/** A stack's JSON without cdktf's own metadata ("//"), which records how each element was built. */
export function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "//")
      .map(([k, v]) => [k, withoutMetadata(v)]),
  );
}

/** How a replay's output differs from the synth's it replayed, but for cdktf's metadata; [] when it does not. */
export function replayDifferences(synthOut: string, replayOut: string): string[] {
  const [synth, replay] = [readStacks(synthOut), readStacks(replayOut)];
  const differences = [...new Set([...synth.keys(), ...replay.keys()])]
    .filter((name) => !synth.has(name) || !replay.has(name))
    .map((name) => `stack ${name} is only in the ${synth.has(name) ? "synth" : "replay"}`);
  for (const [name, json] of synth)
    if (replay.has(name) && !isDeepStrictEqual(withoutMetadata(json), withoutMetadata(replay.get(name))))
      differences.push(`stack ${name} differs`);
  return differences;
}
