import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../../stacks/app";
import { formatStoreProblem, protectedStoreProblems, readForgotten } from "../../../engine/review/protected";
import { readStacks } from "../../../engine/review/stacks";
import { summary } from "../../../engine/review/summary";
import type { Definitions } from "../../../engine/definitions/types";
import { defaults, model, type Writable } from "../../helpers";
import { terraform, terraformDir, terraformOk } from "../../terraform";

function synth(defs: Definitions) {
  const m = model(defs);
  const dir = join(mkdtempSync(join(tmpdir(), "protected-")), "out");
  buildApp(m, dir, undefined, {}).synth();
  return { dir, stacks: readStacks(dir), forgotten: readForgotten(dir), summary: summary(m) };
}

const base = synth(defaults());
/** The review's refusals of `change` applied to the definitions, against `from`. */
const problemsFrom = (from: ReturnType<typeof synth>) => (change: (d: Writable<Definitions>) => void) => {
  const defs = defaults();
  change(defs);
  const head = synth(defs);
  return protectedStoreProblems(from.stacks, head.stacks, head.forgotten, head.summary, from.summary).map(formatStoreProblem);
};
const problems = problemsFrom(base);

test("deleting a log class from the definitions is refused, naming every store it would destroy", () => {
  const found = problems((d) => (d.logClasses = d.logClasses.filter((c) => c.id !== "debug")));
  expect(found.map((p) => p.split(":")[0])).toEqual([
    "`aws-prod` `aws_cloudwatch_log_group.log_group_debug`",
    "`aws-staging` `aws_cloudwatch_log_group.log_group_debug`",
    "`gcp-prod` `google_logging_project_bucket_config.log_bucket_debug`",
    "`gcp-staging` `google_logging_project_bucket_config.log_bucket_debug`",
  ]);
  expect(found[0]).toContain("would be destroyed with the data it holds");
});

test("retiring a log class on purpose passes: Terraform forgets its stores and keeps the data", () => {
  const defs = defaults();
  defs.logClasses = defs.logClasses.map((c) => (c.id === "debug" ? { ...c, retired: true } : c));
  defs.logMetrics = defs.logMetrics.filter((m) => m.logClass !== "debug");
  const head = synth(defs);
  expect(protectedStoreProblems(base.stacks, head.stacks, head.forgotten, head.summary)).toEqual([]);
  const gcp = JSON.parse(readFileSync(join(head.dir, "stacks", "gcp-prod", "cdk.tf.json"), "utf8"));
  expect(gcp.removed).toEqual([{ from: "google_logging_project_bucket_config.log_bucket_debug", lifecycle: { destroy: false } }]);
  expect(gcp.resource.google_logging_project_bucket_config.log_bucket_debug).toBeUndefined();
  expect(gcp.resource.google_logging_project_sink.log_sink_debug).toBeUndefined();
});

test("shortening a protected class's retention is refused unless acknowledged; an unprotected one passes", () => {
  const shorten = (id: string, acknowledge?: string) => (d: Writable<Definitions>) =>
    (d.logClasses = d.logClasses.map((c) => (c.id === id ? { ...c, retentionDays: 1, acknowledge } : c)));
  const found = problems(shorten("audit"));
  expect(found).toHaveLength(4);
  expect(found[0]).toBe(
    "`aws-prod` `aws_cloudwatch_log_group.log_group_audit`: retention shortened from 365 to 1 days on a protected log class: logs older than 1 days would be deleted. Say why in the class's `acknowledge` if this is intended",
  );
  expect(problems(shorten("audit", "Audit moved to the data lake, which keeps the year (ticket OPS-12)."))).toEqual([]);
  expect(problems(shorten("application"))).toEqual([]);
});

test("a reason approves the change it comes with: one already at the base does not approve a later cut", () => {
  const reason = "Audit moved to the data lake, which keeps the year (ticket OPS-12).";
  const cut = (days: number, acknowledge: string) => (d: Writable<Definitions>) =>
    (d.logClasses = d.logClasses.map((c) => (c.id === "audit" ? { ...c, retentionDays: days, acknowledge } : c)));
  const acknowledgedBase = (() => {
    const defs = defaults();
    cut(90, reason)(defs);
    return synth(defs);
  })();
  const later = problemsFrom(acknowledgedBase);
  expect(later(cut(30, reason))).toHaveLength(4);
  expect(later(cut(30, "A shorter retention for audit agreed with compliance (OPS-40)."))).toEqual([]);
});

test("unprotecting a class and shortening its retention in one change is refused: protection is read on both sides", () => {
  const found = problems(
    (d) => (d.logClasses = d.logClasses.map((c) => (c.id === "audit" ? { ...c, protected: false, retentionDays: 1 } : c))),
  );
  expect(found).toHaveLength(4);
  expect(found[0]).toBe(
    "`aws-prod` `aws_cloudwatch_log_group.log_group_audit`: retention shortened from 365 to 1 days on a protected log class (protected at the base; this change also unprotects it): logs older than 1 days would be deleted. Say why in the class's `acknowledge` if this is intended",
  );
  // Unprotecting alone passes; once that has landed, the class is unprotected on both sides.
  expect(problems((d) => (d.logClasses = d.logClasses.map((c) => (c.id === "audit" ? { ...c, protected: false } : c))))).toEqual([]);
});

