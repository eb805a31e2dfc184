import { Construct } from "constructs";
import { Dashboard } from "../../.gen/providers/grafana/dashboard";
import type { DashboardModel } from "../../engine/model";
import type { GrafanaFolders } from "./folders-and-sources";
import { sloOverview } from "./slo-overview";
import { grafanaAddress } from "../../engine/model/naming/grafana";

export interface GrafanaDashboardsProps {
  readonly folders: GrafanaFolders;
  readonly dashboards: readonly DashboardModel[];
}

/** Each dashboard of the model in its team's folder: a definition's JSON, or the generated SLO overview. */
export class GrafanaDashboards extends Construct {
  constructor(scope: Construct, id: string, { folders, dashboards }: GrafanaDashboardsProps) {
    super(scope, id);
    for (const d of dashboards) {
      new Dashboard(this, d.id, {
        folder: folders.uid(d.team),
        configJson: JSON.stringify(d.content.kind === "definition" ? d.content.json : sloOverview(d.team, d.content.slos).build()),
        message: "Synthesized from the monitoring definitions",
        overwrite: true,
      }).overrideLogicalId(grafanaAddress.dashboard(d.id));
    }
  }
}
