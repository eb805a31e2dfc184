/**
 * The exported Alertmanager configuration is written as the organisation says (alertmanager()):
 * its SMTP relay, the fallback it names on purpose, and the release it runs. amtool 0.25, the
 * engine installed here, judges the files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { discoverDefinitions } from "../../../engine/discover";
import type { Definitions } from "../../../engine/definitions/types";
import { alertmanagerYaml, FALLBACK_RECEIVER, forAlertmanager025 } from "../../../engine/exporters/alertmanager";
import { alertDestinations } from "../../../engine/model/routing";
import { validate } from "../../../stacks/app";
import { problemsOf } from "../../helpers";

const ROOT = join(__dirname, "..", "..", "fixtures", "three-teams");
const definitions = (): Definitions => discoverDefinitions(ROOT);

function amtool(yaml: string, ...args: string[]): { code: number | null; out: string; stdout: string } {
  const file = join(mkdtempSync(join(tmpdir(), "am-settings-")), "alertmanager.yml");
  writeFileSync(file, yaml);
  const run = spawnSync("amtool", [...args, ...(args[0] === "check-config" ? [file] : [`--config.file=${file}`])], { encoding: "utf8" });
  return { code: run.status, out: (run.stdout + run.stderr).trim(), stdout: run.stdout.trim() };
}

test("an alert of no known environment goes to the fallback the organisation names, as amtool routes it and the model predicts", () => {
  const model = validate(definitions(), ROOT, {});
  const yaml = forAlertmanager025(alertmanagerYaml(model));
  const config = parse(yaml);
  expect(config.route.receiver).toBe(FALLBACK_RECEIVER);
  expect(config.receivers.find((r: { name: string }) => r.name === FALLBACK_RECEIVER)).toEqual({
    name: FALLBACK_RECEIVER,
    email_configs: [{ to: "sre@acme.example", send_resolved: true }],
  });
  expect(config.global).toEqual({
    smtp_smarthost: "smtp.acme.example:587",
    smtp_from: "alertmanager@acme.example",
    smtp_require_tls: true,
  });
  const routed = amtool(yaml, "config", "routes", "test", "environment=qa", "severity=P1", "team=meshteam", "service=mesh-gateway");
  expect(routed.stdout).toBe(FALLBACK_RECEIVER);
  expect(alertDestinations(model, { environment: "qa", severity: "P1", team: "meshteam", service: "mesh-gateway" })).toEqual([
    "email sre@acme.example",
  ]);
});

test("the fallback takes only the organisation's people-facing channels", () => {
  const defs = definitions();
  expect(problemsOf({ ...defs, alertmanager: { ...defs.alertmanager, fallback: ["ledgerteam-email", "acme-pagerduty", "nope"] } })).toEqual(
    [
      'alertmanager: fallback: channel "ledgerteam-email" is team "ledgerteam"\'s own: the fallback takes alerts of any team, so it must be the organisation\'s',
      'alertmanager: fallback: channel "acme-pagerduty" pages, but an alert of no known environment or service has no PagerDuty service to page',
      'alertmanager: fallback: unknown channel "nope"; defined channels: acme-pagerduty, acme-slack-ops, acme-email-sre, ledgerteam-slack, ledgerteam-email, meshteam-slack, meshteam-webhook, shopteam-slack, shopteam-email',
    ],
  );
});

test("email routes need the SMTP relay the organisation names: without it, validation says where to give it", () => {
  const { alertmanager: _settings, ...defs } = definitions();
  expect(problemsOf(defs)).toEqual([
    'alertmanager: smtp: the exported Alertmanager configuration sends email (ledgerteam@acme.example, sre@acme.example) and needs an SMTP relay: export alertmanager({ smtp: { smarthost: "host:port", from: "address" } }) from a file in config/',
  ]);
  expect(problemsOf({ ...definitions(), alertmanager: { smtp: { smarthost: "smtp.acme.example", from: "nobody" } } })).toEqual([
    'alertmanager: smtp.smarthost: must be host:port (port 1-65535) such as "smtp.example.com:587", got "smtp.acme.example"',
    'alertmanager: smtp.from: must be one email address such as oncall@example.com, got "nobody"',
  ]);
});

describe("the release the configuration is written for", () => {
  test("0.26 and newer (the default): webhook URLs are read from files, which 0.25 does not know; everything else loads in 0.25", () => {
    const yaml = alertmanagerYaml(validate(definitions(), ROOT, {}));
    expect(yaml).toContain("url_file: /etc/alertmanager/secrets/webhook-meshteam-webhook");
    const raw = amtool(yaml, "check-config");
    expect(raw.code).not.toBe(0);
    expect(raw.out).toContain("url_file");
    expect(amtool(forAlertmanager025(yaml), "check-config").code).toBe(0);
  });

  test("0.25: a route to a webhook is refused naming the way out; without webhooks the file loads in amtool 0.25 as written", () => {
    const defs = definitions();
    const old = { ...defs, alertmanager: { ...defs.alertmanager, version: "0.25" as const } };
    expect(problemsOf(old)).toEqual([
      'alertmanager: version: is "0.25", which cannot read a webhook\'s secret URL from a file (url_file came with 0.26), and routes reach webhooks (meshteam-webhook): run Alertmanager 0.26 or newer and drop version, or route those severities elsewhere',
    ]);
    const teams = old.teams!.map((t) => (t.id === "meshteam" ? { ...t, routes: { ...t.routes, P2: ["meshteam-slack"] } } : t));
    const model = validate({ ...old, teams }, ROOT, {});
    const check = amtool(alertmanagerYaml(model), "check-config");
    expect(check.code === 0 ? "loads" : check.out).toBe("loads");
  });
});

test("a project where nothing runs on Prometheus is asked for no SMTP relay", () => {
  const { alertmanager: _settings, ...defs } = definitions();
  const teams = defs.teams!.map((t) => ({ ...t, runsOn: { ...t.runsOn, targets: t.runsOn!.targets!.filter((x) => x !== "prometheus") } }));
  // Without Prometheus the mesh team runs on Grafana alone, which renders its SLO and alert.
  expect(problemsOf({ ...defs, teams })).toEqual([]);
});

test("a relay that authenticates: the user in the configuration, the password read from a file amtool accepts; a blank user is refused", () => {
  const defs = definitions();
  const withAuth = { ...defs, alertmanager: { ...defs.alertmanager, smtp: { ...defs.alertmanager!.smtp!, authUsername: "alertmanager" } } };
  const yaml = forAlertmanager025(alertmanagerYaml(validate(withAuth, ROOT, {})));
  expect(parse(yaml).global).toEqual(
    expect.objectContaining({ smtp_auth_username: "alertmanager", smtp_auth_password_file: "/etc/alertmanager/secrets/smtp-password" }),
  );
  expect(amtool(yaml, "check-config").code).toBe(0);
  expect(problemsOf({ ...defs, alertmanager: { ...defs.alertmanager, smtp: { ...defs.alertmanager!.smtp!, authUsername: " " } } })).toEqual(
    ['alertmanager: smtp.authUsername: must be the relay\'s user name, without spaces, got " "'],
  );
});
