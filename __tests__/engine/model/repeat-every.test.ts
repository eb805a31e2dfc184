/**
 * An alert's repeatEvery: a multiple of the 5-minute group interval at which Alertmanager and
 * Grafana send, written as the alert's own repeat_interval under its severity's route and policy
 * (amtool: its alerts still reach exactly the same receivers), and as Cloud Monitoring's renotify
 * interval for the policy's channels that are not PagerDuty.
 */
import { parse } from "yaml";
import { alert } from "../../../engine/definitions";
import type { AlertRuleDefinition } from "../../../engine/definitions/types";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import { model, problemsOf, synthGcp, synthGrafana, withAlerts } from "../../helpers";
import { amtoolRoutes } from "../../stacks/routing-helpers";

const noisy = (more: Partial<AlertRuleDefinition> = {}) =>
  alert({
    id: "api-errors-noisy",
    name: "ApiErrorsNoisy",
    service: "api",
    severity: "P2",
    summary: "The API logs errors",
    for: "5m",
    repeatEvery: "30m",
    condition: { prometheus: 'sum(rate(http_requests_total{status=~"5.."}[5m])) > 1' },
    ...more,
  });

test("repeatEvery is a multiple of the 5-minute group interval", () => {
  expect(problemsOf(withAlerts(noisy()))).toEqual([]);
  for (const every of ["1m", "7m", "90s"] as const)
    expect(problemsOf(withAlerts(noisy({ repeatEvery: every })))).toEqual([
      `alert "api-errors-noisy": repeatEvery: must be a multiple of 5m such as "30m": Alertmanager and Grafana send notifications only at their 5m group interval, so ${JSON.stringify(every)} would repeat at another pace than written`,
    ]);
});

test("Alertmanager: the alert's own repeat_interval under its severity's route, and its alerts reach the same receivers", () => {
  const m = model(withAlerts(noisy()));
  const tree = parse(alertmanagerYaml(m)).route;
  const prod = tree.routes.find((r: any) => r.matchers.includes('environment="prod"'));
  const p2 = prod.routes.find((r: any) => r.matchers?.length === 1 && r.matchers[0] === 'severity="P2"');
  expect(p2.routes).toEqual([{ matchers: ['alertname="ApiErrorsNoisy"', 'service="api"'], repeat_interval: "30m" }]);
  const labels = { environment: "prod", severity: "P2", service: "api", team: "backend", alertname: "ApiErrorsNoisy" };
  expect(amtoolRoutes(m).route(labels)).toEqual(amtoolRoutes(model(withAlerts(noisy({ repeatEvery: undefined })))).route(labels));
  expect(amtoolRoutes(m).route(labels).length).toBeGreaterThan(0);
});

test("Grafana: a policy of its own under its severity's, keeping the contact point", () => {
  const policy = synthGrafana(model(withAlerts(noisy()))).resource.grafana_notification_policy;
  const root = Object.values(policy)[0] as any;
  const p2 = root.policy.find((p: any) => p.matcher?.length === 1 && p.matcher[0].value === "P2");
  expect(p2.policy).toEqual([
    {
      matcher: [
        { label: "alertname", match: "=", value: "ApiErrorsNoisy" },
        { label: "service", match: "=", value: "api" },
      ],
      repeat_interval: "30m",
    },
  ]);
});

test("Google Cloud: the policy renotifies its Slack and email channels, never PagerDuty", () => {
  const gcp = synthGcp(model(withAlerts(noisy({ severity: "P1", runbook: "https://runbooks.example.com/noisy" }))));
  const policy = gcp.resource.google_monitoring_alert_policy["alert_api-errors-noisy"];
  const [strategy] = policy.alert_strategy.notification_channel_strategy;
  expect(strategy.renotify_interval).toBe("1800s");
  expect(strategy.notification_channel_names.length).toBeGreaterThan(0);
  expect(strategy.notification_channel_names.every((n: string) => policy.notification_channels.includes(n))).toBe(true);
  expect(strategy.notification_channel_names.some((n: string) => n.includes("pagerduty"))).toBe(false);
  expect(policy.notification_channels.some((n: string) => n.includes("pagerduty"))).toBe(true);
});
