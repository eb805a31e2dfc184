import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { slo, ratio, albRequests, alb5xx } from "../../engine/definitions";
import { defaults, model, problemsOf, synthAws } from "../helpers";
import { errorRatioMath } from "../../constructs/aws/slo";

const m = model();
const prod = synthAws(m, "prod");
const staging = synthAws(m, "staging");
const alarm = (name: string, stack = prod) => stack.resource.aws_cloudwatch_metric_alarm[name];
const composite = (name: string, stack = prod) => stack.resource.aws_cloudwatch_composite_alarm[name];
const topic = (severity: string) => `\${aws_sns_topic.topic_${severity}.arn}`;
const nameOf = (address: string) => `\${${address}.alarm_name}`;

test("the prod stack holds every resource kind of the AWS target", () => {
  expect(Object.keys(prod.resource).sort()).toEqual([
    "aws_chatbot_slack_channel_configuration",
    "aws_cloudwatch_composite_alarm",
    "aws_cloudwatch_dashboard",
    "aws_cloudwatch_log_group",
    "aws_cloudwatch_log_metric_filter",
    "aws_cloudwatch_metric_alarm",
    "aws_iam_role",
    "aws_iam_role_policy",
    "aws_kms_alias",
    "aws_kms_key",
    "aws_route53_health_check",
    "aws_sns_topic",
    "aws_sns_topic_policy",
    "aws_sns_topic_subscription",
    "terraform_data",
  ]);
  expect(prod.raw.provider.aws).toEqual([expect.objectContaining({ region: "us-east-1", allowed_account_ids: ["111111111111"] })]);
});

describe("routing", () => {
  test("one KMS-encrypted topic per severity the alarms use, that only this account's CloudWatch alarms may publish to", () => {
    // The fixture's AWS alarms fire at P1 and P2 (alarms, SLO tiers, no-data). Nothing at P0, and its SLOs' budget
    // alarms, at P3 and P2, would look back 30 days, beyond CloudWatch's 7: no P0 or P3 topic.
    expect(Object.keys(prod.resource.aws_sns_topic).filter((t) => /^topic_p\d$/.test(t))).toEqual(["topic_p1", "topic_p2"]);
    for (const severity of ["p1", "p2"]) {
      expect(prod.resource.aws_sns_topic[`topic_${severity}`]).toMatchObject({
        name: `prod-alerts-${severity}`,
        kms_master_key_id: "${aws_kms_key.alerts_key.arn}",
      });
      const policy = JSON.parse(prod.resource.aws_sns_topic_policy[`topic_policy_${severity}`].policy);
      expect(policy.Statement).toEqual([
        {
          Sid: "OnlyCloudWatchAlarmsOfThisAccountPublish",
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: "sns:Publish",
          Resource: topic(severity),
          Condition: {
            StringEquals: { "aws:SourceAccount": "111111111111" },
            ArnLike: { "aws:SourceArn": "arn:aws:cloudwatch:us-east-1:111111111111:alarm:*" },
          },
        },
      ]);
    }
  });

  test("subscriptions follow the routing: a PagerDuty topic per paging service with its CloudWatch integration key, email for P2", () => {
    const subs = prod.resource.aws_sns_topic_subscription;
    expect(subs.subscription_pagerduty_api).toMatchObject({
      topic_arn: topic("pagerduty_api"),
      protocol: "https",
      endpoint: "https://events.pagerduty.com/integration/${var.pagerduty_cloudwatch_key_api}/enqueue",
      endpoint_auto_confirms: true,
    });
    expect(prod.resource.aws_sns_topic.topic_pagerduty_api).toMatchObject({
      name: "prod-pagerduty-api",
      kms_master_key_id: "${aws_kms_key.alerts_key.arn}",
    });
    expect(subs["subscription_p2_email-engineering"]).toMatchObject({
      topic_arn: topic("p2"),
      protocol: "email",
      endpoint: "engineering-alerts@nous.com",
    });
    expect(Object.keys(subs).sort()).toEqual([
      "subscription_p2_email-engineering",
      "subscription_pagerduty_api",
      "subscription_pagerduty_frontend",
    ]);
    expect(prod.variable.pagerduty_cloudwatch_key_api).toMatchObject({ sensitive: true });
  });

  test("Slack through AWS Chatbot: each channel gets the topics of the severities routed to it that alarms use", () => {
    const chatbot = prod.resource.aws_chatbot_slack_channel_configuration;
    expect(chatbot["chatbot_slack-alerts-high"]).toMatchObject({
      slack_team_id: "T0NOUSTEAM",
      slack_channel_id: "C0ALERTSP1",
      sns_topic_arns: [topic("p1")],
      iam_role_arn: "${aws_iam_role.chatbot_role.arn}",
    });
    // No AWS alarm fires at P0: its channel gets no Chatbot configuration.
    expect(chatbot["chatbot_slack-alerts-critical"]).toBeUndefined();
    expect(chatbot["chatbot_slack-alerts-medium"].sns_topic_arns).toEqual([topic("p2")]);
  });

  test("the Chatbot role can be assumed by Chatbot only and reads CloudWatch with named actions", () => {
    expect(JSON.parse(prod.resource.aws_iam_role.chatbot_role.assume_role_policy).Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "chatbot.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: {
          StringEquals: { "aws:SourceAccount": "111111111111" },
          ArnLike: { "aws:SourceArn": "arn:aws:chatbot::111111111111:chat-configuration/*" },
        },
      },
    ]);
    const statement = JSON.parse(prod.resource.aws_iam_role_policy.chatbot_role_policy.policy).Statement;
    expect(statement).toHaveLength(1);
    for (const action of statement[0].Action) expect(action).toMatch(/^cloudwatch:(Describe|Get|List)[A-Za-z]+$/);
  });

  test("staging subscribes no pager: Slack only (its P3, email, has no alarm on AWS)", () => {
    expect(staging.resource.aws_sns_topic_subscription).toBeUndefined();
    expect(Object.keys(staging.variable).filter((v) => v.startsWith("pagerduty"))).toEqual([]);
    expect(staging.resource.aws_chatbot_slack_channel_configuration["chatbot_slack-alerts-staging"].sns_topic_arns).toEqual([
      topic("p1"),
      topic("p2"),
    ]);
  });
});

