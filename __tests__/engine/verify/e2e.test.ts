import { join } from "node:path";
import { parse } from "yaml";
import { discoverDefinitions } from "../../../engine/discover";
import { alertDestinations } from "../../../engine/model/routing";
import { validate } from "../../../stacks/app";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import { scaledModel, withWebhooks } from "../../../engine/verify/e2e";
import { prometheusRuleFiles } from "../../../engine/exporters/prometheus-rules";
import { model } from "../../helpers";

const m = model();

test("the server run's Alertmanager configuration differs from the exported one only in the receivers' integrations", () => {
  const exported = parse(alertmanagerYaml(m));
  const rewritten = parse(withWebhooks(alertmanagerYaml(m), "http://127.0.0.1:9"));
  expect(rewritten.route).toEqual(exported.route);
  expect(rewritten.inhibit_rules).toEqual(exported.inhibit_rules);
  expect(rewritten.receivers.map((r: any) => r.name)).toEqual(exported.receivers.map((r: any) => r.name));
  const pager = rewritten.receivers.find((r: any) => r.name === "prod-page-api");
  const exportedPager = exported.receivers.find((r: any) => r.name === "prod-page-api").pagerduty_configs[0];
  // The PagerDuty config stays as exported (its severity template included), its events sent to the recorder.
  expect(pager).toEqual({
    name: "prod-page-api",
    webhook_configs: [{ url: "http://127.0.0.1:9/prod-page-api/pagerduty/api", send_resolved: true }],
    pagerduty_configs: [
      {
        severity: exportedPager.severity,
        send_resolved: true,
        routing_key: "e2e",
        url: "http://127.0.0.1:9/prod-page-api/pagerduty-events/api",
      },
    ],
  });
  expect(rewritten.receivers.find((r: any) => r.name === "prod-P1")).toEqual({
    name: "prod-P1",
    webhook_configs: [{ url: "http://127.0.0.1:9/prod-P1/slack/%23alerts-high", send_resolved: true }],
  });
  for (const r of rewritten.receivers) {
    expect(Object.keys(r).filter((k) => k.endsWith("_configs") && k !== "webhook_configs" && k !== "pagerduty_configs")).toEqual([]);
    for (const c of r.pagerduty_configs ?? []) expect(c.url).toMatch(/^http:\/\/127\.0\.0\.1:9\//);
  }
});

test("scaled windows keep every factor, threshold and severity; detection shrinks with the windows", () => {
  const scaled = scaledModel(m);
  for (const [before, after] of [
    [m, scaled],
    [m.environmentModels.staging, scaled.environmentModels.staging],
  ]) {
    for (const slo of before.slos) {
      const s = after.slos.find((x) => x.id === slo.id)!;
      expect(s.tiers.map((t) => [t.id, t.severity, t.factor, t.errorRatioThreshold])).toEqual(
        slo.tiers.map((t) => [t.id, t.severity, t.factor, t.errorRatioThreshold]),
      );
      for (const [i, t] of s.tiers.entries()) {
        expect(t.longWindowSeconds).toBeLessThanOrEqual(slo.tiers[i].longWindowSeconds);
        expect(t.shortWindowSeconds).toBeLessThan(t.longWindowSeconds);
      }
    }
  }
  const availability = scaled.slos.find((s) => s.id === "api-availability")!;
  // 1h/5m at 14.4x becomes 48s/4s (the shortest window is four live scrapes): a total outage is detected in 0.0144 x 48 s.
  expect(availability.tiers.map((t) => [t.longWindowSeconds, t.shortWindowSeconds, t.detectionSeconds])[0]).toEqual([48, 4, 0.6912]);
});

test("a webhook receiver is recorded too, under its channel id, as the routing names it", () => {
  const root = join(__dirname, "..", "..", "fixtures", "three-teams");
  const teams = validate(discoverDefinitions(root), root, {});
  const rewritten = parse(withWebhooks(alertmanagerYaml(teams), "http://127.0.0.1:9"));
  expect(rewritten.receivers.find((r: any) => r.name === "prod-meshteam-P2").webhook_configs).toEqual([
    { url: "http://127.0.0.1:9/prod-meshteam-P2/webhook/meshteam-webhook", send_resolved: true },
  ]);
  expect(alertDestinations(teams, { environment: "prod", severity: "P2", service: "mesh-gateway", team: "meshteam" })).toEqual([
    "webhook meshteam-webhook",
  ]);
});

test("an SLI judged per minute has its minute scaled with its windows, in the model and in the exported rules", () => {
  const scaled = scaledModel(m);
  const freshness = scaled.slos.find((s) => s.id === "data-freshness")!;
  const sli = freshness.sli.prometheus!;
  expect(sli.kind === "minutes" && sli.stepSeconds).toBe(1);
  const records = [...prometheusRuleFiles(scaled).values()].flatMap((text) => parse(text).groups.flatMap((g: any) => g.rules));
  const fast = records.find((r: any) => r.labels?.slo === "data-freshness" && r.record === "slo:sli_error:ratio_rate4s");
  expect(fast.expr).toMatch(/\[4s:1s\]\)$/);
  // Unscaled, the same SLI judges whole minutes.
  const original = [...prometheusRuleFiles(m).values()].flatMap((text) => parse(text).groups.flatMap((g: any) => g.rules));
  expect(original.find((r: any) => r.labels?.slo === "data-freshness" && r.record === "slo:sli_error:ratio_rate5m").expr).toMatch(
    /\[5m:1m\]\)$/,
  );
});
