import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { MonitoringNotificationChannel } from "@cdktf/provider-google/lib/monitoring-notification-channel";
import { SEVERITIES, type Severity } from "../../definitions/types";
import type { ChannelModel, EnvironmentModel } from "../../model";
import { variableName } from "../names";

/**
 * One Cloud Monitoring notification channel per channel the environment's routing uses.
 * PagerDuty service keys and the Slack token come from sensitive variables, never literals.
 */
export class GcpNotificationChannels extends Construct {
  private readonly byChannel = new Map<string, MonitoringNotificationChannel>();

  constructor(scope: Construct, id: string, private readonly env: EnvironmentModel) {
    super(scope, id);
    const used = new Map<string, ChannelModel>();
    for (const severity of SEVERITIES) for (const c of env.routes[severity]) used.set(c.id, c);

    let slackToken: TerraformVariable | undefined;
    for (const channel of used.values()) {
      const resource = this.create(channel, () => {
        slackToken ??= new TerraformVariable(scope, "slack_auth_token", {
          type: "string",
          sensitive: true,
          description: "Slack OAuth token of the Google Cloud Monitoring Slack app",
        });
        return slackToken.stringValue;
      });
      resource.overrideLogicalId(`channel_${channel.id}`);
      this.byChannel.set(channel.id, resource);
    }
  }

  private create(channel: ChannelModel, slackToken: () => string): MonitoringNotificationChannel {
    const common = {
      userLabels: { channel: channel.id, ...this.env.labels },
      forceDelete: false,
    };
    switch (channel.kind) {
      case "pagerduty": {
        const key = new TerraformVariable(this.node.scope!, variableName("pagerduty_service_key", channel.id), {
          type: "string",
          sensitive: true,
          description: `PagerDuty Events API integration key of "${channel.name}"`,
        });
        return new MonitoringNotificationChannel(this, channel.id, {
          ...common,
          type: "pagerduty",
          displayName: `PagerDuty: ${channel.name}`,
          sensitiveLabels: { serviceKey: key.stringValue },
        });
      }
      case "slack":
        return new MonitoringNotificationChannel(this, channel.id, {
          ...common,
          type: "slack",
          displayName: `Slack ${channel.channel}`,
          labels: { channel_name: channel.channel },
          sensitiveLabels: { authToken: slackToken() },
        });
      case "email":
        return new MonitoringNotificationChannel(this, channel.id, {
          ...common,
          type: "email",
          displayName: `Email ${channel.address}`,
          labels: { email_address: channel.address },
        });
    }
  }

  /** Channel resource names that alerts of this severity notify in this environment. */
  forSeverity(severity: Severity): string[] {
    return this.env.routes[severity].map((c) => this.byChannel.get(c.id)!.name);
  }
}
