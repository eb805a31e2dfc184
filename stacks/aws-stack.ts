import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { EnvironmentModel } from "../engine/model";
import { awsProblems } from "../constructs/aws/limits";
import { AwsAlarms } from "../constructs/aws/alarms";
import { AwsDashboard } from "../constructs/aws/dashboard";
import { AwsHealthChecks } from "../constructs/aws/health-checks";
import { AwsLogs } from "../constructs/aws/logs";
import { awsSends } from "../constructs/aws/sends";
import { AwsAlertRouting } from "../constructs/aws/routing";
import { AwsSloAlarms } from "../constructs/aws/slo";
import { VariableKeys } from "../constructs/pagerduty-keys";
import { switchedOn, type Target, type TargetStackProps } from "./target";
import { escapeTerraformText } from "../constructs/terraform-text";

/** What a split environment's team stacks use from its shared stack. */
export interface AwsShared {
  readonly routing: AwsAlertRouting;
}

/**
 * The AWS monitoring stack of one environment. Composition only. Given `shared`, it is a team
 * stack of a split environment: the (team's) alarms, SLO alarms and health checks, notifying
 * through the shared stack's topics; with `monitored: false`, only the shared part (routing,
 * log groups, the dashboard).
 */
export class AwsStack extends TerraformStack {
  readonly shared: AwsShared;

  constructor(scope: Construct, id: string, { model, env: environment, keys, split }: TargetStackProps<AwsShared>) {
    super(scope, id);
    const env = withAws(environment);
    escapeTerraformText(this);
    new AwsProvider(this, "aws", {
      region: env.aws.region,
      allowedAccountIds: [env.aws.account],
      defaultTags: [{ tags: { ...env.labels, managed_by: "monitoring-as-code" } }],
    });

    this.shared = split?.shared ?? {
      routing: new AwsAlertRouting(this, "routing", {
        env,
        keys: keys ?? new VariableKeys(this),
        sends: awsSends(model, env),
      }),
    };
    const routing = this.shared.routing;
    if (!split?.shared) {
      new AwsLogs(this, "logs", { env, kmsKeyArn: routing.key.arn, classes: model.logClasses, metrics: model.logMetrics });
      new AwsDashboard(this, "dashboard", { env, model });
    }
    if (split?.monitored === false) return;
    new AwsAlarms(this, "alarms", { env, routing, alarms: model.cloudWatchAlarms });
    for (const slo of model.slos) new AwsSloAlarms(this, `slo-${slo.id}`, { env, model, routing, slo });
    new AwsHealthChecks(this, "health-checks", { env, routing, services: model.services });
  }
}

function withAws(env: EnvironmentModel): EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> } {
  if (!env.aws) throw new Error(`environment "${env.id}" has no aws settings`);
  return { ...env, aws: env.aws };
}

export const awsTarget: Target<AwsShared> = {
  id: "aws",
  enabled: (env) => Boolean(env.aws) && switchedOn(env, "aws"),
  problems: awsProblems,
  sends: awsSends,
  scopedByRunsOn: true,
  renders: { slo: (s) => s.sli.cloudWatch !== undefined, alert: () => false },
  pagerDuty: { sender: "cloudwatch", name: "Amazon CloudWatch", vendor: "Amazon CloudWatch" },
  splitsByTeam: true,
  stack: (scope, id, props) => new AwsStack(scope, id, props),
};
