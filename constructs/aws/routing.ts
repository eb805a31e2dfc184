import { Fn, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ChatbotSlackChannelConfiguration } from "@cdktf/provider-aws/lib/chatbot-slack-channel-configuration";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { SEVERITIES, type Severity } from "../../engine/definitions/types";
import type { ChannelModel, EnvironmentModel, RoutesModel, Send, ServiceModel } from "../../engine/model";
import { pagedServices, routesFor } from "../../engine/model/routing";
import {
  alertKeyAlias,
  awsAddress,
  alertTopicKey,
  alertTopicName,
  chatbotConfigurationName,
  chatbotRoleName,
  pagerDutyTopicName,
} from "../../engine/model/naming/aws";
import { terraformVariable } from "../../engine/model/naming/variables";
import type { PagerDutyKeys } from "../pagerduty-keys";

type AwsEnvironment = EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> };

/** What Chatbot may do in CloudWatch on behalf of a Slack channel: read, never change. */
export const CHATBOT_ACTIONS = [
  "cloudwatch:DescribeAlarmHistory",
  "cloudwatch:DescribeAlarms",
  "cloudwatch:GetMetricData",
  "cloudwatch:GetMetricStatistics",
  "cloudwatch:ListMetrics",
];

/**
 * What CloudWatch needs to publish to an SSE-KMS topic: a data key to encrypt the message with,
 * and decrypting it (AWS SNS developer guide, "Enable compatibility between event sources from
 * AWS services and encrypted topics"). Nothing more.
 */
export const PUBLISHER_KMS_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey"];

/** The KMS actions CloudWatch Logs needs to write encrypted log groups. */
const SERVICE_KMS_ACTIONS = [
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:ReEncryptFrom",
  "kms:ReEncryptTo",
];

export interface AwsAlertRoutingProps {
  readonly env: AwsEnvironment;
  readonly keys: PagerDutyKeys;
  /** What the stack's alarms notify about (constructs/aws/sends.ts): only their topics are made. */
  readonly sends: readonly Send[];
}

/**
 * Severity routing on AWS for what the stack's alarms notify: a KMS key, one encrypted SNS topic
 * per severity used for its Slack, email and webhook channels (per team and severity where a team
 * routes otherwise; nothing of a team without alarms here), and one per PagerDuty service paged,
 * subscribed to the CloudWatch
 * integration of that service's PagerDuty service. Topic policies let only CloudWatch alarms
 * of this account publish; Slack is reached through AWS Chatbot with a read-only role. Alarms send OK to the same topic, so incidents
 * resolve where they were opened.
 */
export class AwsAlertRouting extends Construct {
  readonly key: KmsKey;
  /** Severity topics: "<severity>" for the organisation's routes, "<team>/<severity>" where a team routes otherwise. */
  private readonly topics = new Map<string, SnsTopic>();
  private readonly pagerDutyTopics = new Map<string, SnsTopic>();

  readonly env: AwsEnvironment;
  private readonly keys: PagerDutyKeys;