describe("alarm catalog with the NOUS example's numbers", () => {
  test.each([
    ["api-ecs-cpu-high", "AWS/ECS", "CPUUtilization", "Average", "GreaterThanThreshold", 80, 300, 2, "notBreaching"],
    ["api-ecs-memory-high", "AWS/ECS", "MemoryUtilization", "Average", "GreaterThanThreshold", 90, 300, 2, "notBreaching"],
    ["api-rds-cpu-high", "AWS/RDS", "CPUUtilization", "Average", "GreaterThanThreshold", 80, 300, 2, "missing"],
    ["api-rds-connections-high", "AWS/RDS", "DatabaseConnections", "Average", "GreaterThanThreshold", 80, 60, 1, "missing"],
    ["api-rds-storage-low", "AWS/RDS", "FreeStorageSpace", "Average", "LessThanThreshold", 10737418240, 60, 1, "breaching"],
    ["api-alb-5xx-high", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum", "GreaterThanThreshold", 10, 60, 2, "notBreaching"],
    ["api-alb-latency-high", "AWS/ApplicationELB", "TargetResponseTime", "Average", "GreaterThanThreshold", 1, 60, 2, "notBreaching"],
  ])(
    "%s: %s %s %s %s %p, period %ps x %p, missing data %s",
    (id, namespace, metric, statistic, comparison, threshold, period, evaluations, missing) => {
      expect(prod.json).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
        alarm_name: `prod-${id}`,
        namespace,
        metric_name: metric,
        statistic,
        comparison_operator: comparison,
        threshold,
        period,
        evaluation_periods: evaluations,
        treat_missing_data: missing,
        alarm_actions: [topic("p2")],
        ok_actions: [topic("p2")],
      });
    },
  );

  test("dimensions name each environment's own resources", () => {
    expect(alarm("alarm_api-ecs-cpu-high").dimensions).toEqual({ ClusterName: "nous-prod", ServiceName: "nous-api" });
    expect(alarm("alarm_api-ecs-cpu-high", staging).dimensions).toEqual({ ClusterName: "nous-staging", ServiceName: "nous-api" });
    expect(alarm("alarm_api-rds-storage-low").dimensions).toEqual({ DBInstanceIdentifier: "nous-prod-db" });
  });

  test("the composite 'API degraded' alarm pages when latency AND 5xx are both in ALARM", () => {
    expect(composite("alarm_api-degraded")).toMatchObject({
      alarm_name: "prod-api-degraded",
      alarm_rule: `ALARM("${nameOf("aws_cloudwatch_metric_alarm.alarm_api-alb-latency-high")}") AND ALARM("${nameOf("aws_cloudwatch_metric_alarm.alarm_api-alb-5xx-high")}")`,
      alarm_actions: [topic("p1"), topic("pagerduty_api")],
      ok_actions: [topic("p1"), topic("pagerduty_api")],
    });
    expect(composite("alarm_api-degraded").alarm_description).toContain("Runbook: https://docs.nous.com/runbooks/api-degraded");
  });
});

