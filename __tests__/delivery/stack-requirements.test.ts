import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import { model } from "../helpers";

/** Synthesizes the bundled definitions with the given state settings; returns the output folder. */
function synth(env: NodeJS.ProcessEnv): string {
  const dir = join(mkdtempSync(join(tmpdir(), "needs-")), "out");
  buildApp(model(), dir, undefined, env).synth();
  return dir;
}
const requirements = (command: string, dir: string, stack: string, env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ["scripts/stack-requirements.js", command, dir, stack], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...env },
  });
  return { code: r.status, out: r.stdout };
};
const clouds = (dir: string, stack: string) =>
  Object.fromEntries(
    requirements("clouds", dir, stack)
      .out.trim()
      .split("\n")
      .map((l) => l.split("=")),
  );

test("a job logs in to the cloud that holds its state, whatever its target: GCS state", () => {
  const dir = synth({
    MONITORING_STATE_PROD: "gcs://nous-tfstate/monitoring",
    MONITORING_STATE_STAGING: "gcs://nous-tfstate-staging/monitoring",
  });
  expect(clouds(dir, "pagerduty-prod")).toEqual({ gcp: "true", aws: "false", "aws-account-ids": "" });
  expect(clouds(dir, "grafana-staging")).toEqual({ gcp: "true", aws: "false", "aws-account-ids": "" });
  expect(clouds(dir, "aws-prod")).toEqual({ gcp: "true", aws: "true", "aws-account-ids": "111111111111" });
});

test("S3 state: Google Cloud stacks log in to AWS too, for their state and the PagerDuty keys they read", () => {
  const dir = synth({ MONITORING_STATE: "s3://nous-tfstate/monitoring?region=us-east-1" });
  expect(clouds(dir, "gcp-prod")).toEqual({ gcp: "true", aws: "true", "aws-account-ids": "" });
  expect(clouds(dir, "pagerduty-prod")).toEqual({ gcp: "false", aws: "true", "aws-account-ids": "" });
});

test("a stack whose declared variable is unset or empty stops before Terraform, naming it", () => {
  const dir = synth({});
  const missing = requirements("variables", dir, "gcp-prod", { TF_VAR_slack_auth_token: "" });
  expect(missing).toEqual({
    code: 1,
    out: "::error::gcp-prod needs TF_VAR_slack_auth_token, unset or empty in this job: set the secrets or variables they come from (docs/guides/set-up-ci.md)\n",
  });
  expect(requirements("variables", dir, "gcp-prod", { TF_VAR_slack_auth_token: "xoxb-1" })).toEqual({ code: 0, out: "" });
  expect(requirements("variables", dir, "aws-prod")).toEqual({ code: 0, out: "" });
});
