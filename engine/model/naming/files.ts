/** Paths of the exported Prometheus rule files and of the secrets the Alertmanager configuration reads. */

/** Where the exported Alertmanager configuration reads its secrets. */
export const SECRETS_DIR = "/etc/alertmanager/secrets";

/** The folder of an environment's exported rule files, or of one team's there (`ruleFiles: team`). */
export const ruleFileFolder = (environment: string, team?: string): string => (team === undefined ? environment : `${environment}/${team}`);

/** The file of a PagerDuty service's routing key. */
export const pagerDutyKeyFile = (pagerDutyService: string): string => `${SECRETS_DIR}/pagerduty-${pagerDutyService}`;

/** The file of a webhook channel's URL. */
export const webhookUrlFile = (channelId: string): string => `${SECRETS_DIR}/webhook-${channelId}`;

/** The file of a Slack channel's incoming-webhook URL. */
export const slackWebhookFile = (channelId: string): string => `${SECRETS_DIR}/slack-webhook-url-${channelId}`;
