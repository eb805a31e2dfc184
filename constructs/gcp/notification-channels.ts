import { Fn, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  MonitoringNotificationChannel,
  type MonitoringNotificationChannelConfig,
} from "@cdktf/provider-google/lib/monitoring-notification-channel";
import type { Severity } from "../../engine/definitions/types";
import type { EnvironmentModel, Send, ServiceModel } from "../../engine/model";
import { channelsUsed, routesFor } from "../../engine/model/routing";
import { terraformVariable } from "../../engine/model/naming/variables";
import { slackTokens } from "../slack-tokens";
import type { PagerDutyKeys } from "../pagerduty-keys";
import { gcpAddress } from "../../engine/model/naming/gcp";

export interface GcpNotificationChannelsProps {
  readonly env: EnvironmentModel;
  readonly keys: PagerDutyKeys;
  /** What the stack's policies notify about (constructs/gcp/sends.ts): only their channels are made. */
  readonly sends: readonly Send[];
}

/**
 * Cloud Monitoring notification channels of what the stack's policies notify, by each service
 * team's routes: nothing of a team that has no policy here. Slack, email and webhook channels
 * exist once; a PagerDuty channel exists per PagerDuty service paged, with that service's key.
 * All are created here, by the stack that owns them; secrets come from variables or the
 * PagerDuty stack.
 */
export class GcpNotificationChannels extends Construct {
  private readonly shared = new Map<string, MonitoringNotificationChannel>();
  private readonly pagerDuty = new Map<string, MonitoringNotificationChannel>();
  private readonly env: EnvironmentModel;

  constructor(scope: Construct, id: string, { env, keys, sends }: GcpNotificationChannelsProps) {
    super(scope, id);
    this.env = env;
    const used = new Map(channelsUsed(env, sends).map((c) => [c.id, c]));
    const slackToken = slackTokens(scope, "slack_auth_token", "Slack OAuth token of the Google Cloud Monitoring Slack app");
    for (const channel of used.values()) {
      const labels = { ...env.labels, channel: channel.id };
      let config: MonitoringNotificationChannelConfig | undefined;
      switch (channel.kind) {
        case "slack":
          config = {
            type: "slack",
            displayName: `Slack ${channel.channel}`,
            labels: { channel_name: channel.channel },
            sensitiveLabels: { authToken: slackToken(channel.credential).stringValue },
            userLabels: labels,
          };
          break;
        case "email":
          config = {
            type: "email",
            displayName: `Email ${channel.address}`,
            labels: { email_address: channel.address },
            userLabels: labels,
          };
          break;
        case "webhook": {
          // The URL carries the receiver's token: a sensitive variable, kept sensitive in the plan.
          const url = new TerraformVariable(scope, terraformVariable.webhookUrl(channel.id), {
            type: "string",
            sensitive: true,
            description: `URL of the webhook "${channel.id}" (${channel.description})`,
          });
          config = {
            type: "webhook_tokenauth",
            displayName: `Webhook ${channel.id}`,
            labels: { url: Fn.sensitive(url.stringValue) },
            userLabels: labels,
          };
          break;
        }
        case "pagerduty":
          break;
      }
      if (!config) continue;
      const resource = new MonitoringNotificationChannel(this, channel.id, config);
      resource.overrideLogicalId(gcpAddress.channel(channel.id));
      this.shared.set(channel.id, resource);
    }
    // A PagerDuty channel per PagerDuty channel definition and PagerDuty service paged through it: named after
    // the channel each send's team routes to, so neither another team's channel nor the order of definitions names it.
    for (const { service, severity } of sends) {
      const pdService = service.pagerDuty[severity];
      for (const pagerDuty of routesFor(env, service.team)[severity].filter((c) => c.kind === "pagerduty")) {
        const channelId = `${pagerDuty.id}_${pdService}`;
        if (this.pagerDuty.has(channelId)) continue;
        const resource = new MonitoringNotificationChannel(this, channelId, {
          type: "pagerduty",
          displayName: `PagerDuty: ${pdService}`,
          sensitiveLabels: { serviceKey: keys.key(pdService, "gcp") },
          userLabels: { ...env.labels, channel: pagerDuty.id, service: pdService },
        });
        resource.overrideLogicalId(gcpAddress.channel(channelId));
        this.pagerDuty.set(channelId, resource);
      }
    }
  }

  /** Channel resource names that an alert of this severity for this service notifies, by its team's routes. */
  /** The channels of the alert's severity that are not PagerDuty: an open incident there is not paged again. */
  remindable(severity: Severity, service: Pick<ServiceModel, "id" | "team" | "pagerDuty">): string[] {
    return routesFor(this.env, service.team)[severity].flatMap((c) => (c.kind === "pagerduty" ? [] : [this.shared.get(c.id)!.name]));
  }

  forAlert(severity: Severity, service: Pick<ServiceModel, "id" | "team" | "pagerDuty">): string[] {
    return routesFor(this.env, service.team)[severity].map((c) => {
      const resource = c.kind === "pagerduty" ? this.pagerDuty.get(`${c.id}_${service.pagerDuty[severity]}`) : this.shared.get(c.id);
      if (!resource) throw new Error(`no notification channel "${c.id}" for service "${service.id}": its stack did not create it`);
      return resource.name;
    });
  }
}
