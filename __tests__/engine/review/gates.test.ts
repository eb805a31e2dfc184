/**
 * The data-loss gates outside the review of a working tree: the deploy's plan gate, which reads
 * what Terraform itself planned, and the pull request's gate, the base branch's review reading
 * the change's synthesized output (--head-out). Each plan here is Terraform's own
 * (`terraform show -json`), made offline with terraform_data stand-ins for a log bucket: the
 * stand-in's input holds the bucket's attributes and triggers_replace stands for an attribute
 * that forces a new bucket. Only the type is renamed before the gate reads it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planStoreProblems, type PlanJson } from "../../../engine/review/plan-gate";
import { formatStoreProblem } from "../../../engine/review/protected";
import type { Summary } from "../../../engine/review/summary";
import { terraform, terraformDir, terraformOk } from "../../terraform";
import { defaults, model, synthGcp, type Writable } from "../../helpers";
import { LOG_PROTECTION } from "../../../engine/model/protection";
import { synthCommand } from "../../../stacks/synth";
import type { Definitions } from "../../../engine/definitions/types";

const TYPE = "google_logging_project_bucket_config";
const bucket = (retention: number, project = "nous-prod") => ({ input: { retention_days: retention }, triggers_replace: project });
const deployed = { audit: bucket(365), debug: bucket(7) };
const dir = terraformDir(
  { resource: { terraform_data: { log_bucket_audit: deployed.audit, log_bucket_debug: deployed.debug } } },
  "plan-gate-",
);
terraformOk(dir, ["apply", "-auto-approve", "-input=false"]);

/** Terraform's plan of `config` against the deployed stand-ins, as the gate reads a real bucket's. */
function planOf(config: object): PlanJson {
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config));
  const plan = terraform(dir, ["plan", "-input=false", "-no-color", "-out=tfplan"]);
  if (plan.status !== 0) throw new Error(plan.stderr);
  const json = JSON.parse(terraform(dir, ["show", "-json", "tfplan"]).stdout) as {
    resource_changes: { address: string; type: string; name: string; change: { actions: string[]; before?: any; after?: any } }[];
  };
  return {
    // The stack's protection record is a terraform_data resource of its own: only the bucket stand-ins are renamed.
    resource_changes: json.resource_changes.map((rc) =>
      rc.name === LOG_PROTECTION
        ? rc
        : {
            ...rc,
            type: TYPE,
            address: rc.address.replace(/^terraform_data\./, `${TYPE}.`),
            change: { actions: rc.change.actions, before: rc.change.before?.input, after: rc.change.after?.input },
          },
    ),
  };
}

const summary = (audit: { protected?: boolean; acknowledged?: string } = {}): Summary =>
  ({
    logClasses: {
      audit: { retentionDays: 365, protected: false, retired: false, ...audit },
      debug: { retentionDays: 7, protected: false, retired: false },
    },
  }) as unknown as Summary;
const judged = (plan: PlanJson, s: Summary) => planStoreProblems("gcp-prod", plan, s).map(formatStoreProblem);

test("a class dropped from the definitions: Terraform plans to delete its bucket, and the gate refuses", () => {
  const plan = planOf({ resource: { terraform_data: { log_bucket_audit: deployed.audit } } });
  expect(plan.resource_changes!.map((rc) => rc.change.actions)).toContainEqual(["delete"]);
  expect(judged(plan, summary())).toEqual([
    `\`gcp-prod\` \`${TYPE}.log_bucket_debug\`: would be destroyed with the data it holds. Mark its log class \`retired: true\` to keep the data and stop managing it`,
  ]);
});

test("a retired class: Terraform forgets its bucket (a removed block), and the gate lets it pass", () => {
  const plan = planOf({
    resource: { terraform_data: { log_bucket_audit: deployed.audit } },
    removed: [{ from: "terraform_data.log_bucket_debug", lifecycle: { destroy: false } }],
  });
  expect(plan.resource_changes!.map((rc) => rc.change.actions)).toContainEqual(["forget"]);
  expect(judged(plan, summary())).toEqual([]);
});

