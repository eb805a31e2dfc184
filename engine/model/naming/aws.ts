/**
 * Names of the AWS target's resources. Each carries the environment id, so two environments can
 * share an account and region; the naming check (check.ts) refuses any two definitions that make
 * one name in one account and region.
 */

/** A CloudWatch alarm's name: `<environment>-<parts...>`. */
export function alarmName(env: { readonly id: string }, ...parts: readonly string[]): string {
  return [env.id, ...parts].join("-");
}

/** Name parts of a CloudWatch alarm definition's alarm. */
export const cloudWatchAlarmParts = (alarmId: string): string[] => [alarmId];

/** Name parts of an endpoint's Route 53 health-check alarm. */
export const healthCheckAlarmParts = (endpointId: string): string[] => [endpointId, "unhealthy"];

/**
 * Name parts of an SLO's alarms: `window` is a burn-rate tier's composite (`<tier>`), one of its
 * windows (`<tier>-long`, `<tier>-short`), `no-data`, or a budget level (`budget`, `<state>`).
 */
export const sloAlarmParts = (sloId: string, ...kind: readonly string[]): string[] => ["slo", sloId, ...kind];

/** The environment's CloudWatch dashboard. */
export const awsDashboardName = (env: { readonly id: string }): string => `${env.id}-monitoring`;

/** The alias of the KMS key that encrypts the environment's alert topics and log groups. */
export const alertKeyAlias = (env: { readonly id: string }): string => `alias/${env.id}-monitoring`;

/** The IAM role AWS Chatbot reads CloudWatch with (IAM names are per account, not per region). */
export const chatbotRoleName = (env: { readonly id: string }): string => `${env.id}-chatbot-cloudwatch-read`;

/** An AWS Chatbot Slack channel configuration: one per Slack channel. */
export const chatbotConfigurationName = (env: { readonly id: string }, channelId: string): string => `${env.id}-${channelId}`;

/** The SNS topic of a severity's people-facing channels, of the environment or of one team's routes. */
export const alertTopicName = (env: { readonly id: string }, severity: string, team?: string): string =>
  `${env.id}-alerts-${alertTopicKey(severity, team).replace(/_/g, "-")}`;

/** The Terraform name part of a severity topic: `<team>_<severity>` or `<severity>`. */
export const alertTopicKey = (severity: string, team?: string): string => `${team ? `${team}_` : ""}${severity.toLowerCase()}`;

/** The SNS topic that pages one PagerDuty service. */
export const pagerDutyTopicName = (env: { readonly id: string }, pagerDutyService: string): string =>
  `${env.id}-pagerduty-${pagerDutyService}`;

/** Log group of a log class: `/<environment>/<class>`. */
export const logGroupName = (env: { readonly id: string }, logClass: string): string => `/${env.id}/${logClass}`;

/**
 * Terraform addresses (logical ids) of the AWS stack's resources, one per definition. Ids are
 * kebab-case, so `_` separates the parts unambiguously.
 */
export const awsAddress = {
  /** A CloudWatch alarm definition's alarm. */
  alarm: (alarmId: string): string => `alarm_${alarmId}`,
  /** An SLO's alarm: a tier's composite, one of its windows (`<tier>-long`), `no_data` or `budget_<state>`. */
  sloAlarm: (sloId: string, kind: string): string => `slo_${sloId}_${kind}`,
  healthCheck: (endpointId: string): string => `health_check_${endpointId}`,
  healthCheckAlarm: (endpointId: string): string => `health_check_alarm_${endpointId}`,
  logGroup: (logClass: string): string => `log_group_${logClass}`,
  logMetricFilter: (logMetric: string): string => `log_metric_filter_${logMetric}`,
  chatbot: (channelId: string): string => `chatbot_${channelId}`,
  /** A severity topic (`key` from alertTopicKey; its policy is `topic_policy_<key>`) and a channel's subscription to it. */
  topic: (key: string): string => `topic_${key}`,
  subscription: (key: string, channelId: string): string => `subscription_${key}_${channelId}`,
  pagerDutyTopic: (pagerDutyService: string): string => `topic_pagerduty_${pagerDutyService}`,
  pagerDutySubscription: (pagerDutyService: string): string => `subscription_pagerduty_${pagerDutyService}`,
};
