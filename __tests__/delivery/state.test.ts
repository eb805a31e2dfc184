import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, validate } from "../../stacks/app";
import { synthCommand } from "../../stacks/synth";
import { DefinitionError } from "../../engine/model";
import { parseStateUrl, stateSetting } from "../../stacks/backend";
import { defaults, model } from "../helpers";

function synth(env: NodeJS.ProcessEnv, only?: string) {
  const dir = join(mkdtempSync(join(tmpdir(), "state-")), "out");
  buildApp(model(), dir, only, env).synth();
  const read = (stack: string) => JSON.parse(readFileSync(join(dir, "stacks", stack, "cdk.tf.json"), "utf8"));
  return { stacks: readdirSync(join(dir, "stacks")).sort(), read };
}

test("local state by default, one file per stack in the project root, through a relative path", () => {
  const { read } = synth({});
  expect(read("gcp-prod").terraform.backend).toEqual({ local: { path: "../../../terraform.gcp-prod.tfstate" } });
});

test("per-environment variables choose S3 with a lock file and GCS, with state keys per stack", () => {
  const { read } = synth({
    MONITORING_STATE_PROD: "s3://nous-tfstate/monitoring?region=us-east-1",
    MONITORING_STATE_STAGING: "gcs://nous-tfstate-staging/monitoring",
  });
  expect(read("aws-prod").terraform.backend).toEqual({
    s3: { bucket: "nous-tfstate", key: "monitoring/aws-prod.tfstate", region: "us-east-1", encrypt: true, use_lockfile: true },
  });
  expect(read("pagerduty-prod").terraform.backend.s3.key).toBe("monitoring/pagerduty-prod.tfstate");
  expect(read("gcp-staging").terraform.backend).toEqual({ gcs: { bucket: "nous-tfstate-staging", prefix: "monitoring/gcp-staging" } });
  // Cross-stack keys are read from the PagerDuty stack's state where it really is.
  expect(read("gcp-prod").data.terraform_remote_state["cross-stack-reference-input-pagerduty-prod"]).toMatchObject({
    backend: "s3",
    config: { bucket: "nous-tfstate", key: "monitoring/pagerduty-prod.tfstate", region: "us-east-1" },
  });
});

test("a DynamoDB lock table replaces the lock file; the shared variable applies where no environment variable does", () => {
  const { read } = synth({ MONITORING_STATE: "s3://state/x?region=eu-west-1&lock=tf-locks", MONITORING_STATE_STAGING: "local" });
  expect(read("gcp-prod").terraform.backend.s3).toEqual({
    bucket: "state",
    key: "x/gcp-prod.tfstate",
    region: "eu-west-1",
    encrypt: true,
    dynamodb_table: "tf-locks",
  });
  expect(read("gcp-staging").terraform.backend.local).toBeDefined();
});

test("the setting's precedence: environment variable, shared variable, definition, local", () => {
  expect(stateSetting("prod", "gcs://a/b", { MONITORING_STATE_PROD: "local", MONITORING_STATE: "gcs://c/d" })).toEqual({
    source: "MONITORING_STATE_PROD",
    value: "local",
  });
  expect(stateSetting("prod", "gcs://a/b", { MONITORING_STATE: "gcs://c/d" })).toEqual({ source: "MONITORING_STATE", value: "gcs://c/d" });
  expect(stateSetting("prod", "gcs://a/b", {})).toEqual({ source: 'environment "prod" state', value: "gcs://a/b" });
  expect(stateSetting("prod", undefined, {})).toEqual({ source: "default", value: "local" });
});

test("bad state settings are definition errors naming the environment and where the value came from", () => {
  expect(parseStateUrl("s3://bucket/prefix")).toBe('s3 state needs ?region=<region>, got "s3://bucket/prefix"');
  expect(parseStateUrl("ftp://bucket/x")).toBe('must use gcs:// or s3://, got "ftp:"');
  try {
    validate(defaults(), undefined, { MONITORING_STATE_STAGING: "azurerm" });
    throw new Error("expected a DefinitionError");
  } catch (error) {
    expect((error as DefinitionError).problems).toEqual([
      {
        where: 'environment "staging"',
        field: "state (from MONITORING_STATE_STAGING)",
        message: 'must be "local", gcs://<bucket>/<prefix> or s3://<bucket>/<prefix>?region=<region>, got "azurerm"',
      },
    ]);
  }
});

test("--env synthesizes one environment, and synth stays byte-identical", () => {
  expect(synth({}, "staging").stacks).toEqual(["aws-staging", "gcp-staging", "grafana-staging"]);
  expect(synth({}, "prod").stacks).toEqual(["aws-prod", "gcp-prod", "grafana-prod", "pagerduty-prod"]);
  const env = { MONITORING_STATE: "gcs://nous-tfstate/monitoring" };
  const a = synth(env).read("gcp-prod");
  const b = synth(env).read("gcp-prod");
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  let err = "";
  expect(synthCommand(defaults(), join(mkdtempSync(join(tmpdir(), "state-")), "out"), { write: (t: string) => (err += t) }, "qa")).toBe(1);
  expect(err).toBe("error: --env qa: unknown environment; defined environments: prod, staging\nNothing was synthesized.\n");
});

test("S3 state locked by a lock file requires the Terraform that has it; Terraform reads the requirement", () => {
  const { read } = synth({ MONITORING_STATE_PROD: "s3://nous-tfstate/monitoring?region=us-east-1", MONITORING_STATE_STAGING: "gcs://s/m" });
  expect(read("aws-prod").terraform.required_version).toBe(">= 1.10.0");
  expect(read("gcp-staging").terraform.required_version).toBeUndefined();
  expect(
    synth({ MONITORING_STATE: "s3://state/x?region=eu-west-1&lock=tf-locks" }).read("gcp-prod").terraform.required_version,
  ).toBeUndefined();
  // The synthesized block, backend and all, as the installed Terraform (1.11.4) reads it; the same
  // block asking for a Terraform this one is not is refused, so the field is where Terraform looks.
  const block = read("aws-prod").terraform;
  const init = (terraform: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), "required-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform }));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: "1" };
    return spawnSync("terraform", ["init", "-backend=false", "-no-color"], { cwd: dir, env, encoding: "utf8" });
  };
  expect(init({ required_version: block.required_version, backend: block.backend }).status).toBe(0);
  const older = init({ required_version: "< 1.10.0", backend: block.backend });
  expect(older.status).toBe(1);
  expect(older.stderr).toMatch(/Unsupported Terraform Core version/);
});
