/**
 * The shipped workflows as GitHub reads them (GitHub's parser, GitHub's expression evaluator):
 * what runs where, with which identity and secrets, in which order. cli.test.ts runs their
 * commands for every stack.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../stacks/app";
import { defaults, model } from "../helpers";
import { checkout, removeCheckouts, evaluate, inner, ROOT, runJob, WORKFLOWS, workflows, type Job, type Step } from "./runner";

afterAll(removeCheckouts);

// Each test starts GitHub's parser or evaluator in a process of its own, or runs bash steps.

const wf = workflows();
const files = Object.values(WORKFLOWS);
const text = (file: string) => readFileSync(join(ROOT, file), "utf8");

function validate(...paths: string[]) {
  const result = spawnSync(process.execPath, ["scripts/validate-workflows.mjs", ...paths], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, lines: result.stdout.trim().split("\n"), stderr: result.stderr };
}

const jobsOf = (w: keyof typeof wf) => Object.entries(wf[w].jobs);
const allJobs = (Object.keys(wf) as (keyof typeof wf)[]).flatMap((w) => jobsOf(w).map(([id, job]) => ({ workflow: w, id, job })));
const AUTH = /^(google-github-actions\/auth|aws-actions\/configure-aws-credentials)@/;
const authenticates = (job: Job) => (job.steps ?? []).some((s) => AUTH.test(s.uses ?? ""));
const secretsIn = (value: unknown): string[] => [...JSON.stringify(value ?? null).matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]);

test("the shipped workflows are valid GitHub Actions workflows", () => {
  const result = validate(...files);
  expect(result.stderr).toBe("");
  expect(result.lines).toEqual(files.map((f) => `ok ${f}`));
  expect(result.code).toBe(0);
});

test("the validator rejects a workflow whose job needs a job that does not exist", () => {
  const broken = join(mkdtempSync(join(tmpdir(), "wf-")), "deploy.yml");
  writeFileSync(broken, text(WORKFLOWS.deploy).replace("needs: [test, prod-wave0]", "needs: [tests, prod-wave0]"));
  const result = validate(broken);
  expect(result.code).toBe(1);
  expect(result.lines.join("\n")).toMatch(/tests/);
});

describe("supply chain", () => {
  test("every action is pinned to a full commit SHA with its version in a comment", () => {
    const lines = files.flatMap((f) => text(f).split("\n")).filter((l) => /^\s*-?\s*uses:/.test(l));
    const actions = lines.filter((l) => !/uses:\s*\.\//.test(l));
    expect(actions.length).toBeGreaterThan(10);
    for (const line of actions) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    // One SHA per action across the workflows.
    const pins = new Map<string, Set<string>>();
    for (const [, action, sha] of actions.map((l) => l.match(/uses: ([\w./-]+)@([0-9a-f]{40})/)!))
      pins.set(action, (pins.get(action) ?? new Set()).add(sha));
    for (const [action, shas] of pins) expect({ action, shas: shas.size }).toEqual({ action, shas: 1 });
  });

  test("no checkout leaves the token in .git for later steps", () => {
    const checkouts = allJobs.flatMap(({ job }) => (job.steps ?? []).filter((s) => s.uses?.startsWith("actions/checkout@")));
    expect(checkouts.length).toBe(6);
    for (const s of checkouts) expect(String(s.with?.["persist-credentials"])).toBe("false");
  });

  test("no run script holds an expression: values reach scripts through env, never spliced into code", () => {
    const runs = allJobs.flatMap(({ job }) => (job.steps ?? []).filter((s) => s.run));
    expect(runs.length).toBeGreaterThan(20);
    for (const s of runs) expect(s.run).not.toContain("${{");
  });

  test("npm ci runs before any credential: no cloud login, secret or token precedes it", () => {
    for (const { workflow, id, job } of allJobs.filter(({ job }) => job.steps)) {
      expect({ workflow, id, jobEnvSecrets: secretsIn(job.env) }).toEqual({ workflow, id, jobEnvSecrets: [] });
      const steps = job.steps!;
      const install = steps.findIndex((s) => s.run === "npm ci");
      const firstCredential = steps.findIndex(
        (s) => AUTH.test(s.uses ?? "") || secretsIn(s).length > 0 || s.uses?.startsWith("actions/github-script@"),
      );
      if (firstCredential >= 0)
        expect({ workflow, id, installFirst: install >= 0 && install < firstCredential }).toEqual({ workflow, id, installFirst: true });
    }
  });
});

describe("permissions and identities", () => {
  test("no workflow grants anything by default; each job asks for what it uses", () => {
    for (const w of Object.values(wf)) expect(w.permissions).toEqual({});
    for (const { workflow, id, job } of allJobs)
      expect({ workflow, id, has: job.permissions !== undefined }).toEqual({ workflow, id, has: true });
  });

  test("id-token: write only where a job authenticates, or calls the workflow whose job does", () => {
    const called = (uses: string) => Object.values(wf[uses.includes("plan-stack") ? "planStack" : "deployStack"].jobs);
    for (const { workflow, id, job } of allJobs) {
      const logsIn = job.uses ? called(job.uses).some(authenticates) : authenticates(job);
      expect({ workflow, id, idToken: job.permissions?.["id-token"] === "write" }).toEqual({ workflow, id, idToken: logsIn });
    }
    expect(wf.plan.jobs.comment.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(wf.plan.jobs.test.permissions).toEqual({ contents: "read" });
  });

  test("pull-request code never runs in a deploy environment and gets only plan secrets", () => {
    expect(Object.keys(wf.plan.on)).toEqual(["pull_request"]);
    for (const { workflow, job } of allJobs.filter(({ workflow }) => workflow === "plan" || workflow === "planStack")) {
      expect(job.environment).toBeUndefined();
      expect(job.secrets).not.toBe("inherit");
      if (workflow === "plan") for (const s of secretsIn(job)) expect(s).toMatch(/^PLAN_[A-Z_]+_(PROD|STAGING)$/);
    }
    // The plan jobs call plan-stack.yml, which reads only the secrets it is handed.
    const handed = Object.keys(wf.plan.jobs["plan-prod"].secrets as Record<string, string>).sort();
    expect(Object.keys(wf.planStack.on.workflow_call.secrets).sort()).toEqual(handed);
  });

  test("deploy identities and secrets live in the staging and production environments, reached from main only", () => {
    expect(wf.deploy.on).toEqual({ push: { branches: ["main"] }, workflow_dispatch: null });
    const refs = ["refs/heads/main", "refs/heads/feature", "refs/pull/7/merge"];
    expect(evaluate(refs.map((ref) => ({ expr: inner(wf.deploy.jobs.test.if), contexts: { github: { ref } } })))).toEqual([
      true,
      false,
      false,
    ]);
    expect(wf.deployStack.jobs.deploy.environment).toBe("${{ inputs.github-environment }}");
    const calls = jobsOf("deploy").filter(([, j]) => j.uses);
    expect(Object.fromEntries(calls.map(([id, j]) => [id, j.with?.["github-environment"]]))).toEqual({
      "staging-wave0": "staging",
      "staging-wave1": "staging",
      "staging-wave2": "staging",
      "prod-wave0": "production",
      "prod-wave1": "production",
      "prod-wave2": "production",
    });
    for (const s of secretsIn(wf.deployStack)) expect(s).not.toMatch(/^PLAN_/);
  });
});

/** GitHub's default OIDC subject of a job: its environment's, else the pull request's. */
function subjects(repo: string) {
  const plan = allJobs.filter(({ workflow, job }) => workflow === "planStack" && authenticates(job)).map(() => `repo:${repo}:pull_request`);
  const deploy = jobsOf("deploy")
    .filter(([, j]) => j.uses)
    .map(([, j]) => `repo:${repo}:environment:${j.with?.["github-environment"]}`);
  return { plan: [...new Set(plan)], deploy: [...new Set(deploy)] };
}

