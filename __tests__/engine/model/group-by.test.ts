/**
 * groupBy in the model: label names checked with every problem at once, the Prometheus form of
 * every SLI kind summed (or max/min-ed) by the labels, no Cloud Monitoring SLO, and CloudWatch
 * sources refused with the way out.
 */
import type { SloDefinition } from "../../../engine/definitions/types";
import { errorRatioQuery } from "../../../engine/model/sli";
import { groupingText, withGroupValues } from "../../../engine/model/group-by";
import { burnAnnotations } from "../../../engine/model/slo-alerts";
import { goTemplateError } from "../../../engine/model/go-template";
import { defaults, model, problemsOf } from "../../helpers";
import { apiRouteAvailability } from "../../fixtures/grouped";

/** The fixture with one more SLO. */
function withSlo(slo: SloDefinition) {
  const defs = defaults();
  defs.slos = [...defs.slos, slo];
  return defs;
}
const grouped = (change: Partial<SloDefinition>) => withSlo({ ...apiRouteAvailability, ...change } as SloDefinition);

test("a grouped SLO keeps its labels in the model, on its Prometheus form; Google Cloud gets no Cloud Monitoring SLO form", () => {
  const slo = model(grouped({})).slos.find((s) => s.id === "api-route-availability")!;
  expect(slo.groupBy).toEqual(["route"]);
  expect(slo.sli.prometheus?.groupBy).toEqual(["route"]);
  expect(slo.sli.cloudMonitoring).toBeUndefined();
  expect(groupingText(slo.groupBy)).toBe("per route");
  expect(groupingText(["route", "method", "tenant"])).toBe("per route, method and tenant");
  // An SLO judged as a whole is as it was.
  const whole = model(grouped({ groupBy: undefined })).slos.find((s) => s.id === "api-route-availability")!;
  expect(whole.groupBy).toEqual([]);
  expect(whole.sli.prometheus?.groupBy).toBeUndefined();
  expect(whole.sli.cloudMonitoring).toBeDefined();
});

test("every problem of a groupBy at once, each naming its field", () => {
  expect(problemsOf(grouped({ groupBy: ["le", "route", "route", "http-route", "__name__", "environment"] }))).toEqual([
    expect.stringMatching(/^slo "api-route-availability": groupBy: names 6 labels, more than 3/),
    expect.stringMatching(/^slo "api-route-availability": groupBy\[0\]: "le" is a label the SLO's rules and alerts set themselves/),
    'slo "api-route-availability": groupBy[2]: repeats "route"',
    expect.stringMatching(/^slo "api-route-availability": groupBy\[3\]: "http-route" is not a Prometheus label name/),
    expect.stringMatching(/^slo "api-route-availability": groupBy\[4\]: "__name__" starts with __/),
    expect.stringMatching(
      /^slo "api-route-availability": groupBy\[5\]: "environment" is a label the SLO's rules and alerts set themselves/,
    ),
  ]);
  expect(problemsOf(grouped({ groupBy: [] as string[] }))).toEqual([expect.stringMatching(/groupBy: is empty: leave it out/)]);
  expect(problemsOf(grouped({ groupBy: "route" as unknown as string[] }))).toEqual([
    expect.stringMatching(/groupBy: must be a list of Prometheus label names such as \["route"\], got "route"/),
  ]);
});

test("CloudWatch cannot group: the problem names groupBy and the ways out; Cloud Monitoring filters and a missing Prometheus source are refused too", () => {
  const cloudWatch = defaults().slos.find((s) => s.id === "api-availability")!;
  expect(problemsOf(withSlo({ ...cloudWatch, id: "api-per-route", groupBy: ["route"] }))).toEqual([
    'slo "api-per-route": groupBy: cannot group an SLO with a CloudWatch source (sli.cloudWatch): a CloudWatch alarm watches one metric with fixed dimensions, not one per label value. ' +
      "Write one SLO per dimension value (each with its own dimensions), or drop sli.cloudWatch and judge the SLO by its Prometheus source",
  ]);
  const filters = { kind: "ratio" as const, cloudMonitoring: { good: 'metric.type="a"', total: 'metric.type="b"' } };
  expect(problemsOf(grouped({ sli: filters }))).toEqual([
    expect.stringMatching(/groupBy: names Prometheus labels, but the SLI has no Prometheus source/),
    expect.stringMatching(/groupBy: cannot go with sli.cloudMonitoring: a Cloud Monitoring SLO judges its filters as a whole/),
  ]);
});

test("every SLI kind groups: sums by the labels, a zero per group where a counter may be missing, max/min by them per minute", () => {
  const sli = (s: SloDefinition["sli"]) => model(grouped({ sli: s })).slos.find((x) => x.id === "api-route-availability")!.sli.prometheus!;
  const good = sli({ kind: "ratio", prometheus: { good: 'req_total{code!~"5.."}', total: "req_total" } });
  // A label-less vector(0) would match no group: the zero is the total's, per group.
  expect(errorRatioQuery(good, 300)).toBe(
    '1 - ((sum by (route) (rate(req_total{code!~"5.."}[5m])) or 0 * sum by (route) (rate(req_total[5m]))) / sum by (route) (rate(req_total[5m])))',
  );
  const summed = sli({ kind: "ratio", prometheus: { errors: "failed_total", total: ["ok_total", "failed_total"] } });
  expect(errorRatioQuery(summed, 300)).toBe(
    "sum by (route) (rate(failed_total[5m])) / ((sum by (route) (rate(ok_total[5m])) or 0 * (sum by (route) (rate(ok_total[5m])) or sum by (route) (rate(failed_total[5m])))) + " +
      "(sum by (route) (rate(failed_total[5m])) or 0 * (sum by (route) (rate(ok_total[5m])) or sum by (route) (rate(failed_total[5m])))))",
  );
  const uptime = sli({ kind: "time-based", good: { atLeast: 1, atMost: 2 }, prometheus: { gauge: "up" } });
  expect(errorRatioQuery(uptime, 3600)).toBe(
    "avg_over_time((clamp_max((max by (route) (up) > bool 2) + (min by (route) (up) < bool 1), 1))[1h:1m])",
  );
  const fresh = sli({ kind: "freshness", maxAge: "5m", prometheus: { ageSeconds: "sync_age_seconds" } });
  expect(errorRatioQuery(fresh, 3600)).toBe("avg_over_time((max by (route) (sync_age_seconds) > bool 300)[1h:1m])");
});

test("the alert's text names its group as a Go template Prometheus parses, the SLO's own text staying literal", () => {
  const slo = { groupBy: ["route", "tenant"], runbook: "https://runbooks.example/x?lang=en#{{top}}" };
  const annotations = burnAnnotations(slo, { summary: "{{ name }} burns", description: "Burning." });
  expect(annotations).toEqual({
    summary: '{{ "{{" }} name }} burns for route {{ $labels.route }}, tenant {{ $labels.tenant }}',
    description: "Burning for route {{ $labels.route }}, tenant {{ $labels.tenant }}.",
    runbook_url:
      'https://runbooks.example/x?lang=en&route={{ $labels.route | urlquery }}&tenant={{ $labels.tenant | urlquery }}#{{ "{{" }}top}}',
  });
  for (const text of Object.values(annotations)) expect(goTemplateError(text)).toBeUndefined();
  expect(withGroupValues(annotations.runbook_url, { route: "route-a", tenant: "t1" })).toBe(
    'https://runbooks.example/x?lang=en&route=route-a&tenant=t1#{{ "{{" }}top}}',
  );
});
