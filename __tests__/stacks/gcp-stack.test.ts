import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import { MonitoringSlo } from "@cdktf/provider-google/lib/monitoring-slo";
import { defaults, model, synthGcp } from "../helpers";

const m = model();
const prod = synthGcp(m, "prod");
const staging = synthGcp(m, "staging");
const policy = (stack = prod, name: string) => stack.resource.google_monitoring_alert_policy[name];
const channelRef = (id: string) => `\${google_monitoring_notification_channel.channel_${id}.name}`;
/** The PagerDuty channel of one monitored service. */
const pagerDuty = (service: string) => channelRef(`pagerduty-oncall_${service}`);

test("the prod stack holds every resource kind of the Google Cloud target", () => {
  expect(Object.keys(prod.resource).sort()).toEqual([
    "google_logging_metric",
    "google_logging_project_bucket_config",
    "google_logging_project_sink",
    "google_monitoring_alert_policy",
    "google_monitoring_custom_service",
    "google_monitoring_dashboard",
    "google_monitoring_notification_channel",
    "google_monitoring_slo",
    "google_monitoring_uptime_check_config",
    "terraform_data",
  ]);
  expect(prod.raw.provider.google).toEqual([{ project: "nous-prod", region: "southamerica-east1" }]);
});

describe("notification channels", () => {
  test("a PagerDuty channel per monitored service that pages, keyed by its service's integration; Slack token from a variable", () => {
    const channels = prod.resource.google_monitoring_notification_channel;
    expect(channels["channel_pagerduty-oncall_api"]).toMatchObject({
      type: "pagerduty",
      sensitive_labels: { service_key: "${var.pagerduty_gcp_key_api}" },
    });
    expect(
      Object.keys(channels)
        .filter((c) => c.startsWith("channel_pagerduty"))
        .sort(),
    ).toEqual([
      "channel_pagerduty-oncall_api",
      "channel_pagerduty-oncall_data-sync",
      "channel_pagerduty-oncall_database",
      "channel_pagerduty-oncall_frontend",
    ]);
    expect(channels["channel_slack-alerts-critical"]).toMatchObject({
      type: "slack",
      labels: { channel_name: "#alerts-critical" },
      sensitive_labels: { auth_token: "${var.slack_auth_token}" },
    });
    expect(channels["channel_email-engineering"]).toMatchObject({
      type: "email",
      labels: { email_address: "engineering-alerts@nous.com" },
    });
    expect(prod.variable.pagerduty_gcp_key_api).toMatchObject({ sensitive: true, type: "string" });
    expect(prod.variable.slack_auth_token).toMatchObject({ sensitive: true });
    expect(prod.variable.pagerduty_gcp_key_api.default).toBeUndefined();
  });

  test("staging has no PagerDuty channel and no PagerDuty key to provide", () => {
    expect(Object.keys(staging.resource.google_monitoring_notification_channel).sort()).toEqual([
      "channel_email-engineering",
      "channel_slack-alerts-staging",
    ]);
    expect(Object.keys(staging.variable).filter((v) => v.startsWith("pagerduty"))).toEqual([]);
  });
});

