/**
 * Terraform itself, run offline on configurations of its built-in provider only
 * (terraform_data, terraform_remote_state with the local backend, outputs, removed blocks):
 * the judge of what Terraform does with the strings and references the stacks hold.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TerraformRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh working directory holding `main.tf.json`. */
export function terraformDir(config: unknown, prefix = "tf-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config, null, 1));
  return dir;
}

/** Runs `terraform <args>` in `dir`, offline: no checkpoint call, no CLI configuration, no input. */
export function terraform(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): TerraformRun {
  const cliConfig = join(dir, ".terraformrc");
  writeFileSync(cliConfig, "");
  const result = spawnSync("terraform", [...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      TF_CLI_CONFIG_FILE: cliConfig,
      ...env,
    },
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** init, then the command; throws with Terraform's own message when either fails. */
export function terraformOk(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): TerraformRun {
  const init = terraform(dir, ["init", "-no-color", "-input=false"], env);
  if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stderr}${init.stdout}`);
  const run = terraform(dir, [...args, "-no-color"], env);
  if (run.status !== 0) throw new Error(`terraform ${args.join(" ")} failed:\n${run.stderr}${run.stdout}`);
  return run;
}

/**
 * What Terraform makes of each string: every value becomes a terraform_data input, and the
 * plan's planned values hold what Terraform would store and send. One plan for the whole batch
 * (an apply takes minutes for a thousand resources, mostly writing state).
 */
export function evaluateStrings(values: readonly string[]): string[] {
  const resource = Object.fromEntries(values.map((v, i) => [`s${i}`, { input: v }]));
  const dir = terraformDir({ resource: { terraform_data: resource } }, "tf-text-");
  terraformOk(dir, ["plan", "-input=false", "-out=tfplan"]);
  const show = terraform(dir, ["show", "-json", "tfplan"]);
  if (show.status !== 0) throw new Error(`terraform show failed:\n${show.stderr}`);
  const planned = JSON.parse(show.stdout) as {
    planned_values: { root_module: { resources: { name: string; values: { input: string } }[] } };
  };
  const byName = new Map(planned.planned_values.root_module.resources.map((r) => [r.name, r.values.input]));
  return values.map((_, i) => byName.get(`s${i}`)!);
}
