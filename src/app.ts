import { App } from "cdktf";
import type { Definitions } from "./definitions/types";
import { buildModel, DefinitionError, type Model } from "./model";
import { gcpProblems } from "./constructs/gcp/limits";
import { awsProblems } from "./constructs/aws/limits";
import { AwsStack } from "./stacks/aws-stack";
import { GcpStack } from "./stacks/gcp-stack";

/** Builds the model and checks every target's limits; throws DefinitionError listing every problem. */
export function validate(definitions: Definitions): Model {
  const model = buildModel(definitions);
  const problems = [...gcpProblems(model), ...awsProblems(model)];
  if (problems.length > 0) throw new DefinitionError(problems);
  return model;
}

/** Stack names: `<target>-<environment>`. */
export function stackName(target: "gcp" | "aws", environment: string): string {
  return `${target}-${environment}`;
}

/** The cdktf App with every stack of the model. Nothing is written until `app.synth()`. */
export function buildApp(model: Model, outdir?: string): App {
  const app = new App({ outdir, skipValidation: false });
  for (const env of model.environments) {
    if (env.gcp) new GcpStack(app, stackName("gcp", env.id), model, { ...env, gcp: env.gcp });
    if (env.aws) new AwsStack(app, stackName("aws", env.id), model, { ...env, aws: env.aws });
  }
  return app;
}
