/**
 * `alerting.noData: false`: an SLO of a workload idle by design raises no ticket when its series
 * stop, on any target (Prometheus rules, Grafana rules, Google Cloud policies, CloudWatch alarms);
 * by default every SLO has one.
 */
import type { SloDefinition } from "../../../engine/definitions/types";
import { sloRuleGroups } from "../../../engine/exporters/prometheus-rules";
import { noDataAlertName } from "../../../engine/model/slo-alerts";
import { defaults, model, problemsOf, synthAws, synthGcp, synthGrafana } from "../../helpers";

const ID = "api-availability";
const withNoData = (noData: unknown) => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === ID ? ({ ...s, alerting: { ...s.alerting, noData } } as SloDefinition) : s));
  return defs;
};

/** Where each target holds the SLO's no-data alert, as the stacks and rule files write it. */
function noDataEverywhere(noData: boolean) {
  const m = model(withNoData(noData));
  const slo = m.slos.find((s) => s.id === ID)!;
  const name = noDataAlertName(slo);
  const prometheus = sloRuleGroups(m, "prod")
    .flatMap((g) => g.rules)
    .filter((r) => "alert" in r && r.alert === name);
  const grafana = Object.values(synthGrafana(m).resource.grafana_rule_group)
    .flatMap((g: any) => g.rule)
    .filter((r: any) => r.name === name);
  const gcp = Object.keys(synthGcp(m).resource.google_monitoring_alert_policy).filter((k) => k === `slo_${ID}_no_data`);
  const aws = Object.keys(synthAws(m).resource.aws_cloudwatch_metric_alarm).filter((k) => k === `slo_${ID}_no_data`);
  return { prometheus: prometheus.length, grafana: grafana.length, gcp: gcp.length, aws: aws.length };
}

test("an SLO's no-data alert is on everywhere by default and off everywhere with alerting.noData: false", () => {
  expect(noDataEverywhere(true)).toEqual({ prometheus: 1, grafana: 1, gcp: 1, aws: 1 });
  expect(noDataEverywhere(false)).toEqual({ prometheus: 0, grafana: 0, gcp: 0, aws: 0 });
  expect(problemsOf(withNoData("no"))).toEqual([`slo "${ID}": alerting.noData: must be true or false, got "no"`]);
});