describe("SLO burn-rate alarms for 99.9% over 30 days", () => {
  test.each([
    ["page-fast", 3600, 300, 0.0144, ["p1", "pagerduty_api"]],
    ["page-slow", 21600, 1800, 0.006, ["p1", "pagerduty_api"]],
    ["ticket", 259200, 21600, 0.001, ["p2"]],
  ])("%s: over %ps AND %ps, error ratio above %p", (tier, long, short, threshold, topics) => {
    for (const [suffix, period] of [
      ["long", long],
      ["short", short],
    ] as const) {
      const a = alarm(`slo_api-availability_${tier}-${suffix}`);
      expect(a).toMatchObject({
        comparison_operator: "GreaterThanThreshold",
        threshold,
        evaluation_periods: 1,
        treat_missing_data: "notBreaching",
      });
      expect(a.alarm_actions).toBeUndefined();
      expect(a.metric_query).toEqual([
        {
          id: "bad",
          return_data: false,
          metric: {
            namespace: "AWS/ApplicationELB",
            metric_name: "HTTPCode_Target_5XX_Count",
            dimensions: { LoadBalancer: "app/nous-prod-api/50dc6c495c0c9188" },
            stat: "Sum",
            period,
          },
        },
        {
          id: "total",
          return_data: false,
          metric: {
            namespace: "AWS/ApplicationELB",
            metric_name: "RequestCount",
            dimensions: { LoadBalancer: "app/nous-prod-api/50dc6c495c0c9188" },
            stat: "Sum",
            period,
          },
        },
        {
          id: "lb_bad",
          return_data: false,
          metric: {
            namespace: "AWS/ApplicationELB",
            metric_name: "HTTPCode_ELB_5XX_Count",
            dimensions: { LoadBalancer: "app/nous-prod-api/50dc6c495c0c9188" },
            stat: "Sum",
            period,
          },
        },
        {
          // The load balancer's own 5xx are bad and part of the total: with every target down the
          // ALB answers 503 to all while RequestCount publishes nothing, and the ratio reads 1.
          id: "error_ratio",
          expression: "(FILL(bad, 0) + FILL(lb_bad, 0)) / (FILL(total, 0) + FILL(lb_bad, 0))",
          label: "Error ratio",
          return_data: true,
        },
      ]);
    }
    expect(composite(`slo_api-availability_${tier}`)).toMatchObject({
      alarm_name: `prod-slo-api-availability-${tier}`,
      alarm_rule: `ALARM("${nameOf(`aws_cloudwatch_metric_alarm.slo_api-availability_${tier}-long`)}") AND ALARM("${nameOf(`aws_cloudwatch_metric_alarm.slo_api-availability_${tier}-short`)}")`,
      alarm_actions: topics.map(topic),
      ok_actions: topics.map(topic),
    });
  });

  test("slower tiers are suppressed while the next faster one fires, and after it clears for their own short window", () => {
    expect(composite("slo_api-availability_page-fast").actions_suppressor).toBeUndefined();
    // page-slow stays in ALARM until its 30-minute window has let go of the outage: a 5-minute
    // extension (page-fast's window) would let it page again about 25 minutes after recovery.
    expect(composite("slo_api-availability_page-slow").actions_suppressor).toEqual({
      alarm: nameOf("aws_cloudwatch_composite_alarm.slo_api-availability_page-fast"),
      wait_period: 120,
      extension_period: 1800,
    });
    expect(composite("slo_api-availability_ticket").actions_suppressor).toEqual({
      alarm: nameOf("aws_cloudwatch_composite_alarm.slo_api-availability_page-slow"),
      wait_period: 120,
      extension_period: 21600,
    });
    for (const tier of ["page-slow", "ticket"]) {
      const shortPeriod = alarm(`slo_api-availability_${tier}-short`).metric_query[0].metric.period;
      expect(composite(`slo_api-availability_${tier}`).actions_suppressor.extension_period).toBeGreaterThanOrEqual(shortPeriod);
    }
  });

  test("no data: a ticket alarm on the SLI's total, in ALARM only while its datapoints are missing for 5 minutes", () => {
    const a = alarm("slo_api-availability_no_data");
    expect(a).toMatchObject({
      alarm_name: "prod-slo-api-availability-no-data",
      namespace: "AWS/ApplicationELB",
      metric_name: "RequestCount",
      dimensions: { LoadBalancer: "app/nous-prod-api/50dc6c495c0c9188" },
      statistic: "Sum",
      period: 300,
      evaluation_periods: 1,
      comparison_operator: "LessThanThreshold",
      threshold: 0,
      treat_missing_data: "breaching",
      alarm_actions: [topic("p2")],
      ok_actions: [topic("p2")],
      tags: expect.objectContaining({ slo: "api-availability", slo_alert: "no-data", severity: "P2" }),
    });
    expect(a.alarm_description).toMatch(/^\[P2\] API availability: no AWS\/ApplicationELB RequestCount datapoint for 5m/);
    expect(a.alarm_description).toContain("Check: does the resource (LoadBalancer=app/nous-prod-api/50dc6c495c0c9188) still exist");
    expect(a.alarm_description).toContain("Runbook: https://docs.nous.com/runbooks/api-availability");
  });

  test("no budget alarm for a 30-day window: an alarm cannot look back more than 7 days", () => {
    expect(Object.keys(prod.resource.aws_cloudwatch_metric_alarm).filter((k) => k.includes("budget"))).toEqual([]);
  });

  test("a 7-day SLO gets budget-policy alarms on the remaining budget", () => {
    const defs = defaults();
    const lb = { prod: "app/shop/1" };
    defs.slos = [
      ...defs.slos,
      slo({
        id: "shop-availability",
        service: "api",
        objective: 99.5,
        window: "7d",
        runbook: "https://docs.nous.com/runbooks/shop",
        sli: ratio({ cloudWatch: { errors: alb5xx(lb), total: albRequests(lb) } }),
      }),
    ];
    const stack = synthAws(model(defs));
    const warning = alarm("slo_shop-availability_budget_warning", stack);
    expect(warning).toMatchObject({ comparison_operator: "LessThanOrEqualToThreshold", threshold: 0.5, alarm_actions: [topic("p3")] });
    expect(warning.metric_query[0].metric.period).toBe(604800);
    // Without load-balancer errors in the SLI, bad over total as written.
    expect(warning.metric_query.find((q: any) => q.id === "error_ratio").expression).toBe("FILL(bad, 0) / total");
    expect(warning.metric_query.at(-1)).toEqual({
      id: "budget_remaining",
      expression: "1 - error_ratio / 0.005",
      label: "Error budget remaining",
      return_data: true,
    });
    expect(alarm("slo_shop-availability_budget_exhausted", stack).threshold).toBe(0);
    // The SLO's load balancer exists in prod only: staging renders none of its alarms.
    expect(Object.keys(synthAws(model(defs), "staging").resource.aws_cloudwatch_metric_alarm).filter((k) => k.includes("shop"))).toEqual(
      [],
    );
  });
});

