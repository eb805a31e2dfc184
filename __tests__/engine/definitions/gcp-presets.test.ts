/**
 * The Google Cloud presets: each validates, renders as Google Cloud alert policies over the
 * metrics Google documents (expectations below are written from Google's metric lists, cited in
 * each preset's file), passes promtool, and takes its overrides.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { discoverDefinitions } from "../../../engine/discover";
import { validate } from "../../../stacks/app";
import {
  GCP_PRESETS,
  cloudRun,
  cloudRunAvailabilitySli,
  cloudRunLatencySli,
  cloudSql,
  httpsLoadBalancerAvailabilitySli,
  httpsLoadBalancerLatencySli,
  service,
  slo,
  type AlertRuleDefinition,
  type SloDefinition,
} from "../../../engine/definitions";
import { alertRuleGroups, toYaml } from "../../../engine/exporters/prometheus-rules";
import { defaults, model, problemsOf, synthGcp, synthGrafana, type Writable } from "../../helpers";
import type { Definitions } from "../../../engine/definitions/types";

/** The fixture organisation plus the services the preset examples name, running everywhere (gcp included). */
function fixture(alerts: readonly AlertRuleDefinition[], slos: readonly SloDefinition[] = []): Writable<Definitions> {
  const defs = defaults();
  defs.services = [
    ...defs.services,
    service({ id: "checkout", name: "Checkout", team: "backend" }),
    service({ id: "media", name: "Media", team: "backend" }),
  ];
  defs.alerts = [...defs.alerts, ...alerts];
  defs.slos = [...defs.slos, ...slos];
  return defs;
}

const examples = GCP_PRESETS.flatMap((p) => p.example());
const m = model(fixture(examples));
const prod = synthGcp(m, "prod");
const condition = (id: string) =>
  prod.resource.google_monitoring_alert_policy[`alert_${id}`].conditions[0].condition_prometheus_query_language;
const channel = (id: string) => `\${google_monitoring_notification_channel.channel_${id}.name}`;
/** Where the fixture's prod routing sends each severity (config/routing.ts of the fixture). */
const prodChannels = (severity: string, svc: string) =>
  ({
    P0: [channel(`pagerduty-oncall_${svc}`), channel("slack-alerts-critical")],
    P1: [channel(`pagerduty-oncall_${svc}`), channel("slack-alerts-high")],
    P2: [channel("slack-alerts-medium"), channel("email-engineering")],
  })[severity];
const GCP_SEVERITY: Record<string, string> = { P0: "CRITICAL", P1: "ERROR", P2: "WARNING" };

