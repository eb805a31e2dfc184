/**
 * Writes the pull-request comment body (Markdown) for the plans of one workflow run to stdout.
 * Read from the environment, as the plan workflow's comment job sets it:
 *   ARTIFACTS     folder of the run's downloaded artifacts: review/review.md and
 *                 plan-<stack>/<stack>.txt (cdktf's output) and <stack>.json ({ exitCode })
 *   TEST_OUTPUTS  the test job's outputs (JSON): <env>-stacks and <env>-dependencies per environment
 *   TEST_RESULT   the test job's result (success, failure, cancelled, skipped)
 *   HEAD_SHA      the pull request's head commit
 *   RUN_URL       the workflow run, linked from the comment
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildComment, type PlanArtifact } from "../engine/review/plan-comment";
import { runCommand } from "./cli";

function readPlans(dir: string): Record<string, PlanArtifact> {
  const plans: Record<string, PlanArtifact> = {};
  if (!existsSync(dir)) return plans;
  for (const entry of readdirSync(dir).filter((d) => d.startsWith("plan-"))) {
    const stack = entry.slice("plan-".length);
    const file = (ext: string) => join(dir, entry, `${stack}.${ext}`);
    const result = existsSync(file("json")) ? (JSON.parse(readFileSync(file("json"), "utf8")) as { exitCode?: number }) : {};
    plans[stack] = {
      text: existsSync(file("txt")) ? readFileSync(file("txt"), "utf8") : undefined,
      exitCode: typeof result.exitCode === "number" ? result.exitCode : undefined,
    };
  }
  return plans;
}

function main(env: NodeJS.ProcessEnv): number {
  const dir = env.ARTIFACTS ?? "artifacts";
  const outputs = JSON.parse(env.TEST_OUTPUTS || "{}") as Record<string, string>;
  const expected = Object.entries(outputs)
    .filter(([k]) => k.endsWith("-stacks"))
    .flatMap(([, v]) => JSON.parse(v || "[]") as string[]);
  const dependencies = Object.assign(
    {},
    ...Object.entries(outputs)
      .filter(([k]) => k.endsWith("-dependencies"))
      .map(([, v]) => JSON.parse(v || "{}") as Record<string, string[]>),
  );
  const reviewFile = join(dir, "review", "review.md");
  process.stdout.write(
    buildComment({
      headSha: env.HEAD_SHA ?? "unknown",
      runUrl: env.RUN_URL ?? "",
      testResult: env.TEST_RESULT ?? "unknown",
      expected,
      dependencies,
      plans: readPlans(dir),
      review: existsSync(reviewFile) ? readFileSync(reviewFile, "utf8") : undefined,
    }) + "\n",
  );
  return 0;
}

runCommand({
  usage: "node dist/scripts/plan-comment.js",
  summary:
    "The plan workflow's comment job: writes the pull-request comment for the run's plans to stdout, from ARTIFACTS, TEST_OUTPUTS, TEST_RESULT, HEAD_SHA and RUN_URL in the environment.",
  options: {},
  run: () => main(process.env),
});
