/** Every CloudWatch alarm name the AWS target makes, for the naming check (check.ts). */
import { tiersOn } from "../burn-rate";
import { noDataSeverity } from "../routing";
import type { EnvironmentModel, Model, ServiceModel } from "../types";
import { runsOn } from "../views";
import { alarmName, cloudWatchAlarmParts, healthCheckAlarmParts, sloAlarmParts } from "./aws";
import { placement, type Made } from "./made";

/** The CloudWatch alarm names of one environment: SLO alarms, health-check alarms, then the CloudWatch alarm definitions. */
export function awsNamesMade(
  model: Pick<Model, "slos" | "services" | "cloudWatchAlarms" | "severities" | "environments">,
  env: EnvironmentModel,
): Made[] {
  const made: Made[] = [];
  const add = (service: ServiceModel, parts: readonly string[], where: string, field: string) => {
    if (!runsOn(service, "aws", env.id)) return;
    const own = env.teamClouds[service.team]?.aws;
    const aws = own ?? env.aws;
    if (!aws) return;
    const place = `AWS account ${aws.account} in ${aws.region}`;
    const placedBy = placement(env.id, "aws", own ? service.team : undefined);
    made.push({
      place,
      what: "CloudWatch alarm name",
      name: alarmName(env, ...parts),
      origin: { where, field },
      environment: env.id,
      placedBy,
    });
  };
  for (const slo of model.slos) {
    if (!slo.sli.cloudWatch) continue;
    const where = `slo "${slo.id}"`;
    for (const tier of tiersOn(slo, "aws"))
      for (const kind of [[tier.id], [`${tier.id}-long`], [`${tier.id}-short`]])
        add(slo.service, sloAlarmParts(slo.id, ...kind), where, `alerting.tiers.${tier.id}`);
    if (noDataSeverity(slo, model.severities, model.environments))
      add(slo.service, sloAlarmParts(slo.id, "no-data"), where, "alerting.noData");
    for (const level of slo.budgetAlerts) add(slo.service, sloAlarmParts(slo.id, "budget", level.state), where, "alerting.budgetAlerts");
  }
  for (const service of model.services)
    for (const e of service.endpoints)
      if (e.urls[env.id] !== undefined) add(service, healthCheckAlarmParts(e.id), `endpoint "${e.id}"`, "id");
  for (const a of model.cloudWatchAlarms) add(a.service, cloudWatchAlarmParts(a.id), `cloudwatch alarm "${a.id}"`, "id");
  return made;
}
