import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { EnvironmentModel, Model } from "../engine/model";
import { AwsAlarms } from "../constructs/aws/alarms";
import { AwsDashboard } from "../constructs/aws/dashboard";
import { AwsHealthChecks } from "../constructs/aws/health-checks";
import { AwsLogs } from "../constructs/aws/logs";
import { AwsAlertRouting } from "../constructs/aws/routing";
import { AwsSloAlarms } from "../constructs/aws/slo";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";
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

  constructor(
    scope: Construct,
    id: string,
    model: Model,
    env: EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> },
    keys?: PagerDutyKeys,
    split?: { readonly shared?: AwsShared; readonly monitored: boolean },
  ) {
    super(scope, id);
    escapeTerraformText(this);
    new AwsProvider(this, "aws", {
      region: env.aws.region,
      allowedAccountIds: [env.aws.account],
      defaultTags: [{ tags: { ...env.labels, managed_by: "monitoring-as-code" } }],
    });

    this.shared = split?.shared ?? { routing: new AwsAlertRouting(this, "routing", env, keys ?? new VariableKeys(this)) };
    const routing = this.shared.routing;
    if (!split?.shared) {
      new AwsLogs(this, "logs", env, routing.key.arn, model.logClasses, model.logMetrics);
      new AwsDashboard(this, "dashboard", env, model);
    }
    if (split?.monitored === false) return;
    new AwsAlarms(this, "alarms", env, routing, model.cloudWatchAlarms);
    for (const slo of model.slos) new AwsSloAlarms(this, `slo-${slo.id}`, env, routing, slo);
    new AwsHealthChecks(this, "health-checks", env, routing, model.services);
  }
}
