import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

/** GitHub's own workflow parser, run in Node's ESM loader (it is an ES module). */
function validateWorkflows(...files: string[]) {
  const result = spawnSync(process.execPath, ["scripts/validate-workflows.mjs", ...files], { encoding: "utf8" });
  return { code: result.status, lines: result.stdout.trim().split("\n"), stderr: result.stderr };
}

const plan = ".github/workflows/plan.yml";
const deploy = ".github/workflows/deploy.yml";
const deployStack = ".github/workflows/deploy-stack.yml";

test("the shipped workflows are valid GitHub Actions workflows", () => {
  const result = validateWorkflows(plan, deploy, deployStack);
  expect(result.stderr).toBe("");
  expect(result.lines).toEqual([`ok ${plan}`, `ok ${deploy}`, `ok ${deployStack}`]);
  expect(result.code).toBe(0);
});

test("the validator rejects a workflow whose job needs a job that does not exist", () => {
  const broken = join(mkdtempSync(join(tmpdir(), "wf-")), "deploy.yml");
  writeFileSync(broken, readFileSync(deploy, "utf8").replace("needs: [test, wave0]", "needs: [tests, wave0]"));
  const result = validateWorkflows(broken);
  expect(result.code).toBe(1);
  expect(result.lines.join("\n")).toMatch(/tests/);
});

describe("what the workflows do", () => {
  const planWf = parse(readFileSync(plan, "utf8"));
  const deployWf = parse(readFileSync(deploy, "utf8"));

  test("pull requests: test, verify, review, then a plan per stack and one comment updated in place", () => {
    const runs = planWf.jobs.test.steps.map((s: any) => s.run).filter(Boolean);
    expect(runs).toEqual(expect.arrayContaining(["npm ci", "npm test", "npm run verify"]));
    expect(planWf.jobs.plan.strategy.matrix.stack).toBe("${{ fromJSON(needs.test.outputs.stacks) }}");
    expect(planWf.jobs.plan.steps.find((s: any) => s.name?.startsWith("cdktf diff")).run).toContain('npx cdktf diff "${{ matrix.stack }}"');
    const script = planWf.jobs.comment.steps.find((s: any) => s.uses === "actions/github-script@v7").with.script;
    expect(script).toContain("updateComment");
    expect(script).toContain("<!-- monitoring-review -->");
  });

  test("main: one deploy at a time, in dependency waves (PagerDuty first), keyless cloud auth", () => {
    const stackWf = parse(readFileSync(deployStack, "utf8"));
    expect(deployWf.concurrency).toEqual({ group: "monitoring-deploy", "cancel-in-progress": false });
    expect(deployWf.permissions["id-token"]).toBe("write");
    expect(deployWf.jobs.wave1.needs).toEqual(["test", "wave0"]);
    expect(deployWf.jobs.wave2.needs).toEqual(["test", "wave1"]);
    for (const wave of ["wave0", "wave1", "wave2"]) {
      expect(deployWf.jobs[wave]).toMatchObject({ uses: "./.github/workflows/deploy-stack.yml", with: { stack: "${{ matrix.stack }}" } });
    }
    const steps = stackWf.jobs.deploy.steps;
    expect(steps.map((s: any) => s.uses).filter(Boolean)).toEqual(
      expect.arrayContaining(["google-github-actions/auth@v2", "aws-actions/configure-aws-credentials@v4"]),
    );
    expect(steps.at(-1).run).toBe('npx cdktf deploy "${{ inputs.stack }}" --auto-approve');
    const text = [deploy, deployStack, plan].map((f) => readFileSync(f, "utf8")).join("\n");
    // Secrets only from the CI secret store: every TF_VAR is a secret or variable expression.
    for (const [, value] of text.matchAll(/TF_VAR_\w+: (.*)/g)) expect(value).toMatch(/^\$\{\{ (secrets|vars)\.[A-Z_]+ \}\}$/);
  });
});
