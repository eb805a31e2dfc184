import { Construct } from "constructs";
import { Dashboard } from "../../.gen/providers/grafana/dashboard";
import type { DashboardModel } from "../../engine/model";
import type { GrafanaFolders } from "./folders-and-sources";

/** Each dashboard of the model, its JSON from the foundation-sdk builder, in its team's folder. */
export class GrafanaDashboards extends Construct {
  constructor(scope: Construct, id: string, folders: GrafanaFolders, dashboards: readonly DashboardModel[]) {
    super(scope, id);
    for (const d of dashboards) {
      new Dashboard(this, d.id, {
        folder: folders.uid(d.team),
        configJson: JSON.stringify(d.json),
        message: "Synthesized from the monitoring definitions",
        overwrite: true,
      }).overrideLogicalId(`dashboard_${d.id}`);
    }
  }
}
