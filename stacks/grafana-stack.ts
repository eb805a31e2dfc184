import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { GrafanaProvider } from "../.gen/providers/grafana/provider";
import type { EnvironmentModel, Model } from "../engine/model";
import { prometheusAlertServices } from "../engine/model/routing";
import { GrafanaDashboards } from "../constructs/grafana/dashboards";
import { GrafanaDataSources, GrafanaFolders } from "../constructs/grafana/folders-and-sources";
import { GrafanaNotifications } from "../constructs/grafana/notifications";
import { GrafanaRuleGroups } from "../constructs/grafana/rule-groups";
import { GrafanaSlos } from "../constructs/grafana/slos";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";
import { escapeTerraformText } from "../constructs/terraform-text";

/** What a split environment's team stacks use from its shared stack. */
export interface GrafanaShared {
  readonly folders: GrafanaFolders;
  readonly prometheusUid: string;
}

/**
 * The Grafana instance of one environment. Composition only. Given `shared`, it is a team stack
 * of a split environment: the (team's) dashboards, SLOs and rule groups in the shared stack's
 * folders; with `monitored: false`, only the shared part (folders, data sources, contact points
 * and the one notification policy tree).
 */
export class GrafanaStack extends TerraformStack {
  readonly shared: GrafanaShared;

  constructor(
    scope: Construct,
    id: string,
    model: Model,
    env: EnvironmentModel & { grafana: NonNullable<EnvironmentModel["grafana"]> },
    keys?: PagerDutyKeys,
    split?: { readonly shared?: GrafanaShared; readonly monitored: boolean },
  ) {
    super(scope, id);
    escapeTerraformText(this);
    const auth = new TerraformVariable(this, "grafana_auth", {
      type: "string",
      sensitive: true,
      description: "Grafana service account token",
    });
    new GrafanaProvider(this, "grafana", { url: env.grafana.url, auth: auth.stringValue });

    if (split?.shared) {
      this.shared = split.shared;
    } else {
      const folders = new GrafanaFolders(this, "folders", [...new Set(model.services.map((s) => s.team))]);
      const sources = new GrafanaDataSources(this, "datasources", env);
      new GrafanaNotifications(this, "notifications", env, keys ?? new VariableKeys(this), prometheusAlertServices(model));
      this.shared = { folders, prometheusUid: sources.prometheus.uid };
    }
    if (split?.monitored === false) return;
    const { folders, prometheusUid } = this.shared;
    new GrafanaDashboards(this, "dashboards", folders, model.dashboards);
    new GrafanaSlos(this, "slos", folders, prometheusUid, model.slos);
    new GrafanaRuleGroups(this, "rules", folders, prometheusUid, model.alerts);
  }
}
