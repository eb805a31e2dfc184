import { App } from "cdktf";
import type { Definitions } from "./definitions/types";
import { buildModel, DefinitionError, type Model } from "./model";
import { gcpProblems } from "./constructs/gcp/limits";
import { GcpStack } from "./stacks/gcp-stack";

/** Builds the model and checks every target's limits; throws DefinitionError listing every problem. */
export function validate(definitions: Definitions): Model {
  const model = buildModel(definitions);
  const problems = [...gcpProblems(model)];
  if (problems.length > 0) throw new DefinitionError(problems);
  return model;
}

/** Stack names: `<target>-<environment>`. */
export function gcpStackName(environment: string): string {
  return `gcp-${environment}`;
}

/** The cdktf App with every stack of the model. Nothing is written until `app.synth()`. */
export function buildApp(model: Model, outdir?: string): App {
  const app = new App({ outdir, skipValidation: false });
  for (const env of model.environments) {
    if (env.gcp) new GcpStack(app, gcpStackName(env.id), model, { ...env, gcp: env.gcp });
  }
  return app;
}
