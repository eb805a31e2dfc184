#!/usr/bin/env node
/**
 * Regenerates the Grafana provider bindings in .gen/providers/grafana with cdktf's own
 * generator (what `cdktf get` runs), from the provider's real schema (grafana/grafana 4.45.1),
 * limited to the resources this project uses.
 *
 * Usage: npm run generate:grafana [-- path/to/provider_schema.json]
 * The schema defaults to ../shared/providers/grafana/provider_schema.json.
 */
const { readFileSync, rmSync } = require("node:fs");
const { resolve } = require("node:path");
const { generateProviderBindingsFromSchema } = require("@cdktf/provider-generator");

const PROVIDER = "registry.terraform.io/grafana/grafana";
const VERSION = "4.45.1";
const RESOURCES = [
  "grafana_contact_point",
  "grafana_dashboard",
  "grafana_data_source",
  "grafana_folder",
  "grafana_notification_policy",
  "grafana_rule_group",
  "grafana_slo",
];

async function main() {
  const schemaPath = resolve(process.argv[2] ?? resolve(__dirname, "../../shared/providers/grafana/provider_schema.json"));
  const full = JSON.parse(readFileSync(schemaPath, "utf8"));
  const provider = full.provider_schemas[PROVIDER];
  if (!provider) throw new Error(`${schemaPath} has no schema for ${PROVIDER}`);
  const missing = RESOURCES.filter((r) => !provider.resource_schemas[r]);
  if (missing.length) throw new Error(`${schemaPath} lacks ${missing.join(", ")}`);
  const schema = {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER]: {
        provider: provider.provider,
        resource_schemas: Object.fromEntries(RESOURCES.map((r) => [r, provider.resource_schemas[r]])),
        data_source_schemas: {},
      },
    },
    provider_versions: { [PROVIDER]: VERSION },
  };
  const out = resolve(__dirname, "../.gen");
  rmSync(resolve(out, "providers/grafana"), { recursive: true, force: true });
  await generateProviderBindingsFromSchema(out, schema);
  console.log(`generated grafana/grafana ${VERSION} bindings for ${RESOURCES.length} resources in .gen/providers/grafana`);
}

main().catch((error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
