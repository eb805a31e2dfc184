/**
 * One measured run of the benchmark: synthesizes generated definitions of N SLOs (with a
 * service per 10 SLOs, an alert rule per SLO and a dashboard per service) into the given
 * folder. N = 0 synthesizes the project's own definitions.
 */
import { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { projectDefinitions } from "../engine/discover";
import { alert, dashboard, promql, ratio, slo, type Definitions, type ServiceDefinition } from "../engine/definitions";
import { synthCommand } from "../stacks/synth";

const bundled = projectDefinitions();

const TEAMS = ["backend", "frontend", "agents", "platform"];

export function generated(n: number): Definitions {
  const services: ServiceDefinition[] = Array.from({ length: Math.max(1, Math.ceil(n / 10)) }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service ${i}`,
    team: TEAMS[i % TEAMS.length],
  }));
  const lb = { prod: "app/bench-prod/0000000000000000", staging: "app/bench-staging/0000000000000000" };
  return {
    ...bundled,
    services: [...bundled.services, ...services],
    slos: [
      ...bundled.slos,
      ...Array.from({ length: n }, (_, i) =>
        slo({
          id: `slo-${i}`,
          service: services[Math.floor(i / 10)].id,
          objective: 99.9,
          window: "30d",
          sli: ratio({
            prometheus: {
              errors: `requests_total{service="svc-${Math.floor(i / 10)}",route="r${i}",code=~"5.."}`,
              total: `requests_total{service="svc-${Math.floor(i / 10)}",route="r${i}"}`,
            },
            cloudWatch: {
              errors: {
                namespace: "AWS/ApplicationELB",
                metric: "HTTPCode_Target_5XX_Count",
                statistic: "Sum",
                dimensions: { LoadBalancer: lb, TargetGroup: `targetgroup/r${i}/0` },
              },
              total: {
                namespace: "AWS/ApplicationELB",
                metric: "RequestCount",
                statistic: "Sum",
                dimensions: { LoadBalancer: lb, TargetGroup: `targetgroup/r${i}/0` },
              },
            },
          }),
          runbook: `https://runbooks.example.com/slo-${i}`,
        }),
      ),
    ],
    alerts: [
      ...bundled.alerts,
      ...Array.from({ length: n }, (_, i) =>
        alert({
          id: `alert-${i}`,
          name: `Bench${i}`,
          service: services[Math.floor(i / 10)].id,
          severity: "P2",
          summary: `bench alert ${i}`,
          for: "5m",
          condition: { prometheus: `sum(rate(requests_total{route="r${i}",code=~"5.."}[5m])) > 1` },
        }),
      ),
    ],
    dashboards: [
      ...bundled.dashboards,
      ...services.map((s) =>
        dashboard({
          id: `dash-${s.id}`,
          team: s.team,
          build: (ds) =>
            new DashboardBuilder(`${s.name}`)
              .uid(`dash-${s.id}`)
              .withPanel(
                new timeseries.PanelBuilder().title("Requests").withTarget(promql(ds, `sum(rate(requests_total{service="${s.id}"}[5m]))`)),
              ),
        }),
      ),
    ],
  };
}

if (require.main === module) {
  const [outdir, size] = [process.argv[2], Number(process.argv[3])];
  process.exitCode = synthCommand(size === 0 ? bundled : generated(size), outdir, process.stderr);
}
