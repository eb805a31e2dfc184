import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformResource, type TerraformStack } from "cdktf";
import { importOpenSlo } from "../engine/openslo/import";
import type { Definitions } from "../engine/definitions/types";
import { buildModel, DefinitionError, type EnvironmentModel, type Model, type Problem } from "../engine/model";
import { gcpProblems } from "../constructs/gcp/limits";
import { awsProblems } from "../constructs/aws/limits";
import { grafanaProblems } from "../constructs/grafana/limits";
import { AwsStack } from "./aws-stack";
import { missingRunbooks } from "../engine/review/runbooks";
import { applyBackend, parseStateUrl, stateSetting, type StateBackend } from "./backend";
import { monitoredTeams, teamView } from "../engine/model/views";
import { GcpStack } from "./gcp-stack";
import { GrafanaStack } from "./grafana-stack";
import { PagerDutyStack } from "./pagerduty-stack";
import { configureTokenStackTraces } from "./token-stack-traces";
import { projectRoot } from "./project-root";

/**
 * Builds the model, checks every target's limits and that in-repository runbooks exist under
 * `root`; throws DefinitionError listing every problem.
 */
export function validate(definitions: Definitions, root = projectRoot(), env: NodeJS.ProcessEnv = process.env): Model {
  // OpenSLO, model, target-limit, runbook and state problems are reported together.
  const problems: Problem[] = [];
  const collect = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const model = collect(() => buildModel(collect(() => withOpenSlo(definitions, root)) ?? definitions));
  // Every model an environment sees must fit the targets, overrides included.
  const seen = new Set<string>();
  if (model) {
    problems.push(
      ...[model, ...Object.values(model.environmentModels)]
        .flatMap((m) => [...gcpProblems(m), ...awsProblems(m), ...grafanaProblems(m)])
        .filter((p) => !seen.has(JSON.stringify(p)) && Boolean(seen.add(JSON.stringify(p)))),
    );
    problems.push(...missingRunbooks(model, root));
  }
  for (const e of definitions.environments) {
    const setting = stateSetting(e.id, e.state, env);
    const parsed = parseStateUrl(setting.value);
    if (typeof parsed === "string")
      problems.push({
        where: `environment "${e.id}"`,
        field: setting.source === "default" || setting.source.startsWith("environment") ? "state" : `state (from ${setting.source})`,
        message: parsed,
      });
  }
  if (problems.length > 0 || !model) throw new DefinitionError(problems);
  return model;
}

/** Where OpenSLO v1 files are read from, relative to the project root. */
export const OPENSLO_DIRECTORY = "openslo";

/** The definitions plus the SLOs of the OpenSLO files under `root`; throws DefinitionError naming file and field. */
export function withOpenSlo(definitions: Definitions, root = projectRoot()): Definitions {
  const dir = join(root, OPENSLO_DIRECTORY);
  if (!existsSync(dir)) return definitions;
  const inputs = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: `${OPENSLO_DIRECTORY}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  const result = importOpenSlo(
    inputs,
    definitions.services.map((s) => s.id),
    definitions.channels.map((c) => c.id),
  );
  if (result.problems.length) throw new DefinitionError(result.problems);
  return { ...definitions, slos: [...definitions.slos, ...result.slos] };
}

/** Stack names: `<target>-<environment>`. */
export function stackName(target: "pagerduty" | "gcp" | "aws" | "grafana", environment: string): string {
  return `${target}-${environment}`;
}

function pagesThroughPagerDuty(env: EnvironmentModel): boolean {
  return Object.values(env.routes).some((channels) => channels.some((c) => c.kind === "pagerduty"));
}

/**
 * The cdktf App with the stacks of the model (of one environment, when `only` names it).
 * Nothing is written until `app.synth()`.
 */
export function buildApp(model: Model, outdir?: string, only?: string, processEnv: NodeJS.ProcessEnv = process.env): App {
  configureTokenStackTraces(processEnv);
  const app = new App({ outdir, skipValidation: false });
  for (const env of model.environments) {
    if (only && env.id !== only) continue;
    const backend = parseStateUrl(stateSetting(env.id, env.state, processEnv).value) as StateBackend;
    const withState = <T extends TerraformStack>(stack: T): T => {
      applyBackend(stack, stack.node.id, backend);
      return stack;
    };
    // PagerDuty first: its integration keys feed the other stacks of a paging environment.
    // The model as this environment sees it, with its overrides.
    const m = model.environmentModels[env.id] ?? model;
    const on = env.targets;
    const pagerDuty =
      on.pagerduty && pagesThroughPagerDuty(env) && m.onCall.length > 0
        ? withState(new PagerDutyStack(app, stackName("pagerduty", env.id), m, env))
        : undefined;
    const keys = env.pagerDutyKeys === "stack" ? pagerDuty?.keys : undefined;
    // Split environments: the shared stack of each target, then one stack per team on top of it.
    const teams = env.split === "team" ? monitoredTeams(m) : [];
    const split = teams.length ? { monitored: false } : undefined;
    const team = (target: "gcp" | "aws" | "grafana", t: string) => `${stackName(target, env.id)}-${t}`;
    // A team with nothing for a target gets no stack there (no empty state to manage).
    const keepIfUsed = (stack: TerraformStack) => {
      if (!stack.node.findAll().some((c) => c instanceof TerraformResource)) app.node.tryRemoveChild(stack.node.id);
    };
    if (on.gcp && env.gcp) {
      const shared = withState(new GcpStack(app, stackName("gcp", env.id), m, { ...env, gcp: env.gcp }, keys, split)).shared;
      for (const t of teams)
        keepIfUsed(
          withState(new GcpStack(app, team("gcp", t), teamView(m, t), { ...env, gcp: env.gcp }, keys, { shared, monitored: true })),
        );
    }
    if (on.aws && env.aws) {
      const shared = withState(new AwsStack(app, stackName("aws", env.id), m, { ...env, aws: env.aws }, keys, split)).shared;
      for (const t of teams)
        keepIfUsed(
          withState(new AwsStack(app, team("aws", t), teamView(m, t), { ...env, aws: env.aws }, keys, { shared, monitored: true })),
        );
    }
    if (on.grafana && env.grafana) {
      const shared = withState(
        new GrafanaStack(app, stackName("grafana", env.id), m, { ...env, grafana: env.grafana }, keys, split),
      ).shared;
      for (const t of teams)
        keepIfUsed(
          withState(
            new GrafanaStack(app, team("grafana", t), teamView(m, t), { ...env, grafana: env.grafana }, keys, { shared, monitored: true }),
          ),
        );
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
export function synthesize(model: Model, outdir?: string, only?: string): string {
  const ids = model.environments.map((e) => e.id).filter((id) => only === undefined || id === only);
  if (ids.length === 0) throw new Error(`no environment to synthesize (--env ${only})`);
  const written: App["manifest"]["stacks"] = {};
  let dir = "";
  for (const id of ids) {
    const app = buildApp(model, outdir, id);
    Object.assign(app.manifest.stacks, written);
    app.synth();
    Object.assign(written, app.manifest.stacks);
    dir = app.outdir;
  }
  return dir;
}
