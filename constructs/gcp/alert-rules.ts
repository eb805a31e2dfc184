import { Construct } from "constructs";
import type { AlertRuleModel, EnvironmentModel } from "../../engine/model";
import { apiDuration, formatDuration } from "../../engine/model/duration";
import { alertText, type AlertTextStyle } from "../../engine/model/text";
import { alertPolicy } from "./alert-policy";
import type { GcpNotificationChannels } from "./notification-channels";
import { RULE_EVALUATION_SECONDS } from "../../engine/model/burn-rate";
import { gcpAddress } from "../../engine/model/naming/gcp";

export interface GcpAlertRulesProps {
  readonly env: EnvironmentModel;
  readonly channels: GcpNotificationChannels;
  readonly rules: readonly AlertRuleModel[];
}

/**
 * One alert policy per alert rule with a PromQL condition: its `googleCloud` condition over Cloud
 * Monitoring metrics when it has one, else its `prometheus` condition (Managed Service for Prometheus).
 */
export class GcpAlertRules extends Construct {
  constructor(scope: Construct, id: string, { env, channels, rules }: GcpAlertRulesProps) {
    super(scope, id);
    for (const rule of rules) {
      const query = gcpQuery(rule);
      if (query === undefined) continue;
      // Prometheus templates in the text: Cloud Monitoring's variables where it expands them
      // (subject, documentation), readable words in the display name; labels the rule fixes as their values.
      const known = { ...rule.labels, alertname: rule.name, severity: rule.severity, service: rule.service.id, team: rule.service.team };
      const text = (t: string, style: AlertTextStyle) => alertText(t, style, known);
      alertPolicy(this, {
        logicalId: gcpAddress.alertPolicy(rule.id),
        env,
        channels,
        severity: rule.severity,
        service: rule.service,
        title: `${rule.name}: ${text(rule.summary, "words")}`,
        subject: `${rule.name}: ${text(rule.summary, "cloud-monitoring")}`,
        summary: text(rule.description, "cloud-monitoring"),
        details: [
          "",
          "```promql",
          query,
          "```",
          `Fires after the condition holds for ${formatDuration(rule.forSeconds)}.`,
          ...keptFiring(rule),
        ],
        runbook: rule.runbook,
        labels: { alert: rule.id, service: rule.service.id, team: rule.service.team },
        combiner: "OR",
        renotifySeconds: rule.repeatEverySeconds,
        conditions: [
          {
            displayName: rule.name,
            conditionPrometheusQueryLanguage: {
              query,
              duration: apiDuration(rule.forSeconds),
              evaluationInterval: apiDuration(RULE_EVALUATION_SECONDS),
              alertRule: rule.name,
              ruleGroup: rule.service.id,
              labels: { ...rule.labels, severity: rule.severity },
            },
          },
        ],
      });
    }
  }
}

/** The PromQL a Google Cloud alert policy evaluates for the rule: its Cloud Monitoring condition, else its Prometheus one. */
export function gcpQuery(rule: Pick<AlertRuleModel, "prometheus" | "googleCloud">): string | undefined {
  return rule.googleCloud ?? rule.prometheus;
}

/** Prometheus and Grafana keep the alert firing; Cloud Monitoring cannot, and the responder should know. */
function keptFiring(rule: AlertRuleModel): string[] {
  return rule.keepFiringForSeconds
    ? [
        `Prometheus and Grafana keep this alert firing for ${formatDuration(rule.keepFiringForSeconds)} after the condition stops holding; Cloud Monitoring has no such setting and closes this incident as soon as it stops.`,
      ]
    : [];
}
