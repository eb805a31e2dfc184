/**
 * Every command the workflows run, run for real, offline: the deploy and plan workflows' own
 * steps (read from the parsed workflows, with their `env` and conditions) compute the stacks and
 * waves from cdktf's manifest, synthesize each environment, and run, with exactly the workflows'
 * flags, the real `cdktf diff` of every stack (plans) and the deploy's `terraform plan` that its
 * gate reads and its apply applies. Each must get past cdktf's own checks (flags, stacks) and
 * Terraform's backend initialisation, and stop only at the provider download, since the
 * Terraform registry cannot be reached here.
 *
 * Not run here: `npm ci` (the worktree is installed already), actions (checkout, cloud logins,
 * caches), and the "Refuse local state" step (workflows.test.ts runs it): remote state needs
 * the network and credentials before any provider download, so these jobs synthesize with the
 * default local state.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../engine/review/plan-comment";
import { DOC_FILES } from "../markdown";
import {
  checkout,
  removeCheckouts,
  evaluate,
  inParallel,
  runJob,
  runJobs,
  WORKFLOWS,
  workflows,
  type Job,
  type StepReport,
} from "./runner";

afterAll(removeCheckouts);

const wf = workflows();
const PROVIDER_DOWNLOAD = /Failed to query available provider packages|Could not retrieve the list of available versions for provider/;
const ENVIRONMENTS = ["staging", "prod"];

/**
 * Whether a cdktf run stopped at the provider download: Terraform's own message, or, when cdktf's
 * terminal UI exits before it prints Terraform's last lines (seen on a loaded machine), cdktf's
 * own "terraform init failed" after the backend was configured: with no modules, installing
 * providers is all that init does after the backend. Otherwise the output's tail, to be read.
 */
function stoppedAtProviders(out: string): true | string {
  if (PROVIDER_DOWNLOAD.test(out)) return true;
  if (/Successfully configured the backend/.test(out) && /Error: terraform init failed with exit code 1/.test(out)) return true;
  return out.split("\n").slice(-20).join("\n");
}

const fakeSecrets = (prefix: string, suffix: string) =>
  Object.fromEntries(
    [
      "PAGERDUTY_TOKEN",
      "GRAFANA_AUTH",
      "SLACK_AUTH_TOKEN",
      "GRAFANA_SLACK_TOKEN",
      "GRAFANA_GCP_SERVICE_ACCOUNT_KEY",
      "GRAFANA_AWS_ACCESS_KEY_ID",
      "GRAFANA_AWS_SECRET_ACCESS_KEY",
    ].map((s) => [`${prefix}${s}${suffix}`, `fake-${s.toLowerCase()}`]),
  );
const vars = {
  GCP_WORKLOAD_IDENTITY_PROVIDER: "projects/1/locations/global/workloadIdentityPools/github/providers/github",
  AWS_REGION: "us-east-1",
  GRAFANA_GCP_SERVICE_ACCOUNT_EMAIL: "grafana@nous-prod.iam.gserviceaccount.com",
  PLAN_GRAFANA_GCP_SERVICE_ACCOUNT_EMAIL_PROD: "grafana@nous-prod.iam.gserviceaccount.com",
  PLAN_GRAFANA_GCP_SERVICE_ACCOUNT_EMAIL_STAGING: "grafana@nous-staging.iam.gserviceaccount.com",
};

interface StackRun {
  stack: string;
  job: string;
  steps: StepReport[];
  dir: string;
}
const step = (run: StackRun, id: string) => run.steps.find((s) => s.id === id)!;
const kindOf = (run: StackRun) => (run.job.startsWith("plan-") ? "plan" : "deploy");
/** The step that runs the CLI: a plan job's `cdktf diff`, a deploy job's `terraform plan` for its gate. */
const commandOf = (run: StackRun) => (kindOf(run) === "plan" ? "plan" : "plan-gate");
/** The jobs whose CLI command ran: one per distinct command shape. */
const cdktfRan = () => runs.filter((r) => r.steps.some((s) => s.id === commandOf(r) && s.ran));

/**
 * Runs the `test` job's stack-listing step of a workflow in a fresh checkout; returns its outputs
 * and the checkout, which holds the synth of every environment (`cdktf.out.<env>`).
 */