test("every preset has an entry for the reference page, at least six domains", () => {
  expect(GCP_PRESETS.map((p) => p.preset)).toEqual([
    "cloudRun",
    "cloudSql",
    "pubSubSubscription",
    "gkeWorkload",
    "cloudFunction",
    "httpsLoadBalancer",
    "memorystoreRedis",
  ]);
  for (const p of GCP_PRESETS) expect(p.docs).toMatch(/^https:\/\/cloud\.google\.com\//);
});

test("every example validates with no problem, each alert with only a Google Cloud condition", () => {
  expect(problemsOf(fixture(examples))).toEqual([]);
  for (const a of examples) expect(Object.keys(a.condition)).toEqual(["googleCloud"]);
});

/**
 * Per alert: the metric (Cloud Monitoring's PromQL name of the documented metric type), the
 * monitored resource, the resource's identity, the comparison at the default threshold, `for`, severity.
 */
const EXPECTED: readonly [
  id: string,
  name: string,
  metric: string,
  resource: string,
  identity: string,
  threshold: string,
  duration: string,
  severity: string,
][] = [
  // run.googleapis.com/request_count, response_code_class "5xx"; share above 5%.
  [
    "checkout-errors",
    "CheckoutCloudRun5xxHigh",
    "run_googleapis_com:request_count{",
    "cloud_run_revision",
    'service_name="checkout-api"',
    "> 0.05",
    "300s",
    "P1",
  ],
  // run.googleapis.com/request_latencies, a distribution in ms: its buckets, 1000 ms.
  [
    "checkout-latency",
    "CheckoutCloudRunLatencyHigh",
    "run_googleapis_com:request_latencies_bucket{",
    "cloud_run_revision",
    'service_name="checkout-api"',
    "> 1000",
    "600s",
    "P2",
  ],
  [
    "checkout-instances",
    "CheckoutCloudRunInstancesHigh",
    "run_googleapis_com:container_instance_count{",
    "cloud_run_revision",
    'service_name="checkout-api"',
    "> 80",
    "300s",
    "P2",
  ],
  // container/cpu/utilizations and memory/utilizations, distributions of a 0-1 ratio.
  [
    "checkout-cpu",
    "CheckoutCloudRunCpuHigh",
    "run_googleapis_com:container_cpu_utilizations_bucket{",
    "cloud_run_revision",
    'service_name="checkout-api"',
    "> 0.9",
    "600s",
    "P2",
  ],
  [
    "checkout-memory",
    "CheckoutCloudRunMemoryHigh",
    "run_googleapis_com:container_memory_utilizations_bucket{",
    "cloud_run_revision",
    'service_name="checkout-api"',
    "> 0.9",
    "600s",
    "P2",
  ],
  // cloudsql.googleapis.com/database/...; database_id is "project:instance", one per environment here.
  [
    "orders-db-cpu",
    "OrdersDbCloudSqlCpuHigh",
    "cloudsql_googleapis_com:database_cpu_utilization{",
    "cloudsql_database",
    'database_id=~"acme-prod:orders|acme-staging:orders"',
    "> 0.9",
    "900s",
    "P2",
  ],
  [
    "orders-db-disk",
    "OrdersDbCloudSqlDiskFull",
    "cloudsql_googleapis_com:database_disk_utilization{",
    "cloudsql_database",
    'database_id=~"acme-prod:orders|acme-staging:orders"',
    "> 0.9",
    "300s",
    "P1",
  ],
  [
    "orders-db-memory",
    "OrdersDbCloudSqlMemoryHigh",
    "cloudsql_googleapis_com:database_memory_utilization{",
    "cloudsql_database",
    'database_id=~"acme-prod:orders|acme-staging:orders"',
    "> 0.9",
    "900s",
    "P2",
  ],
  [
    "orders-db-down",
    "OrdersDbCloudSqlDown",
    "cloudsql_googleapis_com:database_up{",
    "cloudsql_database",
    'database_id=~"acme-prod:orders|acme-staging:orders"',
    "< 1",
    "300s",
    "P1",
  ],
  [
    "orders-db-failed",
    "OrdersDbCloudSqlFailed",
    "cloudsql_googleapis_com:database_instance_state{",
    "cloudsql_database",
    'state="FAILED"',
    "== 1",
    "0s",
    "P1",
  ],
  // pubsub.googleapis.com/subscription/...: the age in seconds, 600 s.
  [
    "order-events-oldest-unacked-age",
    "OrderEventsPubSubOldestUnackedMessageOld",
    "pubsub_googleapis_com:subscription_oldest_unacked_message_age{",
    "pubsub_subscription",
    'subscription_id="order-events-worker"',
    "> 600",
    "300s",
    "P1",
  ],
  [
    "order-events-backlog",
    "OrderEventsPubSubBacklogHigh",
    "pubsub_googleapis_com:subscription_num_undelivered_messages{",
    "pubsub_subscription",
    'subscription_id="order-events-worker"',
    "> 1000",
    "600s",
    "P2",
  ],
  [
    "order-events-dead-letters",
    "OrderEventsPubSubDeadLetters",
    "pubsub_googleapis_com:subscription_dead_letter_message_count{",
    "pubsub_subscription",
    'subscription_id="order-events-worker"',
    "> 0",
    "0s",
    "P2",
  ],
  // kubernetes.io/container/...; the workload is the pods' top-level controller.
  [
    "checkout-pods-restarts",
    "CheckoutPodsGkeContainerRestarts",
    "kubernetes_io:container_restart_count{",
    "k8s_container",
    'metadata_system_top_level_controller_name="checkout-api"',
    "> 0",
    "0s",
    "P2",
  ],
  [
    "checkout-pods-cpu-limit",
    "CheckoutPodsGkeCpuLimitHigh",
    "kubernetes_io:container_cpu_limit_utilization{",
    "k8s_container",
    'namespace_name="checkout"',
    "> 0.9",
    "300s",
    "P2",
  ],
  [
    "checkout-pods-memory-limit",
    "CheckoutPodsGkeMemoryLimitHigh",
    "kubernetes_io:container_memory_limit_utilization{",
    "k8s_container",
    'memory_type="non-evictable"',
    "> 0.9",
    "300s",
    "P1",
  ],
  // cloudfunctions.googleapis.com/function/...: execution_times is in nanoseconds, 5000 ms = 5e9 ns.
  [
    "thumbnails-errors",
    "ThumbnailsCloudFunctionErrorsHigh",
    "cloudfunctions_googleapis_com:function_execution_count{",
    "cloud_function",
    'status!="ok"',
    "> 0.05",
    "300s",
    "P1",
  ],
  [
    "thumbnails-latency",
    "ThumbnailsCloudFunctionSlow",
    "cloudfunctions_googleapis_com:function_execution_times_bucket{",
    "cloud_function",
    'function_name="make-thumbnail"',
    "> 5000000000",
    "600s",
    "P2",
  ],
  // loadbalancing.googleapis.com/https/...: response_code_class is the number 500; latencies in ms.
  [
    "storefront-lb-errors",
    "StorefrontLbLoadBalancer5xxHigh",
    "loadbalancing_googleapis_com:https_request_count{",
    "https_lb_rule",
    'response_code_class="500"',
    "> 0.05",
    "300s",
    "P1",
  ],
  [
    "storefront-lb-latency",
    "StorefrontLbLoadBalancerLatencyHigh",
    "loadbalancing_googleapis_com:https_total_latencies_bucket{",
    "https_lb_rule",
    'url_map_name="storefront-url-map"',
    "> 1000",
    "600s",
    "P2",
  ],
  // redis.googleapis.com/stats/...: instance_id is the instance's full name.
  [
    "sessions-redis-memory",
    "SessionsRedisRedisMemoryHigh",
    "redis_googleapis_com:stats_memory_system_memory_usage_ratio{",
    "redis_instance",
    'instance_id="projects/acme-prod/locations/us-central1/instances/sessions"',
    "> 0.8",
    "300s",
    "P2",
  ],
  [
    "sessions-redis-cpu",
    "SessionsRedisRedisCpuHigh",
    "redis_googleapis_com:stats_cpu_utilization_main_thread{",
    "redis_instance",
    'instance_id="projects/acme-prod/locations/us-central1/instances/sessions"',
    "> 0.9",
    "300s",
    "P2",
  ],
];

test("the examples hold exactly the alerts expected", () => {
  expect(examples.map((a) => a.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
});

test.each(EXPECTED)(
  "%s: a Google Cloud policy over the documented metric and resource, threshold, duration, severity, channels",
  (id, name, metric, resource, identity, threshold, duration, severity) => {
    const c = condition(id);
    expect(c.query).toContain(metric);
    expect(c.query).toContain(`monitored_resource="${resource}"`);
    expect(c.query).toContain(identity);
    expect(c.query.endsWith(` ${threshold}`)).toBe(true);
    expect(c.duration).toBe(duration);
    expect(c.alert_rule).toBe(name);
    expect(c.labels.severity).toBe(severity);
    const policy = prod.resource.google_monitoring_alert_policy[`alert_${id}`];
    expect(policy.severity).toBe(GCP_SEVERITY[severity]);
    const svc = examples.find((a) => a.id === id)!.service;
    expect(policy.notification_channels).toEqual(prodChannels(severity, svc));
  },
);

test("no preset alert reaches the Prometheus rules or Grafana: their metrics exist only in Cloud Monitoring", () => {
  const rules = JSON.stringify(alertRuleGroups(m, "prod"));
  const grafana = synthGrafana(m).json;
  for (const [, name] of EXPECTED) {
    expect(rules).not.toContain(name);
    expect(grafana).not.toContain(name);
  }
});

test("promtool accepts every preset expression, defaults and overrides, as alerting rules", () => {
  const overridden = [
    ...cloudRun({ id: "o-run", service: "checkout", serviceName: { prod: "a", staging: "b" }, alerts: { errors: { threshold: 0.001 } } }),
    ...cloudSql({ id: "o-sql", service: "checkout", databaseId: "example.com:acme:orders", alerts: { cpu: { threshold: 0.75 } } }),
  ];
  const rules = [...examples, ...overridden].map((a) => ({ alert: a.name, expr: a.condition.googleCloud!, for: a.for }));
  const dir = mkdtempSync(join(tmpdir(), "gcp-presets-"));
  const file = join(dir, "presets.rules.yml");
  writeFileSync(file, toYaml([{ name: "gcp-presets", rules }] as never));
  const check = spawnSync("promtool", ["check", "rules", file], { encoding: "utf8" });
  expect(check.status === 0 ? "ok" : check.stdout + check.stderr).toBe("ok");
  expect(check.stdout).toContain(`SUCCESS: ${rules.length} rules found`);
});

describe("overrides", () => {
  const base = {
    id: "checkout",
    service: "checkout",
    serviceName: "checkout-api",
    runbook: "https://runbooks.example.com/checkout",
  } as const;

  test("an alert's threshold, duration, severity and runbook; enabled: false leaves it out", () => {
    const alerts = cloudRun({
      ...base,
      alerts: {
        errors: { threshold: 0.02, for: "10m", severity: "P0", runbook: "https://runbooks.example.com/checkout-5xx" },
        latency: { enabled: false },
      },
    });
    expect(alerts.map((a) => a.id)).toEqual(["checkout-errors", "checkout-instances", "checkout-cpu", "checkout-memory"]);
    expect(problemsOf(fixture(alerts))).toEqual([]);
    const policy = synthGcp(model(fixture(alerts))).resource.google_monitoring_alert_policy["alert_checkout-errors"];
    const c = policy.conditions[0].condition_prometheus_query_language;
    expect(c.query.endsWith(" > 0.02")).toBe(true);
    expect(c.duration).toBe("600s");
    expect(policy.severity).toBe("CRITICAL");
    expect(policy.notification_channels).toEqual(prodChannels("P0", "checkout"));
    expect(policy.documentation.links).toEqual([{ display_name: "Runbook", url: "https://runbooks.example.com/checkout-5xx" }]);
    expect(alerts[0].summary).toBe("Cloud Run answers more than 2% of requests with 5xx");
  });

  test("the preset's severity applies to every alert that does not set its own", () => {
    const alerts = cloudRun({ ...base, severity: "P3", alerts: { errors: { severity: "P1" } } });
    expect(Object.fromEntries(alerts.map((a) => [a.id, a.severity]))).toEqual({
      "checkout-errors": "P1",
      "checkout-latency": "P3",
      "checkout-instances": "P3",
      "checkout-cpu": "P3",
      "checkout-memory": "P3",
    });
  });

  test("a paging alert without a runbook is refused by validation, naming the alert", () => {
    const alerts = cloudRun({ id: "checkout", service: "checkout", serviceName: "checkout-api" });
    expect(problemsOf(fixture(alerts))).toEqual([expect.stringMatching(/^alert "checkout-errors": runbook: /)]);
  });

  test("names per environment become one regex matcher, each name escaped", () => {
    const [run] = cloudRun({ ...base, serviceName: { prod: "checkout", staging: "checkout-staging" } });
    expect(run.condition.googleCloud).toContain('service_name=~"checkout|checkout-staging"');
    // A domain-scoped project's database_id has dots: matched literally, not as any character.
    const [sql] = cloudSql({ id: "db", service: "checkout", databaseId: { prod: "example.com:acme:db", staging: "acme-staging:db" } });
    expect(sql.condition.googleCloud).toContain(String.raw`database_id=~"acme-staging:db|example\\.com:acme:db"`);
  });
});

describe("SLIs from the service's own request metrics", () => {
  const slos = [
    slo({
      id: "checkout-availability",
      service: "checkout",
      objective: 99.9,
      window: "30d",
      sli: cloudRunAvailabilitySli("checkout-api"),
      runbook: "https://runbooks.example.com/checkout",
    }),
    slo({
      id: "checkout-latency",
      service: "checkout",
      objective: 99,
      window: "30d",
      sli: cloudRunLatencySli("checkout-api", "500ms"),
      runbook: "https://runbooks.example.com/checkout",
    }),
    slo({
      id: "storefront-availability",
      service: "checkout",
      objective: 99.9,
      window: "30d",
      sli: httpsLoadBalancerAvailabilitySli("storefront-url-map"),
      runbook: "https://runbooks.example.com/storefront",
    }),
    slo({
      id: "storefront-latency",
      service: "checkout",
      objective: 99,
      window: "30d",
      sli: httpsLoadBalancerLatencySli("storefront-url-map", "2s"),
      runbook: "https://runbooks.example.com/storefront",
    }),
  ];

  test("they validate and become Cloud Monitoring SLOs over the documented metrics", () => {
    expect(problemsOf(fixture([], slos))).toEqual([]);
    const sloResources = synthGcp(model(fixture([], slos))).resource.google_monitoring_slo;
    expect(sloResources["slo_checkout-availability"].request_based_sli.good_total_ratio).toEqual({
      bad_service_filter:
        'metric.type="run.googleapis.com/request_count" resource.type="cloud_run_revision" resource.label."service_name"="checkout-api" metric.label."response_code_class"="5xx"',
      total_service_filter:
        'metric.type="run.googleapis.com/request_count" resource.type="cloud_run_revision" resource.label."service_name"="checkout-api"',
    });
    // request_latencies is in milliseconds: 500ms is the cut at 500.
    expect(sloResources["slo_checkout-latency"].request_based_sli.distribution_cut).toEqual({
      distribution_filter:
        'metric.type="run.googleapis.com/request_latencies" resource.type="cloud_run_revision" resource.label."service_name"="checkout-api"',
      range: { max: 500 },
    });
    expect(sloResources["slo_storefront-availability"].request_based_sli.good_total_ratio.bad_service_filter).toBe(
      'metric.type="loadbalancing.googleapis.com/https/request_count" resource.type="https_lb_rule" resource.label."url_map_name"="storefront-url-map" metric.label.response_code_class=500',
    );
    expect(sloResources["slo_storefront-latency"].request_based_sli.distribution_cut.range).toEqual({ max: 2000 });
  });

  test("names per environment become a regex of the filter language", () => {
    const sli = cloudRunAvailabilitySli({ prod: "checkout", staging: "checkout-staging" });
    expect(sli.cloudMonitoring!.total).toContain('resource.label."service_name"=monitoring.regex.full_match("checkout|checkout-staging")');
  });
});

test("a preset exported from a file under alerts/ is collected like single alerts, and synthesizes", () => {
  const api = JSON.stringify(resolve(__dirname, "../../../engine/definitions"));
  const root = mkdtempSync(join(tmpdir(), "gcp-presets-project-"));
  const files: Record<string, string> = {
    "config/org.ts": `import { environment, errorBudgetPolicy, repository, routing, service, severity } from ${api};
export const severities = (["P0", "P1", "P2", "P3"] as const).map((id) =>
  severity({ id, name: id, description: id, responseTime: "1h", onCall: false }),
);
export const slack = { kind: "slack" as const, id: "team-slack", channel: "#shop" };
export const env = environment({ id: "prod", name: "Production", pages: false, gcp: { project: "shop-prod", region: "us-central1" } });
export const routes = routing({ prod: { P0: ["team-slack"], P1: ["team-slack"], P2: ["team-slack"], P3: ["team-slack"] } });
export const policy = errorBudgetPolicy({
  warning: { remainingAtOrBelow: 0.5, severity: "P3" },
  critical: { remainingAtOrBelow: 0.2, severity: "P2" },
  exhausted: { remainingAtOrBelow: 0, severity: "P2" },
});
export const repo = repository("https://example.com/repo/");
export const shop = service({ id: "shop", name: "Shop", team: "web" });
`,
    "alerts/shop-gcp.ts": `import { cloudRun, pubSubSubscription } from ${api};
export const run = cloudRun({ id: "shop", service: "shop", serviceName: "shop-api", alerts: { cpu: { enabled: false } } });
export const orders = pubSubSubscription({ id: "orders", service: "shop", subscription: "orders-worker" });
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const defs = discoverDefinitions(root);
  expect(defs.alerts.map((a) => a.id)).toEqual([
    "shop-errors",
    "shop-latency",
    "shop-instances",
    "shop-memory",
    "orders-oldest-unacked-age",
    "orders-backlog",
    "orders-dead-letters",
  ]);
  const policies = synthGcp(validate(defs, root, {})).resource.google_monitoring_alert_policy;
  expect(Object.keys(policies).sort()).toEqual(defs.alerts.map((a) => `alert_${a.id}`).sort());
});