describe("alert rules become PromQL alert policies", () => {
  test("APIDown: query, for 1m, severity, routing to PagerDuty and #alerts-critical, runbook", () => {
    expect(prod.json).toHaveResourceWithProperties(MonitoringAlertPolicy, {
      display_name: "[prod] [P0] APIDown: API error rate >50% for 1 minute",
      severity: "CRITICAL",
      combiner: "OR",
      notification_channels: [pagerDuty("api"), channelRef("slack-alerts-critical")],
      alert_strategy: { notification_prompts: ["OPENED", "CLOSED"] },
      conditions: [
        expect.objectContaining({
          condition_prometheus_query_language: {
            query: 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.5',
            duration: "60s",
            evaluation_interval: "30s",
            alert_rule: "APIDown",
            rule_group: "api",
            labels: { severity: "P0" },
          },
        }),
      ],
      documentation: expect.objectContaining({
        mime_type: "text/markdown",
        links: [{ display_name: "Runbook", url: "https://docs.nous.com/runbooks/api-down" }],
      }),
      user_labels: { environment: "prod", severity: "p0", alert: "api-down", service: "api", team: "backend" },
    });
  });

  test.each([
    ["database-unreachable", "30s", "CRITICAL"],
    ["security-breach-detected", "0s", "CRITICAL"],
    ["high-llm-cost", "3600s", "WARNING"],
  ])("%s waits %s and has severity %s", (id, duration, severity) => {
    const p = policy(prod, `alert_${id}`);
    expect(p.conditions[0].condition_prometheus_query_language.duration).toBe(duration);
    expect(p.severity).toBe(severity);
  });

  test("all nine NOUS alert rules are policies, each routed by its severity", () => {
    const expected = (severity: string, service: string): string[] =>
      ({
        P0: [pagerDuty(service), channelRef("slack-alerts-critical")],
        P1: [pagerDuty(service), channelRef("slack-alerts-high")],
        P2: [channelRef("slack-alerts-medium"), channelRef("email-engineering")],
      })[severity]!;
    for (const rule of m.alerts) {
      expect(policy(prod, `alert_${rule.id}`).notification_channels).toEqual(expected(rule.severity, rule.service.id));
      expect(policy(staging, `alert_${rule.id}`).notification_channels).toEqual([channelRef("slack-alerts-staging")]);
    }
    expect(m.alerts).toHaveLength(9);
  });
});

