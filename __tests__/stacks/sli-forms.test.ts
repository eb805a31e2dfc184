import "cdktf/lib/testing/adapters/jest";
import { latency, ratio, slo, timeBased, type SliDefinition, type TargetId } from "../../engine/definitions";
import { errorRatioQuery } from "../../engine/model/sli";
import { sloRuleGroups } from "../../engine/exporters/prometheus-rules";
import { defaults, model, problemsOf, synthAws, synthGcp, synthGrafana, withoutOverrides } from "../helpers";

/** The fixture organisation with one SLO of the given SLI on the api service. */
function defsWith(id: string, sli: SliDefinition, targets?: TargetId[]) {
  const defs = withoutOverrides(defaults());
  defs.slos = [slo({ id, service: "api", objective: 99, window: "30d", runbook: "https://x.example/runbook", sli })];
  if (targets) defs.services = defs.services.map((s) => (s.id === "api" ? { ...s, runsOn: { targets } } : s));
  return defs;
}
const modelWith = (id: string, sli: SliDefinition, targets?: TargetId[]) => model(defsWith(id, sli, targets));

const ruleExprs = (m: ReturnType<typeof model>) =>
  sloRuleGroups(m, "prod").flatMap((g) => g.rules.map((r) => ("record" in r ? r.expr : "")));

describe("a latency histogram in milliseconds: every target cuts at the threshold in milliseconds", () => {
  const m = modelWith(
    "chat-latency",
    latency({ threshold: "300ms", unit: "milliseconds", prometheus: { histogram: 'chat_latency_ms{job="chat"}' } }),
  );

  test("Google Cloud: the Managed Prometheus distribution is cut at 300, not 0.3", () => {
    expect(synthGcp(m).resource.google_monitoring_slo["slo_chat-latency"]).toMatchObject({
      request_based_sli: {
        distribution_cut: {
          distribution_filter: expect.stringContaining('metric.type="prometheus.googleapis.com/chat_latency_ms/histogram"'),
          range: { max: 300 },
        },
      },
    });
  });

  test("Prometheus rules and Grafana read the 300 bucket in both label forms", () => {
    const bucket = 'chat_latency_ms_bucket{job="chat",le=~"300|300\\\\.0"}';
    expect(ruleExprs(m).filter((e) => e.includes(bucket)).length).toBeGreaterThan(0);
    expect(ruleExprs(m).some((e) => /le="0\.3"/.test(e))).toBe(false);
    const query = synthGrafana(m).resource.grafana_slo["slo_chat-latency"].query[0].freeform[0].query as string;
    expect(query).toContain(`sum(rate(${bucket}[$__rate_interval]))`);
  });
});