describe("logs", () => {
  test.each([
    ["application", 30],
    ["audit", 365],
    ["security", 365],
    ["debug", 7],
  ])("log group %s keeps %p days, encrypted, protected from destroy", (id, days) => {
    expect(prod.resource.aws_cloudwatch_log_group[`log_group_${id}`]).toMatchObject({
      name: `/prod/${id}`,
      retention_in_days: days,
      kms_key_id: "${aws_kms_key.alerts_key.arn}",
      lifecycle: { prevent_destroy: true },
    });
  });

  test("metric filters match the structured events on their class's group", () => {
    const filters = prod.resource.aws_cloudwatch_log_metric_filter;
    expect(filters["log_metric_filter_failed-logins"]).toMatchObject({
      log_group_name: "${aws_cloudwatch_log_group.log_group_security.name}",
      pattern: '{ ($.category = "security") && ($.event = "failed_login") }',
      metric_transformation: { namespace: "Monitoring/Logs", name: "failed-logins", value: "1" },
    });
    expect(filters["log_metric_filter_agent-execution-failures"]).toMatchObject({
      log_group_name: "${aws_cloudwatch_log_group.log_group_application.name}",
      pattern: '{ ($.category = "agent") && ($.event = "execution_complete") && ($.success IS FALSE) }',
      metric_transformation: { dimensions: { agent_id: "$.agent_id" } },
    });
  });
});

