/**
 * `condition.googleCloud`: PromQL over Cloud Monitoring metrics, evaluated only by the Google Cloud
 * alert policy. Validation, what each target renders, and what the review shows.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alert, type AlertRuleDefinition } from "../../../engine/definitions";
import { alertRuleGroups } from "../../../engine/exporters/prometheus-rules";
import { catalog } from "../../../engine/review/catalog";
import { cloudMonitoringPromqlName } from "../../../engine/model/cloud-monitoring-promql";
import { missingRunbookSkeletons } from "../../../engine/review/runbooks";
import { summary } from "../../../engine/review/summary";
import { model, problemsOf, synthGcp, synthGrafana, withAlerts } from "../../helpers";

/** Cloud Run's 5xx share, as Cloud Monitoring's PromQL names run.googleapis.com/request_count. */
const CLOUD_RUN_5XX =
  'sum(rate(run_googleapis_com:request_count{monitored_resource="cloud_run_revision",service_name="agents",response_code_class="5xx"}[5m])) / sum(rate(run_googleapis_com:request_count{monitored_resource="cloud_run_revision",service_name="agents"}[5m])) > 0.05';

const gcpOnly = (overrides: Partial<AlertRuleDefinition> = {}) =>
  alert({
    id: "agents-cloud-run-5xx",
    name: "AgentsCloudRun5xxHigh",
    service: "agents",
    severity: "P1",
    summary: "Cloud Run 5xx above 5%",
    runbook: "https://docs.nous.com/runbooks/agents-5xx",
    for: "10m",
    condition: { googleCloud: CLOUD_RUN_5XX },
    ...overrides,
  });

