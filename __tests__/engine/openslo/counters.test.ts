import { asOneSelector, parseCounterQuery, type CounterSum } from "../../../engine/openslo/counters";
import { formatSelector } from "../../../engine/model/promql";

/** The counters of a query that is a plain sum, as canonical selector text. */
const counters = (query: string) => {
  const parsed = parseCounterQuery(query);
  if (typeof parsed === "string") throw new Error(parsed);
  if (parsed.kind !== "sum") throw new Error(`a ${parsed.kind}`);
  return parsed.sum.counters.map(formatSelector);
};
const sum = (query: string): CounterSum => {
  const parsed = parseCounterQuery(query);
  if (typeof parsed === "string" || parsed.kind !== "sum") throw new Error(String(parsed));
  return parsed.sum;
};

test.each([
  ['http_requests_total{code="500"}', ['http_requests_total{code="500"}']],
  ["sum(http_requests)", ["http_requests"]],
  ['sum(rate(http_requests_total{job="api"}[5m]))', ['http_requests_total{job="api"}']],
  ['sum by (job, code) (rate(http_requests_total{job="api"}[5m]))', ['http_requests_total{job="api"}']],
  ["sum(increase(x_total[1h])) without (instance)", ["x_total"]],
  ["(sum(rate(a_total[{{.window}}])))", ["a_total"]],
  ["sum(rate(a_total[{{ .window }}])) + sum(rate(b_total[5m]))", ["a_total", "b_total"]],
  ["a_total + sum(b_total) + rate(c_total[1m])", ["a_total", "b_total", "c_total"]],
])("%s adds up %j", (query, expected) => {
  expect(counters(query)).toEqual(expected);
});

test("rated says whether every counter is read through rate() or increase()", () => {
  expect(sum("sum(rate(a[5m])) + increase(b[1h])").rated).toBe(true);
  expect(sum("sum(rate(a[5m])) + b").rated).toBe(false);
});

test("Sloth's bad events as total minus good read as a difference of two sums", () => {
  const parsed = parseCounterQuery(
    '(\n  sum(rate(d_count{verb!="WATCH"}[{{.window}}]))\n  -\n  sum(rate(d_bucket{le="0.4",verb!="WATCH"}[{{.window}}]))\n)\n',
  );
  expect(parsed).toMatchObject({
    kind: "difference",
    minuend: { counters: [{ metric: "d_count", matchers: [{ name: "verb", op: "!=", value: "WATCH" }] }] },
    subtrahend: { counters: [{ metric: "d_bucket" }] },
  });
});

test.each([
  ["avg(rate(x[5m]))", '"avg(rate(x[5m]))" is not a sum'],
  ["sum(irate(x[5m]))", '"irate(x[5m])" is a function other than rate() or increase()'],
  ["sum(rate(x[5m] offset 1h))", "offset, @ and subqueries are not supported"],
  ["sum_over_time((count(x < 0.5))[{{.window}}:])", "is a function other than rate() or increase()"],
  ["sum(rate(x[5m])) / sum(rate(y[5m]))", "is an operation other than + of counters"],
  ["a + on(job) b", "is an operation other than + of counters"],
  ["vector(1)", "is a function other than rate() or increase()"],
  ["sum(rate(x[{{.period}}]))", "uses a template other than {{.window}}"],
  ["sum(rate(x[5m]", "is not valid PromQL"],
])("%s is refused: %s", (query, message) => {
  expect(parseCounterQuery(query)).toEqual(expect.stringContaining(message));
});

describe("a sum as one selector", () => {
  const one = (query: string) => {
    const s = asOneSelector(sum(query));
    return s && formatSelector(s);
  };
  test("one counter is itself", () => {
    expect(one('sum(rate(x{job="a"}[5m]))')).toBe('x{job="a"}');
  });
  test("one label's different values of the same counter become a regex alternation, escaped", () => {
    expect(one('sum(rate(x{job="a",code="500"}[5m])) + sum(rate(x{code="503",job="a"}[5m]))')).toBe('x{job="a",code=~"500|503"}');
    expect(one('x{path="/a.b"} + x{path="/c"}')).toBe('x{path=~"/a\\\\.b|/c"}');
  });
  test("different counters, repeated series and differing other matchers cannot be one selector", () => {
    expect(one("success_total + failed_total")).toBeUndefined();
    expect(one('x{code="500"} + x{code="500"}')).toBeUndefined();
    expect(one('x{code="500",job="a"} + x{code="503",job="b"}')).toBeUndefined();
    expect(one('x{code=~"5.."} + x{code="429"}')).toBeUndefined();
  });
});
