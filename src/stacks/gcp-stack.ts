import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import type { EnvironmentModel, Model } from "../model";
import { GcpAlertRules } from "../constructs/gcp/alert-rules";
import { GcpLogging } from "../constructs/gcp/logging";
import { GcpNotificationChannels } from "../constructs/gcp/notification-channels";
import { GcpServiceSlos } from "../constructs/gcp/slo";
import { GcpUptimeChecks } from "../constructs/gcp/uptime-check";
import { VariableKeys, type PagerDutyKeys } from "../constructs/pagerduty-keys";

/** The Google Cloud monitoring stack of one environment. Composition only. */
export class GcpStack extends TerraformStack {
  constructor(scope: Construct, id: string, model: Model, env: EnvironmentModel & { gcp: NonNullable<EnvironmentModel["gcp"]> }, keys?: PagerDutyKeys) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: env.gcp.project, region: env.gcp.region });

    const channels = new GcpNotificationChannels(this, "channels", env, keys ?? new VariableKeys(this));
    new GcpAlertRules(this, "alert-rules", env, channels, model.alerts);
    for (const service of model.services) {
      const slos = model.slos.filter((s) => s.service.id === service.id && s.sli.cloudMonitoring);
      if (slos.length > 0) new GcpServiceSlos(this, `slos-${service.id}`, env, channels, service, slos);
    }
    new GcpUptimeChecks(this, "uptime", env, env.gcp.project, channels, model.services);
    new GcpLogging(this, "logging", env.gcp.project, model.logClasses, model.logMetrics);
  }
}
