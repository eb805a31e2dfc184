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
      max: 2,
      unit: "seconds",
    });
  });

  test("freshness: the age gauge must stay within 300 seconds", () => {
    expect(sloNamed("data-freshness").sli.cloudMonitoring).toEqual({
      kind: "gauge-range",
      filter:
        'metric.type="prometheus.googleapis.com/time_since_last_sync_seconds/gauge" AND resource.type="prometheus_target" AND resource.labels.job="nous-sync"',
      max: 300,
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
      cloudMonitoring: { kind: "distribution", filter: 'metric.type="custom.googleapis.com/latency"', max: 0.3, unit: "seconds" },
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
      '1 - (sum(rate(http_request_duration_seconds_bucket{job="nous-api",le=~"2|2\\\\.0"}[5m])) / sum(rate(http_request_duration_seconds_count{job="nous-api"}[5m])))',
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

describe("latency histograms in their own unit", () => {
  const latencySlo = (sli: Parameters<typeof latency>[0]) =>
    slo({ id: "chat-latency", service: "api", objective: 99, window: "30d", runbook: "https://x.example/chat", sli: latency(sli) });
  const modelOf = (sli: Parameters<typeof latency>[0]) => {
    const defs = withoutOverrides(defaults());
    defs.slos = [latencySlo(sli)];
    return model(defs).slos[0].sli;
  };
  const problemsFor = (sli: Parameters<typeof latency>[0]) => {
    const defs = withoutOverrides(defaults());
    defs.slos = [latencySlo(sli)];
    return problemsOf(defs);
  };

  test("a millisecond histogram: 300ms is le 300 in Prometheus and a cut at 300 on Google Cloud, not 0.3", () => {
    const sli = modelOf({ threshold: "300ms", unit: "milliseconds", prometheus: { histogram: 'chat_latency_ms{job="chat"}' } });
    expect(errorRatioQuery(sli.prometheus!, 3600)).toBe(
      '1 - (sum(rate(chat_latency_ms_bucket{job="chat",le=~"300|300\\\\.0"}[1h])) / sum(rate(chat_latency_ms_count{job="chat"}[1h])))',
    );
    expect(sli.cloudMonitoring).toEqual({
      kind: "distribution",
      filter:
        'metric.type="prometheus.googleapis.com/chat_latency_ms/histogram" AND resource.type="prometheus_target" AND resource.labels.job="chat"',
      max: 300,
      unit: "milliseconds",
    });
  });

  test("a threshold in seconds on a millisecond histogram is converted: 2s is le 2000", () => {
    const sli = modelOf({ threshold: "2s", unit: "milliseconds", prometheus: { histogram: "chat_latency_ms" } });
    expect(sli.prometheus).toMatchObject({ bucket: { matchers: [{ name: "le", op: "=~", value: "2000|2000\\.0" }] }, threshold: 2000 });
    expect(sli.cloudMonitoring).toMatchObject({ max: 2000 });
  });

  test('the bucket matcher takes Prometheus 2\'s le="2" and Prometheus 3\'s le="2.0", and nothing else', () => {
    const le = modelOf({ threshold: "2s", prometheus: { histogram: "d_seconds" } }).prometheus!;
    expect(le.kind === "latency" && le.bucket.matchers).toEqual([{ name: "le", op: "=~", value: "2|2\\.0" }]);
    const regex = new RegExp(`^(?:${le.kind === "latency" ? le.bucket.matchers[0].value : ""})$`);
    expect(["2", "2.0"].filter((v) => regex.test(v))).toEqual(["2", "2.0"]);
    expect(["20", "2x0", "2.5", "0.2"].filter((v) => regex.test(v))).toEqual([]);
    // A fractional bound is written the same way by both versions: an exact match.
    const fractional = modelOf({ threshold: "300ms", prometheus: { histogram: "d_seconds" } }).prometheus!;
    expect(fractional.kind === "latency" && fractional.bucket.matchers).toEqual([{ name: "le", op: "=", value: "0.3" }]);
    // A client's own form is matched besides both.
    const own = modelOf({ threshold: "2s", prometheus: { histogram: "d_seconds", bucket: "2.00" } }).prometheus!;
    expect(own.kind === "latency" && own.bucket.matchers).toEqual([{ name: "le", op: "=~", value: "2|2\\.0|2\\.00" }]);
  });

  test("a histogram named in milliseconds without the unit is refused, naming the SLO, the field and the fix", () => {
    expect(problemsFor({ threshold: "300ms", prometheus: { histogram: "chat_latency_ms", bucket: "300" } })).toEqual([
      'slo "chat-latency": sli.unit: is "seconds" (the default), but the histogram chat_latency_ms is named in milliseconds: write unit: "milliseconds", or the threshold 300ms is read as 0.3 seconds',
      'slo "chat-latency": sli.prometheus.bucket: must be the threshold 300ms in the histogram\'s unit (seconds), 0.3, as the client writes it (e.g. "0.3"); got "300", the threshold in milliseconds: write unit: "milliseconds"',
    ]);
    expect(problemsFor({ threshold: "1s", unit: "milliseconds", prometheus: { histogram: "http_request_duration_seconds" } })).toEqual([
      'slo "chat-latency": sli.unit: is "milliseconds", but the histogram http_request_duration_seconds is named in seconds: write unit: "seconds", or the threshold 1s is read as 1000 milliseconds',
    ]);
  });

  test("a bucket that is not the threshold, and an unknown unit, are refused with the value", () => {
    expect(problemsFor({ threshold: "250ms", unit: "milliseconds", prometheus: { histogram: "chat_latency_ms", bucket: "300" } })).toEqual([
      'slo "chat-latency": sli.prometheus.bucket: must be the threshold 250ms in the histogram\'s unit (milliseconds), 250, as the client writes it (e.g. "250.0"); got "300"',
    ]);
    expect(problemsFor({ threshold: "250ms", unit: "ms" as never, prometheus: { histogram: "chat_latency_ms" } })).toEqual([
      'slo "chat-latency": sli.unit: must be "seconds" or "milliseconds", got "ms"',
    ]);
  });

  test("an explicit Cloud Monitoring distribution in milliseconds is cut in milliseconds", () => {
    const sli = modelOf({
      threshold: "300ms",
      unit: "milliseconds",
      cloudMonitoring: { distribution: 'metric.type="custom.googleapis.com/chat/latency_ms"' },
    });
    expect(sli.cloudMonitoring).toEqual({
      kind: "distribution",
      filter: 'metric.type="custom.googleapis.com/chat/latency_ms"',
      max: 300,
      unit: "milliseconds",
    });
  });
});

describe("a ratio over a histogram's series on Google Cloud", () => {
  const ratioSlo = (prometheus: { errors?: string; good?: string; total: string }) => {
    const defs = withoutOverrides(defaults());
    defs.slos = [
      slo({ id: "chat-errors", service: "api", objective: 99, window: "30d", runbook: "https://x.example/c", sli: ratio({ prometheus }) }),
    ];
    return defs;
  };

  test("errors and total counted by the histogram's _count read Managed Prometheus' /histogram metric, not a /counter that does not exist", () => {
    const sli = model(
      ratioSlo({ errors: 'rpc_duration_seconds_count{job="chat",code!="OK"}', total: 'rpc_duration_seconds_count{job="chat"}' }),
    ).slos[0].sli;
    expect(sli.cloudMonitoring).toEqual({
      kind: "ratio",
      bad: 'metric.type="prometheus.googleapis.com/rpc_duration_seconds/histogram" AND resource.type="prometheus_target" AND resource.labels.job="chat" AND metric.labels.code!="OK"',
      good: undefined,
      total:
        'metric.type="prometheus.googleapis.com/rpc_duration_seconds/histogram" AND resource.type="prometheus_target" AND resource.labels.job="chat"',
    });
    // Counters keep /counter, also beside a histogram's count.
    const mixed = model(ratioSlo({ errors: 'rpc_errors_total{job="chat"}', total: 'rpc_duration_seconds_count{job="chat"}' })).slos[0].sli;
    expect(mixed.cloudMonitoring).toMatchObject({
      bad: expect.stringMatching(/^metric.type="prometheus.googleapis.com\/rpc_errors_total\/counter"/),
      total: expect.stringMatching(/^metric.type="prometheus.googleapis.com\/rpc_duration_seconds\/histogram"/),
    });
  });

  test("a bucket as the good events of a ratio is refused with the SLO, field and selector, pointing to latency()", () => {
    expect(problemsOf(ratioSlo({ good: 'rpc_duration_seconds_bucket{le="0.3"}', total: "rpc_duration_seconds_count" }))).toEqual([
      'slo "chat-errors": sli.prometheus.good: selects one bucket of a histogram (le), which Managed Prometheus keeps inside the histogram\'s distribution: write latency({ threshold, prometheus: { histogram } }) instead; got rpc_duration_seconds_bucket{le="0.3"}',
    ]);
  });
});
