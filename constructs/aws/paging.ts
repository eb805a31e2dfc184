/**
 * The PagerDuty services (ServiceModel.pagerDuty) whose CloudWatch alarms page through PagerDuty in an environment: what the alarms,
 * SLO alarms and health checks of constructs/aws render, at a severity the owning team's routes
 * send to PagerDuty. Their topics are created up front by the stack that owns them; an alarm that
 * asks for a topic this list missed fails synth instead of creating it elsewhere.
 */
import type { Severity } from "../../engine/definitions/types";
import type { EnvironmentModel, Model, ServiceModel } from "../../engine/model";
import { tiersOn } from "../../engine/model/burn-rate";
import { noDataSeverity, pagesIn } from "../../engine/model/routing";
import { renderedIn } from "./alarms";
import { existsIn } from "./slo";

export function awsPagingServices(model: Model, env: EnvironmentModel): string[] {
  const paging = new Set<string>();
  const add = (service: ServiceModel, severities: readonly Severity[]) => {
    for (const s of severities) if (pagesIn(env, service.team, s)) paging.add(service.pagerDuty[s]);
  };
  for (const a of model.cloudWatchAlarms) if (renderedIn(a, env.id, model.cloudWatchAlarms)) add(a.service, [a.severity]);
  for (const s of model.slos) {
    if (s.sli.cloudWatch && existsIn(s.sli.cloudWatch, env.id))
      add(
        s.service,
        [...tiersOn(s, "aws"), ...s.budgetAlerts]
          .map((x) => x.severity)
          .concat(noDataSeverity(s, model.severities, model.environments) ?? []),
      );
  }
  for (const svc of model.services)
    add(
      svc,
      svc.endpoints.filter((e) => e.urls[env.id] !== undefined).map((e) => e.severity),
    );
  return [...paging];
}
