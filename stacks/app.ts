import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformResource, type TerraformStack } from "cdktf";
import type { Definitions } from "../engine/definitions/types";
import {
  buildModel,
  DefinitionError,
  type AlertRuleModel,
  type EnvironmentModel,
  type Model,
  type Problem,
  type ServiceModel,
  type SloModel,
} from "../engine/model";
import { missingRunbooks } from "../engine/review/runbooks";
import { alertmanagerPagedServices, alertmanagerProblems } from "../engine/exporters/alertmanager";
import { ALERTMANAGER_PAGERDUTY } from "../constructs/pagerduty/alertmanager-keys";
import { pagedServices } from "../engine/model/routing";
import { checkShapes } from "../engine/model/shapes";
import { monitoredTeams, PROMETHEUS_EXPORT, reachView, runsOn, targetView, teamView, withoutTeams } from "../engine/model/views";
import type { PagerDutyKeys } from "../constructs/pagerduty-keys";
import { applyBackend, parseStateUrl, stateSetting, type StateBackend } from "./backend";
import type { PagingIntegration, Target, TargetStack } from "./target";
import { TARGETS } from "./targets";
import { configureTokenStackTraces } from "./token-stack-traces";
import { projectRoot } from "./project-root";
import { moderateHeapGrowth } from "./heap-growth";
import { environmentOfStack } from "./output";
import { duplicateAddresses } from "./addresses";
import { renderedIn } from "../constructs/aws/alarms";
import { stackName } from "../engine/model/naming/stacks";

/**
 * Builds the model, checks every target's limits and that in-repository runbooks exist under
 * `root`; throws DefinitionError listing every problem.
 */
export function validate(
  given: Definitions,
  root = given.root ?? projectRoot(),
  env: NodeJS.ProcessEnv = process.env,
  targets: readonly Target[] = TARGETS,
): Model {
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
  // Misshapen entries (null, a string, an SLO without its SLI) are reported and left out, so nothing below reads them.
  const shaped = checkShapes(given);
  if (shaped.fatal) throw new DefinitionError(shaped.problems);
  const definitions = shaped.definitions;
  problems.push(...shaped.problems);
  const model = collect(() => buildModel(collect(() => withOpenSlo(definitions, root)) ?? definitions));
  problems.push(...(model ? targetProblems(model, root, env, targets) : stateProblems(definitions.environments, env)));
  if (problems.length > 0 || !model) throw new DefinitionError(problems);
  return model;
}

/**
 * What stops a valid model from being synthesized: every target's limits (in every model an
 * environment sees), in-repository runbooks missing under `root`, SLOs and alerts no target
 * renders, state settings that are no URL.
 */
export function targetProblems(
  model: Model,
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  targets: readonly Target[] = TARGETS,
): Problem[] {
  // Every model an environment sees must fit the targets, overrides included.
  const seen = new Set<string>();
  return [
    ...[model, ...Object.values(model.environmentModels)]
      .flatMap((m) => targets.flatMap((t) => t.problems(t.scopedByRunsOn ? reachView(m, t.id, enabledIn(m, t)) : m)))
      .filter((p) => !seen.has(JSON.stringify(p)) && Boolean(seen.add(JSON.stringify(p)))),
    ...alertmanagerProblems(model),
    ...missingRunbooks(model, root),
    ...unrendered(model, targets),
    ...stateProblems(model.environments, env),
  ];
}

/** The environments a target is enabled in. */
function enabledIn(model: Model, target: Target): string[] {
  return model.environments.filter((e) => target.enabled(e, model)).map((e) => e.id);
}

function stateProblems(environments: readonly { id: string; state?: string }[], env: NodeJS.ProcessEnv): Problem[] {
  return environments.flatMap((e) => {
    const setting = stateSetting(e.id, e.state, env);
    const parsed = parseStateUrl(setting.value);
    if (typeof parsed !== "string") return [];
    const field = setting.source === "default" || setting.source.startsWith("environment") ? "state" : `state (from ${setting.source})`;
    return [{ where: `environment "${e.id}"`, field, message: parsed }];
  });
}

