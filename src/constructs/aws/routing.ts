import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ChatbotSlackChannelConfiguration } from "@cdktf/provider-aws/lib/chatbot-slack-channel-configuration";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { SEVERITIES, type Severity } from "../../definitions/types";
import type { ChannelModel, EnvironmentModel } from "../../model";
import { variableName } from "../names";

type AwsEnvironment = EnvironmentModel & { aws: NonNullable<EnvironmentModel["aws"]> };

/** What Chatbot may do in CloudWatch on behalf of a Slack channel: read, never change. */
export const CHATBOT_ACTIONS = [
  "cloudwatch:DescribeAlarmHistory",
  "cloudwatch:DescribeAlarms",
  "cloudwatch:GetMetricData",
  "cloudwatch:GetMetricStatistics",
  "cloudwatch:ListMetrics",
];

/** The KMS actions a service needs to publish to an encrypted topic or write encrypted logs. */
const SERVICE_KMS_ACTIONS = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom", "kms:ReEncryptTo"];

/**
 * Severity routing on AWS: a KMS key, one encrypted SNS topic per severity whose topic policy
 * lets only CloudWatch alarms of this account publish, and subscriptions per channel:
 * PagerDuty's CloudWatch integration (key from a sensitive variable), email, and Slack
 * through AWS Chatbot with a read-only role. Alarms send OK to the same topic, so incidents
 * resolve where they were opened.
 */
export class AwsAlertRouting extends Construct {
  readonly key: KmsKey;
  private readonly topics = new Map<Severity, SnsTopic>();

  constructor(scope: Construct, id: string, env: AwsEnvironment) {
    super(scope, id);
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
            Action: SERVICE_KMS_ACTIONS,
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
    new KmsAlias(this, "alias", { name: `alias/${env.id}-monitoring`, targetKeyId: this.key.keyId }).overrideLogicalId("alerts_key_alias");

    const pagerDutyKeys = new Map<string, TerraformVariable>();
    const slackTopics = new Map<string, { channel: Extract<ChannelModel, { kind: "slack" }>; topics: SnsTopic[] }>();

    for (const severity of SEVERITIES) {
      const channels = env.routes[severity];
      if (channels.length === 0) continue;
      const name = `${env.id}-alerts-${severity.toLowerCase()}`;
      const topic = new SnsTopic(this, `topic-${severity}`, { name, kmsMasterKeyId: this.key.arn, tags: { ...env.labels, severity } });
      topic.overrideLogicalId(`topic_${severity.toLowerCase()}`);
      this.topics.set(severity, topic);
      new SnsTopicPolicy(this, `topic-policy-${severity}`, {
        arn: topic.arn,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{
            Sid: "OnlyCloudWatchAlarmsOfThisAccountPublish",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: topic.arn,
            Condition: {
              StringEquals: { "aws:SourceAccount": account },
              ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:${region}:${account}:alarm:*` },
            },
          }],
        }),
      }).overrideLogicalId(`topic_policy_${severity.toLowerCase()}`);

      for (const channel of channels) {
        const subscriptionId = `subscription_${severity.toLowerCase()}_${channel.id}`;
        switch (channel.kind) {
          case "pagerduty": {
            let key = pagerDutyKeys.get(channel.id);
            if (!key) {
              key = new TerraformVariable(scope, variableName("pagerduty_cloudwatch_key", channel.id), {
                type: "string",
                sensitive: true,
                description: `Integration key of the Amazon CloudWatch integration of PagerDuty service "${channel.name}"`,
              });
              pagerDutyKeys.set(channel.id, key);
            }
            new SnsTopicSubscription(this, subscriptionId, {
              topicArn: topic.arn,
              protocol: "https",
              endpoint: `https://events.pagerduty.com/integration/${key.stringValue}/enqueue`,
              endpointAutoConfirms: true,
            }).overrideLogicalId(subscriptionId);
            break;
          }
          case "email":
            new SnsTopicSubscription(this, subscriptionId, { topicArn: topic.arn, protocol: "email", endpoint: channel.address }).overrideLogicalId(subscriptionId);
            break;
          case "slack": {
            const entry = slackTopics.get(channel.id) ?? { channel, topics: [] };
            entry.topics.push(topic);
            slackTopics.set(channel.id, entry);
            break;
          }
        }
      }
    }

    if (slackTopics.size > 0) {
      const role = new IamRole(this, "chatbot-role", {
        name: `${env.id}-chatbot-cloudwatch-read`,
        assumeRolePolicy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: { Service: "chatbot.amazonaws.com" }, Action: "sts:AssumeRole" }],
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
          configurationName: `${env.id}-${channel.id}`,
          iamRoleArn: role.arn,
          slackTeamId: channel.slackIds!.workspace,
          slackChannelId: channel.slackIds!.channel,
          snsTopicArns: topics.map((t) => t.arn),
          guardrailPolicyArns: ["arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess"],
          loggingLevel: "ERROR",
          tags: env.labels,
        }).overrideLogicalId(`chatbot_${channel.id}`);
      }
    }
  }

  /** ARNs an alarm of this severity notifies (in ALARM and back in OK). */
  actionsFor(severity: Severity): string[] {
    const topic = this.topics.get(severity);
    return topic ? [topic.arn] : [];
  }
}
