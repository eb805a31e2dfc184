import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import { synthCommand } from "../../stacks/synth";
import { runCheckov } from "../../engine/verify/checkov";
import type { Definitions } from "../../engine/definitions/types";
import { defaults, model } from "../helpers";
import { terraformDir, terraformOk } from "../terraform";

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
}

/** Every string under `value` (keys skipped), by path. */
function stringsOf(value: unknown, path: string, into: [string, string][] = []): [string, string][] {
  if (typeof value === "string") into.push([path, value]);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) stringsOf(v, `${path}.${k}`, into);
  return into;
}

/** References to the providers' resources, which offline Terraform cannot resolve (never secrets). */
const PROVIDER_REFERENCE = /\$\{(?:aws|google|grafana|pagerduty)_[a-z0-9_]+\.[A-Za-z0-9_-]+\.[a-z_]+\}/g;

test("canary: secrets in variables and in the PagerDuty stack's state appear in no plan and in no output", () => {
  const variables = {
    TF_VAR_pagerduty_token: "CANARY-pd-token-7f3a",
    TF_VAR_pagerduty_gcp_key_api: "CANARY-pd-integration-key-91bc",
    TF_VAR_slack_auth_token: "xoxb-CANARY-slack-0042",
    TF_VAR_grafana_auth: "glsa_CANARY_grafana_key_55",
    TF_VAR_grafana_slack_token: "xoxb-CANARY-grafana-slack-77",
    TF_VAR_grafana_gcp_service_account_key: "CANARY-gcp-private-key-31",
    TF_VAR_grafana_aws_access_key_id: "CANARY-aws-key-id-12",
    TF_VAR_grafana_aws_secret_access_key: "CANARY-aws-secret-13",
  };
  const saved = { ...process.env };
  Object.assign(process.env, variables);
  const out = join(mkdtempSync(join(tmpdir(), "canary-")), "out");
  try {
    expect(synthCommand(defaults(), out, { write: () => undefined })).toBe(0);
  } finally {
    process.env = saved;
  }
  const stacks = new Map(
    readdirSync(join(out, "stacks")).map((s) => [s, JSON.parse(readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8"))]),
  );

  // The PagerDuty stack's state, as `terraform apply` would leave it: every sensitive output a canary.
  const canaries: string[] = [...Object.values(variables)];
  const stateOutputs: Record<string, { value: string; type: string; sensitive: boolean }> = {};
  for (const [name, output] of Object.entries<any>(stacks.get("pagerduty-prod").output)) {
    if (!output.sensitive) continue;
    const value = `CANARY-state-${Object.keys(stateOutputs).length}-a81f`;
    stateOutputs[name] = { value, type: "string", sensitive: true };
    canaries.push(value);
  }
  expect(Object.keys(stateOutputs).length).toBeGreaterThan(10);
  const stateDir = mkdtempSync(join(tmpdir(), "canary-state-"));
  const statePath = join(stateDir, "terraform.pagerduty-prod.tfstate");
  writeFileSync(
    statePath,
    JSON.stringify({ version: 4, terraform_version: "1.11.4", serial: 1, lineage: "canary", outputs: stateOutputs, resources: [] }),
  );

  // Every string of the consuming stacks that reads the state or a variable, as a terraform_data
  // input: Terraform's plan shows what `cdktf diff` and the pull-request comment would.
  const data: Record<string, unknown> = {};
  const variable: Record<string, unknown> = {};
  const resources: Record<string, { input: string }> = {};
  const env: Record<string, string> = { ...variables };
  for (const [stack, json] of stacks) {
    for (const [name, remote] of Object.entries<any>(json.data?.terraform_remote_state ?? {}))
      data[name] = { backend: "local", config: { path: statePath }, workspace: remote.workspace };
    for (const [name, v] of Object.entries<any>(json.variable ?? {})) {
      variable[name] = { type: "string", sensitive: Boolean(v.sensitive) };
      env[`TF_VAR_${name}`] ??= `plain-${name}`;
    }
    for (const [path, value] of stringsOf(json.resource, stack)) {
      if (!/\$\{.*(data\.terraform_remote_state|var\.)/.test(value)) continue;
      resources[`r${Object.keys(resources).length}`] = { input: value.replace(PROVIDER_REFERENCE, "provider-reference") };
      void path;
    }
  }
  const remoteStateStrings = Object.values(resources).filter((r) => r.input.includes("terraform_remote_state")).length;
  expect(remoteStateStrings).toBeGreaterThan(10);
  const config = { data: { terraform_remote_state: data }, variable, resource: { terraform_data: resources } };
  process.stdout.write(
    `canary: ${Object.keys(resources).length} strings (${remoteStateStrings} reading the PagerDuty state) planned, ${canaries.length} canaries\n`,
  );
  const plan = terraformOk(terraformDir(config, "canary-plan-"), ["plan", "-input=false"], env).stdout;
  expect(plan).toContain(`Plan: ${Object.keys(resources).length} to add`);
  for (const secret of canaries) expect(plan.includes(secret) ? `the plan shows ${secret}` : "clean").toBe("clean");

  // The harness can see a leak: the same state read without sensitive() plans in clear.
  const someOutput = Object.keys(stateOutputs)[0];
  const control = {
    data: { terraform_remote_state: { pd: { backend: "local", config: { path: statePath } } } },
    resource: { terraform_data: { leak: { input: `https://x/\${data.terraform_remote_state.pd.outputs.${someOutput}}/enqueue` } } },
  };
  expect(terraformOk(terraformDir(control, "canary-control-"), ["plan", "-input=false"]).stdout).toContain(stateOutputs[someOutput].value);

  // And nothing of any secret is in the synthesized files.
  const files = allFiles(out);
  expect(files.length).toBeGreaterThan(8);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of canaries) expect(text.includes(secret) ? `${file} holds ${secret}` : "clean").toBe("clean");
    expect(text).not.toMatch(/CANARY/);
  }
});

describe("least privilege", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "iam-")), "out");
  buildApp(model(), dir, undefined, {}).synth();
  const stacks = readdirSync(join(dir, "stacks"))
    .filter((s) => s.startsWith("aws-"))
    .map((s) => JSON.parse(readFileSync(join(dir, "stacks", s, "cdk.tf.json"), "utf8")));
  const statements = (policy: string) =>
    JSON.parse(policy).Statement as { Sid?: string; Principal?: any; Action: string | string[]; Resource?: unknown }[];
  const actions = (s: { Action: string | string[] }) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

  test("every IAM role policy names its actions, none a wildcard, and only reads CloudWatch", () => {
    let seen = 0;
    for (const stack of stacks) {
      for (const role of Object.values<any>(stack.resource.aws_iam_role ?? {})) {
        const account = stack.provider.aws[0].allowed_account_ids[0];
        expect(statements(role.assume_role_policy)).toEqual([
          {
            Effect: "Allow",
            Principal: { Service: "chatbot.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: {
              StringEquals: { "aws:SourceAccount": account },
              ArnLike: { "aws:SourceArn": `arn:aws:chatbot::${account}:chat-configuration/*` },
            },
          },
        ]);
      }
      for (const policy of Object.values<any>(stack.resource.aws_iam_role_policy ?? {})) {
        for (const s of statements(policy.policy)) {
          for (const a of actions(s)) {
            expect(a).not.toContain("*");
            expect(a).toMatch(/^cloudwatch:(Describe|Get|List)/);
            seen++;
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test("topic policies let only CloudWatch publish, with the account as a condition", () => {
    for (const stack of stacks) {
      for (const p of Object.values<any>(stack.resource.aws_sns_topic_policy)) {
        for (const s of statements(p.policy)) {
          expect(s.Principal).toEqual({ Service: "cloudwatch.amazonaws.com" });
          expect(actions(s)).toEqual(["sns:Publish"]);
          expect((s as any).Condition.StringEquals["aws:SourceAccount"]).toMatch(/^\d{12}$/);
        }
      }
    }
  });

  test("the KMS key grants services named actions; only the account root administers it", () => {
    for (const stack of stacks) {
      const key = Object.values<any>(stack.resource.aws_kms_key)[0];
      for (const s of statements(key.policy)) {
        if (s.Sid === "AccountAdministersKey") {
          expect(s.Principal.AWS).toMatch(/^arn:aws:iam::\d{12}:root$/);
          continue;
        }
        expect(Object.keys(s.Principal)).toEqual(["Service"]);
        for (const a of actions(s)) expect(a).not.toContain("*");
        // Publishing to an encrypted topic takes a data key and decrypting it, nothing else.
        if (s.Principal.Service === "cloudwatch.amazonaws.com") expect(actions(s).sort()).toEqual(["kms:Decrypt", "kms:GenerateDataKey"]);
      }
    }
  });
});

test("checkov finds no failure without a written reason; removing a reason makes it fail", async () => {
  // The staging AWS stack as the fixture writes it, and with the debug class's reason removed,
  // side by side in one folder: one checkov run judges both.
  const judged = mkdtempSync(join(tmpdir(), "checkov-"));
  const synthesizeAs = (name: string, defs: Definitions) => {
    const dir = join(mkdtempSync(join(tmpdir(), "checkov-")), "out");
    buildApp(model(defs), dir, "staging", {}).synth();
    cpSync(join(dir, "stacks", "aws-staging"), join(judged, name), { recursive: true });
  };
  const defs = defaults();
  synthesizeAs("with-reasons", defs);
  defs.logClasses = defs.logClasses.map((c) => (c.id === "debug" ? { ...c, checkovSkips: undefined } : c));
  synthesizeAs("debug-reason-removed", defs);
  const result = await runCheckov(judged);
  expect(result.skipped.map((s) => s.split(":")[0]).sort()).toEqual([
    "CKV_AWS_338 debug-reason-removed log_group_application",
    "CKV_AWS_338 with-reasons log_group_application",
    "CKV_AWS_338 with-reasons log_group_debug",
  ]);
  expect(result.failed).toEqual([
    "CKV_AWS_338 debug-reason-removed log_group_debug: Ensure CloudWatch log groups retains logs for at least 1 year",
  ]);
  expect(result.ok).toBe(false);
});