describe("validation", () => {
  test("an alert with only a Google Cloud condition, on a service that runs on gcp, is valid", () => {
    expect(problemsOf(withAlerts(gcpOnly()))).toEqual([]);
  });

  test("one whose service runs on no Google Cloud is refused on condition.googleCloud, naming runsOn as the way out", () => {
    const defs = withAlerts(gcpOnly());
    defs.services = defs.services.map((s) => (s.id === "agents" ? { ...s, runsOn: { targets: ["aws", "prometheus"] } } : s));
    const problems = problemsOf(defs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^alert "agents-cloud-run-5xx": condition\.googleCloud: only Google Cloud evaluates this condition/);
    expect(problems[0]).toContain("targets aws, prometheus");
    expect(problems[0]).toContain('let the service run on "gcp" (runsOn.targets');
  });

  test("running on gcp only where the environment switches Google Cloud off counts as nowhere", () => {
    const defs = withAlerts(gcpOnly());
    defs.services = defs.services.map((s) => (s.id === "agents" ? { ...s, runsOn: { environments: ["staging"] } } : s));
    defs.environments = defs.environments.map((e) => (e.id === "staging" ? { ...e, targets: { gcp: false } } : e));
    expect(problemsOf(defs)).toEqual([expect.stringMatching(/^alert "agents-cloud-run-5xx": condition\.googleCloud: only Google Cloud/)]);
  });

  test("with a Prometheus condition beside it, the service may run anywhere", () => {
    const defs = withAlerts(gcpOnly({ condition: { prometheus: "up == 0", googleCloud: CLOUD_RUN_5XX } }));
    defs.services = defs.services.map((s) => (s.id === "agents" ? { ...s, runsOn: { targets: ["aws", "prometheus"] } } : s));
    expect(problemsOf(defs)).toEqual([]);
  });

  test("the Google Cloud condition gets the PromQL checks the Prometheus one gets", () => {
    const defs = withAlerts(
      gcpOnly({ id: "syntax", condition: { googleCloud: "sum(rate(run_googleapis_com:request_count[5m])" } }),
      gcpOnly({ id: "range", condition: { googleCloud: "run_googleapis_com:request_count[5m]" } }),
      gcpOnly({ id: "text", condition: { googleCloud: '"5xx"' } }),
    );
    expect(problemsOf(defs)).toEqual([
      'alert "syntax": condition.googleCloud: is not valid PromQL: syntax error at column 47 (unexpected end)',
      expect.stringMatching(/^alert "range": condition\.googleCloud: /),
      expect.stringMatching(/^alert "text": condition\.googleCloud: /),
    ]);
  });

  test("Cloud Monitoring's PromQL matches metric names exactly only: a selector without one is refused", () => {
    const defs = withAlerts(
      gcpOnly({ id: "regex-name", condition: { googleCloud: 'sum(rate({__name__=~"run_googleapis_com:.*"}[5m])) > 0' } }),
      gcpOnly({ id: "no-name", condition: { googleCloud: '{monitored_resource="cloud_run_revision"} > 0' } }),
      gcpOnly({ id: "exact-name", condition: { googleCloud: '{__name__="run_googleapis_com:request_count"} > 0' } }),
    );
    const problems = problemsOf(defs);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^alert "regex-name": condition\.googleCloud: selects \{__name__=~"run_googleapis_com:\.\*"\} \(column 10\) without one exact metric name/,
    );
    expect(problems[1]).toMatch(/^alert "no-name": condition\.googleCloud: selects .* without one exact metric name/);
    // The Prometheus condition has no such limit.
    expect(problemsOf(withAlerts(gcpOnly({ condition: { prometheus: '{__name__=~"up|down"} == 0' } })))).toEqual([]);
  });

  test("a metric type quoted as Prometheus 3 writes it is refused with the name Cloud Monitoring's PromQL gives it", () => {
    const defs = withAlerts(
      gcpOnly({ condition: { googleCloud: '{"kubernetes.io/container/cpu/limit_utilization", pod_name="x"} > 0.9' } }),
    );
    expect(problemsOf(defs)).toEqual([
      expect.stringMatching(
        /^alert "agents-cloud-run-5xx": condition\.googleCloud: is not valid PromQL: .*Cloud Monitoring's PromQL name for "kubernetes\.io\/container\/cpu\/limit_utilization" is kubernetes_io:container_cpu_limit_utilization/,
      ),
    ]);
  });

  test("metric types map to PromQL names as Google's mapping table writes them", () => {
    // The examples of https://cloud.google.com/monitoring/promql/promql-mapping
    expect(
      [
        "kubernetes.io/container/cpu/limit_cores",
        "compute.googleapis.com/instance/cpu/utilization",
        "logging.googleapis.com/log_entry_count",
        "custom.googleapis.com/opencensus/opencensus.io/http/server/request_count_by_method",
        "agent.googleapis.com/disk/io_time",
      ].map(cloudMonitoringPromqlName),
    ).toEqual([
      "kubernetes_io:container_cpu_limit_cores",
      "compute_googleapis_com:instance_cpu_utilization",
      "logging_googleapis_com:log_entry_count",
      "custom_googleapis_com:opencensus_opencensus_io_http_server_request_count_by_method",
      "agent_googleapis_com:disk_io_time",
    ]);
  });

  test("an alert needs a condition for at least one backend, and the message names both", () => {
    expect(problemsOf(withAlerts(gcpOnly({ condition: {} })))).toEqual([
      'alert "agents-cloud-run-5xx": condition: needs a condition for at least one backend (prometheus, googleCloud)',
    ]);
  });

  test("the model keeps the Google Cloud condition", () => {
    const rule = model(withAlerts(gcpOnly())).alerts.find((a) => a.id === "agents-cloud-run-5xx")!;
    expect(rule.googleCloud).toBe(CLOUD_RUN_5XX);
    expect(rule.prometheus).toBeUndefined();
  });
});

