import { App } from "cdktf";
import type { Definitions } from "./definitions/types";
import { buildModel, DefinitionError, type EnvironmentModel, type Model } from "./model";
import { gcpProblems } from "./constructs/gcp/limits";
import { awsProblems } from "./constructs/aws/limits";
import { AwsStack } from "./stacks/aws-stack";
import { missingRunbooks } from "./review/runbooks";
import { GcpStack } from "./stacks/gcp-stack";
import { GrafanaStack } from "./stacks/grafana-stack";
import { PagerDutyStack } from "./stacks/pagerduty-stack";

/**
 * Builds the model, checks every target's limits and that in-repository runbooks exist under
 * `root`; throws DefinitionError listing every problem.
 */
export function validate(definitions: Definitions, root = process.cwd()): Model {
  const model = buildModel(definitions);
  const problems = [...gcpProblems(model), ...awsProblems(model), ...missingRunbooks(model, root)];
  if (problems.length > 0) throw new DefinitionError(problems);
  return model;
}

/** Stack names: `<target>-<environment>`. */
export function stackName(target: "pagerduty" | "gcp" | "aws" | "grafana", environment: string): string {
  return `${target}-${environment}`;
}

function pagesThroughPagerDuty(env: EnvironmentModel): boolean {
  return Object.values(env.routes).some((channels) => channels.some((c) => c.kind === "pagerduty"));
}

/** The cdktf App with every stack of the model. Nothing is written until `app.synth()`. */
export function buildApp(model: Model, outdir?: string): App {
  const app = new App({ outdir, skipValidation: false });
  for (const env of model.environments) {
    // PagerDuty first: its integration keys feed the other stacks of a paging environment.
    const pagerDuty = pagesThroughPagerDuty(env) && model.onCall.length > 0 ? new PagerDutyStack(app, stackName("pagerduty", env.id), model, env) : undefined;
    const keys = env.pagerDutyKeys === "stack" ? pagerDuty?.keys : undefined;
    if (env.gcp) new GcpStack(app, stackName("gcp", env.id), model, { ...env, gcp: env.gcp }, keys);
    if (env.aws) new AwsStack(app, stackName("aws", env.id), model, { ...env, aws: env.aws }, keys);
    if (env.grafana) new GrafanaStack(app, stackName("grafana", env.id), model, { ...env, grafana: env.grafana }, keys);
  }
  return app;
}