/** The trust conditions the CI guide documents: AWS trust policies and Google Cloud bindings. */
function documentedTrust() {
  const section = text("docs/guides/set-up-ci.md");
  const policies = [...section.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => JSON.parse(m[1]))
    .filter((p) => JSON.stringify(p).includes("token.actions.githubusercontent.com:sub"));
  const aws = policies.flatMap((p) =>
    p.Statement.map((s: any) => ({
      sid: s.Sid as string,
      like: s.Condition.StringLike,
      subs: [s.Condition.StringEquals["token.actions.githubusercontent.com:sub"]].flat() as string[],
      aud: s.Condition.StringEquals["token.actions.githubusercontent.com:aud"],
    })),
  );
  const gcp = [
    ...section.matchAll(
      /add-iam-policy-binding (\S+)[\s\\]+--role=roles\/iam\.workloadIdentityUser[\s\\]+--member="principal:\/\/[^"]*\/subject\/([^"]+)"/g,
    ),
  ].map((m) => ({ account: m[1], sub: m[2] }));
  const condition = section.match(/--attribute-condition="([^"]+)"/)?.[1] ?? "";
  return { aws, gcp, condition, repo: section.match(/repo:([\w.-]+\/[\w.-]+):/)![1] };
}

describe("trust conditions documented in the CI guide", () => {
  const trust = documentedTrust();
  const subs = subjects(trust.repo);

  test("every AWS role trusts exact subjects: deploy roles one environment each, plan roles pull requests only", () => {
    expect(trust.aws.map((s) => s.sid).sort()).toEqual([
      "MonitoringDeployProduction",
      "MonitoringDeployStaging",
      "MonitoringPlanPullRequests",
    ]);
    for (const s of trust.aws) {
      expect(s.like).toBeUndefined();
      expect(s.aud).toBe("sts.amazonaws.com");
    }
    const bySid = Object.fromEntries(trust.aws.map((s) => [s.sid, s.subs]));
    expect(bySid.MonitoringDeployProduction).toEqual([`repo:${trust.repo}:environment:production`]);
    expect(bySid.MonitoringDeployStaging).toEqual([`repo:${trust.repo}:environment:staging`]);
    expect(bySid.MonitoringPlanPullRequests).toEqual([`repo:${trust.repo}:pull_request`]);
  });

  test("no subject a pull-request job gets opens a deploy identity; each deploy job's subject opens its own", () => {
    const deployTrusted = [
      ...trust.aws.filter((s) => s.sid.startsWith("MonitoringDeploy")).flatMap((s) => s.subs),
      ...trust.gcp.filter((b) => /deploy/.test(b.account)).map((b) => b.sub),
    ];
    expect(subs.plan).toEqual([`repo:${trust.repo}:pull_request`]);
    for (const s of subs.plan) expect(deployTrusted).not.toContain(s);
    for (const s of subs.deploy) expect(deployTrusted).toContain(s);
    expect(subs.deploy.sort()).toEqual([`repo:${trust.repo}:environment:production`, `repo:${trust.repo}:environment:staging`]);
  });

  test("Google Cloud: each service account is bound to one subject, and the provider admits only this repository's three", () => {
    expect(trust.gcp.map((b) => [b.account.split("@")[0], b.sub]).sort()).toEqual(
      [
        ["monitoring-deploy", `repo:${trust.repo}:environment:production`],
        ["monitoring-deploy", `repo:${trust.repo}:environment:staging`],
        ["monitoring-plan", `repo:${trust.repo}:pull_request`],
        ["monitoring-plan", `repo:${trust.repo}:pull_request`],
      ].sort(),
    );
    // Each deploy account is bound once, to its own environment.
    const deploy = trust.gcp.filter((b) => b.account.startsWith("monitoring-deploy"));
    expect(new Set(deploy.map((b) => b.account)).size).toBe(2);
    expect(trust.condition).toContain("assertion.repository_id ==");
    for (const s of [...subs.plan, ...subs.deploy]) expect(trust.condition).toContain(`'${s}'`);
  });
});