describe("counters added up: a total of success_total + failed_total", () => {
  const sums = ratio({
    prometheus: {
      good: 'orders_success_total{job="shop"}',
      total: ['orders_success_total{job="shop"}', 'orders_failed_total{job="shop"}'],
    },
  });
  const total =
    '((sum(rate(orders_success_total{job="shop"}[1h])) or vector(0)) + (sum(rate(orders_failed_total{job="shop"}[1h])) or vector(0)))';

  test("Prometheus rules add both counters' rates; a counter with no series yet counts as 0", () => {
    const m = modelWith("orders", sums, ["prometheus", "grafana", "pagerduty"]);
    // The good counter too: a process failing from its start has none yet.
    expect(ruleExprs(m)).toContain(`1 - ((sum(rate(orders_success_total{job="shop"}[1h])) or vector(0)) / ${total})`);
  });

  test("Grafana: a freeform query with the sum over its rate interval (its ratio query names one counter)", () => {
    const m = modelWith("orders", sums, ["prometheus", "grafana", "pagerduty"]);
    const query = synthGrafana(m).resource.grafana_slo.slo_orders.query[0];
    expect(query.type).toBe("freeform");
    expect(query.freeform[0].query).toBe(
      `1 - (1 - ((sum(rate(orders_success_total{job="shop"}[$__rate_interval])) or vector(0)) / ${total.replace(/\[1h\]/g, "[$__rate_interval]")}))`,
    );
  });

  test("Google Cloud: a total of the good counter plus one other is good + bad, which good_total_ratio takes directly", () => {
    const m = modelWith("orders", sums);
    const ratio_ = synthGcp(m).resource.google_monitoring_slo.slo_orders.request_based_sli.good_total_ratio;
    expect(Object.keys(ratio_).sort()).toEqual(["bad_service_filter", "good_service_filter"]);
    expect(ratio_.good_service_filter).toContain('metric.type="prometheus.googleapis.com/orders_success_total/counter"');
    expect(ratio_.bad_service_filter).toContain('metric.type="prometheus.googleapis.com/orders_failed_total/counter"');
    // The same from the errors side: errors failed_total, total success + failed.
    const fromErrors = ratio({
      prometheus: {
        errors: 'orders_failed_total{job="shop"}',
        total: ['orders_success_total{job="shop"}', 'orders_failed_total{job="shop"}'],
      },
    });
    const other = synthGcp(modelWith("orders", fromErrors)).resource.google_monitoring_slo.slo_orders.request_based_sli.good_total_ratio;
    expect(other).toEqual(ratio_);
    // No data only when both series are absent.
    const noData = synthGcp(m).resource.google_monitoring_alert_policy["slo_orders_no_data"];
    expect(noData.combiner).toBe("AND");
    expect(noData.conditions.map((c: any) => c.condition_absent.filter)).toEqual([ratio_.good_service_filter, ratio_.bad_service_filter]);
  });

  test("Google Cloud cannot filter another sum: refused naming the SLO, the field and the counters, unless filters are given", () => {
    const three = ratio({
      prometheus: {
        good: 'orders_success_total{job="shop"}',
        total: ['orders_success_total{job="shop"}', 'orders_failed_total{job="shop"}', 'orders_timeout_total{job="shop"}'],
      },
    });
    expect(problemsOf(defsWith("orders", three))).toEqual([
      'slo "orders": sli.prometheus.total: adds up 3 counters (orders_success_total + orders_failed_total + orders_timeout_total), which a Cloud Monitoring SLO cannot: its filters select one metric. Give sli.cloudMonitoring filters (e.g. of a recording rule\'s metric that sums them), or leave "gcp" out of the service\'s runsOn.targets. (A total written as the good or errors counter plus one other is taken as good + bad.)',
    ]);
    const filters = { good: 'metric.type="custom.googleapis.com/orders/ok"', total: 'metric.type="custom.googleapis.com/orders/all"' };
    const m = modelWith("orders", { ...three, cloudMonitoring: filters });
    expect(synthGcp(m).resource.google_monitoring_slo.slo_orders.request_based_sli).toEqual({
      good_total_ratio: { good_service_filter: filters.good, total_service_filter: filters.total },
    });
  });

  test("Cloud Monitoring filters take any two of good, bad and total", () => {
    const filters = { good: 'metric.type="custom.googleapis.com/orders/ok"', bad: 'metric.type="custom.googleapis.com/orders/failed"' };
    const m = modelWith("orders", ratio({ cloudMonitoring: filters }), ["gcp"]);
    expect(synthGcp(m).resource.google_monitoring_slo.slo_orders.request_based_sli.good_total_ratio).toEqual({
      good_service_filter: filters.good,
      bad_service_filter: filters.bad,
    });
    expect(problemsOf(defsWith("orders", ratio({ cloudMonitoring: { good: filters.good } as never }), ["gcp"]))).toEqual([
      'slo "orders": sli.cloudMonitoring: give two of `good`, `bad` and `total`, got good',
    ]);
  });

  test("a list that repeats a counter, or is empty, is refused with the field", () => {
    const repeated = ratio({ prometheus: { errors: "failed_total", total: ["failed_total", "failed_total"] } });
    expect(problemsOf(defsWith("orders", repeated, ["prometheus"]))).toEqual([
      'slo "orders": sli.prometheus.total[1]: repeats failed_total: each counter is added once',
    ]);
    const empty = ratio({ prometheus: { errors: "failed_total", total: [] } });
    expect(problemsOf(defsWith("orders", empty, ["prometheus"]))).toEqual([
      'slo "orders": sli.prometheus.total: must be a selector or a list of selectors to add up, got []',
    ]);
  });
});

