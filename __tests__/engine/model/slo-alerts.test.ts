/**
 * The PromQL the cloud targets alert with (Cloud Monitoring PromQL conditions, Grafana rules),
 * judged by Prometheus's own rule engine: during a total outage the page expression fires, and
 * only once the model's detection time has passed; the ticket expression fires after its own.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { tiersOn } from "../../../engine/model/burn-rate";
import { burnAlertPromql, burnAlerts } from "../../../engine/model/slo-alerts";
import { missingTools, run } from "../../../engine/verify/tools";
import { model } from "../../helpers";

const m = model();
const slo = m.slos.find((s) => s.id === "api-availability")!;
const sli = slo.sli.prometheus!;

test("one page alert (page-fast OR page-slow) and one ticket alert, whatever target's tiers", () => {
  expect(burnAlerts(m, slo).map((a) => [a.name, a.severity, a.pages, a.tiers.map((t) => t.id)])).toEqual([
    ["ApiAvailabilityPageBurn", "P1", true, ["page-fast", "page-slow"]],
    ["ApiAvailabilityTicketBurn", "P2", false, ["ticket"]],
  ]);
  // Cloud Monitoring's tiers: the ticket fitted to 24h/2h, still one ticket alert.
  const gcp = burnAlerts(m, slo, tiersOn(slo, "gcp"));
  expect(gcp[1].tiers.map((t) => [t.longWindowSeconds, t.shortWindowSeconds, t.factor])).toEqual([[86400, 7200, 3]]);
});

const tools = missingTools();
(tools?.includes("promtool") ? test.skip : test)(
  "promtool: a total outage fires the page after page-fast's 52 s, not before; the 24h/2h ticket after 259 s",
  async () => {
    const [page, ticket] = burnAlerts(m, slo, tiersOn(slo, "gcp"));
    const dir = mkdtempSync(join(tmpdir(), "slo-alerts-"));
    const rules = {
      groups: [
        {
          name: "inline",
          interval: "30s",
          rules: [
            { alert: page.name, expr: burnAlertPromql(sli, page) },
            { alert: ticket.name, expr: burnAlertPromql(sli, ticket) },
          ],
        },
      ],
    };
    writeFileSync(join(dir, "rules.yml"), stringify(rules));
    // 10 requests a second, all good for 25 hours (the longest window, 24h, and an hour more),
    // then all failing from minute 1500 on.
    const healthy = 1500;
    const tests = {
      rule_files: ["rules.yml"],
      evaluation_interval: "30s",
      tests: [
        {
          interval: "1m",
          input_series: [
            { series: 'http_requests_total{job="nous-api",status="200"}', values: `0+600x${healthy} ${600 * healthy}+0x30` },
            { series: 'http_requests_total{job="nous-api",status="500"}', values: `0+0x${healthy} 600+600x29` },
          ],
          alert_rule_test: [
            { eval_time: `${healthy - 1}m`, alertname: page.name, exp_alerts: [] },
            { eval_time: `${healthy}m`, alertname: page.name, exp_alerts: [] },
            { eval_time: `${healthy + 2}m`, alertname: page.name, exp_alerts: [{ exp_labels: {} }] },
            { eval_time: `${healthy + 3}m`, alertname: ticket.name, exp_alerts: [] },
            { eval_time: `${healthy + 6}m`, alertname: ticket.name, exp_alerts: [{ exp_labels: {} }] },
          ],
        },
      ],
    };
    writeFileSync(join(dir, "tests.yml"), stringify(tests));
    const result = await run("promtool", ["test", "rules", "tests.yml"], dir);
    expect(result.output).toContain("SUCCESS");
    expect(result.code).toBe(0);
  },
);
