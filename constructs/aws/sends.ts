/**
 * What the AWS stack notifies about in an environment: the CloudWatch alarms, SLO alarms (tiers,
 * budget and no-data) and health checks constructs/aws renders. Its topics and Chatbot channels
 * are made for these and no others; an alarm that asks for a topic they missed fails synth
 * instead of creating it elsewhere.
 */
import type { EnvironmentModel, Model, Send } from "../../engine/model";
import { tiersOn } from "../../engine/model/burn-rate";
import { endpointSends, noDataSeverity, sendsOf } from "../../engine/model/routing";
import { renderedIn } from "./alarms";
import { budgetAlarmsFit, existsIn } from "./slo";

export function awsSends(model: Model, env: EnvironmentModel): Send[] {
  return [
    ...model.cloudWatchAlarms.flatMap((a) => (renderedIn(a, env.id, model.cloudWatchAlarms) ? sendsOf(a.service, [a.severity]) : [])),
    ...model.slos.flatMap((s) =>
      s.sli.cloudWatch && existsIn(s.sli.cloudWatch, env.id)
        ? sendsOf(s.service, [
            ...tiersOn(s, "aws").map((t) => t.severity),
            ...(budgetAlarmsFit(s) ? s.budgetAlerts.map((b) => b.severity) : []),
            ...[noDataSeverity(s, model.severities, model.environments)].filter((x) => x !== undefined),
          ])
        : [],
    ),
    ...endpointSends(model.services, env),
  ];
}