async function stackOutputs(file: string): Promise<{ outputs: Record<string, string>; dir: string }> {
  const dir = checkout({ builds: true });
  const steps = await runJob({ file, job: "test", cwd: dir, only: ["waves"], contexts: {} });
  const waves = steps.find((s) => s.id === "waves")!;
  if (waves.exitCode !== 0) throw new Error(`waves step failed:\n${waves.output}`);
  return { outputs: waves.outputs!, dir };
}

/** What the plan workflow's `synth` artifact holds: the test job's output of every environment. */
function synthArtifact(listing: string): string[] {
  const upload = wf.plan.jobs.test.steps!.find(
    (s) => String(s.uses ?? "").startsWith("actions/upload-artifact@") && s.with?.name === "synth",
  );
  if (!upload) throw new Error("plan.yml's test job uploads no synth artifact");
  return String(upload.with!.path)
    .split("\n")
    .map((p) => p.trim().replace(/\/$/, ""))
    .filter((p) => p && existsSync(join(listing, p)));
}

interface Call {
  jobId: string;
  stack: string;
  inputs: Record<string, any>;
  secrets: Record<string, unknown>;
}

/**
 * The calls of the jobs that call a reusable workflow, as GitHub evaluates them: each job's
 * matrix from the test job's outputs, then per stack its `with` and `secrets`. Two evaluator
 * processes in all.
 */
function calls(jobs: Record<string, Job>, needs: Record<string, unknown>, callerSecrets: Record<string, string>): Call[] {
  const callers = Object.entries(jobs).filter(([, job]) => job.uses);
  const matrices = evaluate(callers.map(([, job]) => ({ value: job.strategy!.matrix!.stack, contexts: { needs } }))) as string[][];
  const planned = callers.flatMap(([jobId, job], i) => matrices[i].map((stack) => ({ jobId, job, stack })));
  const entries = planned.map(({ job }) => [
    ...Object.entries(job.with ?? {}),
    ...(job.secrets === "inherit" ? [] : Object.entries(job.secrets ?? {}).map(([k, v]) => [`secret:${k}`, v])),
  ]);
  const values = evaluate(
    planned.flatMap(({ stack }, i) =>
      entries[i].map(([, v]) => ({ value: v, contexts: { matrix: { stack }, vars, secrets: callerSecrets } })),
    ),
  );
  let next = 0;
  return planned.map(({ jobId, job, stack }, i) => {
    const resolved = entries[i].map(([k]) => [k as string, values[next++]] as const);
    return {
      jobId,
      stack,
      inputs: Object.fromEntries(resolved.filter(([k]) => !k.startsWith("secret:"))),
      secrets:
        job.secrets === "inherit"
          ? callerSecrets
          : Object.fromEntries(resolved.filter(([k]) => k.startsWith("secret:")).map(([k, v]) => [k.slice(7), v])),
    };
  });
}

/** The `cdktf deploy` commands the README and docs/ tell people to run. */
const readmeDeploys = DOC_FILES.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/```bash\n([\s\S]*?)```/g)])
  .flatMap((m) => m[1].split("\n"))
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter((l) => l.startsWith("npx cdktf deploy "));
const readmeRuns: { command: string; output: string }[] = [];
let readmeManifest: { stacks: Record<string, { dependencies: string[] }> };

