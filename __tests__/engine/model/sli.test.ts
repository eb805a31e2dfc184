import { errorRatioQuery } from "../../../engine/model/sli";
import { promqlSyntaxError } from "../../../engine/model/promql";
import { freshness, latency, ratio, slo } from "../../../engine/definitions";
import { defaults, model, problemsOf, withoutOverrides } from "../../helpers";

const sloNamed = (id: string) => model().slos.find((s) => s.id === id)!;

describe("Cloud Monitoring filters derived from the Prometheus counters (Managed Service for Prometheus)", () => {
  test("ratio: job is a resource label, status a metric label, =~ a full regex match", () => {
    expect(sloNamed("api-availability").sli.cloudMonitoring).toEqual({
      kind: "ratio",
      bad: 'metric.type="prometheus.googleapis.com/http_requests_total/counter" AND resource.type="prometheus_target" AND resource.labels.job="nous-api" AND metric.labels.status=monitoring.regex.full_match("5..")',
      good: undefined,
      total:
        'metric.type="prometheus.googleapis.com/http_requests_total/counter" AND resource.type="prometheus_target" AND resource.labels.job="nous-api"',
    });
  });

  test("latency: a distribution cut of the histogram at the threshold in seconds", () => {
    expect(sloNamed("api-latency").sli.cloudMonitoring).toEqual({
      kind: "distribution",
      filter:
        'metric.type="prometheus.googleapis.com/http_request_duration_seconds/histogram" AND resource.type="prometheus_target" AND resource.labels.job="nous-api"',
      maxSeconds: 2,
    });
  });

  test("freshness: the age gauge must stay within 300 seconds", () => {
    expect(sloNamed("data-freshness").sli.cloudMonitoring).toEqual({
      kind: "age",
      filter:
        'metric.type="prometheus.googleapis.com/time_since_last_sync_seconds/gauge" AND resource.type="prometheus_target" AND resource.labels.job="nous-sync"',
      maxSeconds: 300,
    });
  });

  test("negative matchers and explicit filters", () => {
    const defs = withoutOverrides(defaults());
    defs.slos = [
      slo({
        id: "a",
        service: "api",
        objective: 99,
        window: "30d",
        runbook: "https://x.example/a",
        sli: ratio({ prometheus: { good: 'reqs_total{code!~"5..",route!="/health"}', total: 'reqs_total{route!="/health"}' } }),
      }),
      slo({
        id: "b",
        service: "api",
        objective: 99,
        window: "30d",
        runbook: "https://x.example/b",
        sli: latency({ threshold: "300ms", cloudMonitoring: { distribution: 'metric.type="custom.googleapis.com/latency"' } }),
      }),
    ];
    const [a, b] = model(defs).slos;
    expect(a.sli.cloudMonitoring).toMatchObject({
      good: 'metric.type="prometheus.googleapis.com/reqs_total/counter" AND resource.type="prometheus_target" AND NOT metric.labels.code=monitoring.regex.full_match("5..") AND metric.labels.route!="/health"',
    });
    expect(b.sli).toEqual({
      kind: "latency",
      prometheus: undefined,
      cloudMonitoring: { kind: "distribution", filter: 'metric.type="custom.googleapis.com/latency"', maxSeconds: 0.3 },
    });
  });
});

describe("error ratio over a window, in PromQL", () => {
  test.each([
    [
      "api-availability",
      3600,
      'sum(rate(http_requests_total{job="nous-api",status=~"5.."}[1h])) / sum(rate(http_requests_total{job="nous-api"}[1h]))',
    ],
    [
      "api-latency",
      300,
      '1 - (sum(rate(http_request_duration_seconds_bucket{job="nous-api",le="2"}[5m])) / sum(rate(http_request_duration_seconds_count{job="nous-api"}[5m])))',
    ],
    ["data-freshness", 21600, 'avg_over_time((max(time_since_last_sync_seconds{job="nous-sync"}) > bool 300)[6h:1m])'],
  ])("%s over %ps", (id, window, expected) => {
    const query = errorRatioQuery(sloNamed(id).sli.prometheus!, window);
    expect(query).toBe(expected);
    expect(promqlSyntaxError(query)).toBeUndefined();
  });

  test("every tier window of every bundled SLO gives valid PromQL", () => {
    for (const s of model().slos) {
      for (const t of s.tiers) {
        for (const w of [t.longWindowSeconds, t.shortWindowSeconds]) {
          expect(promqlSyntaxError(errorRatioQuery(s.sli.prometheus!, w))).toBeUndefined();
        }
      }
    }
  });
});

test("an SLI needs a source", () => {
  const defs = withoutOverrides(defaults());
  defs.slos = [
    slo({
      id: "c",
      service: "data-sync",
      objective: 99,
      window: "7d",
      runbook: "https://x.example/c",
      sli: freshness({ maxAge: "5 minutes" as never }),
    }),
  ];
  expect(problemsOf(defs)).toEqual([
    'slo "c": sli.maxAge: must be a duration such as "5m", got "5 minutes"',
    'slo "c": sli: needs at least one source: prometheus, cloudMonitoring or cloudWatch',
  ]);
  defs.slos = [
    slo({ id: "c", service: "data-sync", objective: 99, window: "7d", runbook: "https://x.example/c", sli: freshness({ maxAge: "5m" }) }),
  ];
  expect(problemsOf(defs)).toEqual(['slo "c": sli: needs at least one source: prometheus, cloudMonitoring or cloudWatch']);
});