test("Route 53 health checks per endpoint, with an alarm on HealthCheckStatus", () => {
  expect(prod.resource.aws_route53_health_check["health_check_api-health"]).toMatchObject({
    fqdn: "api.nous.com",
    type: "HTTPS",
    port: 443,
    resource_path: "/health",
    failure_threshold: 3,
    request_interval: 30,
  });
  expect(alarm("health_check_alarm_api-health")).toMatchObject({
    namespace: "AWS/Route53",
    metric_name: "HealthCheckStatus",
    comparison_operator: "LessThanThreshold",
    threshold: 1,
    dimensions: { HealthCheckId: "${aws_route53_health_check.health_check_api-health.id}" },
    treat_missing_data: "breaching",
    alarm_actions: [topic("p1"), topic("pagerduty_api")],
  });
});

test("the dashboard has a widget per alarm metric and per SLO, with the tier thresholds", () => {
  const body = JSON.parse(prod.resource.aws_cloudwatch_dashboard.dashboard.dashboard_body);
  const metricWidgets = body.widgets.filter((w: any) => w.type === "metric");
  const titles = metricWidgets.map((w: any) => w.properties.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      "ECS CPU utilization is too high (api-ecs-cpu-high)",
      "RDS storage is running low (api-rds-storage-low)",
      "ALB 5xx errors are too high (api-alb-5xx-high)",
      "API availability: error ratio (objective 99.9% over 30d)",
    ]),
  );
  expect(metricWidgets).toHaveLength(8);
  const sloWidget = metricWidgets.find((w: any) => w.properties.title.startsWith("API availability"));
  expect(sloWidget.properties.annotations.horizontal.map((h: any) => h.value)).toEqual([0.0144, 0.006, 0.001]);
  // The widget plots the ratio the alarms judge, load-balancer 5xx included.
  expect(sloWidget.properties.metrics.map((line: any[]) => (line.length === 1 ? line[0].expression : line[1]))).toEqual([
    "HTTPCode_Target_5XX_Count",
    "RequestCount",
    "HTTPCode_ELB_5XX_Count",
    "(FILL(bad, 0) + FILL(lb_bad, 0)) / (FILL(total, 0) + FILL(lb_bad, 0))",
  ]);
  for (const w of body.widgets) expect(w.x + w.width).toBeLessThanOrEqual(24);
});