  constructor(scope: Construct, id: string, { env, keys, sends }: AwsAlertRoutingProps) {
    super(scope, id);
    this.env = env;
    this.keys = keys;
    const { account, region } = env.aws;
    this.key = new KmsKey(this, "key", {
      description: `Encrypts ${env.id} alert topics and log groups`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            // Without the account root the key could become unmanageable; IAM policies decide who administers it.
            Sid: "AccountAdministersKey",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: "kms:*",
            Resource: "*",
          },
          {
            Sid: "CloudWatchAlarmsPublishToEncryptedTopics",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: PUBLISHER_KMS_ACTIONS,
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": account } },
          },
          {
            Sid: "CloudWatchLogsEncryptLogGroups",
            Effect: "Allow",
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: SERVICE_KMS_ACTIONS,
            Resource: "*",
            Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${region}:${account}:log-group:*` } },
          },
        ],
      }),
      tags: env.labels,
    });
    this.key.overrideLogicalId("alerts_key");
    new KmsAlias(this, "alias", { name: alertKeyAlias(env), targetKeyId: this.key.keyId }).overrideLogicalId("alerts_key_alias");

    const slackTopics = new Map<string, { channel: Extract<ChannelModel, { kind: "slack" }>; topics: SnsTopic[] }>();
    const webhookUrls = new Map<string, TerraformVariable>();
    const peopleFacing = (routes: RoutesModel, severity: Severity) => routes[severity].filter((c) => c.kind !== "pagerduty");
    const severityTopic = (channels: readonly ChannelModel[], severity: Severity, team?: string) => {
      // PagerDuty is reached through a topic per monitored service (see actionsFor); the
      // severity topic carries Slack, email and webhooks.
      const key = alertTopicKey(severity, team);
      const topic = this.topic(alertTopicName(env, severity, team), awsAddress.topic(key), { severity, ...(team ? { team } : {}) });
      this.topics.set(team ? `${team}/${severity}` : severity, topic);
      for (const channel of channels) {
        const subscriptionId = awsAddress.subscription(key, channel.id);
        if (channel.kind === "email") {
          new SnsTopicSubscription(this, subscriptionId, {
            topicArn: topic.arn,
            protocol: "email",
            endpoint: channel.address,
          }).overrideLogicalId(subscriptionId);
        } else if (channel.kind === "webhook") {
          let url = webhookUrls.get(channel.id);
          if (!url) {
            url = new TerraformVariable(scope, terraformVariable.webhookUrl(channel.id), {
              type: "string",
              sensitive: true,
              description: `URL of the webhook "${channel.id}" (${channel.description}); https only`,
            });
            webhookUrls.set(channel.id, url);
          }
          // The URL carries the receiver's token and the provider does not mark `endpoint` sensitive.
          new SnsTopicSubscription(this, subscriptionId, {
            topicArn: topic.arn,
            protocol: "https",
            endpoint: Fn.sensitive(url.stringValue),
            endpointAutoConfirms: true,
          }).overrideLogicalId(subscriptionId);
        } else if (channel.kind === "slack") {
          const entry = slackTopics.get(channel.id) ?? { channel, topics: [] };
          entry.topics.push(topic);
          slackTopics.set(channel.id, entry);
        }
      }
    };
    // Each send's severity topic: its team's own where the team's people-facing channels differ.
    const wanted = new Set(sends.map(({ service, severity }) => topicKey(env, service.team, severity)));
    for (const severity of SEVERITIES) {
      const channels = peopleFacing(env.routes, severity);
      if (channels.length && wanted.has(severity)) severityTopic(channels, severity);
    }
    for (const [team, routes] of Object.entries(env.teamRoutes)) {
      for (const severity of SEVERITIES) {
        const channels = peopleFacing(routes, severity);
        if (channels.length && wanted.has(`${team}/${severity}`)) severityTopic(channels, severity, team);
      }
    }
    for (const service of pagedServices(env, sends)) this.pagerDutyTopic(service);

    if (slackTopics.size > 0) {
      const role = new IamRole(this, "chatbot-role", {
        name: chatbotRoleName(env),
        assumeRolePolicy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "chatbot.amazonaws.com" },
              Action: "sts:AssumeRole",
              // Confused deputy: only Chatbot acting for this account's channel configurations.
              Condition: {
                StringEquals: { "aws:SourceAccount": env.aws.account },
                ArnLike: { "aws:SourceArn": `arn:aws:chatbot::${env.aws.account}:chat-configuration/*` },
              },
            },
          ],
        }),
        tags: env.labels,
      });
      role.overrideLogicalId("chatbot_role");
      new IamRolePolicy(this, "chatbot-policy", {
        role: role.name,
        name: "read-cloudwatch",
        policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: CHATBOT_ACTIONS, Resource: "*" }] }),
      }).overrideLogicalId("chatbot_role_policy");
      for (const { channel, topics } of slackTopics.values()) {
        new ChatbotSlackChannelConfiguration(this, `chatbot-${channel.id}`, {
          configurationName: chatbotConfigurationName(env, channel.id),
          iamRoleArn: role.arn,
          slackTeamId: channel.slackIds!.workspace,
          slackChannelId: channel.slackIds!.channel,
          snsTopicArns: topics.map((t) => t.arn),
          guardrailPolicyArns: ["arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess"],
          loggingLevel: "ERROR",
          tags: env.labels,
        }).overrideLogicalId(awsAddress.chatbot(channel.id));
      }
    }
  }

  /** An encrypted topic that only CloudWatch alarms of this account may publish to. */
  private topic(name: string, logicalId: string, tags: Record<string, string>): SnsTopic {
    const { account, region } = this.env.aws;
    const topic = new SnsTopic(this, logicalId, { name, kmsMasterKeyId: this.key.arn, tags: { ...this.env.labels, ...tags } });
    topic.overrideLogicalId(logicalId);
    new SnsTopicPolicy(this, `${logicalId}-policy`, {
      arn: topic.arn,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "OnlyCloudWatchAlarmsOfThisAccountPublish",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: topic.arn,
            Condition: {
              StringEquals: { "aws:SourceAccount": account },
              ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:${region}:${account}:alarm:*` },
            },
          },
        ],
      }),
    }).overrideLogicalId(logicalId.replace(/^topic_/, "topic_policy_"));
    return topic;
  }

  /** The topic that pages the PagerDuty service of a monitored service. */
  private pagerDutyTopic(service: string): SnsTopic {
    const topic = this.topic(pagerDutyTopicName(this.env, service), awsAddress.pagerDutyTopic(service), { service });
    new SnsTopicSubscription(this, awsAddress.pagerDutySubscription(service), {
      topicArn: topic.arn,
      protocol: "https",
      endpoint: `https://events.pagerduty.com/integration/${this.keys.key(service, "cloudwatch")}/enqueue`,
      endpointAutoConfirms: true,
    }).overrideLogicalId(awsAddress.pagerDutySubscription(service));
    this.pagerDutyTopics.set(service, topic);
    return topic;
  }

  /** ARNs an alarm of this severity for this service notifies (by its team's routes), in ALARM and back in OK. */
  actionsFor(severity: Severity, service: Pick<ServiceModel, "id" | "team" | "pagerDuty">): string[] {
    const actions: string[] = [];
    const routes = routesFor(this.env, service.team)[severity];
    if (routes.some((c) => c.kind !== "pagerduty")) {
      const topic = this.topics.get(topicKey(this.env, service.team, severity));
      if (!topic) throw new Error(`no ${severity} topic for team "${service.team}": its stack did not create it`);
      actions.push(topic.arn);
    }
    if (routes.some((c) => c.kind === "pagerduty")) {
      const paging = this.pagerDutyTopics.get(service.pagerDuty[severity]);
      if (!paging) throw new Error(`no PagerDuty topic for "${service.pagerDuty[severity]}": its stack did not create it`);
      actions.push(paging.arn);
    }
    return actions;
  }
}

/** The severity topic a team's alarms use: "<team>/<severity>" where its people-facing channels differ from the organisation's, else "<severity>". */
function topicKey(env: EnvironmentModel, team: string, severity: Severity): string {
  const ids = (routes: RoutesModel) =>
    routes[severity]
      .filter((c) => c.kind !== "pagerduty")
      .map((c) => c.id)
      .join();
  return ids(routesFor(env, team)) === ids(env.routes) ? severity : `${team}/${severity}`;
}