describe("time-based: uptime from up, each minute judged against a condition", () => {
  const uptime = timeBased({ good: { atLeast: 1 }, prometheus: { gauge: 'up{job="nous-api"}' } });
  const m = modelWith("api-uptime", uptime);
  const slo_ = m.slos[0];

  test("Prometheus: the share of minutes in which some target was down; burn-rate tiers judged in whole minutes", () => {
    expect(errorRatioQuery(slo_.sli.prometheus!, 3600)).toBe('avg_over_time((min(up{job="nous-api"}) < bool 1)[1h:1m])');
    expect(ruleExprs(m)).toContain('avg_over_time((min(up{job="nous-api"}) < bool 1)[5m:1m])');
    // Judged in whole minutes, like freshness: 14.4x of a 1% budget over 1h is 8.64 bad minutes, the first counted as the outage starts.
    expect(slo_.tiers.find((t) => t.id === "page-fast")!.detectionSeconds).toBe(480);
  });

  test("Google Cloud: a windows-based SLO, one-minute windows whose mean of up is at least 1", () => {
    expect(synthGcp(m).resource.google_monitoring_slo["slo_api-uptime"]).toMatchObject({
      windows_based_sli: {
        window_period: "60s",
        metric_mean_in_range: {
          time_series:
            'metric.type="prometheus.googleapis.com/up/gauge" AND resource.type="prometheus_target" AND resource.labels.job="nous-api"',
          range: { min: 1 },
        },
      },
    });
    expect(synthGcp(m).resource.google_monitoring_slo["slo_api-uptime"].windows_based_sli.metric_mean_in_range.range.max).toBeUndefined();
  });

  test("Grafana: the minute ratio over its rate interval", () => {
    expect(synthGrafana(m).resource.grafana_slo["slo_api-uptime"].query[0].freeform[0].query).toBe(
      '1 - (avg_over_time((min(up{job="nous-api"}) < bool 1)[$__rate_interval:1m]))',
    );
  });

  test("both bounds: a minute is bad above the top or below the bottom", () => {
    const band = modelWith("queue-depth", timeBased({ good: { atLeast: 1, atMost: 500 }, prometheus: { gauge: "queue_consumers" } }));
    expect(errorRatioQuery(band.slos[0].sli.prometheus!, 300)).toBe(
      "avg_over_time((clamp_max((max(queue_consumers) > bool 500) + (min(queue_consumers) < bool 1), 1))[5m:1m])",
    );
    expect(band.slos[0].sli.cloudMonitoring).toMatchObject({ kind: "gauge-range", min: 1, max: 500 });
  });

  test("bounds that are missing, not numbers or crossed are refused with the SLO and field", () => {
    expect(problemsOf(defsWith("u", timeBased({ good: {}, prometheus: { gauge: "up" } })))).toEqual([
      'slo "u": sli.good: needs atLeast, atMost or both: the bounds a good minute\'s gauge stays within (uptime: { atLeast: 1 })',
    ]);
    expect(problemsOf(defsWith("u", timeBased({ good: { atLeast: "1" as never }, prometheus: { gauge: "up" } })))).toEqual([
      'slo "u": sli.good.atLeast: must be a finite number, got "1"',
    ]);
    expect(problemsOf(defsWith("u", timeBased({ good: { atLeast: 5, atMost: 1 }, prometheus: { gauge: "up" } })))).toEqual([
      'slo "u": sli.good: atLeast 5 is above atMost 1: no minute could be good',
    ]);
  });
});