describe("waves: staging, then production, each in dependency order", () => {
  const waveJobs = jobsOf("deploy").filter(([, j]) => j.uses);
  const nonEmpty = { test: { result: "success", outputs: Object.fromEntries(waveJobs.map(([id]) => [id, '["x"]'])) } };
  /** Which wave jobs run, given the results of the jobs they need (one evaluator process). */
  const runsWith = (results: Record<string, string>, status: "success" | "cancelled" = "success", outputs = nonEmpty.test.outputs) => {
    const needs = {
      test: { result: "success", outputs },
      ...Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { result: v }])),
    };
    const values = evaluate(waveJobs.map(([, j]) => ({ expr: inner(j.if), contexts: { needs }, status })));
    return Object.fromEntries(waveJobs.map(([id], i) => [id, values[i]]));
  };
  const all = <T>(value: T) => Object.fromEntries(waveJobs.map(([id]) => [id, value]));

  test("each wave waits for the one before it; production waits for every staging wave", () => {
    expect(Object.fromEntries(waveJobs.map(([id, j]) => [id, j.needs]))).toEqual({
      "staging-wave0": "test",
      "staging-wave1": ["test", "staging-wave0"],
      "staging-wave2": ["test", "staging-wave1"],
      "prod-wave0": ["test", "staging-wave0", "staging-wave1", "staging-wave2"],
      "prod-wave1": ["test", "prod-wave0"],
      "prod-wave2": ["test", "prod-wave1"],
    });
    for (const [, j] of waveJobs) expect(j.strategy?.["fail-fast"]).toBe(false);
  });

  test("with every wave succeeding, every wave with stacks runs", () => {
    expect(runsWith(all("success"))).toEqual(all(true));
  });

  test("a failed staging wave stops staging's later waves and all of production", () => {
    const r = runsWith({ ...all("success"), "staging-wave0": "failure", "staging-wave1": "skipped", "staging-wave2": "skipped" });
    expect(r["staging-wave1"]).toBe(false);
    expect(r["prod-wave0"]).toBe(false);
    expect(runsWith({ ...all("success"), "staging-wave1": "failure" })["prod-wave0"]).toBe(false);
  });

  test("a staging wave skipped for having no stacks lets production start", () => {
    const outputs = { ...nonEmpty.test.outputs, "staging-wave1": "[]", "staging-wave2": "[]" };
    const r = runsWith({ ...all("success"), "staging-wave1": "skipped", "staging-wave2": "skipped" }, "success", outputs);
    expect([r["staging-wave1"], r["staging-wave2"], r["prod-wave0"]]).toEqual([false, false, true]);
  });

  test("a failed production wave stops the later ones; a cancelled run starts nothing", () => {
    // A failed wave's successor is skipped, and that skip stops the wave after it too.
    const r = runsWith({ ...all("success"), "prod-wave0": "failure", "prod-wave1": "skipped" });
    expect([r["prod-wave1"], r["prod-wave2"]]).toEqual([false, false]);
    expect(Object.values(runsWith(all("success"), "cancelled"))).toEqual(waveJobs.map(() => false));
  });

  test("the stages are the environments the definitions define", () => {
    const defined = model(defaults())
      .environments.map((e) => e.id)
      .sort();
    for (const w of ["deploy", "plan"] as const) {
      const listed = wf[w].jobs.test
        .steps!.find((s) => s.id === "waves")!
        .run!.match(/for env in ([\w -]+); do/)![1]
        .split(" ")
        .sort();
      expect(listed).toEqual(defined);
    }
    const stages = new Set(waveJobs.map(([, j]) => j.with?.environment as string));
    expect([...stages].sort()).toEqual(defined);
    expect(
      Object.keys(wf.plan.jobs)
        .filter((id) => id.startsWith("plan-"))
        .map((id) => wf.plan.jobs[id].with?.environment)
        .sort(),
    ).toEqual(defined);
  });
});

