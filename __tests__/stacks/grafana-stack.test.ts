import { readFileSync } from "node:fs";
import { promqlSyntaxError } from "../../engine/model/promql";
import { dashboard } from "../../engine/definitions";
import { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import { promql } from "../../engine/definitions/panels";
import { defaults, model, problemsOf, synthGrafana, withoutOverrides } from "../helpers";

const m = model();
const prod = synthGrafana(m, "prod");
const staging = synthGrafana(m, "staging");
const config = (id: string) => JSON.parse(prod.resource.grafana_dashboard[`dashboard_${id}`].config_json);
const titles = (json: any): string[] => json.panels.map((p: any) => `${p.type === "row" ? "# " : ""}${p.title}`);
const cp = (id: string) => `\${grafana_contact_point.${id}.name}`;

test("the prod stack holds every Grafana resource kind; the bindings come from the generated provider", () => {
  expect(Object.keys(prod.resource).sort()).toEqual([
    "grafana_contact_point",
    "grafana_dashboard",
    "grafana_data_source",
    "grafana_folder",
    "grafana_notification_policy",
    "grafana_rule_group",
    "grafana_slo",
  ]);
  expect(prod.raw.terraform.required_providers.grafana).toEqual({ source: "registry.terraform.io/grafana/grafana", version: "4.45.1" });
  expect(prod.raw.provider.grafana).toEqual([{ url: "https://grafana.nous.com", auth: "${var.grafana_auth}" }]);
  expect(JSON.parse(readFileSync("cdktf.json", "utf8")).terraformProviders).toContain("grafana/grafana@4.45.1");
});

test("a folder per team and data sources per environment, credentials from sensitive variables", () => {
  expect(Object.keys(prod.resource.grafana_folder).sort()).toEqual([
    "folder_agents",
    "folder_backend",
    "folder_frontend",
    "folder_platform",
  ]);
  const sources = prod.resource.grafana_data_source;
  expect(sources.datasource_prometheus).toMatchObject({
    uid: "prometheus",
    type: "prometheus",
    url: "http://frontend.gmp-system.svc:9090",
  });
  expect(sources.datasource_cloud_monitoring).toMatchObject({
    type: "stackdriver",
    secure_json_data_encoded: '${jsonencode({"privateKey" = var.grafana_gcp_service_account_key})}',
  });
  expect(JSON.parse(sources.datasource_cloudwatch.json_data_encoded)).toEqual({ authType: "keys", defaultRegion: "us-east-1" });
  for (const v of [
    "grafana_auth",
    "grafana_gcp_service_account_key",
    "grafana_aws_access_key_id",
    "grafana_aws_secret_access_key",
    "grafana_slack_token",
  ]) {
    expect(prod.variable[v].sensitive).toBe(true);
  }
});

describe("the NOUS example's dashboards", () => {
  test.each([
    [
      "nous-system-health",
      "NOUS - System Health",
      "folder_platform",
      [
        "# Overview",
        "Uptime (7d)",
        "Request Rate",
        "P95 Latency",
        "Error Rate",
        "# API Endpoints",
        "Requests by Endpoint",
        "Latency by Endpoint (P95)",
        "# Infrastructure",
        "Cloud Run Instances",
        "CPU Usage",
        "Memory Usage",
        "# Database",
        "Firestore Operations",
        "Document Count",
      ],
    ],
    [
      "nous-agent-performance",
      "NOUS - Agent Performance",
      "folder_agents",
      [
        "# Agent Usage",
        "Executions by Agent (24h)",
        "Top Agents",
        "# LLM Usage",
        "LLM API Calls",
        "Token Usage",
        "LLM Cost (Today)",
        "# Cache Performance",
        "Cache Hit Rate",
      ],
    ],
    [
      "nous-business-metrics",
      "NOUS - Business Metrics",
      "folder_backend",
      ["# Users", "DAU/MAU", "New Signups (Today)", "Retention Cohort", "# Revenue", "MRR", "Revenue Growth", "Revenue by Product"],
    ],
  ])("%s: %s with its rows and panels, in its team's folder", (id, title, folder, panels) => {
    const json = config(id);
    expect(json).toMatchObject({ uid: id, title });
    expect(titles(json)).toEqual(panels);
    expect(prod.resource.grafana_dashboard[`dashboard_${id}`].folder).toBe(`\${grafana_folder.${folder}.uid}`);
    for (const p of json.panels.filter((p: any) => p.type !== "row")) {
      for (const target of p.targets) expect(target.datasource).toEqual({ type: "prometheus", uid: "prometheus" });
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
    }
  });

  test("units and thresholds follow the NOUS example", () => {
    const panel = (title: string) => config("nous-system-health").panels.find((p: any) => p.title === title);
    const steps = (title: string) => panel(title).fieldConfig.defaults.thresholds.steps.map((s: any) => [s.value, s.color]);
    expect(panel("Uptime (7d)").fieldConfig.defaults.unit).toBe("percent");
    expect(steps("Uptime (7d)")).toEqual([
      [null, "red"],
      [99, "orange"],
      [99.5, "yellow"],
      [99.9, "green"],
    ]);
    expect(panel("P95 Latency").fieldConfig.defaults.unit).toBe("s");
    expect(steps("P95 Latency")).toEqual([
      [null, "green"],
      [2, "yellow"],
      [3, "orange"],
      [5, "red"],
    ]);
    expect(steps("Error Rate")).toEqual([
      [null, "green"],
      [1, "yellow"],
      [5, "orange"],
      [10, "red"],
    ]);
    expect(config("nous-system-health").refresh).toBe("30s");
    const table = config("nous-agent-performance").panels.find((p: any) => p.title === "Top Agents");
    expect(Object.values(table.transformations[1].options.renameByName)).toEqual([
      "Agent Name",
      "Executions",
      "Avg Latency",
      "Success Rate",
      "Cost",
    ]);
  });

  test("every panel query of every dashboard parses with the PromQL grammar", () => {
    let count = 0;
    for (const resource of Object.values<any>(prod.resource.grafana_dashboard)) {
      const visit = (panels: any[]) =>
        panels.forEach((p) => {
          for (const t of p.targets ?? []) {
            expect([p.title, promqlSyntaxError(t.expr)]).toEqual([p.title, undefined]);
            count++;
          }
          visit(p.panels ?? []);
        });
      visit(JSON.parse(resource.config_json).panels);
    }
    expect(count).toBeGreaterThan(50);
  });

  test("the SLO overview shows objective, budget remaining and each tier's burn rate", () => {
    const json = config("slo-overview-backend");
    const t = titles(json);
    expect(t.filter((x) => x.startsWith("# "))).toEqual([
      "# API availability (99.9% over 30d, 43.2 min of budget)",
      "# API latency under 2s (95% over 7d, 504 min of budget)",
      "# Data sync freshness under 5m (99% over 7d, 100.8 min of budget)",
    ]);
    const fast = json.panels.find((p: any) => p.title === "page-fast: 14.4x over 1h and 5m");
    expect(fast.targets.map((x: any) => x.expr)).toEqual([
      '(sum(rate(http_requests_total{job="nous-api",status=~"5.."}[1h])) / sum(rate(http_requests_total{job="nous-api"}[1h]))) / 0.001',
      '(sum(rate(http_requests_total{job="nous-api",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="nous-api"}[5m]))) / 0.001',
    ]);
    const budget = json.panels.find((p: any) => p.title === "Error budget remaining");
    expect(budget.fieldConfig.defaults.thresholds.steps.map((s: any) => s.value)).toEqual([null, 0, 0.2, 0.5]);
  });

  test("the budget panel colours by the SLO's own levels, also where its budget alerts are off", () => {
    // Without staging's 99.5% objective, in which 99.95% would leave 0.9 of the budget, above warning.
    const defs = withoutOverrides(defaults());
    defs.slos = defs.slos.map((s) =>
      s.id === "api-availability"
        ? {
            ...s,
            levels: { warning: { budgetLeft: 0.75 }, critical: { sliBelow: 99.95 } },
            alerting: { ...s.alerting, budgetAlerts: false },
          }
        : s,
    );
    const overview = JSON.parse(synthGrafana(model(defs), "prod").resource.grafana_dashboard["dashboard_slo-overview-backend"].config_json);
    const budget = overview.panels.find((p: any) => p.title === "Error budget remaining");
    expect(budget.fieldConfig.defaults.thresholds.steps.map((s: any) => [s.value, s.color])).toEqual([
      [null, "red"],
      [0, "orange"],
      [0.5, "yellow"],
      [0.75, "green"],
    ]);
  });
});

test("a grafana_slo per SLO with its objective, window and query, without Grafana's own burn alerts", () => {
  const slo = prod.resource.grafana_slo["slo_api-availability"];
  expect(slo.objectives).toEqual([{ value: 0.999, window: "30d" }]);
  // Recording rules go to the declared destination (Mimir), never to the read-only GMP frontend.
  expect(slo.destination_datasource).toEqual([{ uid: "${grafana_data_source.datasource_slo_destination.uid}" }]);
  expect(prod.resource.grafana_data_source.datasource_slo_destination).toMatchObject({
    uid: "slo-destination",
    type: "prometheus",
    url: "https://mimir.nous.com/prometheus",
  });
  expect(JSON.parse(prod.resource.grafana_data_source.datasource_slo_destination.json_data_encoded).prometheusType).toBe("Mimir");
  expect(staging.resource.grafana_data_source.datasource_slo_destination.url).toBe("https://mimir.staging.nous.com/prometheus");
  expect(slo.query).toEqual([
    {
      type: "freeform",
      freeform: [
        {
          query:
            '1 - (sum(rate(http_requests_total{job="nous-api",status=~"5.."}[$__rate_interval])) / sum(rate(http_requests_total{job="nous-api"}[$__rate_interval])))',
        },
      ],
    },
  ]);
  // Grafana's generated fast- and slow-burn rules would page a second time for the outage the
  // SLO's rule group already pages for.
  for (const s of Object.values<any>(prod.resource.grafana_slo)) expect(s.alerting).toBeUndefined();
  expect(prod.resource.grafana_slo["slo_data-freshness"].query[0].freeform[0].query).toBe(
    '1 - (avg_over_time((max(time_since_last_sync_seconds{job="nous-sync"}) > bool 300)[$__rate_interval:1m]))',
  );
  for (const s of Object.values<any>(prod.resource.grafana_slo))
    expect(promqlSyntaxError(s.query[0].freeform[0].query.replace(/\$__rate_interval/g, "5m"))).toBeUndefined();
});

describe("contact points and the notification policy tree", () => {
  test("exactly one policy tree: a paging policy per service (one incident per outage of it), then every severity its rules fire at", () => {
    expect(Object.keys(prod.resource.grafana_notification_policy)).toEqual(["notification_policy"]);
    const tree = prod.resource.grafana_notification_policy.notification_policy;
    expect(tree.contact_point).toBe(cp("contact_point_p2"));
    // The fixture's Grafana rules fire at P0-P2 (alerts, burn rates, no-data) and at P3 (the error-budget policy's warning level).
    expect(prod.resource.grafana_contact_point.contact_point_p3).toMatchObject({ email: [{ addresses: ["engineering-alerts@nous.com"] }] });
    const [pages, severities] = [tree.policy.filter((p: any) => p.continue), tree.policy.filter((p: any) => !p.continue)];
    expect(tree.policy.slice(0, pages.length)).toEqual(pages);
    expect(severities.map((p: any) => [p.matcher, p.contact_point])).toEqual(
      ["P0", "P1", "P2", "P3"].map((s) => [[{ label: "severity", match: "=", value: s }], cp(`contact_point_${s.toLowerCase()}`)]),
    );
    expect(severities.every((p: any) => p.policy === undefined)).toBe(true);
    // The api pages at P0 (APIDown) and P1 (its SLOs, HighErrorRate): one policy, grouped by environment and service.
    expect(pages.find((p: any) => p.matcher[0].value === "api")).toEqual({
      matcher: [
        { label: "service", match: "=", value: "api" },
        { label: "severity", match: "=~", value: "P0|P1" },
      ],
      group_by: ["environment", "service"],
      continue: true,
      contact_point: cp("contact_point_page_api"),
    });
    expect(pages.map((p: any) => p.matcher[0].value)).toEqual(["api", "database", "data-sync"]);
  });

  test("a service's paging contact point is its PagerDuty alone; P0 = #alerts-critical; P2 = #alerts-medium + email", () => {
    const points = prod.resource.grafana_contact_point;
    // The most severe firing alert of the group sets the PagerDuty severity (Go template, as in the exported Alertmanager configuration).
    expect(points.contact_point_page_api).toEqual({
      name: "prod page api",
      pagerduty: [
        {
          integration_key: "${var.pagerduty_grafana_key_api}",
          severity:
            '{{ $severity := "error" }}{{ range .Alerts.Firing }}{{ if eq .Labels.severity "P0" }}{{ $severity = "critical" }}{{ end }}{{ end }}{{ $severity }}',
          summary: "{{ .CommonAnnotations.summary }}",
        },
      ],
    });
    expect(points.contact_point_page_database.pagerduty[0].severity).toBe("critical");
    expect(points.contact_point_p0).toMatchObject({ slack: [{ recipient: "#alerts-critical", token: "${var.grafana_slack_token}" }] });
    expect(points.contact_point_p0.pagerduty).toBeUndefined();
    expect(points.contact_point_p2).toMatchObject({
      slack: [{ recipient: "#alerts-medium" }],
      email: [{ addresses: ["engineering-alerts@nous.com"] }],
    });
  });

  test("staging's tree never reaches PagerDuty", () => {
    expect(staging.json).not.toContain("pagerduty");
    const tree = staging.resource.grafana_notification_policy.notification_policy;
    expect(tree.policy.every((p: any) => p.policy === undefined)).toBe(true);
    expect(staging.resource.grafana_contact_point.contact_point_p0.slack[0].recipient).toBe("#alerts-staging");
  });
});

test("rule groups per service evaluate each PromQL alert with its for, labels and runbook", () => {
  const group = prod.resource.grafana_rule_group.rule_group_api;
  expect(group).toMatchObject({ name: "api", interval_seconds: 30, folder_uid: "${grafana_folder.folder_backend.uid}" });
  const apiDown = group.rule.find((r: any) => r.name === "APIDown");
  expect(apiDown).toMatchObject({
    uid: "api-down",
    for: "1m",
    condition: "C",
    labels: { severity: "P0", service: "api", team: "backend" },
    annotations: { runbook_url: "https://docs.nous.com/runbooks/api-down", summary: "API error rate >50% for 1 minute" },
  });
  expect(JSON.parse(apiDown.data[0].model).expr).toBe(
    'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.5',
  );
  expect(prod.resource.grafana_rule_group.rule_group_database.rule[0]).toMatchObject({ name: "DatabaseUnreachable", for: "30s" });
  const all = Object.values<any>(prod.resource.grafana_rule_group).flatMap((g) => g.rule);
  expect(all.filter((r) => !r.labels.slo)).toHaveLength(9);
  for (const r of all) expect(promqlSyntaxError(JSON.parse(r.data[0].model).expr)).toBeUndefined();
});

describe("SLO rule groups: one page rule (fast OR slow), one ticket rule, one no-data ticket", () => {
  const group = prod.resource.grafana_rule_group["rule_group_slo_api-availability"];
  const rule = (name: string) => group.rule.find((r: any) => r.name === name);
  const expr = (name: string) => JSON.parse(rule(name).data[0].model).expr;
  const ratio = (w: string) =>
    `sum(rate(http_requests_total{job="nous-api",status=~"5.."}[${w}])) / sum(rate(http_requests_total{job="nous-api"}[${w}]))`;

  test("in the owning team's folder, evaluated every 30 s", () => {
    expect(group).toMatchObject({ name: "slo-api-availability", interval_seconds: 30, folder_uid: "${grafana_folder.folder_backend.uid}" });
    expect(group.rule.map((r: any) => [r.uid, r.name, r.labels.severity])).toEqual([
      ["slo-api-availability-burn-p1", "ApiAvailabilityPageBurn", "P1"],
      ["slo-api-availability-burn-p2", "ApiAvailabilityTicketBurn", "P2"],
      ["slo-api-availability-no-data", "ApiAvailabilityNoData", "P2"],
      ["slo-api-availability-budget-warning", "ApiAvailabilityBudgetWarning", "P3"],
      ["slo-api-availability-budget-critical", "ApiAvailabilityBudgetCritical", "P2"],
      ["slo-api-availability-budget-exhausted", "ApiAvailabilityBudgetExhausted", "P2"],
    ]);
  });

  test("a rule per status level on the budget left over the window, at the level's severity; the SLO's own levels replace the policy's", () => {
    expect(expr("ApiAvailabilityBudgetWarning")).toBe(`1 - (${ratio("30d")}) / 0.001 <= 0.5`);
    expect(expr("ApiAvailabilityBudgetExhausted")).toBe(`1 - (${ratio("30d")}) / 0.001 <= 0`);
    expect(rule("ApiAvailabilityBudgetCritical")).toMatchObject({
      labels: { slo: "api-availability", service: "api", team: "backend", severity: "P2", slo_alert: "budget", budget: "critical" },
      annotations: { summary: "API availability: error budget critical, 20% or less left" },
    });
    expect(rule("ApiAvailabilityBudgetCritical").annotations.description).toContain("its SLI over 30 days is at or below 99.92%");
    const defs = defaults();
    defs.slos = defs.slos.map((s) =>
      s.id === "api-availability" ? { ...s, levels: { warning: { sliBelow: 99.97, severity: "P2" as const } } } : s,
    );
    const own = synthGrafana(model(defs), "prod").resource.grafana_rule_group["rule_group_slo_api-availability"].rule;
    const warning = own.find((r: any) => r.name === "ApiAvailabilityBudgetWarning");
    // 99.97% of a 99.9% objective: 0.03 of the 0.1 allowed is spent, 0.7 of the budget left.
    expect(JSON.parse(warning.data[0].model).expr).toBe(`1 - (${ratio("30d")}) / 0.001 <= 0.7`);
    expect(warning.labels.severity).toBe("P2");
    // The levels the SLO leaves alone stay the policy's.
    expect(JSON.parse(own.find((r: any) => r.name === "ApiAvailabilityBudgetCritical").data[0].model).expr).toMatch(/<= 0\.2$/);
  });

  test("the page rule ORs the two page tiers, each with both windows above the tier's threshold", () => {
    expect(expr("ApiAvailabilityPageBurn")).toBe(
      `(${ratio("1h")} > 0.0144 and ${ratio("5m")} > 0.0144) or (${ratio("6h")} > 0.006 and ${ratio("30m")} > 0.006)`,
    );
    expect(rule("ApiAvailabilityPageBurn")).toMatchObject({
      condition: "C",
      no_data_state: "OK",
      labels: {
        severity: "P1",
        slo: "api-availability",
        service: "api",
        team: "backend",
        slo_alert: "burn-rate",
        tiers: "page-fast,page-slow",
      },
      annotations: {
        summary: "API availability burns its error budget at 14.4x over 1h and 5m, or 6x over 6h and 30m",
        runbook_url: "https://docs.nous.com/runbooks/api-availability",
      },
    });
  });

  test("the slow burn is a ticket: severity P2, which reaches Slack and email, never PagerDuty", () => {
    expect(expr("ApiAvailabilityTicketBurn")).toBe(`${ratio("3d")} > 0.001 and ${ratio("6h")} > 0.001`);
    const p2 = prod.resource.grafana_notification_policy.notification_policy.policy.find((p: any) => p.matcher[0].value === "P2");
    expect(p2.policy).toBeUndefined();
    expect(prod.resource.grafana_contact_point.contact_point_p2.pagerduty).toBeUndefined();
  });

  test("one page per SLO: of all Grafana rules for the SLO, exactly one pages", () => {
    const paging = new Set(["P0", "P1"]);
    for (const slo of ["api-availability", "api-latency", "data-freshness"]) {
      const rules = Object.values<any>(prod.resource.grafana_rule_group)
        .flatMap((g) => g.rule)
        .filter((r) => r.labels.slo === slo);
      expect(rules.filter((r) => paging.has(r.labels.severity)).map((r) => r.labels.tiers)).toEqual(["page-fast,page-slow"]);
    }
  });

  test("the no-data rule is a ticket that fires when the SLI's total series has been absent for the shortest window", () => {
    expect(expr("ApiAvailabilityNoData")).toBe('absent_over_time(http_requests_total{job="nous-api"}[5m])');
    expect(rule("ApiAvailabilityNoData")).toMatchObject({
      no_data_state: "OK",
      labels: { severity: "P2", slo_alert: "no-data", team: "backend" },
    });
    expect(rule("ApiAvailabilityNoData").annotations.description).toContain('Check: is the exporter up (up{job="nous-api"})?');
  });
});

describe("the Grafana SLO destination must accept recording rules", () => {
  const withDestination = (destination: any) => {
    const defs = defaults();
    defs.environments = defs.environments.map((e) =>
      e.id === "prod" ? { ...e, grafana: { ...e.grafana!, sloDestination: destination } } : e,
    );
    return problemsOf(defs);
  };

  test("the read-only Managed Prometheus frontend is rejected, saying what to point it at", () => {
    expect(withDestination({ kind: "managed-prometheus-frontend", url: "http://frontend.gmp-system.svc:9090" })).toEqual([
      'environment "prod": grafana.sloDestination.kind: is "managed-prometheus-frontend", which cannot hold recording rules (the Managed Service for Prometheus frontend serves queries only); Grafana SLO writes each SLO\'s recording rules to its destination: point sloDestination at a data source that accepts them, such as Grafana Mimir or Cortex (kind "mimir" or "cortex")',
    ]);
  });

  test("a Prometheus server, an unknown kind and a bad URL are rejected; Cortex is accepted", () => {
    expect(withDestination({ kind: "prometheus", url: "http://prometheus:9090" })[0]).toContain(
      "a Prometheus server loads rules from files, not through an API",
    );
    expect(withDestination({ kind: "thanos", url: "mimir" })).toEqual([
      'environment "prod": grafana.sloDestination.url: must be an absolute http(s) URL, got "mimir"',
      'environment "prod": grafana.sloDestination.kind: must be one of mimir, cortex, prometheus, managed-prometheus-frontend, got "thanos"',
    ]);
    expect(withDestination({ kind: "cortex", url: "https://cortex.nous.com/prometheus" })).toEqual([]);
  });

  test("missing where SLOs with a Prometheus source render on Grafana, naming the SLOs", () => {
    expect(withDestination(undefined)).toEqual([
      'environment "prod": grafana.sloDestination: is required: Grafana SLO writes the recording rules of api-availability, api-latency, data-freshness, agent-execution-success to it, and the query endpoint prometheusUrl cannot hold them; point it at a data source that accepts recording rules, such as Grafana Mimir: { kind: "mimir", url: "https://mimir.example.com/prometheus" }',
    ]);
  });
});

/** The problems of the definitions with one more dashboard whose panel `panel` runs `expr`. */
function problemsWithQuery(panel: string, expr: string): string[] {
  const defs = defaults();
  defs.dashboards = [
    ...defs.dashboards,
    dashboard({
      id: "probe",
      team: "platform",
      build: (ds) =>
        new DashboardBuilder("Probe").uid("probe").withPanel(new stat.PanelBuilder().title(panel).withTarget(promql(ds, expr))),
    }),
  ];
  return problemsOf(defs);
}

test("a dashboard query that is not PromQL fails validation with the dashboard, panel and query", () => {
  expect(problemsWithQuery("MRR", "sum(subscription_value) WHERE status='active'")).toEqual([
    'dashboard "probe": panel "MRR" query A: is not valid PromQL: syntax error at column 25 near "WHERE status=\'active"',
  ]);
});

test("dashboard queries read Grafana's interval variables as durations, and are type-checked as Prometheus checks them", () => {
  const withQuery = (expr: string) => problemsWithQuery("RPS", expr);
  expect(withQuery('sum(rate(http_requests_total{job="$job"}[$__rate_interval]))')).toEqual([]);
  expect(withQuery("histogram_quantile(0.99, sum by (le) (rate(x_bucket[${__interval}])))")).toEqual([]);
  // The dashboard's own variables outside strings: a name, or a duration in a range; syntax only.
  expect(withQuery("topk($n, sum by ($group) (rate(x[$window])))")).toEqual([]);
  expect(withQuery("increase(x[$__range_s]) / $__range_s")).toEqual([]);
  expect(withQuery("sum(rate(http_requests_total))")).toEqual([
    'dashboard "probe": panel "RPS" query A: is not valid PromQL: expected type matrix in call to function "rate", got vector (at column 10)',
  ]);
});

test("a severity that reaches PagerDuty alone gets no severity policy: its pages go through their service's policy, none to P2", () => {
  const defs = defaults();
  defs.routing = { ...defs.routing, prod: { ...defs.routing.prod, P0: ["pagerduty-oncall"] } };
  const tree = synthGrafana(model(defs), "prod").resource.grafana_notification_policy.notification_policy;
  const severities = tree.policy.filter((p: any) => !p.continue).map((p: any) => p.matcher[0].value);
  expect(severities).toEqual(["P1", "P2", "P3"]);
  // The database pages only at P0: its policy alone takes those alerts, so the root's P2 contact point never sees them.
  expect(tree.policy.find((p: any) => p.continue && p.matcher[0].value === "database")).toMatchObject({
    matcher: [
      { label: "service", match: "=", value: "database" },
      { label: "severity", match: "=", value: "P0" },
    ],
  });
});
