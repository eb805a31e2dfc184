/**
 * Rule group names, made here once for every target that writes them: the exported Prometheus
 * rules, Grafana-managed rules, Cloud Monitoring's PromQL conditions and the promtool tests.
 */

/** The rule group of one SLO's recording rules and burn-rate alerts. */
export const sloRuleGroup = (sloId: string): string => `slo-${sloId}`;

/** The exported Prometheus rule group of one service's alert rules. */
export const serviceRuleGroup = (serviceId: string): string => `alerts-${serviceId}`;

/** The Grafana-managed rule group of one service's alert rules, in its team's folder. */
export const grafanaServiceRuleGroup = (serviceId: string): string => serviceId;
