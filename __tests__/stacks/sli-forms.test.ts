import "cdktf/lib/testing/adapters/jest";
import { latency, slo, type SliDefinition } from "../../engine/definitions";
import { sloRuleGroups } from "../../engine/exporters/prometheus-rules";
import { defaults, model, synthGcp, synthGrafana, withoutOverrides } from "../helpers";

/** The fixture organisation with one SLO of the given SLI on the api service. */
function modelWith(id: string, sli: SliDefinition) {
  const defs = withoutOverrides(defaults());
  defs.slos = [slo({ id, service: "api", objective: 99, window: "30d", runbook: "https://x.example/runbook", sli })];
  return model(defs);
}

const ruleExprs = (m: ReturnType<typeof model>) =>
  sloRuleGroups(m, "prod").flatMap((g) => g.rules.map((r) => ("record" in r ? r.expr : "")));

describe("a latency histogram in milliseconds: every target cuts at the threshold in milliseconds", () => {
  const m = modelWith(
    "chat-latency",
    latency({ threshold: "300ms", unit: "milliseconds", prometheus: { histogram: 'chat_latency_ms{job="chat"}' } }),
  );

  test("Google Cloud: the Managed Prometheus distribution is cut at 300, not 0.3", () => {
    expect(synthGcp(m).resource.google_monitoring_slo["slo_chat-latency"]).toMatchObject({
      request_based_sli: {
        distribution_cut: {
          distribution_filter: expect.stringContaining('metric.type="prometheus.googleapis.com/chat_latency_ms/histogram"'),
          range: { max: 300 },
        },
      },
    });
  });

  test("Prometheus rules and Grafana read the 300 bucket in both label forms", () => {
    const bucket = 'chat_latency_ms_bucket{job="chat",le=~"300|300\\\\.0"}';
    expect(ruleExprs(m).filter((e) => e.includes(bucket)).length).toBeGreaterThan(0);
    expect(ruleExprs(m).some((e) => /le="0\.3"/.test(e))).toBe(false);
    const query = synthGrafana(m).resource.grafana_slo["slo_chat-latency"].query[0].freeform[0].query as string;
    expect(query).toContain(`sum(rate(${bucket}[$__rate_interval]))`);
  });
});