/** Runs a command line in a checkout, non-interactively, as a person with no network would. */
function sh(command: string, cwd: string): Promise<string> {
  return new Promise((done) => {
    const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, CHECKPOINT_DISABLE: "1" };
    const child = spawn("bash", ["-c", command], { cwd, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", () => done(out));
  });
}

const runs: StackRun[] = [];
const synthSteps: StepReport[] = [];
let outputs: { deploy: Record<string, string>; plan: Record<string, string> };
const timing: Record<string, number> = {};

beforeAll(async () => {
  const started = Date.now();
  // The listing steps build dist/ (the jobs' `npm run build`) and synthesize per environment.
  // Both workflows list the stacks with the same step (asserted here), so it runs once.
  const listing = (w: "plan" | "deploy") => wf[w].jobs.test.steps!.find((s) => s.id === "waves")!.run;
  expect(listing("plan")).toBe(listing("deploy"));
  const { outputs: deployOutputs, dir: listed } = await stackOutputs(WORKFLOWS.deploy);
  const planOutputs = deployOutputs;
  const artifact = synthArtifact(listed);
  outputs = { deploy: deployOutputs, plan: planOutputs };
  timing.listing = (Date.now() - started) / 1000;

  const needs = (o: Record<string, string>) => ({ test: { result: "success", outputs: o } });
  const deployCalls = calls(wf.deploy.jobs, needs(deployOutputs), fakeSecrets("", ""));
  const planCalls = calls(wf.plan.jobs, needs(planOutputs), { ...fakeSecrets("PLAN_", "_PROD"), ...fakeSecrets("PLAN_", "_STAGING") });
  // One checkout per workflow and environment: its synth step runs once (it depends on the
  // environment only), then each stack's job runs its remaining steps there side by side.
  const contexts = (c: Call, dir: string) => ({
    inputs: c.inputs,
    secrets: c.secrets,
    vars,
    github: { workspace: dir },
    runner: { os: "Linux" },
  });
  const checkouts = new Map<string, Promise<string>>();
  const synthesized = (file: string, job: string, c: Call) => {
    const key = `${file} ${c.inputs.environment}`;
    if (!checkouts.has(key))
      checkouts.set(
        key,
        (async () => {
          const dir = checkout();
          // A plan job downloads the test job's synth (the artifact) into its checkout.
          if (file === WORKFLOWS.planStack) for (const p of artifact) cpSync(join(listed, p), join(dir, p), { recursive: true });
          const [synth] = (await runJob({ file, job, cwd: dir, only: ["synth"], contexts: contexts(c, dir) })).filter(
            (x) => x.id === "synth",
          );
          if (synth.exitCode !== 0) throw new Error(`synth of ${c.inputs.environment} failed:\n${synth.output}`);
          synthSteps.push(synth);
          return dir;
        })(),
      );
    return checkouts.get(key)!;
  };
  // The real CLI runs once per distinct command shape (workflow and environment): the stacks of
  // one shape differ only in their name. Every stack's job reads its clouds.
  const represented = new Set<string>();
  const representative = (kind: string, c: Call) => {
    const shape = `${kind} ${c.inputs.environment}`;
    return !represented.has(shape) && Boolean(represented.add(shape));
  };
  const cliStarted = Date.now();
  const jobs = [
    ...deployCalls.map((c) => ({ c, file: WORKFLOWS.deployStack, job: "deploy", command: "plan-gate" })),
    ...planCalls.map((c) => ({ c, file: WORKFLOWS.planStack, job: "plan", command: "plan" })),
  ];
  const requests = await inParallel(
    jobs.map(({ c, file, job, command }) => async () => {
      const dir = await synthesized(file, job, c);
      const cli = representative(command, c);
      const only = cli ? ["plugin-cache", "clouds", command] : ["plugin-cache", "clouds"];
      return { cli, dir, request: { file, job, cwd: dir, only, contexts: contexts(c, dir) } };
    }),
    2,
  );
  // The CLI's runs side by side, each job in a runner of its own; the other jobs, which only read
  // their clouds, in turn in one runner.
  const [withCli, rest] = [requests.filter((r) => r.cli), requests.filter((r) => !r.cli)];
  const [cliSteps, restSteps] = await Promise.all([
    inParallel(
      withCli.map((r) => () => runJob(r.request)),
      2,
    ),
    runJobs(rest.map((r) => r.request)),
  ]);
  const results: StackRun[] = requests.map((r, i) => ({
    stack: jobs[i].c.stack,
    job: jobs[i].c.jobId,
    dir: r.dir,
    steps: r.cli ? cliSteps[withCli.indexOf(r)] : restSteps[rest.indexOf(r)],
  }));
  // The README's commands, on a synth of every environment, with what makes them non-interactive.
  // Synthesized with nothing on PATH, as on a reviewer's machine without Terraform: synth starts
  // no process (cdktf's own terraform_data construct asked a shell for `terraform version`).
  const everything = checkout();
  const synthEnv = { ...process.env, PATH: "/nonexistent", CHECKPOINT_DISABLE: "1", NODE_NO_WARNINGS: "1" };
  const fullSynth = spawnSync(process.execPath, ["dist/main.js"], { cwd: everything, env: synthEnv, encoding: "utf8" });
  expect({ status: fullSynth.status, stderr: fullSynth.stderr }).toEqual({ status: 0, stderr: "" });
  readmeManifest = JSON.parse(readFileSync(join(everything, "cdktf.out", "manifest.json"), "utf8"));
  // Once per distinct command shape: the same flags with one stack, or with several (cdktf parses
  // two stacks as it parses four; that each named stack exists and brings its dependencies is
  // checked below for every command).
  const shapes = new Map<string, string>();
  for (const c of readmeDeploys) {
    const shape = c.replace(/( [a-z]+-[a-z]+(?=( |$)))+/g, (m) => (m.trim().includes(" ") ? " <stacks>" : " <stack>"));
    if (!shapes.has(shape)) shapes.set(shape, c);
  }
  for (const command of shapes.values())
    readmeRuns.push({ command, output: await sh(`${command} --skip-synth --auto-approve --no-color`, everything) });
  // cdktf's terminal UI has been seen, once, on a loaded machine, to end a run without printing
  // Terraform's last lines: a run whose output does not show where it stopped runs once more (its
  // first output is printed), and the assertions judge the second run.
  for (const [i, r] of results.entries()) {
    const kind = kindOf(r);
    const first = r.steps.find((s) => s.id === commandOf(r));
    if (!first?.ran || stoppedAtProviders(first.output!) === true) continue;
    process.stdout.write(`${r.stack} (${r.job}) ran again; its first output ended:\n${stoppedAtProviders(first.output!)}\n`);
    const file = kind === "plan" ? WORKFLOWS.planStack : WORKFLOWS.deployStack;
    // A fresh Terraform working directory, so the second run configures the backend again.
    rmSync(join(r.dir, "cdktf.out/stacks", r.stack, ".terraform"), { recursive: true, force: true });
    const call = [...deployCalls, ...planCalls].find((c) => c.jobId === r.job && c.stack === r.stack)!;
    results[i] = {
      ...r,
      steps: await runJob({ file, job: kind, cwd: r.dir, only: ["plugin-cache", "clouds", commandOf(r)], contexts: contexts(call, r.dir) }),
    };
  }
  runs.push(...results);
  timing.cli = (Date.now() - cliStarted) / 1000;
  process.stdout.write(
    `CLI runs: ${cdktfRan().length} of ${results.length} jobs, ${readmeRuns.length} README commands, in ${timing.cli.toFixed(1)} s; listing ${timing.listing.toFixed(1)} s\n`,
  );
});

test("the stacks come from cdktf's manifest, per environment, in dependency waves", () => {
  expect(JSON.parse(outputs.deploy["staging-stacks"])).toEqual(["aws-staging", "gcp-staging", "grafana-staging"]);
  expect(JSON.parse(outputs.deploy["staging-wave0"])).toEqual(["aws-staging", "gcp-staging", "grafana-staging"]);
  expect(JSON.parse(outputs.deploy["prod-wave0"])).toEqual(["pagerduty-prod"]);
  expect(JSON.parse(outputs.deploy["prod-wave1"])).toEqual(["aws-prod", "gcp-prod", "grafana-prod"]);
  expect(JSON.parse(outputs.deploy["prod-wave2"])).toEqual([]);
  expect(JSON.parse(outputs.plan["prod-dependencies"])).toEqual({
    "aws-prod": ["pagerduty-prod"],
    "gcp-prod": ["pagerduty-prod"],
    "grafana-prod": ["pagerduty-prod"],
  });
});

test("every stack is deployed once and planned once, by a job of its own environment", () => {
  const all = ENVIRONMENTS.flatMap((e) => JSON.parse(outputs.deploy[`${e}-stacks`]) as string[]).sort();
  expect(
    runs
      .filter((r) => r.job.includes("wave"))
      .map((r) => r.stack)
      .sort(),
  ).toEqual(all);
  expect(
    runs
      .filter((r) => r.job.startsWith("plan-"))
      .map((r) => r.stack)
      .sort(),
  ).toEqual(all);
  for (const r of runs) expect(r.job.startsWith("prod-") || r.job === "plan-prod").toBe(r.stack.endsWith("-prod"));
});

describe.each(["deploy", "plan"])("%s: the workflow's own commands, for every stack", (kind) => {
  const mine = () => runs.filter((r) => (kind === "deploy" ? r.job.includes("wave") : r.job.startsWith("plan-")));
  test("synthesize the environment and read the stack's clouds", () => {
    expect(synthSteps.map((s) => s.exitCode)).toEqual([0, 0, 0, 0]);
    for (const r of mine()) expect({ stack: r.stack, clouds: step(r, "clouds").exitCode }).toEqual({ stack: r.stack, clouds: 0 });
  });
  test("get past the CLI's checks and Terraform's backend, and stop only at the provider download (once per command shape)", () => {
    const ran = mine().filter((r) => cdktfRan().includes(r));
    // One per environment: the first stack of each.
    expect(ran.map((r) => r.stack).sort()).toEqual(kind === "deploy" ? ["aws-staging", "pagerduty-prod"] : ["aws-prod", "aws-staging"]);
    for (const r of ran) {
      const cdktf = step(r, commandOf(r));
      expect(cdktf.ran).toBe(true);
      const out = cdktf.output!;
      // cdktf's own checks, for the plan jobs' cdktf diff; the deploy's Terraform stops at the provider download below.
      if (kind === "plan")
        expect({ stack: r.stack, usageError: /Usage Error|not included in the stacks to run|Unknown argument/.test(out) }).toEqual({
          stack: r.stack,
          usageError: false,
        });
      expect(out).toMatch(/Successfully configured the backend "local"/);
      expect({ stack: r.stack, stoppedAtProviders: stoppedAtProviders(out) }).toEqual({ stack: r.stack, stoppedAtProviders: true });
      expect(cdktf.exitCode).not.toBe(0);
    }
  });
});

test("the clouds a job authenticates to follow the stack's providers, backend and the state it reads", () => {
  const clouds: Record<string, Record<string, string>> = Object.fromEntries(
    runs.filter((r) => r.job.includes("wave")).map((r) => [r.stack, step(r, "clouds").outputs ?? {}]),
  );
  expect(clouds["gcp-prod"]).toEqual({ gcp: "true", aws: "false", "aws-account-ids": "" });
  expect(clouds["aws-prod"]).toEqual({ gcp: "false", aws: "true", "aws-account-ids": "111111111111" });
  expect(clouds["aws-staging"]["aws-account-ids"]).toBe("222222222222");
  expect(clouds["pagerduty-prod"]).toEqual({ gcp: "false", aws: "false", "aws-account-ids": "" });
});

test("each plan job leaves its output and exit code for the comment, which reports the failure", () => {
  for (const r of cdktfRan().filter((x) => x.job.startsWith("plan-"))) {
    const text = readFileSync(join(r.dir, "plan", `${r.stack}.txt`), "utf8");
    const result = JSON.parse(readFileSync(join(r.dir, "plan", `${r.stack}.json`), "utf8"));
    expect(result.exitCode).toBe(step(r, "plan").exitCode);
    expect(classify(r.stack, { text, exitCode: result.exitCode }).status).toBe("failed");
  }
});

test("the README's cdktf deploy commands pass cdktf's checks and stop only at the provider download (once per command shape)", () => {
  expect(readmeDeploys.length).toBeGreaterThanOrEqual(6);
  expect(readmeRuns.length).toBeGreaterThanOrEqual(2);
  // What cdktf checks of the commands not run for their shape: the stacks exist, and each one's dependencies are deployed with it.
  for (const command of readmeDeploys) {
    const named = command
      .split(/\s+/)
      .slice(3)
      .filter((w) => !w.startsWith("-"));
    for (const stack of named) {
      expect({ command, stack, known: stack in readmeManifest.stacks }).toEqual({ command, stack, known: true });
      expect({ command, stack, missing: readmeManifest.stacks[stack].dependencies.filter((d) => !named.includes(d)) }).toEqual({
        command,
        stack,
        missing: [],
      });
    }
  }
  for (const { command, output } of readmeRuns) {
    expect({ command, usageError: /Usage Error|not included in the stacks to run/.test(output) }).toEqual({ command, usageError: false });
    expect({ command, stoppedAtProviders: stoppedAtProviders(output) }).toEqual({ command, stoppedAtProviders: true });
  }
});
