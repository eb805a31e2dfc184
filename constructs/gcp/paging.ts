/**
 * The PagerDuty services (ServiceModel.pagerDuty) whose Google Cloud policies page through PagerDuty in an environment: what the
 * alert rules, SLOs and uptime checks of constructs/gcp render, at a severity the owning team's
 * routes send to PagerDuty. Their channels are created up front by the stack that owns them; a
 * policy that asks for a channel this list missed fails synth instead of creating it elsewhere.
 */
import type { Severity } from "../../engine/definitions/types";
import type { EnvironmentModel, Model, ServiceModel } from "../../engine/model";
import { tiersOn } from "../../engine/model/burn-rate";
import { noDataSeverity, pagesIn } from "../../engine/model/routing";

export function gcpPagingServices(model: Model, env: EnvironmentModel): string[] {
  const paging = new Set<string>();
  const add = (service: ServiceModel, severities: readonly Severity[]) => {
    for (const s of severities) if (pagesIn(env, service.team, s)) paging.add(service.pagerDuty[s]);
  };
  for (const a of model.alerts) if (a.prometheus !== undefined) add(a.service, [a.severity]);
  for (const s of model.slos) {
    if (s.sli.cloudMonitoring)
      add(
        s.service,
        [...tiersOn(s, "gcp"), ...s.budgetAlerts]
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