/**
 * SLOs, alert rules and CloudWatch alarms whose service runs nowhere that has a source for them:
 * they would silently monitor nothing. A CloudWatch alarm is made only by an AWS stack, in an
 * environment where its service runs on aws and its metric has dimensions (renderedIn).
 */
function unrendered(model: Model, targets: readonly Target[]): { where: string; field: string; message: string }[] {
  const places = (service: ServiceModel) =>
    model.environments.flatMap((env) => [
      ...targets.filter((t) => t.enabled(env, model) && runsOn(service, t.id, env.id)),
      ...(runsOn(service, PROMETHEUS_EXPORT, env.id)
        ? [
            {
              id: PROMETHEUS_EXPORT,
              renders: { slo: (s: SloModel) => s.sli.prometheus !== undefined, alert: (a: AlertRuleModel) => a.prometheus !== undefined },
            },
          ]
        : []),
    ]);
  const runsWhere = (service: ServiceModel) =>
    `service "${service.id}" runs on ${service.runsOn.targets?.join(", ") ?? "every target"} in ${service.runsOn.environments?.join(", ") ?? "every environment"}`;
  return [
    ...model.slos.flatMap((slo) =>
      places(slo.service).some((t) => t.renders.slo(slo))
        ? []
        : [
            {
              where: `slo "${slo.id}"`,
              field: "sli",
              message: `${runsWhere(slo.service)}, and none of those has a source for this SLI (it has: ${Object.keys(slo.sli)
                .filter((k) => k !== "kind" && (slo.sli as unknown as Record<string, unknown>)[k] !== undefined)
                .join(", ")})`,
            },
          ],
    ),
    ...model.cloudWatchAlarms.flatMap((a) =>
      model.environments.some(
        (env) =>
          targets.some((t) => t.id === "aws" && t.enabled(env, model)) &&
          runsOn(a.service, "aws", env.id) &&
          renderedIn(a, env.id, model.cloudWatchAlarms),
      )
        ? []
        : [
            {
              where: `cloudwatch alarm "${a.id}"`,
              field: "service",
              message: `${runsWhere(a.service)}, and none of those is an AWS stack where ${a.kind === "composite" ? "all its alarms exist" : "its metric has dimensions"}: the alarm would be made nowhere`,
            },
          ],
    ),
    ...model.alerts.flatMap((a) =>
      places(a.service).some((t) => t.renders.alert(a))
        ? []
        : [
            {
              where: `alert "${a.id}"`,
              field: "condition",
              message: `${runsWhere(a.service)}, and none of those evaluates this condition`,
            },
          ],
    ),
  ];
}

/** Where OpenSLO and Sloth files are read from, relative to the project root. */
export const OPENSLO_DIRECTORY = "openslo";

