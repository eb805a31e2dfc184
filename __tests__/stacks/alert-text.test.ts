import "cdktf/lib/testing/adapters/jest";
import { alert } from "../../engine/definitions";
import { alertRuleGroups, type AlertingRule } from "../../engine/exporters/prometheus-rules";
import { alertText, escapeDocumentationVariables } from "../../engine/model/text";
import { defaults, model, synthAws, synthGcp, synthGrafana } from "../helpers";

const summary = "Instance {{ $labels.instance }} of {{ $labels.job }} returns {{ $value | humanizePercentage }} errors";
const description =
  "Route {{ $labels.route }} on {{ $labels.alertname }} ({{ $labels.severity }}).{{ if gt $value 0.5 }} Most requests fail.{{ end }}";

function templated() {
  const defs = defaults();
  defs.alerts = [
    ...defs.alerts,
    alert({
      id: "instance-errors",
      name: "InstanceErrors",
      service: "api",
      severity: "P2",
      summary,
      description,
      for: "5m",
      condition: { prometheus: 'sum by (instance, job, route) (rate(http_requests_total{status=~"5.."}[5m])) > 1' },
    }),
  ];
  defs.cloudWatchAlarms = defs.cloudWatchAlarms.map((a) =>
    a.id === "api-ecs-cpu-high" && a.kind === "cloudwatch-alarm" ? { ...a, summary: "CPU of {{ $labels.instance }} at {{ $value }}%" } : a,
  );
  return model(defs);
}

const m = templated();

describe("Prometheus templates in alert text, per target", () => {
  test("Google Cloud: variables in the subject and documentation (escaped from Terraform), readable words in the display name", () => {
    const stack = synthGcp(m);
    const policy = stack.resource.google_monitoring_alert_policy["alert_instance-errors"];
    expect(policy.display_name).toBe("[prod] [P2] InstanceErrors: Instance the instance of the job returns the value errors");
    // $${ is Terraform's escape: the API receives ${resource.label.instance}, which Cloud Monitoring fills in.
    expect(policy.documentation.subject).toBe(
      "[P2] InstanceErrors: Instance $${resource.label.instance} of $${resource.label.job} returns the value errors",
    );
    expect(policy.documentation.content).toContain("Route $${metric.label.route} on InstanceErrors (P2). Most requests fail.");
    // The dashboard's JSON nests objects (`}}`): its text values are checked apart.
    const { google_monitoring_dashboard: dashboards, ...resources } = stack.raw.resource;
    expect(JSON.stringify({ ...stack.raw, resource: resources }, null, 2)).not.toMatch(/\{\{|\}\}/);
    const strings = (v: unknown): string[] =>
      typeof v === "string" ? [v] : typeof v === "object" && v !== null ? Object.values(v).flatMap(strings) : [];
    const texts = Object.values<{ dashboard_json: string }>(dashboards).flatMap((d) => strings(JSON.parse(d.dashboard_json)));
    expect(texts.join("\n")).toContain("InstanceErrors");
    expect(texts.join("\n")).not.toMatch(/\{\{|\}\}/);
  });

  test("AWS: a readable word in the alarm description", () => {
    const alarm = synthAws(m).resource.aws_cloudwatch_metric_alarm["alarm_api-ecs-cpu-high"];
    expect(alarm.alarm_description).toMatch(/^\[P\d\] CPU of the instance at the value%\./);
  });

  test("Prometheus rules and Grafana keep the templates, which they expand", () => {
    const rule = alertRuleGroups(m, "prod")
      .flatMap((g) => g.rules as AlertingRule[])
      .find((r) => r.alert === "InstanceErrors")!;
    expect(rule.annotations).toMatchObject({ summary, description });
    const grafana = synthGrafana(m).resource.grafana_rule_group.rule_group_api.rule.find((r: any) => r.name === "InstanceErrors");
    expect(grafana.annotations).toMatchObject({ summary, description });
  });

  test("label forms other tools write, and templates with no meaning outside Prometheus", () => {
    expect(alertText('{{ index $labels "pod" }} / {{ .Labels.zone }} / {{- $labels.x_y -}}', "words")).toBe("the pod / the zone / the x y");
    expect(alertText("{{ range $i := .Alerts }}{{ end }}CPU high", "cloud-monitoring")).toBe("CPU high");
    expect(alertText("{{ $labels.instance }}", "prometheus")).toBe("{{ $labels.instance }}");
  });
});

test("Cloud Monitoring's documentation escape keeps its variables and escapes every other `${`", () => {
  expect(escapeDocumentationVariables("${resource.label.instance} ${metric.label.route} ${project} ${policy.display_name}")).toBe(
    "${resource.label.instance} ${metric.label.route} ${project} ${policy.display_name}",
  );
  expect(escapeDocumentationVariables("${x} ${metric.label} ${project.id} ${resource.label.zone")).toBe(
    "$${x} $${metric.label} $${project.id} $${resource.label.zone",
  );
});