describe("how the jobs run Terraform", () => {
  const plan = wf.planStack.jobs.plan;
  const deploy = wf.deployStack.jobs.deploy;
  const stepOf = (job: Job, id: string) => job.steps!.find((s) => s.id === id) as Step;

  test("plans never lock state; deploys wait for a lock; neither prompts nor colours", () => {
    expect(plan.env?.TF_CLI_ARGS_plan).toBe("-lock=false");
    expect(deploy.env?.TF_CLI_ARGS_apply).toMatch(/^-lock-timeout=\d+m$/);
    for (const job of [plan, deploy]) expect(job.env).toMatchObject({ TF_INPUT: "0", TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" });
    expect(stepOf(plan, "plan").run).toMatch(/npx cdktf diff "\$STACK" [^\n]*--no-color/);
    expect(stepOf(deploy, "deploy").run).toBe(
      'terraform -chdir="cdktf.out/stacks/$STACK" apply -input=false -no-color "$RUNNER_TEMP/gate.tfplan"',
    );
  });

  test("a pull request is synthesized once: every plan job uses the test job's synth, with the same state settings", () => {
    const test = wf.plan.jobs.test;
    const waves = stepOf(test, "waves");
    expect(waves.run).toMatch(/for env in staging prod; do\n\s*CDKTF_OUTDIR="cdktf\.out\.\$env" node dist\/main\.js --env "\$env"/);
    const upload = test.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@") && s.with?.name === "synth")!;
    expect(test.steps!.indexOf(upload)).toBeGreaterThan(test.steps!.indexOf(waves));
    expect(String(upload.with?.path).trim().split("\n").sort()).toEqual(["cdktf.out.prod/", "cdktf.out.staging/"]);
    // The synth's backends come from the same repository variables the plan job checks.
    for (const v of ["MONITORING_STATE_PROD", "MONITORING_STATE_STAGING"]) expect(waves.env?.[v]).toBe(plan.env?.[v]);
    // The plan job neither builds nor synthesizes: it downloads the synth before taking its environment's.
    const runs = plan.steps!.map((s) => s.run ?? "").join("\n");
    expect(runs).not.toMatch(/npm run[^\n]*build|dist\/main\.js|cdktf synth/);
    const download = plan.steps!.findIndex((s) => s.uses?.startsWith("actions/download-artifact@") && s.with?.name === "synth");
    expect(download).toBeGreaterThanOrEqual(0);
    expect(download).toBeLessThan(plan.steps!.indexOf(stepOf(plan, "synth")));
    expect(stepOf(plan, "synth").run).toContain('mv "cdktf.out.$MONITORING_ENV" cdktf.out');
  });

  test("providers come from a cache that only main's deploys write", () => {
    for (const job of [plan, deploy]) {
      expect(stepOf(job, "plugin-cache").run).toBe('echo "TF_PLUGIN_CACHE_DIR=$HOME/.terraform.d/plugin-cache" >> "$GITHUB_ENV"');
      const cache = job.steps!.find((s) => s.uses?.startsWith("actions/cache"))!;
      expect(cache.with?.path).toBe("~/.terraform.d/plugin-cache");
    }
    expect(plan.steps!.find((s) => s.uses?.startsWith("actions/cache"))!.uses).toMatch(/^actions\/cache\/restore@/);
  });

  test("every job that runs the tests, cdktf or Terraform installs the Terraform the tests and stacks were checked with", () => {
    const needsTerraform = allJobs.filter(({ job }) =>
      (job.steps ?? []).some((s) => s.run === "npm test" || /npx cdktf |(^|\s)terraform /m.test(s.run ?? "")),
    );
    expect(needsTerraform.map(({ workflow, id }) => `${workflow}.${id}`).sort()).toEqual([
      "deploy.test",
      "deployStack.deploy",
      "plan.test",
      "planStack.plan",
    ]);
    const installed = spawnSync("terraform", ["version", "-json"], { encoding: "utf8" });
    for (const { job } of needsTerraform) {
      const setup = job.steps!.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"))!;
      expect(setup.with).toEqual({ terraform_version: JSON.parse(installed.stdout).terraform_version, terraform_wrapper: "false" });
    }
  });

  test("every job has a timeout, every matrix lets its other stacks finish", () => {
    for (const { workflow, id, job } of allJobs) {
      if (job.steps) expect({ workflow, id, timeout: (job["timeout-minutes"] ?? 0) > 0 }).toEqual({ workflow, id, timeout: true });
      if (job.strategy) expect({ workflow, id, failFast: job.strategy["fail-fast"] }).toEqual({ workflow, id, failFast: false });
    }
  });

  test("the TF_VARs given to plans and deploys are exactly the variables the stacks declare", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "vars-")), "out");
    buildApp(model(), dir, undefined, {}).synth();
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    const declared = new Set<string>();
    for (const s of Object.keys(manifest.stacks))
      for (const v of Object.keys(JSON.parse(readFileSync(join(dir, "stacks", s, "cdk.tf.json"), "utf8")).variable ?? {}))
        declared.add(`TF_VAR_${v}`);
    for (const s of [stepOf(plan, "plan"), stepOf(deploy, "plan-gate")]) {
      expect(Object.keys(s.env ?? {}).sort()).toEqual([...declared].sort());
      // Every value comes from the CI secret store or variables, never a literal.
      for (const value of Object.values(s.env ?? {})) expect(value).toMatch(/^\$\{\{ (secrets|vars|inputs)\.[A-Za-z_-]+ \}\}$/);
    }
  });
});