/** The definitions plus the SLOs (and services) of the OpenSLO and Sloth files under `root`; throws DefinitionError naming file and field. */
export function withOpenSlo(definitions: Definitions, root = definitions.root ?? projectRoot()): Definitions {
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
    definitions.openSlo,
  );
  if (result.problems.length) throw new DefinitionError(result.problems);
  return { ...definitions, services: [...definitions.services, ...result.services], slos: [...definitions.slos, ...result.slos] };
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
    const integrations = pagingIntegrations(m, env, enabled);
    // Split environments: the shared stack of each target, then one stack per team on top of it.
    const teams = env.split === "team" ? monitoredTeams(m) : [];
    let keys: PagerDutyKeys | undefined;
    // A team with nothing for a target gets no stack there (no empty state to manage).
    const dropIfEmpty = (stack: TerraformStack) => {
      if (!stack.node.findAll().some((c) => c instanceof TerraformResource)) app.node.tryRemoveChild(stack.node.id);
    };
    for (const target of enabled) {
      const name = stackName(target.id, env.id);
      // Each target renders only the services that run on it in this environment.
      const seen = target.scopedByRunsOn ? targetView(m, target.id, env.id) : m;
      // Teams with their own project, account or Grafana here get a whole stack of their own, there.
      const ownPlace = (t: string) => (env.teamClouds[t] as Record<string, unknown> | undefined)?.[target.id];
      const own = target.scopedByRunsOn ? Object.keys(env.teamClouds).filter((t) => ownPlace(t) !== undefined) : [];
      const shared = own.length ? withoutTeams(seen, own) : seen;
      const splitTeams = teams.filter((t) => !own.includes(t));
      const split = target.splitsByTeam && splitTeams.length ? { monitored: false } : undefined;
      const stack: TargetStack = withState(target.stack(app, name, { model: shared, env, keys, integrations, split }));
      // The first stack that provides PagerDuty keys feeds those after it, unless the environment takes them from variables.
      if (stack.keys && env.pagerDutyKeys === "stack") keys ??= stack.keys;
      for (const t of split ? splitTeams : []) {
        const props = { model: teamView(shared, t), env, keys, integrations, split: { shared: stack.shared, monitored: true } };
        dropIfEmpty(withState(target.stack(app, stackName(target.id, env.id, t), props)));
      }
      for (const t of own) {
        // The team's own places stand in for the environment's: its Grafana reads its own project and account.
        const places = Object.fromEntries(Object.entries(env.teamClouds[t]).filter(([, place]) => place !== undefined));
        const props = { model: teamView(seen, t), env: { ...env, ...places }, keys, integrations, owner: t };
        dropIfEmpty(withState(target.stack(app, stackName(target.id, env.id, t), props)));
      }
    }
  }
  const duplicates = duplicateAddresses(app);
  if (duplicates.length) throw new DefinitionError(duplicates);
  return app;
}

/**
 * The PagerDuty integration of each target enabled in the environment, with the PagerDuty services
 * that target pages there (from what it sends about the services that run on it): a service paged
 * only from Grafana gets no CloudWatch or Cloud Monitoring integration. Last, the exported
 * Alertmanager tree's, on the PagerDuty services its paging routes for the environment read keys of.
 */
export function pagingIntegrations(model: Model, env: EnvironmentModel, enabled: readonly Target[]): PagingIntegration[] {
  const alertmanager = alertmanagerPagedServices(model, env);
  return [
    ...enabled.flatMap((t) =>
      t.pagerDuty
        ? [{ ...t.pagerDuty, services: pagedServices(env, t.sends(t.scopedByRunsOn ? targetView(model, t.id, env.id) : model, env)) }]
        : [],
    ),
    ...(alertmanager.length ? [{ ...ALERTMANAGER_PAGERDUTY, services: alertmanager }] : []),
  ];
}

/**
 * Writes the stacks of every environment (or of `only`) to `outdir` and returns the folder.
 * Environments share no resource, so each gets its own App, dropped before the next is built:
 * peak memory is that of the largest environment, not of all of them. Each App's manifest is
 * given the stacks written before it, so the last one lists them all, as a single App would;
 * with `only`, the stacks of the other environments that `outdir` already holds come first, so
 * the manifest stays true to the stack folders.
 */
export function synthesize(model: Model, outdir?: string, only?: string, targets: readonly Target[] = TARGETS): string {
  const ids = model.environments.map((e) => e.id).filter((id) => only === undefined || id === only);
  if (ids.length === 0) throw new Error(`no environment to synthesize (--env ${only})`);
  const written: App["manifest"]["stacks"] = {};
  const previous = outdir === undefined || only === undefined ? undefined : join(outdir, "manifest.json");
  if (previous && existsSync(previous)) {
    const envs = model.environments.map((e) => e.id);
    for (const [name, stack] of Object.entries((JSON.parse(readFileSync(previous, "utf8")) as App["manifest"]).stacks))
      if (environmentOfStack(name, envs) !== only && existsSync(join(outdir!, stack.synthesizedStackPath))) written[name] = stack;
  }
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
