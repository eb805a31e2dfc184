import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { EnvironmentModel, Model } from "../model";
import { AwsAlarms } from "../constructs/aws/alarms";
import { AwsDashboard } from "../constructs/aws/dashboard";
import { AwsHealthChecks } from "../constructs/aws/health-checks";
import { AwsLogs } from "../constructs/aws/logs";
import { AwsAlertRouting } from "../constructs/aws/routing";
import { AwsSloAlarms } from "../constructs/aws/slo";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";

/** The AWS monitoring stack of one environment. Composition only. */
export class AwsStack extends TerraformStack {
  constructor(scope: Construct, id: string, model: Model, env: EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> }, keys?: PagerDutyKeys) {
    super(scope, id);
    new AwsProvider(this, "aws", {
      region: env.aws.region,
      allowedAccountIds: [env.aws.account],
      defaultTags: [{ tags: { ...env.labels, managed_by: "monitoring-as-code" } }],
    });

    const routing = new AwsAlertRouting(this, "routing", env, keys ?? new VariableKeys(this));
    new AwsAlarms(this, "alarms", env, routing, model.cloudWatchAlarms);
    for (const slo of model.slos) new AwsSloAlarms(this, `slo-${slo.id}`, env, routing, slo);
    new AwsLogs(this, "logs", env, routing.key.arn, model.logClasses, model.logMetrics);
    new AwsHealthChecks(this, "health-checks", env, routing, model.services);
    new AwsDashboard(this, "dashboard", env, model);
  }
}