describe("CloudWatch counts added up: metric math over each metric", () => {
  const count = (metric: string) => ({
    namespace: "Shop",
    metric,
    dimensions: { Service: "orders" },
    statistic: "Sum",
  });
  const sums = ratio({
    prometheus: { errors: "orders_failed_total", total: ["orders_success_total", "orders_failed_total"] },
    cloudWatch: { errors: count("OrdersFailed"), total: [count("OrdersSucceeded"), count("OrdersFailed")] },
  });

  test("every window alarm adds the total's metrics, each filled with 0 where a period has no datapoint", () => {
    const m = modelWith("orders", sums, ["aws", "prometheus", "pagerduty"]);
    const alarm = synthAws(m).resource.aws_cloudwatch_metric_alarm["slo_orders_page-fast-long"];
    expect(alarm.metric_query.map((q: any) => [q.id, q.metric?.metric_name ?? q.expression])).toEqual([
      ["bad", "OrdersFailed"],
      ["total_0", "OrdersSucceeded"],
      ["total_1", "OrdersFailed"],
      ["error_ratio", "FILL(bad, 0) / (FILL(total_0, 0) + FILL(total_1, 0))"],
    ]);
    expect(alarm.metric_query[1].metric).toMatchObject({ period: 3600, stat: "Sum", dimensions: { Service: "orders" } });
  });

  test("good events added up are subtracted from the total as one sum; an empty list is refused with the field", () => {
    const good = ratio({
      prometheus: { good: "a_total", total: "t_total" },
      cloudWatch: { good: [count("A"), count("B")], total: count("T") },
    });
    const alarm = synthAws(modelWith("orders", good, ["aws", "prometheus", "pagerduty"])).resource.aws_cloudwatch_metric_alarm[
      "slo_orders_page-fast-long"
    ];
    expect(alarm.metric_query.at(-1).expression).toBe("(total - (FILL(good_0, 0) + FILL(good_1, 0))) / total");
    const empty = ratio({ prometheus: { good: "a_total", total: "t_total" }, cloudWatch: { good: [], total: count("T") } });
    expect(problemsOf(defsWith("orders", empty, ["aws"]))).toEqual([
      'slo "orders": sli.cloudWatch.good: must be a metric or a list of metrics to add up, got []',
    ]);
  });
});

describe("latency on CloudWatch from a duration metric: the threshold in the metric's unit", () => {
  const alb = { namespace: "AWS/ApplicationELB", metric: "TargetResponseTime", dimensions: { LoadBalancer: "app/shop/1" } };
  const queries = (sli: SliDefinition) =>
    synthAws(modelWith("shop-latency", sli, ["aws", "pagerduty"])).resource.aws_cloudwatch_metric_alarm["slo_shop-latency_page-fast-long"]
      .metric_query;

  test("good requests are the trimmed count up to 0.3 s, all requests the sample count", () => {
    const q = queries(latency({ threshold: "300ms", cloudWatchLatency: alb }));
    expect(q.map((x: any) => [x.id, x.metric?.stat ?? x.expression])).toEqual([
      ["good", "TC(:0.3)"],
      ["total", "SampleCount"],
      ["error_ratio", "(total - FILL(good, 0)) / total"],
    ]);
    expect(q[0].metric).toMatchObject({ namespace: "AWS/ApplicationELB", metric_name: "TargetResponseTime", dimensions: alb.dimensions });
  });

  test("a metric in milliseconds is cut at 300", () => {
    const q = queries(
      latency({ threshold: "300ms", unit: "milliseconds", cloudWatchLatency: { ...alb, namespace: "Shop", metric: "LatencyMs" } }),
    );
    expect(q[0].metric.stat).toBe("TC(:300)");
    // The metric's own unit wins over the SLI's.
    const own = queries(latency({ threshold: "2s", unit: "milliseconds", cloudWatchLatency: { ...alb, unit: "seconds" } }));
    expect(own[0].metric.stat).toBe("TC(:2)");
  });

  test("counts and a duration metric together are refused", () => {
    const both = latency({
      threshold: "1s",
      cloudWatchLatency: alb,
      cloudWatch: { good: { ...alb, statistic: "Sum" }, total: { ...alb, statistic: "Sum" } },
    });
    expect(problemsOf(defsWith("shop-latency", both, ["aws"]))).toEqual([
      'slo "shop-latency": sli.cloudWatchLatency: give either `cloudWatch` counts or `cloudWatchLatency`, not both',
    ]);
  });
});
