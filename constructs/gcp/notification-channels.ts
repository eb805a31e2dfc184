import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { MonitoringNotificationChannel } from "@cdktf/provider-google/lib/monitoring-notification-channel";
import { SEVERITIES, type Severity } from "../../engine/definitions/types";
import type { ChannelModel, EnvironmentModel } from "../../engine/model";
import type { PagerDutyKeys } from "../pagerduty-keys";

type Channel<K extends ChannelModel["kind"]> = Extract<ChannelModel, { kind: K }>;

export interface GcpNotificationChannelsProps {
  readonly env: EnvironmentModel;
  readonly keys: PagerDutyKeys;
}

/**
 * Cloud Monitoring notification channels for the environment's routing. Slack and email
 * channels exist once; a PagerDuty channel exists per monitored service that pages, with the
 * key of that service's PagerDuty service. Secrets come from variables or the PagerDuty stack.
 */
export class GcpNotificationChannels extends Construct {
  private readonly shared = new Map<string, MonitoringNotificationChannel>();
  private readonly pagerDuty = new Map<string, MonitoringNotificationChannel>();
  private slackToken?: TerraformVariable;

  private readonly env: EnvironmentModel;
  private readonly keys: PagerDutyKeys;

  constructor(scope: Construct, id: string, { env, keys }: GcpNotificationChannelsProps) {
    super(scope, id);
    this.env = env;
    this.keys = keys;
    const used = new Map<string, ChannelModel>();
    for (const severity of SEVERITIES) for (const c of env.routes[severity]) used.set(c.id, c);
    for (const channel of used.values()) {
      if (channel.kind === "slack") this.shared.set(channel.id, this.slack(channel));
      if (channel.kind === "email") this.shared.set(channel.id, this.email(channel));
    }
  }

  private labels(channel: ChannelModel, service?: string): Record<string, string> {
    return { ...this.env.labels, channel: channel.id, ...(service ? { service } : {}) };
  }

  private slack(channel: Channel<"slack">): MonitoringNotificationChannel {
    this.slackToken ??= new TerraformVariable(this.node.scope!, "slack_auth_token", {
      type: "string",
      sensitive: true,
      description: "Slack OAuth token of the Google Cloud Monitoring Slack app",
    });
    const resource = new MonitoringNotificationChannel(this, channel.id, {
      type: "slack",
      displayName: `Slack ${channel.channel}`,
      labels: { channel_name: channel.channel },
      sensitiveLabels: { authToken: this.slackToken.stringValue },
      userLabels: this.labels(channel),
    });
    resource.overrideLogicalId(`channel_${channel.id}`);
    return resource;
  }

  private email(channel: Channel<"email">): MonitoringNotificationChannel {
    const resource = new MonitoringNotificationChannel(this, channel.id, {
      type: "email",
      displayName: `Email ${channel.address}`,
      labels: { email_address: channel.address },
      userLabels: this.labels(channel),
    });
    resource.overrideLogicalId(`channel_${channel.id}`);
    return resource;
  }

  private pagerDutyFor(channel: Channel<"pagerduty">, service: string): MonitoringNotificationChannel {
    const id = `${channel.id}_${service}`;
    let resource = this.pagerDuty.get(id);
    if (!resource) {
      resource = new MonitoringNotificationChannel(this, id, {
        type: "pagerduty",
        displayName: `PagerDuty: ${service}`,
        sensitiveLabels: { serviceKey: this.keys.key(service, "gcp") },
        userLabels: this.labels(channel, service),
      });
      resource.overrideLogicalId(`channel_${id}`);
      this.pagerDuty.set(id, resource);
    }
    return resource;
  }

  /** Channel resource names that an alert of this severity for this service notifies. */
  forAlert(severity: Severity, service: string): string[] {
    return this.env.routes[severity].map((c) => (c.kind === "pagerduty" ? this.pagerDutyFor(c, service) : this.shared.get(c.id)!).name);
  }
}
