/**
 * What the Google Cloud stack notifies about in an environment: the alert rules, SLOs (tiers,
 * budget and no-data alerts) and uptime checks constructs/gcp renders. Its notification channels
 * are made for these and no others; a policy that asks for a channel they missed fails synth
 * instead of creating it elsewhere.
 */
import type { EnvironmentModel, Model, Send } from "../../engine/model";
import { tiersOn } from "../../engine/model/burn-rate";
import { sloOnGoogleCloud } from "../../engine/model/slos";
import { endpointSends, noDataSeverity, sendsOf } from "../../engine/model/routing";
import { gcpQuery } from "./alert-rules";

export function gcpSends(model: Model, env: EnvironmentModel): Send[] {
  return [
    ...model.alerts.flatMap((a) => (gcpQuery(a) !== undefined ? sendsOf(a.service, [a.severity]) : [])),
    ...model.slos.flatMap((s) =>
      sloOnGoogleCloud(s)
        ? sendsOf(s.service, [
            // A grouped SLO has no SLO object, so no budget alerts on Google Cloud (see GcpServiceSlos).
            ...[...tiersOn(s, "gcp"), ...(s.sli.cloudMonitoring ? s.budgetAlerts : [])].map((x) => x.severity),
            ...[noDataSeverity(s, model.severities, model.environments)].filter((x) => x !== undefined),
          ])
        : [],
    ),
    ...endpointSends(model.services, env),
  ];
}