describe("the data-loss gates: neither the change under review nor a push to main can switch them off", () => {
  const deploy = wf.deployStack.jobs.deploy;
  const stepOf = (job: Job, id: string) => job.steps!.find((s) => s.id === id) as Step;

  test("a pull request's output is judged by the base branch's review code, checked out at the base commit", () => {
    const gate = wf.plan.jobs.gate;
    const checkouts = gate.steps!.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts.map((s) => s.with?.ref)).toEqual(["${{ github.event.pull_request.base.sha }}"]);
    expect(gate.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(gate)).not.toMatch(/secrets\./);
    // The change reaches the gate only as data: the test job's synth of every environment.
    const download = gate.steps!.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
    const upload = wf.plan.jobs.test.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@") && s.with?.name === "head-synth")!;
    expect(download.with).toEqual({ name: "head-synth", path: "head-synth" });
    expect(upload.with?.path).toBe("cdktf.out/");
    expect(stepOf(wf.plan.jobs.test, "head-synth").run).toBe("npm run --silent synth");
    // Made before the tests and the review, so that their failure leaves the gate its input; and
    // the gate runs whatever the test job's result (a skipped required job would count as passed).
    const ids = wf.plan.jobs.test.steps!.map((s) => s.id);
    expect(ids.indexOf("head-synth")).toBeLessThan(ids.indexOf("test"));
    expect(upload.if).toBeUndefined();
    const needs = { test: { result: "failure" } };
    expect(
      evaluate([
        { expr: inner(gate.if), contexts: { needs }, status: "failure" },
        { expr: inner(gate.if), contexts: { needs }, status: "cancelled" },
      ]),
    ).toEqual([true, false]);
    const runs = gate.steps!.filter((s) => s.run).map((s) => s.run!.trim());
    expect(runs).toEqual(["npm ci", "npm run --silent synth", "npm run --silent review -- --base-out cdktf.out --head-out head-synth"]);
    expect(gate.needs).toBe("test");
  });

  test("a deploy applies exactly the plan its gate read, and stops on a refusal", () => {
    const ids = deploy.steps!.map((s) => s.id);
    expect(ids.indexOf("plan-gate")).toBe(ids.indexOf("deploy") - 1);
    const gate = stepOf(deploy, "plan-gate");
    expect((gate as Record<string, unknown>)["continue-on-error"]).toBeUndefined();
    expect(stepOf(deploy, "deploy").if).toBeUndefined();
    // The saved plan holds its variables: the apply gets no secret, and plans nothing again.
    expect(stepOf(deploy, "deploy").env).toBeUndefined();
    expect(stepOf(deploy, "deploy").run).toMatch(/ apply [^\n]*"\$RUNNER_TEMP\/gate.tfplan"$/);
    expect(gate.run).toMatch(/terraform plan [^\n]*-out="\$RUNNER_TEMP\/gate.tfplan"/);
    expect(gate.run).toMatch(/terraform show -json "\$RUNNER_TEMP\/gate.tfplan" > "\$RUNNER_TEMP\/gate-plan.json"/);
    expect(gate.run).toMatch(/node dist\/scripts\/plan-gate.js cdktf.out "\$STACK" "\$RUNNER_TEMP\/gate-plan.json"/);
  });

  test("the plan gate step runs Terraform's real plan of the stack and hands its JSON to the gate (terraform_data stand-in)", async () => {
    const dir = checkout();
    const stack = join(dir, "cdktf.out", "stacks", "gcp-prod");
    mkdirSync(stack, { recursive: true });
    writeFileSync(join(dir, "cdktf.out", "summary.json"), JSON.stringify({ slos: {}, alerts: {}, logClasses: {} }));
    writeFileSync(join(stack, "cdk.tf.json"), JSON.stringify({ resource: { terraform_data: { log_bucket_audit: { input: 365 } } } }));
    const [step] = (
      await runJob({
        file: WORKFLOWS.deployStack,
        job: "deploy",
        cwd: dir,
        only: ["plan-gate"],
        contexts: { inputs: { stack: "gcp-prod", environment: "prod", wave: 0 }, secrets: {}, vars: {} },
        env: { TF_CLI_CONFIG_FILE: "/dev/null" },
      })
    ).filter((s) => s.id === "plan-gate");
    expect({ code: step.exitCode, output: step.output }).toMatchObject({ code: 0 });
    expect(step.output).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
    expect(step.output).toContain("plan of gcp-prod: no store that holds data is destroyed, replaced or cut short");
  });
});

