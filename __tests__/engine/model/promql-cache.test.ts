import "cdktf/lib/testing/adapters/jest";
import { parser } from "@prometheus-io/lezer-promql";
import { dashboard, promql } from "../../../engine/definitions";
import { buildModel } from "../../../engine/model";
import { parseSelector, promqlSyntaxError } from "../../../engine/model/promql";
import { defaults } from "../../helpers";
import { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";

// Texts no other test parses, so the process-wide cache starts empty for them.
const unique = (s: string) => s.replace(/cache_test/g, `cache_test_${Math.random().toString(36).slice(2)}`);

afterEach(() => jest.restoreAllMocks());

test("each expression is parsed once, and every later call answers as the first did", () => {
  const parse = jest.spyOn(parser, "parse");
  const texts = [
    unique('sum(rate(cache_test_total{code=~"5.."}[5m]))'),
    unique("sum(rate(cache_test_total[5m]) by (job)"),
    unique("{}"),
    unique("   "),
    unique("cache_test_total{job=}"),
  ];
  const first = texts.map((t) => promqlSyntaxError(t));
  const second = texts.map((t) => promqlSyntaxError(t));
  expect(second).toEqual(first);
  expect(first[0]).toBeUndefined();
  expect(first[1]).toMatch(/syntax error at column/);
  expect(first[2]).toMatch(/needs a metric name or a label matcher/);
  expect(first[3]).toBe("is empty");
  expect(first[4]).toMatch(/syntax error/);
  // The empty text is never parsed; each of the other four once.
  expect(parse).toHaveBeenCalledTimes(4);
});

test("a selector is parsed once for both its syntax check and its matchers", () => {
  const parse = jest.spyOn(parser, "parse");
  const text = unique('cache_test_total{job="api",code=~"5.."}');
  const selector = parseSelector(text);
  expect(selector).toEqual({
    metric: expect.stringMatching(/^cache_test_\w+_total$/),
    matchers: [
      { name: "job", op: "=", value: "api" },
      { name: "code", op: "=~", value: "5.." },
    ],
  });
  expect(parseSelector(text)).toBe(selector);
  expect(promqlSyntaxError(text)).toBeUndefined();
  expect(parse).toHaveBeenCalledTimes(1);
});

test("cached results equal fresh ones, errors included, whichever function sees a text first", () => {
  const texts = [unique('cache_test_total{job="a"}'), unique("rate(cache_test_total[5m])"), unique('cache_test_total{"job"="a"}')];
  const fresh = texts.map((t) => [promqlSyntaxError(t), parseSelector(t)]);
  const other = texts.map((t) => unique(t.replace(/cache_test_\w+?_total/, "cache_test_total")));
  const reversed = other.map((t) => {
    const selector = parseSelector(t);
    return [promqlSyntaxError(t), selector];
  });
  // Same answers once the differing metric names are set aside.
  const named = (v: unknown) => JSON.stringify(v).replace(/cache_test_\w+?_total/g, "M");
  expect(reversed.map(named)).toEqual(fresh.map(named));
  expect(fresh[1][1]).toMatch(/must be a plain selector/);
  expect(fresh[2][1]).toMatch(/unquoted label names/);
});

test("a shared selector cannot be changed by one of its users", () => {
  const selector = parseSelector(unique('cache_test_total{job="api"}'));
  if (typeof selector === "string") throw new Error(selector);
  expect(Object.isFrozen(selector)).toBe(true);
  expect(Object.isFrozen(selector.matchers)).toBe(true);
  expect(Object.isFrozen(selector.matchers[0])).toBe(true);
});

test("a dashboard is built once, however many environments see it, and every model gets its JSON", () => {
  const defs = defaults();
  expect(defs.environments.some((e) => e.overrides)).toBe(true);
  let builds = 0;
  const definition = dashboard({
    id: "cache-test",
    team: defs.services[0].team,
    build: (ds) => {
      builds++;
      return new DashboardBuilder("Cache test")
        .uid("cache-test")
        .withPanel(new timeseries.PanelBuilder().title("Requests").withTarget(promql(ds, "sum(rate(http_requests_total[5m]))")));
    },
  });
  defs.dashboards = [definition];
  const m = buildModel(defs);
  const models = [m, ...Object.values(m.environmentModels)];
  expect(models.length).toBeGreaterThan(1);
  expect(builds).toBe(1);
  for (const x of models) {
    const d = x.dashboards.find((y) => y.id === "cache-test")!;
    expect(d.content.kind === "definition" && d.content.json.title).toBe("Cache test");
  }
  buildModel(defs);
  expect(builds).toBe(1);
});

test("a builder that fails is reported in every model, and run once", () => {
  const defs = defaults();
  let builds = 0;
  defs.dashboards = [
    dashboard({
      id: "cache-test-broken",
      team: defs.services[0].team,
      build: () => {
        builds++;
        throw new Error("no panels today");
      },
    }),
  ];
  for (let i = 0; i < 2; i++) expect(() => buildModel(defs)).toThrow(/dashboard "cache-test-broken".*the builder failed: no panels today/s);
  expect(builds).toBe(1);
});
