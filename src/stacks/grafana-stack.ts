import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { GrafanaProvider } from "../../.gen/providers/grafana/provider";
import type { EnvironmentModel, Model } from "../model";
import { prometheusAlertServices } from "../model/routing";
import { GrafanaDashboards } from "../constructs/grafana/dashboards";
import { GrafanaDataSources, GrafanaFolders } from "../constructs/grafana/folders-and-sources";
import { GrafanaNotifications } from "../constructs/grafana/notifications";
import { GrafanaRuleGroups } from "../constructs/grafana/rule-groups";
import { GrafanaSlos } from "../constructs/grafana/slos";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";

/** The Grafana instance of one environment. Composition only. */
export class GrafanaStack extends TerraformStack {
  constructor(scope: Construct, id: string, model: Model, env: EnvironmentModel & { grafana: NonNullable<EnvironmentModel["grafana"]> }, keys?: PagerDutyKeys) {
    super(scope, id);
    const auth = new TerraformVariable(this, "grafana_auth", { type: "string", sensitive: true, description: "Grafana service account token" });
    new GrafanaProvider(this, "grafana", { url: env.grafana.url, auth: auth.stringValue });

    const folders = new GrafanaFolders(this, "folders", [...new Set(model.services.map((s) => s.team))]);
    const sources = new GrafanaDataSources(this, "datasources", env);
    new GrafanaDashboards(this, "dashboards", folders, model.dashboards);
    new GrafanaSlos(this, "slos", folders, sources.prometheus.uid, model.slos);
    new GrafanaNotifications(this, "notifications", env, keys ?? new VariableKeys(this), prometheusAlertServices(model));
    new GrafanaRuleGroups(this, "rules", folders, sources.prometheus.uid, model.alerts);
  }
}