describe("the pull-request comment job", () => {
  const comment = wf.plan.jobs.comment;
  test("posts after failed plans, never from a cancelled run, and only onto its own comment", () => {
    const needs = { test: { result: "success" }, "plan-prod": { result: "failure" }, "plan-staging": { result: "success" } };
    expect(
      evaluate([
        { expr: inner(comment.if), contexts: { needs }, status: "failure" },
        { expr: inner(comment.if), contexts: { needs }, status: "cancelled" },
      ]),
    ).toEqual([true, false]);
    expect(wf.plan.concurrency).toEqual({ group: "plan-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
    expect(wf.deploy.concurrency).toEqual({ group: "monitoring-deploy", "cancel-in-progress": false });
    const script = String(comment.steps!.find((s) => s.uses?.startsWith("actions/github-script@"))!.with?.script);
    expect(script).toContain("ownComment(comments)");
    expect(script).toMatch(/pr\.head\.sha !== process\.env\.HEAD_SHA[\s\S]*return;/);
    expect(stepOf(comment, "body").env?.HEAD_SHA).toBe("${{ github.event.pull_request.head.sha }}");
  });
  const stepOf = (job: Job, id: string) => job.steps!.find((s) => s.id === id) as Step;
});

describe("the workflows refuse local state", () => {
  const guard = async (file: string, job: string, state: Record<string, string>) => {
    const [step] = (
      await runJob({
        file,
        job,
        cwd: checkout(),
        only: ["state"],
        contexts: { inputs: { stack: "gcp-prod", environment: "prod", wave: 1 }, vars: state },
      })
    ).filter((s) => s.id === "state");
    return { code: step.exitCode, output: step.output ?? "" };
  };
  test.each([
    [WORKFLOWS.planStack, "plan"],
    [WORKFLOWS.deployStack, "deploy"],
  ])("%s fails before synth, naming the variable, when the state variable is empty or local", async (file, job) => {
    const empty = await guard(file, job, { MONITORING_STATE_STAGING: "gcs://staging-state/monitoring" });
    expect(empty.code).toBe(1);
    expect(empty.output).toContain("::error::MONITORING_STATE_PROD is empty");
    const local = await guard(file, job, { MONITORING_STATE_PROD: "local" });
    expect(local.code).toBe(1);
    expect(local.output).toContain("::error::MONITORING_STATE_PROD is local");
    const remote = await guard(file, job, { MONITORING_STATE_PROD: "gcs://nous-tfstate/monitoring" });
    expect(remote).toEqual({ code: 0, output: "state of prod: gcs://nous-tfstate/monitoring\n" });
    const steps = (job === "plan" ? wf.planStack.jobs.plan : wf.deployStack.jobs.deploy).steps!.map((s) => s.id);
    expect(steps.indexOf("state")).toBeLessThan(steps.indexOf("synth"));
  });
});