describe("SLOs", () => {
  test("availability: 99.9% over 30 rolling days with bad/total filters on the custom service", () => {
    expect(prod.json).toHaveResourceWithProperties(MonitoringSlo, {
      slo_id: "api-availability",
      goal: 0.999,
      rolling_period_days: 30,
      service: "${google_monitoring_custom_service.service_api.service_id}",
    });
    expect(prod.resource.google_monitoring_slo["slo_api-availability"].request_based_sli.good_total_ratio).toEqual({
      bad_service_filter: m.slos[0].sli.cloudMonitoring!.kind === "ratio" && m.slos[0].sli.cloudMonitoring!.bad,
      total_service_filter:
        'metric.type="prometheus.googleapis.com/http_requests_total/counter" AND resource.type="prometheus_target" AND resource.labels.job="nous-api"',
    });
  });

  test("latency: a distribution cut at 2 seconds; freshness: one-minute windows with age at most 300s", () => {
    const slos = prod.resource.google_monitoring_slo;
    expect(slos["slo_api-latency"]).toMatchObject({
      goal: 0.95,
      rolling_period_days: 7,
      request_based_sli: { distribution_cut: { range: { max: 2 } } },
    });
    expect(slos["slo_data-freshness"]).toMatchObject({
      goal: 0.99,
      rolling_period_days: 7,
      windows_based_sli: { window_period: "60s", metric_mean_in_range: { range: { max: 300 } } },
    });
  });

  const ratio = (w: string) =>
    `sum(rate(http_requests_total{job="nous-api",status=~"5.."}[${w}])) / sum(rate(http_requests_total{job="nous-api"}[${w}]))`;
  const sloPolicies = (stack: typeof prod, slo: string) =>
    Object.values<any>(stack.resource.google_monitoring_alert_policy).filter((p) => p.user_labels.slo === slo);

  test("one page policy: a single PromQL condition, page-fast OR page-slow, each with both windows above its threshold", () => {
    const p = policy(prod, "slo_api-availability_page");
    expect(p.severity).toBe("ERROR");
    expect(p.notification_channels).toEqual([pagerDuty("api"), channelRef("slack-alerts-high")]);
    expect(p.conditions).toHaveLength(1);
    expect(p.conditions[0].condition_prometheus_query_language).toEqual({
      query: `(${ratio("1h")} > 0.0144 and ${ratio("5m")} > 0.0144) or (${ratio("6h")} > 0.006 and ${ratio("30m")} > 0.006)`,
      duration: "0s",
      evaluation_interval: "30s",
      rule_group: "slo-api-availability",
      alert_rule: "ApiAvailabilityPageBurn",
    });
    expect(p.user_labels).toMatchObject({ slo: "api-availability", tiers: "page-fast_page-slow", severity: "p1" });
    expect(policy(prod, "slo_api-availability_page-fast")).toBeUndefined();
    expect(policy(prod, "slo_api-availability_page-slow")).toBeUndefined();
  });

  test("one ticket policy at 24h/2h and 3x, saying it replaced 3d/6h because of Cloud Monitoring's lookback limit", () => {
    const p = policy(prod, "slo_api-availability_ticket");
    expect(p.severity).toBe("WARNING");
    expect(p.notification_channels).toEqual([channelRef("slack-alerts-medium"), channelRef("email-engineering")]);
    expect(p.conditions.map((c: any) => c.condition_prometheus_query_language.query)).toEqual([
      `${ratio("24h")} > 0.003 and ${ratio("2h")} > 0.003`,
    ]);
    expect(p.documentation.content).toContain(
      "Cloud Monitoring limits the burn-rate lookback to 24h, so this tier uses 24h/2h at 3x (SRE Workbook) instead of 3d/6h at 1x",
    );
    expect(policy(prod, "slo_api-availability_page").documentation.content).not.toContain("Note:");
  });

  test("at most 5 billed conditions per SLO and environment for burn rate and budget (6 per tier and 3 for the budget before), plus one no-data", () => {
    for (const slo of ["api-availability", "api-latency", "data-freshness"]) {
      const conditions = sloPolicies(prod, slo).flatMap((p) => p.conditions);
      expect(conditions.filter((c) => !c.condition_absent)).toHaveLength(5);
      expect(conditions.filter((c) => c.condition_absent)).toHaveLength(1);
      // One outage opens one incident: one policy pages.
      const paging = sloPolicies(prod, slo).filter((p) => p.notification_channels.some((c: string) => c.includes("pagerduty")));
      expect(paging.map((p) => p.user_labels.tiers)).toEqual(["page-fast_page-slow"]);
    }
  });

  test("an SLO without a Prometheus source keeps a policy per tier on select_slo_burn_rate", () => {
    const defs = defaults();
    defs.slos = defs.slos.map((s) =>
      s.id === "api-availability"
        ? {
            ...s,
            sli: {
              kind: "ratio" as const,
              cloudMonitoring: { bad: 'metric.type="custom.googleapis.com/bad"', total: 'metric.type="custom.googleapis.com/total"' },
            },
          }
        : s,
    );
    const stack = synthGcp(model(defs));
    const slo = "${google_monitoring_slo.slo_api-availability.name}";
    const p = policy(stack, "slo_api-availability_page-fast");
    expect(p.combiner).toBe("AND");
    expect(p.conditions.map((c: any) => c.condition_threshold.filter)).toEqual([
      `select_slo_burn_rate("${slo}", "3600s")`,
      `select_slo_burn_rate("${slo}", "300s")`,
    ]);
    expect(policy(stack, "slo_api-availability_no_data").conditions[0].condition_absent.filter).toBe(
      'metric.type="custom.googleapis.com/total"',
    );
  });

  test("no data: a ticket when no series of the SLI's total has reported for 5 minutes, whatever pod went away", () => {
    const p = policy(prod, "slo_api-availability_no_data");
    expect(p.severity).toBe("WARNING");
    expect(p.notification_channels).toEqual([channelRef("slack-alerts-medium"), channelRef("email-engineering")]);
    expect(p.conditions[0].condition_absent).toEqual({
      filter:
        'metric.type="prometheus.googleapis.com/http_requests_total/counter" AND resource.type="prometheus_target" AND resource.labels.job="nous-api"',
      duration: "300s",
      aggregations: [{ alignment_period: "60s", per_series_aligner: "ALIGN_RATE", cross_series_reducer: "REDUCE_COUNT" }],
      trigger: { count: 1 },
    });
    expect(p.documentation.content).toContain("Check: is the exporter or agent that writes the metric up");
    expect(policy(prod, "slo_api-latency_no_data").conditions[0].condition_absent.aggregations[0].per_series_aligner).toBe("ALIGN_DELTA");
    expect(policy(prod, "slo_data-freshness_no_data").conditions[0].condition_absent.aggregations[0].per_series_aligner).toBe("ALIGN_MEAN");
  });

  test.each([
    ["warning", 0.5, "WARNING", ["email-engineering"]],
    ["critical", 0.2, "WARNING", ["slack-alerts-medium", "email-engineering"]],
    ["exhausted", 0, "WARNING", ["slack-alerts-medium", "email-engineering"]],
  ])("budget %s at or below %p remaining", (state, fraction, severity, channels) => {
    const p = policy(prod, `slo_api-availability_budget_${state}`);
    expect(p.severity).toBe(severity);
    expect(p.notification_channels).toEqual(channels.map(channelRef));
    expect(p.conditions[0].condition_threshold).toEqual({
      filter: 'select_slo_budget_fraction("${google_monitoring_slo.slo_api-availability.name}")',
      comparison: "COMPARISON_LE",
      threshold_value: fraction,
      duration: "0s",
      trigger: { count: 1 },
    });
  });
});

