#!/usr/bin/env node
/**
 * What one synthesized stack needs from the job that plans or deploys it, read from its
 * cdk.tf.json, so a new target or stack needs no workflow edit:
 *
 *   clouds <outdir> <stack>     GitHub step outputs: gcp=true|false and aws=true|false (the clouds
 *                               of its providers, of its state backend and of the state it reads),
 *                               aws-account-ids (its AWS provider's allowed_account_ids)
 *   variables <outdir> <stack>  fails, naming them, when a variable the stack declares without a
 *                               default has no non-empty TF_VAR_<name>: Terraform would otherwise
 *                               take an empty secret as a value
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const CLOUD_OF_PROVIDER = { google: "gcp", "google-beta": "gcp", aws: "aws" };
const CLOUD_OF_BACKEND = { gcs: "gcp", s3: "aws" };

function read(outdir, stack) {
  return JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
}

function clouds(config) {
  const used = new Set();
  for (const name of Object.keys(config.provider ?? {})) if (CLOUD_OF_PROVIDER[name]) used.add(CLOUD_OF_PROVIDER[name]);
  for (const name of Object.keys(config.terraform?.backend ?? {})) if (CLOUD_OF_BACKEND[name]) used.add(CLOUD_OF_BACKEND[name]);
  for (const state of Object.values(config.data?.terraform_remote_state ?? {}))
    if (CLOUD_OF_BACKEND[state.backend]) used.add(CLOUD_OF_BACKEND[state.backend]);
  const accounts = [...new Set((config.provider?.aws ?? []).flatMap((p) => p.allowed_account_ids ?? []))].sort();
  return { gcp: used.has("gcp"), aws: used.has("aws"), "aws-account-ids": accounts.join(",") };
}

function missingVariables(config, env) {
  return Object.entries(config.variable ?? {})
    .filter(([name, v]) => v.default === undefined && !env[`TF_VAR_${name}`])
    .map(([name]) => `TF_VAR_${name}`)
    .sort();
}

function main([command, outdir, stack], env) {
  if (!stack || !["clouds", "variables"].includes(command)) {
    process.stderr.write("usage: node scripts/stack-requirements.js clouds|variables <outdir> <stack>\n");
    return 2;
  }
  const config = read(outdir, stack);
  if (command === "clouds") {
    for (const [k, v] of Object.entries(clouds(config))) console.log(`${k}=${v}`);
    return 0;
  }
  const missing = missingVariables(config, env);
  if (missing.length) {
    console.log(
      `::error::${stack} needs ${missing.join(", ")}, unset or empty in this job: set the secrets or variables they come from (docs/guides/set-up-ci.md)`,
    );
    return 1;
  }
  return 0;
}

module.exports = { clouds, missingVariables };
if (require.main === module) process.exitCode = main(process.argv.slice(2), process.env);
