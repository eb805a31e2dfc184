import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformResource, type TerraformStack } from "cdktf";
import type { Definitions } from "../engine/definitions/types";
import { buildModel, DefinitionError, type Model, type Problem } from "../engine/model";
import { missingRunbooks } from "../engine/review/runbooks";
import { monitoredTeams, teamView } from "../engine/model/views";
import type { PagerDutyKeys } from "../constructs/pagerduty-keys";
import { applyBackend, parseStateUrl, stateSetting, type StateBackend } from "./backend";
import type { Target, TargetStack } from "./target";
import { TARGETS } from "./targets";
import { configureTokenStackTraces } from "./token-stack-traces";
import { moderateHeapGrowth } from "./heap-growth";

/**
 * Builds the model, checks every target's limits and that in-repository runbooks exist under
 * `root`; throws DefinitionError listing every problem.
 */
export function validate(
  definitions: Definitions,
  root = definitions.root ?? process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
  targets: readonly Target[] = TARGETS,
): Model {
  const model = buildModel(withOpenSlo(definitions, root));
  const problems = targetProblems(model, root, env, targets);
  if (problems.length > 0) throw new DefinitionError(problems);
  return model;
}

/**
 * What stops a valid model from being synthesized: every target's limits (in every model an
 * environment sees), in-repository runbooks missing under `root`, state settings that are no URL.
 */
export function targetProblems(
  model: Model,
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  targets: readonly Target[] = TARGETS,
): Problem[] {
  // Every model an environment sees must fit the targets, overrides included.
  const seen = new Set<string>();
  const problems = [model, ...Object.values(model.environmentModels)]
    .flatMap((m) => targets.flatMap((t) => t.problems(m)))
    .filter((p) => !seen.has(JSON.stringify(p)) && Boolean(seen.add(JSON.stringify(p))));
  problems.push(...missingRunbooks(model, root));
  for (const e of model.environments) {
    const setting = stateSetting(e.id, e.state, env);
    const parsed = parseStateUrl(setting.value);
    if (typeof parsed === "string")
      problems.push({
        where: `environment "${e.id}"`,
        field: setting.source === "default" || setting.source.startsWith("environment") ? "state" : `state (from ${setting.source})`,
        message: parsed,
      });
  }
  return problems;
}

/** Where OpenSLO v1 files are read from, relative to the project root. */
export const OPENSLO_DIRECTORY = "openslo";

/** The definitions plus the SLOs of the OpenSLO files under `root`; throws DefinitionError naming file and field. */
export function withOpenSlo(definitions: Definitions, root = definitions.root ?? process.cwd()): Definitions {
  const dir = join(root, OPENSLO_DIRECTORY);
  if (!existsSync(dir)) return definitions;
  const inputs = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: `${OPENSLO_DIRECTORY}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  if (inputs.length === 0) return definitions;
  // The importer brings the YAML parser; loaded only when there are OpenSLO files to read.
  const { importOpenSlo } = require("../engine/openslo/import") as typeof import("../engine/openslo/import");
  const result = importOpenSlo(
    inputs,
    definitions.services.map((s) => s.id),
    definitions.channels.map((c) => c.id),
  );
  if (result.problems.length) throw new DefinitionError(result.problems);
  return { ...definitions, slos: [...definitions.slos, ...result.slos] };
}

/** Stack names: `<target>-<environment>`. */
export function stackName(target: string, environment: string): string {
  return `${target}-${environment}`;
}

/**
 * The cdktf App with the stacks of the model (of one environment, when `only` names it), one per
 * registered target the environment enables, in registry order. Nothing is written until
 * `app.synth()`.
 */
export function buildApp(
  model: Model,
  outdir?: string,
  only?: string,
  processEnv: NodeJS.ProcessEnv = process.env,
  targets: readonly Target[] = TARGETS,
): App {
  configureTokenStackTraces(processEnv);
  const app = new App({ outdir, skipValidation: false });
  for (const env of model.environments) {
    if (only && env.id !== only) continue;
    const backend = parseStateUrl(stateSetting(env.id, env.state, processEnv).value) as StateBackend;
    const withState = <T extends TerraformStack>(stack: T): T => {
      applyBackend(stack, stack.node.id, backend);
      return stack;
    };
    // The model as this environment sees it, with its overrides.
    const m = model.environmentModels[env.id] ?? model;
    const enabled = targets.filter((t) => t.enabled(env, m));
    const integrations = enabled.flatMap((t) => (t.pagerDuty ? [t.pagerDuty] : []));
    // Split environments: the shared stack of each target, then one stack per team on top of it.
    const teams = env.split === "team" ? monitoredTeams(m) : [];
    let keys: PagerDutyKeys | undefined;
    for (const target of enabled) {
      const name = stackName(target.id, env.id);
      const split = target.splitsByTeam && teams.length ? { monitored: false } : undefined;
      const stack: TargetStack = withState(target.stack(app, name, { model: m, env, keys, integrations, split }));
      // The first stack that provides PagerDuty keys feeds those after it, unless the environment takes them from variables.
      if (stack.keys && env.pagerDutyKeys === "stack") keys ??= stack.keys;
      if (!split) continue;
      for (const t of teams) {
        const teamStack = withState(
          target.stack(app, `${name}-${t}`, {
            model: teamView(m, t),
            env,
            keys,
            integrations,
            split: { shared: stack.shared, monitored: true },
          }),
        );
        // A team with nothing for a target gets no stack there (no empty state to manage).
        if (!teamStack.node.findAll().some((c) => c instanceof TerraformResource)) app.node.tryRemoveChild(teamStack.node.id);
      }
    }
  }
  return app;
}

/**
 * Writes the stacks of every environment (or of `only`) to `outdir` and returns the folder.
 * Environments share no resource, so each gets its own App, dropped before the next is built:
 * peak memory is that of the largest environment, not of all of them. Each App's manifest is
 * given the stacks written before it, so the last one lists them all, as a single App would.
 */
export function synthesize(model: Model, outdir?: string, only?: string, targets: readonly Target[] = TARGETS): string {
  const ids = model.environments.map((e) => e.id).filter((id) => only === undefined || id === only);
  if (ids.length === 0) throw new Error(`no environment to synthesize (--env ${only})`);
  const written: App["manifest"]["stacks"] = {};
  let dir = "";
  for (const id of ids) {
    moderateHeapGrowth();
    const app = buildApp(model, outdir, id, process.env, targets);
    Object.assign(app.manifest.stacks, written);
    // Building the constructs is where a big synth's heap first grows large.
    moderateHeapGrowth();
    app.synth();
    Object.assign(written, app.manifest.stacks);
    dir = app.outdir;
  }
  return dir;
}
