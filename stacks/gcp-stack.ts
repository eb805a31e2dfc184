import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import type { EnvironmentModel } from "../engine/model";
import { gcpProblems } from "../constructs/gcp/limits";
import { GcpAlertRules, gcpQuery } from "../constructs/gcp/alert-rules";
import { GcpDashboards } from "../constructs/gcp/dashboard";
import { GcpLogging } from "../constructs/gcp/logging";
import { GcpNotificationChannels } from "../constructs/gcp/notification-channels";
import { gcpSends } from "../constructs/gcp/sends";
import { GcpServiceSlos } from "../constructs/gcp/slo";
import { GcpUptimeChecks } from "../constructs/gcp/uptime-check";
import { VariableKeys } from "../constructs/pagerduty-keys";
import { switchedOn, type Target, type TargetStackProps } from "./target";
import { escapeTerraformText } from "../constructs/terraform-text";
import { sloOnGoogleCloud } from "../engine/model/slos";

/** What a split environment's team stacks use from its shared stack. */
export interface GcpShared {
  readonly channels: GcpNotificationChannels;
}

/**
 * The Google Cloud monitoring stack of one environment. Composition only. Given `shared`, it is
 * a team stack of a split environment: it renders the (team's) alerts, SLOs, uptime checks and
 * their dashboard against the shared stack's channels; with `monitored: false`, only the shared part.
 */
export class GcpStack extends TerraformStack {
  readonly shared: GcpShared;

  constructor(scope: Construct, id: string, { model, env: environment, keys, split, owner }: TargetStackProps<GcpShared>) {
    super(scope, id);
    const env = withGcp(environment);
    escapeTerraformText(this);
    new GoogleProvider(this, "google", { project: env.gcp.project, region: env.gcp.region });

    this.shared = split?.shared ?? {
      channels: new GcpNotificationChannels(this, "channels", {
        env,
        keys: keys ?? new VariableKeys(this),
        sends: gcpSends(model, env),
      }),
    };
    if (!split?.shared) new GcpLogging(this, "logging", { project: env.gcp.project, classes: model.logClasses, metrics: model.logMetrics });
    if (split?.monitored === false) return;
    const channels = this.shared.channels;
    new GcpAlertRules(this, "alert-rules", { env, channels, rules: model.alerts });
    for (const service of model.services) {
      const slos = model.slos.filter((s) => s.service.id === service.id && sloOnGoogleCloud(s));
      if (slos.length > 0) new GcpServiceSlos(this, `slos-${service.id}`, { env, model, channels, service, slos });
    }
    const uptime = new GcpUptimeChecks(this, "uptime", { env, project: env.gcp.project, channels, services: model.services });
    // A team stack (its model holds one team's services) names its team; the environment's stack none.
    const team = owner ?? (split?.shared ? [...new Set(model.services.map((s) => s.team))].join(", ") : undefined);
    new GcpDashboards(this, "dashboards", { env, model, team, uptimeCheckIds: uptime.checkIds });
  }
}

function withGcp(env: EnvironmentModel): EnvironmentModel & { gcp: NonNullable<EnvironmentModel["gcp"]> } {
  if (!env.gcp) throw new Error(`environment "${env.id}" has no gcp settings`);
  return { ...env, gcp: env.gcp };
}

export const gcpTarget: Target<GcpShared> = {
  id: "gcp",
  enabled: (env) => Boolean(env.gcp) && switchedOn(env, "gcp"),
  problems: gcpProblems,
  sends: gcpSends,
  scopedByRunsOn: true,
  renders: { slo: sloOnGoogleCloud, alert: (a) => gcpQuery(a) !== undefined },
  pagerDuty: { sender: "gcp", name: "Google Cloud Monitoring (Events API v2)" },
  splitsByTeam: true,
  stack: (scope, id, props) => new GcpStack(scope, id, props),
};