describe("AWS limits fail validation with the definition and field", () => {
  test("log retention CloudWatch does not accept names the nearest allowed values", () => {
    const defs = defaults();
    defs.logClasses = defs.logClasses.map((c) =>
      c.id === "debug" ? { ...c, retentionDays: 10 } : c.id === "audit" ? { ...c, retentionDays: 366 } : c,
    );
    expect(problemsOf(defs)).toEqual([
      'log class "audit": retentionDays: CloudWatch Logs does not accept 366 days; the nearest allowed values are 365 and 400',
      'log class "debug": retentionDays: CloudWatch Logs does not accept 10 days; the nearest allowed values are 7 and 14',
    ]);
  });

  test("alarm periods and evaluation ranges", () => {
    const defs = defaults();
    defs.cloudWatchAlarms = defs.cloudWatchAlarms.map((a) =>
      a.id === "api-ecs-cpu-high"
        ? { ...a, period: "45s" as const }
        : a.id === "api-rds-cpu-high"
          ? { ...a, period: "30m" as const, evaluationPeriods: 60 }
          : a,
    );
    expect(problemsOf(defs)).toEqual([
      'cloudwatch alarm "api-ecs-cpu-high": period: CloudWatch alarm periods are 10s, 20s, 30s or a multiple of 60s, got 45s',
      'cloudwatch alarm "api-rds-cpu-high": evaluationPeriods: period x evaluationPeriods is 108000s; CloudWatch allows at most 86400s for periods under an hour',
    ]);
  });

  test("composites name existing alarms", () => {
    const defs = defaults();
    defs.cloudWatchAlarms = defs.cloudWatchAlarms.map((a) =>
      a.id === "api-degraded" ? { ...a, allOf: ["api-alb-latency-high", "api-alb-errors"] } : a,
    );
    expect(problemsOf(defs)).toEqual(['cloudwatch alarm "api-degraded": allOf: unknown alarm "api-alb-errors"']);
  });

  test("Chatbot needs Slack ids; health-check alarms need us-east-1", () => {
    const defs = defaults();
    defs.channels = defs.channels.map((c) =>
      c.id === "slack-alerts-staging" ? { kind: "slack" as const, id: c.id, channel: "#alerts-staging" } : c,
    );
    defs.environments = defs.environments.map((e) =>
      e.id === "staging" ? { ...e, aws: { account: "222222222222", region: "eu-west-1" } } : e,
    );
    expect(problemsOf(defs)).toEqual([
      'endpoint "api-health": url.staging: Route 53 publishes health-check metrics only in us-east-1, so their alarms need alert topics there; environment "staging" is in eu-west-1. Give this endpoint no URL for "staging" or run the environment\'s AWS stack in us-east-1',
      'endpoint "web-app": url.staging: Route 53 publishes health-check metrics only in us-east-1, so their alarms need alert topics there; environment "staging" is in eu-west-1. Give this endpoint no URL for "staging" or run the environment\'s AWS stack in us-east-1',
      'channel "slack-alerts-staging": slackIds: AWS Chatbot needs the Slack workspace and channel ids; environment "staging" routes alerts to it',
    ]);
  });
});

describe("every CloudWatch alarm comes out of one factory", () => {
  test("named after its environment, labelled, and either notifying (same topics in ALARM and OK, severity and service tagged) or feeding a composite", () => {
    for (const env of ["prod", "staging"]) {
      const stack = synthAws(model(), env);
      const alarms = [
        ...Object.values<any>(stack.resource.aws_cloudwatch_metric_alarm ?? {}),
        ...Object.values<any>(stack.resource.aws_cloudwatch_composite_alarm ?? {}),
      ];
      expect(alarms.length).toBeGreaterThan(10);
      for (const a of alarms) {
        expect(a.alarm_name.startsWith(`${env}-`)).toBe(true);
        expect(a.tags.environment).toBe(env);
        if (a.alarm_actions) {
          expect(a.ok_actions).toEqual(a.alarm_actions);
          expect(a.tags).toEqual(expect.objectContaining({ severity: expect.stringMatching(/^P[0-3]$/), service: expect.any(String) }));
          expect(a.alarm_description).toMatch(new RegExp(`^\\[${a.tags.severity}\\] `));
        } else {
          expect(a.alarm_description).toMatch(/notifies through its composite/);
        }
      }
    }
  });
});

test("the error ratio's metric math adds up counters and the load balancer's own errors, in bad and in total", () => {
  const metric = (name: string) => ({ namespace: "AWS/ApplicationELB", metric: name, statistic: "Sum", dimensions: {} });
  // Evaluates CloudWatch's FILL(x, 0) + - / over the given counts (FILL is the identity for present datapoints).
  const evaluate = (expression: string, counts: Record<string, number>) =>
    Function(`return ${expression.replace(/FILL\((\w+), 0\)/g, "$1").replace(/\b[a-z_]+(_\d+)?\b/g, (id) => String(counts[id]))}`)();
  const split = errorRatioMath({
    errors: [metric("Failed"), metric("Rejected")],
    total: [metric("Succeeded"), metric("Failed")],
    loadBalancerErrors: metric("HTTPCode_ELB_5XX_Count"),
  });
  expect(split.metrics.map((m) => m.id)).toEqual(["bad_0", "bad_1", "total_0", "total_1", "lb_bad"]);
  expect(evaluate(split.expression, { bad_0: 3, bad_1: 2, total_0: 100, total_1: 50, lb_bad: 5 })).toBeCloseTo(10 / 155, 12);
  const good = errorRatioMath({ good: [metric("Ok")], total: [metric("All")], loadBalancerErrors: metric("HTTPCode_ELB_5XX_Count") });
  expect(evaluate(good.expression, { good: 90, total: 100, lb_bad: 10 })).toBeCloseTo(20 / 110, 12);
});