test("a bucket Terraform must replace is refused unless its class acknowledges it", () => {
  const plan = planOf({ resource: { terraform_data: { log_bucket_audit: bucket(365, "nous-prod-2"), log_bucket_debug: deployed.debug } } });
  const replace = plan.resource_changes!.find((rc) => rc.name === "log_bucket_audit")!.change.actions;
  expect([...replace].sort()).toEqual(["create", "delete"]);
  expect(judged(plan, summary())).toEqual([
    `\`gcp-prod\` \`${TYPE}.log_bucket_audit\`: would be replaced (Terraform's plan: delete and create), destroying the data it holds`,
  ]);
  expect(judged(plan, summary({ acknowledged: "the audit project moved (OPS-7)" }))).toEqual([]);
});

test("a protected class's retention cut in place is refused unless acknowledged; an unprotected one passes", () => {
  const plan = planOf({ resource: { terraform_data: { log_bucket_audit: bucket(30), log_bucket_debug: deployed.debug } } });
  expect(plan.resource_changes!.find((rc) => rc.name === "log_bucket_audit")!.change.actions).toEqual(["update"]);
  expect(judged(plan, summary({ protected: true }))).toEqual([
    `\`gcp-prod\` \`${TYPE}.log_bucket_audit\`: retention shortened from 365 to 30 days on a protected log class: logs older than 30 days would be deleted. Say why in the class's \`acknowledge\` if this is intended`,
  ]);
  expect(judged(plan, summary({ protected: true, acknowledged: "kept in the data lake" }))).toEqual([]);
  expect(judged(plan, summary())).toEqual([]);
});

test("a push that unprotects a class and cuts its retention at once is judged by the deployed protection record", () => {
  // The records the Google Cloud stack writes, with audit protected (deployed) and not (the change).
  const record = (protect: boolean, acknowledge?: string) => {
    const defs = defaults();
    defs.logClasses = defs.logClasses.map((c) => (c.id === "audit" ? { ...c, protected: protect, acknowledge } : c));
    return synthGcp(model(defs)).resource.terraform_data[LOG_PROTECTION];
  };
  const deployedRecord = record(true, "moved to the archive project (OPS-3)");
  expect(deployedRecord.input.audit).toEqual({ protected: true, locked: false, acknowledged: "moved to the archive project (OPS-3)" });
  const stateDir = terraformDir(
    { resource: { terraform_data: { log_bucket_audit: deployed.audit, [LOG_PROTECTION]: deployedRecord } } },
    "plan-gate-record-",
  );
  terraformOk(stateDir, ["apply", "-auto-approve", "-input=false"]);
  const planned = (next: object): PlanJson => {
    writeFileSync(
      join(stateDir, "main.tf.json"),
      JSON.stringify({ resource: { terraform_data: { log_bucket_audit: bucket(30), [LOG_PROTECTION]: next } } }),
    );
    expect(terraform(stateDir, ["plan", "-input=false", "-no-color", "-out=tfplan"]).status).toBe(0);
    const json = JSON.parse(terraform(stateDir, ["show", "-json", "tfplan"]).stdout);
    return {
      resource_changes: json.resource_changes.map((rc: any) =>
        rc.name === LOG_PROTECTION
          ? rc
          : {
              ...rc,
              type: TYPE,
              address: `${TYPE}.${rc.name}`,
              change: { ...rc.change, before: rc.change.before?.input, after: rc.change.after?.input },
            },
      ),
    };
  };
  // The change says unprotected: the deployed record still says protected, so the cut is refused.
  expect(judged(planned(record(false)), summary())).toEqual([
    `\`gcp-prod\` \`${TYPE}.log_bucket_audit\`: retention shortened from 365 to 30 days on a protected log class: logs older than 30 days would be deleted. Say why in the class's \`acknowledge\` if this is intended`,
  ]);
  // The reason the deployed record holds approved an earlier change, not this cut; a new one does.
  const old = "moved to the archive project (OPS-3)";
  expect(judged(planned(record(true, old)), summary({ protected: true, acknowledged: old }))).toHaveLength(1);
  expect(
    judged(
      planned(record(true, "kept in the data lake (OPS-9)")),
      summary({ protected: true, acknowledged: "kept in the data lake (OPS-9)" }),
    ),
  ).toEqual([]);
});

