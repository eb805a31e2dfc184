/** What the team routing tests share: a Prometheus alert rule per service, and amtool on the exported tree. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { alert, ratio, slo, team } from "../../engine/definitions";
import type { Severity } from "../../engine/definitions/types";
import { alertmanagerYaml, forAlertmanager025 } from "../../engine/exporters/alertmanager";
import type { Model } from "../../engine/model";
import { destinations } from "../../engine/verify";
import type { ChannelDefinition, Definitions, TargetId } from "../../engine/definitions/types";
import { defaults, type Writable } from "../helpers";

/** The engine's fixture organisation with a second team: payments, whose ledger service the on-call team owns. */
export function withLedger(): Writable<Definitions> {
  const defs = defaults();
  defs.services = [...defs.services, { id: "ledger", name: "Ledger", team: "payments" }];
  defs.onCall = [{ ...defs.onCall[0], owns: [...defs.onCall[0].owns, "payments"] }];
  return defs;
}

/** A platform team ("k8s") whose ingress service runs on these targets only, with an availability SLO. */
export function withIngressTeam(targets: readonly TargetId[]): Writable<Definitions> {
  const defs = defaults();
  defs.teams = [team({ id: "k8s", runsOn: { targets } })];
  defs.services = [...defs.services, { id: "ingress", name: "Ingress", team: "k8s" }];
  defs.onCall = [{ ...defs.onCall[0], owns: [...defs.onCall[0].owns, "k8s"] }];
  defs.slos = [
    ...defs.slos,
    slo({
      id: "ingress-availability",
      service: "ingress",
      objective: 99.9,
      window: "28d",
      sli: ratio({ prometheus: { errors: 'nginx_requests_total{status=~"5.."}', total: "nginx_requests_total" } }),
      runbook: "https://runbooks.example.com/ingress",
    }),
  ];
  return defs;
}

/** The payments team's own Slack channel, with the ids AWS Chatbot needs. */
export const PAYMENTS_SLACK: ChannelDefinition = {
  kind: "slack",
  id: "slack-payments",
  channel: "#payments-alerts",
  slackIds: { workspace: "T0NOUSTEAM", channel: "C0PAYMENTS" },
};

/** An alert rule `<id>` of a service at a severity: its job's targets are down for a minute. */
export function upAlert(id: string, severity: Severity, service: string) {
  return alert({
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    service,
    severity,
    summary: `${id} fired`,
    for: "1m",
    condition: { prometheus: `up{job="${service}"} == 0` },
    runbook: "https://runbooks.example.com/x",
  });
}

/**
 * The model's exported Alertmanager configuration, written to a file, and what amtool's
 * `config routes test` delivers labels to, as sorted destination strings ("pagerduty api").
 */
export function amtoolRoutes(m: Model): { file: string; route: (labels: Record<string, string>) => string[] } {
  const file = join(mkdtempSync(join(tmpdir(), "am-")), "alertmanager.yml");
  // As the engine here reads it (webhooks' url_file is Alertmanager 0.26+); routing is unchanged.
  const yaml = forAlertmanager025(alertmanagerYaml(m));
  writeFileSync(file, yaml);
  const receivers = new Map<string, any>((parse(yaml).receivers as any[]).map((x) => [x.name, x]));
  const route = (labels: Record<string, string>) =>
    spawnSync("amtool", ["config", "routes", "test", `--config.file=${file}`, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)], {
      encoding: "utf8",
    })
      .stdout.trim()
      .split(",")
      .flatMap((n) => destinations(receivers.get(n.trim())))
      .sort();
  return { file, route };
}
