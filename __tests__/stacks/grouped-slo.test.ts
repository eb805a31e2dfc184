/**
 * What Google Cloud and Grafana render of a grouped SLO: PromQL conditions and rules that keep
 * the group's labels (one incident, one alert per route), Grafana's multidimensional SLO, and on
 * Google Cloud no SLO object (it cannot judge per label value) and so no budget policies.
 */
import type { SloDefinition } from "../../engine/definitions/types";
import { defaults, model, synthGcp, synthGrafana } from "../helpers";
import { apiRouteAvailability } from "../fixtures/grouped";

const goodPerRoute: SloDefinition = {
  ...apiRouteAvailability,
  id: "api-route-good",
  sli: {
    kind: "ratio",
    prometheus: { good: 'http_requests_total{job="nous-api",status!~"5.."}', total: 'http_requests_total{job="nous-api"}' },
  },
};
const defs = defaults();
defs.slos = [...defs.slos, apiRouteAvailability, goodPerRoute];
const m = model(defs);

describe("Google Cloud", () => {
  const prod = synthGcp(m);
  const policies = (slo: string) =>
    Object.values<any>(prod.resource.google_monitoring_alert_policy).filter((p) => p.user_labels.slo === slo);

  test("no Cloud Monitoring SLO object and no budget policies for a grouped SLO; the SLO judged as a whole keeps both", () => {
    expect(Object.keys(prod.resource.google_monitoring_slo)).not.toContain("slo_api-route-availability");
    expect(Object.keys(prod.resource.google_monitoring_slo)).toContain("slo_api-availability");
    expect(policies("api-route-availability").filter((p) => p.user_labels.budget)).toEqual([]);
    expect(policies("api-availability").filter((p) => p.user_labels.budget).length).toBeGreaterThan(0);
  });

  test("burn-rate conditions are PromQL summed by route, one incident per route; the no-data condition is PromQL over every series", () => {
    const byKind = Object.fromEntries(policies("api-route-availability").map((p) => [p.user_labels.slo_alert ?? p.user_labels.tiers, p]));
    expect(Object.keys(byKind).sort()).toEqual(["no-data", "page-fast_page-slow", "ticket"]);
    const page = byKind["page-fast_page-slow"];
    const query: string = page.conditions[0].condition_prometheus_query_language.query;
    expect(query).toContain(
      'sum by (route) (rate(http_requests_total{job="nous-api",status=~"5.."}[1h])) / sum by (route) (rate(http_requests_total{job="nous-api"}[1h])) > 0.0144',
    );
    expect(query).not.toMatch(/sum\(/);
    expect(page.documentation.content).toContain("One incident per route: the incident's labels name it.");
    expect(byKind["no-data"].conditions).toEqual([
      {
        display_name: expect.stringMatching(/^No data for /),
        condition_prometheus_query_language: expect.objectContaining({
          query: expect.stringMatching(/^absent_over_time\(http_requests_total\{job="nous-api"\}\[\d+m\]\)$/),
          alert_rule: "ApiRouteAvailabilityNoData",
        }),
      },
    ]);
  });
});

describe("Grafana", () => {
  const prod = synthGrafana(m);

  test("grafana_slo: a ratio query takes the labels as group_by_labels, a freeform query sums by them", () => {
    expect(prod.resource.grafana_slo["slo_api-route-good"].query).toEqual([
      {
        type: "ratio",
        ratio: [
          {
            success_metric: 'http_requests_total{job="nous-api",status!~"5.."}',
            total_metric: 'http_requests_total{job="nous-api"}',
            group_by_labels: ["route"],
          },
        ],
      },
    ]);
    expect(prod.resource.grafana_slo["slo_api-route-availability"].query[0].freeform[0].query).toBe(
      '1 - (sum by (route) (rate(http_requests_total{job="nous-api",status=~"5.."}[$__rate_interval])) / sum by (route) (rate(http_requests_total{job="nous-api"}[$__rate_interval])))',
    );
  });

  test("the burn-rate rule's query keeps the route, so each route is its own alert instance, and its text names it", () => {
    const group = prod.resource.grafana_rule_group["rule_group_slo_api-route-availability"];
    const page = group.rule.find((r: any) => r.name === "ApiRouteAvailabilityPageBurn");
    expect(JSON.parse(page.data[0].model).expr).toMatch(/^\(sum by \(route\) \(rate\(/);
    expect(page.annotations.summary).toMatch(/ for route \{\{ \$labels\.route \}\}$/);
    expect(page.annotations.runbook_url).toBe("https://docs.nous.com/runbooks/api-availability?route={{ $labels.route | urlquery }}");
  });
});