const ROOT = join(__dirname, "..", "..", "..");
const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "dist", "scripts", script), ...args], { cwd: ROOT, encoding: "utf8" });

test("plan-gate.js: a refused plan exits 1 with each store as a workflow error; a clean one exits 0; a missing file exits 2", () => {
  const out = mkdtempSync(join(tmpdir(), "plan-gate-out-"));
  writeFileSync(join(out, "summary.json"), JSON.stringify(summary()));
  const write = (name: string, plan: PlanJson) => (writeFileSync(join(out, name), JSON.stringify(plan)), join(out, name));
  const deleting = write("deleting.json", {
    resource_changes: [{ address: `${TYPE}.log_bucket_debug`, type: TYPE, name: "log_bucket_debug", change: { actions: ["delete"] } }],
  });
  const refused = node("plan-gate.js", [out, "gcp-prod", deleting]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toBe(
    `::error::\`gcp-prod\` \`${TYPE}.log_bucket_debug\`: would be destroyed with the data it holds. Mark its log class \`retired: true\` to keep the data and stop managing it\n`,
  );
  const clean = node("plan-gate.js", [out, "gcp-prod", write("clean.json", { resource_changes: [] })]);
  expect({ status: clean.status, stdout: clean.stdout }).toEqual({
    status: 0,
    stdout: "plan of gcp-prod: no store that holds data is destroyed, replaced or cut short\n",
  });
  expect(node("plan-gate.js", [out, "gcp-prod", join(out, "none.json")]).status).toBe(2);
});

test("review --head-out refuses, before any synth, a folder that holds no synthesized output", () => {
  const empty = mkdtempSync(join(tmpdir(), "head-out-"));
  mkdirSync(join(empty, "stacks"));
  const run = node("review.js", ["HEAD", "--head-out", empty]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`${empty} holds no synthesized output (no summary.json); give the change's cdktf.out`);
});

test("the pull request's gate, as CI runs it: the base's review of the change's output refuses a class dropped, and passes it retired", () => {
  const out = (change: (d: Writable<Definitions>) => void) => {
    const defs = defaults();
    change(defs);
    const dir = join(mkdtempSync(join(tmpdir(), "gate-")), "cdktf.out");
    expect(synthCommand(defs, dir, { write: () => undefined })).toBe(0);
    return dir;
  };
  const base = out(() => undefined);
  const withoutDebug = (d: Writable<Definitions>) => {
    d.logClasses = d.logClasses.filter((c) => c.id !== "debug");
    d.logMetrics = d.logMetrics.filter((m) => m.logClass !== "debug");
  };
  const dropped = node("review.js", ["--base-out", base, "--head-out", out(withoutDebug)]);
  expect(dropped.status).toBe(1);
  expect(dropped.stdout).toMatch(
    /^### Stores whose data would be lost\n\n- \*\*REFUSED\*\* `aws-prod` `aws_cloudwatch_log_group.log_group_debug`/,
  );
  expect(dropped.stderr).toContain(
    "`gcp-prod` `google_logging_project_bucket_config.log_bucket_debug`: would be destroyed with the data it holds",
  );
  const retired = (d: Writable<Definitions>) => {
    d.logClasses = d.logClasses.map((c) => (c.id === "debug" ? { ...c, retired: true } : c));
    d.logMetrics = d.logMetrics.filter((m) => m.logClass !== "debug");
  };
  expect(node("review.js", ["--base-out", base, "--head-out", out(retired)]).status).toBe(0);
  // Neither a ref nor --base-out: told what to give.
  expect(node("review.js", ["--head-out", base]).stderr).toContain(
    "give a git ref to compare with (for example origin/main), or --base-out",
  );
});
