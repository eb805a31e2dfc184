import { join } from "node:path";
import { parse } from "yaml";
import { discoverDefinitions } from "../../../engine/discover";
import { alertDestinations } from "../../../engine/model/routing";
import { validate } from "../../../stacks/app";
import { alertmanagerYaml } from "../../../engine/exporters/alertmanager";
import { scaledModel, withWebhooks } from "../../../engine/verify/e2e";
import { model } from "../../helpers";

const m = model();

test("the server run's Alertmanager configuration differs from the exported one only in the receivers' integrations", () => {
  const exported = parse(alertmanagerYaml(m));
  const rewritten = parse(withWebhooks(alertmanagerYaml(m), "http://127.0.0.1:9"));
  expect(rewritten.route).toEqual(exported.route);
  expect(rewritten.inhibit_rules).toEqual(exported.inhibit_rules);
  expect(rewritten.receivers.map((r: any) => r.name)).toEqual(exported.receivers.map((r: any) => r.name));
  const pager = rewritten.receivers.find((r: any) => r.name === "prod-P1-api");
  expect(pager).toEqual({
    name: "prod-P1-api",
    webhook_configs: [
      { url: "http://127.0.0.1:9/prod-P1-api/pagerduty/api", send_resolved: true },
      { url: "http://127.0.0.1:9/prod-P1-api/slack/%23alerts-high", send_resolved: true },
    ],
  });
  for (const r of rewritten.receivers) expect(Object.keys(r).filter((k) => k.endsWith("_configs") && k !== "webhook_configs")).toEqual([]);
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
  // 1h/5m at 14.4x becomes 2m/10s: a total outage is detected in 0.0144 x 120 s.
  expect(availability.tiers.map((t) => [t.longWindowSeconds, t.shortWindowSeconds, t.detectionSeconds])[0]).toEqual([120, 10, 1.728]);
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