describe("targets", () => {
  const both = gcpOnly({
    id: "both-backends",
    name: "BothBackends",
    severity: "P2",
    condition: { prometheus: 'sum(rate(http_requests_total{job="agents",code=~"5.."}[5m])) > 1', googleCloud: CLOUD_RUN_5XX },
  });
  const m = model(withAlerts(gcpOnly(), both));

  test("Google Cloud: a policy with the Google Cloud query, its duration, and the paging channel of its service", () => {
    const gcp = synthGcp(m);
    const policy = gcp.resource.google_monitoring_alert_policy["alert_agents-cloud-run-5xx"];
    expect(policy.conditions[0].condition_prometheus_query_language).toMatchObject({
      query: CLOUD_RUN_5XX,
      duration: "600s",
      alert_rule: "AgentsCloudRun5xxHigh",
    });
    expect(policy.documentation.content).toContain(CLOUD_RUN_5XX);
    // No other alert of "agents" pages: the channel exists because of this policy alone.
    expect(policy.notification_channels).toContain("${google_monitoring_notification_channel.channel_pagerduty-oncall_agents.name}");
    expect(gcp.resource.google_monitoring_notification_channel["channel_pagerduty-oncall_agents"]).toBeDefined();
  });

  test("Google Cloud takes googleCloud over prometheus where an alert has both", () => {
    const policy = synthGcp(m).resource.google_monitoring_alert_policy["alert_both-backends"];
    expect(policy.conditions[0].condition_prometheus_query_language.query).toBe(CLOUD_RUN_5XX);
  });

  test("the Prometheus rules export and Grafana leave the Google Cloud condition out", () => {
    const exported = JSON.stringify(alertRuleGroups(m, "prod"));
    expect(exported).not.toContain("AgentsCloudRun5xxHigh");
    expect(exported).not.toContain("run_googleapis_com");
    // The alert with both conditions is there, with its Prometheus one.
    expect(exported).toContain('http_requests_total{job=\\"agents\\",code=~\\"5..\\"}');
    const grafana = synthGrafana(m);
    expect(grafana.json).not.toContain("AgentsCloudRun5xxHigh");
    expect(grafana.json).not.toContain("run_googleapis_com");
    expect(grafana.json).toContain("BothBackends");
  });
});

describe("review", () => {
  test("the summary shows the condition each backend evaluates", () => {
    const s = summary(
      model(withAlerts(gcpOnly(), gcpOnly({ id: "both", condition: { prometheus: "up == 0", googleCloud: CLOUD_RUN_5XX } }))),
    );
    expect(s.alerts["agents-cloud-run-5xx"]).toMatchObject({ condition: `on Google Cloud: ${CLOUD_RUN_5XX}` });
    expect(s.alerts.both).toMatchObject({ condition: `up == 0; on Google Cloud: ${CLOUD_RUN_5XX}` });
  });

  test("a runbook skeleton shows the Google Cloud query, to run in Cloud Monitoring", () => {
    const skeletons = missingRunbookSkeletons(
      model(withAlerts(gcpOnly({ runbook: "runbooks/agents-5xx.md" }))),
      mkdtempSync(join(tmpdir(), "runbooks-")),
    );
    const text = skeletons.get("runbooks/agents-5xx.md")!;
    expect(text).toContain("Run the alert's Google Cloud query (AgentsCloudRun5xxHigh) in Cloud Monitoring's Metrics Explorer (PromQL):");
    expect(text).toContain(["```promql", CLOUD_RUN_5XX, "```"].join("\n"));
  });

  test("the catalog marks the alert Google Cloud only, and where Google Cloud does not evaluate it", () => {
    const defs = withAlerts(gcpOnly());
    defs.services = defs.services.map((s) => (s.id === "agents" ? { ...s, runsOn: { environments: ["prod"] } } : s));
    const row = catalog(model(defs), new Map())
      .split("\n")
      .find((l) => l.includes("`agents-cloud-run-5xx`"))!;
    // Columns: alert, service, severity, for, prod, staging, runbook.
    const cells = row.split(" | ");
    expect(cells[0]).toBe("| AgentsCloudRun5xxHigh (`agents-cloud-run-5xx`, Google Cloud only)");
    expect(cells[4]).toContain("#alerts-high");
    expect(cells[5]).toBe("(not on Google Cloud here)");
  });
});