describe("logging", () => {
  test.each([
    ["application", 30],
    ["audit", 365],
    ["security", 365],
    ["debug", 7],
  ])("bucket %s keeps logs %p days and cannot be destroyed", (id, days) => {
    expect(prod.resource.google_logging_project_bucket_config[`log_bucket_${id}`]).toMatchObject({
      bucket_id: id,
      project: "nous-prod",
      location: "global",
      retention_days: days,
      lifecycle: { prevent_destroy: true },
    });
  });

  test("sinks route each class's filter into its bucket", () => {
    expect(prod.resource.google_logging_project_sink.log_sink_security).toMatchObject({
      destination: "logging.googleapis.com/${google_logging_project_bucket_config.log_bucket_security.id}",
      filter: 'jsonPayload.category="security"',
      unique_writer_identity: true,
    });
  });

  test("log-based metrics count failed logins and failed agent executions by agent", () => {
    const metrics = prod.resource.google_logging_metric;
    expect(metrics["log_metric_failed-logins"]).toMatchObject({
      name: "failed-logins",
      filter: 'jsonPayload.category="security" AND jsonPayload.event="failed_login"',
      metric_descriptor: { metric_kind: "DELTA", value_type: "INT64" },
    });
    expect(metrics["log_metric_agent-execution-failures"]).toMatchObject({
      filter: expect.stringContaining("jsonPayload.success=false"),
      label_extractors: { agent_id: "EXTRACT(jsonPayload.agent_id)" },
      metric_descriptor: { labels: [{ key: "agent_id", value_type: "STRING" }] },
    });
  });
});

describe("uptime checks", () => {
  test("an HTTPS check per endpoint and environment, with an alert on its check id", () => {
    expect(prod.resource.google_monitoring_uptime_check_config["uptime_api-health"]).toMatchObject({
      period: "60s",
      timeout: "10s",
      http_check: { path: "/health", port: 443, use_ssl: true, validate_ssl: true },
      monitored_resource: { type: "uptime_url", labels: { host: "api.nous.com", project_id: "nous-prod" } },
    });
    expect(staging.resource.google_monitoring_uptime_check_config["uptime_api-health"].monitored_resource.labels.host).toBe(
      "api.staging.nous.com",
    );
    const alert = policy(prod, "uptime_api-health");
    expect(alert.conditions[0].condition_threshold.filter).toContain(
      'metric.label.check_id="${google_monitoring_uptime_check_config.uptime_api-health.uptime_check_id}"',
    );
    expect(alert.notification_channels).toEqual([pagerDuty("api"), channelRef("slack-alerts-high")]);
    expect(alert.documentation.links).toEqual([{ display_name: "Runbook", url: "https://docs.nous.com/runbooks/api-down" }]);
  });
});

test("documentation longer than Cloud Monitoring's 8,192 characters is shortened, the runbook link kept whole", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, description: "é".repeat(20_000) } : a));
  const policy = synthGcp(model(defs)).resource.google_monitoring_alert_policy["alert_api-down"];
  const content: string = policy.documentation.content;
  expect(Array.from(content).length).toBe(8192);
  expect(content.endsWith("...\n\nRunbook: https://docs.nous.com/runbooks/api-down")).toBe(true);
});
