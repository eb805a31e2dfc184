import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { GrafanaProvider } from "../.gen/providers/grafana/provider";
import type { EnvironmentModel } from "../engine/model";
import { terraformVariable } from "../engine/model/naming/variables";
import { grafanaProblems } from "../constructs/grafana/limits";
import { prometheusSends } from "../engine/model/routing";
import { runsOn } from "../engine/model/views";
import { GrafanaDashboards } from "../constructs/grafana/dashboards";
import { GrafanaDataSources, GrafanaFolders } from "../constructs/grafana/folders-and-sources";
import { GrafanaNotifications } from "../constructs/grafana/notifications";
import { GrafanaRuleGroups, GrafanaSloRuleGroups } from "../constructs/grafana/rule-groups";
import { GrafanaSlos } from "../constructs/grafana/slos";
import { VariableKeys } from "../constructs/pagerduty-keys";
import { switchedOn, type Target, type TargetStackProps } from "./target";
import { escapeTerraformText } from "../constructs/terraform-text";

/** What a split environment's team stacks use from its shared stack. */
export interface GrafanaShared {
  readonly folders: GrafanaFolders;
  readonly prometheusUid: string;
  readonly sloDestinationUid?: string;
}

/**
 * The Grafana instance of one environment. Composition only. Given `shared`, it is a team stack
 * of a split environment: the (team's) dashboards, SLOs and rule groups in the shared stack's
 * folders; with `monitored: false`, only the shared part (folders, data sources, contact points
 * and the one notification policy tree).
 */
export class GrafanaStack extends TerraformStack {
  readonly shared: GrafanaShared;

  constructor(scope: Construct, id: string, { model, env: environment, keys, split, owner }: TargetStackProps<GrafanaShared>) {
    super(scope, id);
    const env = withGrafana(environment);
    escapeTerraformText(this);
    const auth = new TerraformVariable(this, terraformVariable.grafanaAuth, {
      type: "string",
      sensitive: true,
      description: "Grafana service account token",
    });
    new GrafanaProvider(this, "grafana", { url: env.grafana.url, auth: auth.stringValue });

    if (split?.shared) {
      this.shared = split.shared;
    } else {
      const folders = new GrafanaFolders(this, "folders", { teams: [...new Set(model.services.map((s) => s.team))] });
      const reads = (target: string) => model.services.some((s) => runsOn(s, target, env.id));
      const sources = new GrafanaDataSources(this, "datasources", { env, reads: { gcp: reads("gcp"), aws: reads("aws") } });
      new GrafanaNotifications(this, "notifications", {
        env,
        keys: keys ?? new VariableKeys(this),
        sends: grafanaTarget.sends(model, env),
        owner,
        alerts: model.alerts.filter((a) => a.prometheus !== undefined),
      });
      this.shared = { folders, prometheusUid: sources.prometheus.uid, sloDestinationUid: sources.sloDestination?.uid };
    }
    if (split?.monitored === false) return;
    const { folders, prometheusUid, sloDestinationUid } = this.shared;
    new GrafanaDashboards(this, "dashboards", { folders, dashboards: model.dashboards });
    new GrafanaSlos(this, "slos", { folders, destinationUid: sloDestinationUid, slos: model.slos });
    new GrafanaRuleGroups(this, "rules", { folders, datasourceUid: prometheusUid, rules: model.alerts });
    new GrafanaSloRuleGroups(this, "slo-rules", { folders, datasourceUid: prometheusUid, model });
  }
}

function withGrafana(env: EnvironmentModel): EnvironmentModel & { grafana: NonNullable<EnvironmentModel["grafana"]> } {
  if (!env.grafana) throw new Error(`environment "${env.id}" has no grafana settings`);
  return { ...env, grafana: env.grafana };
}

export const grafanaTarget: Target<GrafanaShared> = {
  id: "grafana",
  enabled: (env) => Boolean(env.grafana) && switchedOn(env, "grafana"),
  problems: grafanaProblems,
  sends: (model) => prometheusSends(model),
  scopedByRunsOn: true,
  renders: { slo: (s) => s.sli.prometheus !== undefined, alert: (a) => a.prometheus !== undefined },
  pagerDuty: { sender: "grafana", name: "Grafana Alerting (Events API v2)" },
  splitsByTeam: true,
  stack: (scope, id, props) => new GrafanaStack(scope, id, props),
};
