import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import type { EnvironmentModel, Model } from "../engine/model";
import { GcpAlertRules } from "../constructs/gcp/alert-rules";
import { GcpLogging } from "../constructs/gcp/logging";
import { GcpNotificationChannels } from "../constructs/gcp/notification-channels";
import { GcpServiceSlos } from "../constructs/gcp/slo";
import { GcpUptimeChecks } from "../constructs/gcp/uptime-check";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";
import { escapeTerraformText } from "../constructs/terraform-text";

/** What a split environment's team stacks use from its shared stack. */
export interface GcpShared {
  readonly channels: GcpNotificationChannels;
}

/**
 * The Google Cloud monitoring stack of one environment. Composition only. Given `shared`, it is
 * a team stack of a split environment: it renders the (team's) alerts, SLOs and uptime checks
 * against the shared stack's channels; with `monitored: false`, only the shared part.
 */
export class GcpStack extends TerraformStack {
  readonly shared: GcpShared;

  constructor(
    scope: Construct,
    id: string,
    model: Model,
    env: EnvironmentModel & { gcp: NonNullable<EnvironmentModel["gcp"]> },
    keys?: PagerDutyKeys,
    split?: { readonly shared?: GcpShared; readonly monitored: boolean },
  ) {
    super(scope, id);
    escapeTerraformText(this);
    new GoogleProvider(this, "google", { project: env.gcp.project, region: env.gcp.region });

    this.shared = split?.shared ?? { channels: new GcpNotificationChannels(this, "channels", env, keys ?? new VariableKeys(this)) };
    if (!split?.shared) new GcpLogging(this, "logging", env.gcp.project, model.logClasses, model.logMetrics);
    if (split?.monitored === false) return;
    const channels = this.shared.channels;
    new GcpAlertRules(this, "alert-rules", env, channels, model.alerts);
    for (const service of model.services) {
      const slos = model.slos.filter((s) => s.service.id === service.id && s.sli.cloudMonitoring);
      if (slos.length > 0) new GcpServiceSlos(this, `slos-${service.id}`, env, channels, service, slos);
    }
    new GcpUptimeChecks(this, "uptime", env, env.gcp.project, channels, model.services);
  }
}
