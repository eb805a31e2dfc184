import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import { synthCommand } from "../../stacks/synth";
import { runCheckov } from "../../engine/verify/checkov";
import { defaults, model } from "../helpers";

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
}

test("canary: secrets given to Terraform never reach the synthesized output", () => {
  const canaries = {
    TF_VAR_pagerduty_token: "CANARY-pd-token-7f3a",
    TF_VAR_pagerduty_gcp_key_api: "CANARY-pd-integration-key-91bc",
    TF_VAR_slack_auth_token: "xoxb-CANARY-slack-0042",
    TF_VAR_grafana_auth: "glsa_CANARY_grafana_key_55",
    TF_VAR_grafana_slack_token: "xoxb-CANARY-grafana-slack-77",
  };
  const saved = { ...process.env };
  Object.assign(process.env, canaries);
  const out = join(mkdtempSync(join(tmpdir(), "canary-")), "out");
  try {
    expect(synthCommand(defaults(), out, { write: () => undefined })).toBe(0);
  } finally {
    process.env = saved;
  }
  const files = allFiles(out);
  expect(files.length).toBeGreaterThan(8);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of Object.values(canaries)) expect(text.includes(secret) ? `${file} holds ${secret}` : "clean").toBe("clean");
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
        expect(statements(role.assume_role_policy)).toEqual([
          { Effect: "Allow", Principal: { Service: "chatbot.amazonaws.com" }, Action: "sts:AssumeRole" },
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
      }
    }
  });
});

test("checkov finds no failure without a written reason; removing a reason makes it fail", async () => {
  const defs = defaults();
  const dir = join(mkdtempSync(join(tmpdir(), "checkov-")), "out");
  buildApp(model(defs), dir, "staging", {}).synth();
  const result = await runCheckov(join(dir, "stacks", "aws-staging"));
  expect(result.ok).toBe(true);
  expect(result.skipped.map((s) => s.split(":")[0])).toEqual([
    "CKV_AWS_338 cdk.tf.json log_group_application",
    "CKV_AWS_338 cdk.tf.json log_group_debug",
  ]);
  defs.logClasses = defs.logClasses.map((c) => (c.id === "debug" ? { ...c, checkovSkips: undefined } : c));
  const dir2 = join(mkdtempSync(join(tmpdir(), "checkov-")), "out");
  buildApp(model(defs), dir2, "staging", {}).synth();
  const broken = await runCheckov(join(dir2, "stacks", "aws-staging"));
  expect(broken.ok).toBe(false);
  expect(broken.failed).toEqual(["CKV_AWS_338 cdk.tf.json log_group_debug: Ensure CloudWatch log groups retains logs for at least 1 year"]);
}, 60000);
