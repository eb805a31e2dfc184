import { LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { GrafanaProvider } from "../../.gen/providers/grafana/provider";
import { SEVERITIES, type Severity } from "../definitions/types";
import type { EnvironmentModel, Model } from "../model";
import { GrafanaDashboards } from "../constructs/grafana/dashboards";
import { GrafanaDataSources, GrafanaFolders } from "../constructs/grafana/folders-and-sources";
import { GrafanaNotifications } from "../constructs/grafana/notifications";
import { GrafanaRuleGroups } from "../constructs/grafana/rule-groups";
import { GrafanaSlos } from "../constructs/grafana/slos";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";

/** Services with Grafana-evaluated alerts (rules, SLO burn alerts) at each severity: they need PagerDuty routes. */
function pagingServices(model: Model): Map<Severity, string[]> {
  const map = new Map<Severity, string[]>(SEVERITIES.map((s) => [s, []]));
  const add = (severity: Severity, service: string) => {
    if (!map.get(severity)!.includes(service)) map.get(severity)!.push(service);
  };
  for (const a of model.alerts) if (a.prometheus) add(a.severity, a.service.id);
  for (const s of model.slos) if (s.sli.prometheus) for (const t of s.tiers) if (t.id !== "ticket") add(t.severity, s.service.id);
  return map;
}

/** The Grafana instance of one environment. Composition only. */
export class GrafanaStack extends TerraformStack {
  constructor(scope: Construct, id: string, model: Model, env: EnvironmentModel & { grafana: NonNullable<EnvironmentModel["grafana"]> }, keys?: PagerDutyKeys) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    const auth = new TerraformVariable(this, "grafana_auth", { type: "string", sensitive: true, description: "Grafana service account token" });
    new GrafanaProvider(this, "grafana", { url: env.grafana.url, auth: auth.stringValue });

    const folders = new GrafanaFolders(this, "folders", [...new Set(model.services.map((s) => s.team))]);
    const sources = new GrafanaDataSources(this, "datasources", env);
    new GrafanaDashboards(this, "dashboards", folders, model.dashboards);
    new GrafanaSlos(this, "slos", folders, sources.prometheus.uid, model.slos);
    new GrafanaNotifications(this, "notifications", env, keys ?? new VariableKeys(this), pagingServices(model));
    new GrafanaRuleGroups(this, "rules", folders, sources.prometheus.uid, model.alerts);
  }
}