test("replacing a store (its project changes, which forces a new bucket) is refused", () => {
  const found = problems(
    (d) => (d.environments = d.environments.map((e) => (e.id === "prod" ? { ...e, gcp: { ...e.gcp!, project: "nous-prod-2" } } : e))),
  );
  expect(found).toHaveLength(4);
  expect(found[0]).toBe(
    "`gcp-prod` `google_logging_project_bucket_config.log_bucket_application`: would be replaced (project forces a new resource), destroying the data it holds",
  );
});

test("AWS log groups keep their logs even when destroyed (skip_destroy)", () => {
  const aws = JSON.parse(readFileSync(join(base.dir, "stacks", "aws-prod", "cdk.tf.json"), "utf8"));
  const groups = Object.values<any>(aws.resource.aws_cloudwatch_log_group);
  expect(groups.length).toBe(4);
  for (const g of groups) expect(g.skip_destroy).toBe(true);
});

test("Terraform forgets a store through the synthesized removed block without destroying it (terraform_data stand-in)", () => {
  const defs = defaults();
  defs.logClasses = defs.logClasses.map((c) => (c.id === "debug" ? { ...c, retired: true } : c));
  defs.logMetrics = defs.logMetrics.filter((m) => m.logClass !== "debug");
  const head = synth(defs);
  const removed = JSON.parse(readFileSync(join(head.dir, "stacks", "gcp-prod", "cdk.tf.json"), "utf8")).removed as {
    from: string;
    lifecycle: { destroy: boolean };
  }[];
  // The stand-in has the bucket's name under the built-in type, so the removed block is the stack's own.
  const standIn = (address: string) => `terraform_data.${address.split(".")[1]}`;
  const name = removed[0].from.split(".")[1];
  const dir = terraformDir({ resource: { terraform_data: { [name]: { input: "logs" } } } }, "removed-");
  terraformOk(dir, ["apply", "-auto-approve", "-input=false"]);
  const withRemoved = { removed: removed.map((r) => ({ ...r, from: standIn(r.from) })) };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(withRemoved));
  const plan = terraform(dir, ["plan", "-no-color", "-input=false"]);
  expect(plan.status).toBe(0);
  expect(plan.stdout).toContain(`terraform_data.${name} will no longer be managed by Terraform`);
  expect(plan.stdout).toContain("0 to destroy");
  // Without it, the same change destroys the store.
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify({}));
  expect(terraform(dir, ["plan", "-no-color", "-input=false"]).stdout).toContain("1 to destroy");
});

describe("a locked class (Cloud Logging's bucket lock, irreversible)", () => {
  const lock = (d: Writable<Definitions>, changes: Record<string, unknown> = {}) =>
    (d.logClasses = d.logClasses.map((c) => (c.id === "audit" ? { ...c, locked: true, ...changes } : c)));
  const lockedBase = (() => {
    const defs = defaults();
    lock(defs);
    return synth(defs);
  })();
  const judged = problemsFrom(lockedBase);

  test("only its Cloud Logging buckets are locked, and nothing is locked unless asked", () => {
    const gcp = JSON.parse(readFileSync(join(lockedBase.dir, "stacks", "gcp-prod", "cdk.tf.json"), "utf8")).resource;
    expect(gcp.google_logging_project_bucket_config.log_bucket_audit.locked).toBe(true);
    expect(gcp.google_logging_project_bucket_config.log_bucket_security.locked).toBeUndefined();
    const unlocked = JSON.parse(readFileSync(join(base.dir, "stacks", "gcp-prod", "cdk.tf.json"), "utf8")).resource;
    expect(JSON.stringify(unlocked.google_logging_project_bucket_config)).not.toContain('"locked"');
  });

  test("unlocking it is refused: Cloud Logging cannot unlock a bucket", () => {
    expect(judged(() => undefined)).toEqual([
      "`gcp-prod` `google_logging_project_bucket_config.log_bucket_audit`: would be unlocked: Cloud Logging cannot unlock a locked bucket (the apply would fail); keep `locked: true`",
      "`gcp-staging` `google_logging_project_bucket_config.log_bucket_audit`: would be unlocked: Cloud Logging cannot unlock a locked bucket (the apply would fail); keep `locked: true`",
    ]);
    expect(judged((d) => lock(d))).toEqual([]);
  });

  test("its buckets' retention never changes, longer or shorter, acknowledged or not; its CloudWatch log groups keep the protected rules", () => {
    const longer = judged((d) => lock(d, { retentionDays: 400, acknowledge: "the regulator asks for 400 days now" }));
    expect(longer).toEqual([
      "`gcp-prod` `google_logging_project_bucket_config.log_bucket_audit`: retention changed from 365 to 400 days on a locked bucket: Cloud Logging never changes a locked bucket's retention (the apply would fail)",
      "`gcp-staging` `google_logging_project_bucket_config.log_bucket_audit`: retention changed from 365 to 400 days on a locked bucket: Cloud Logging never changes a locked bucket's retention (the apply would fail)",
    ]);
    // A shorter one on AWS is the protected class's rule: refused unless acknowledged.
    const shorter = judged((d) => lock(d, { retentionDays: 30 }));
    expect(shorter.filter((p) => p.includes("aws_cloudwatch_log_group")).length).toBe(2);
  });

  test("retiring it passes: Terraform forgets the locked bucket and its logs stay", () => {
    expect(
      judged((d) => {
        lock(d, { retired: true });
        d.logMetrics = d.logMetrics.filter((m) => m.logClass !== "audit");
      }),
    ).toEqual([]);
  });
});
