/**
 * Importing an Alertmanager configuration: Alertmanager's own example tree, imported into a
 * fixture organisation, gives definitions that validate and whose exported tree delivers every
 * alert where the original tree did (amtool routes both); what has no place is reported with its
 * path; no secret reaches the written file.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { importAlertmanager, type AlertmanagerImportInput, type ImportedAlertmanager } from "../../../engine/import/alertmanager";
import { alertmanagerDefinitionsFile } from "../../../engine/import/alertmanager-file";
import { amtoolRouter } from "../../../engine/import/amtool-router";
import { SEVERITIES, type Severity } from "../../../engine/definitions/types";
import { defaults, model, problemsOf, type Writable } from "../../helpers";
import { amtoolRoutes, upAlert } from "../../stacks/routing-helpers";
import type { Definitions } from "../../../engine/definitions";

const SIMPLE = readFileSync(join(__dirname, "../../fixtures/alertmanager/simple.yml"), "utf8");

/**
 * The fixture organisation with the services the example tree routes by. The tree pages the
 * database's team for every severity: the database's CloudWatch alarms, which link no runbook, go.
 */
function organisation(): Writable<Definitions> {
  const defs = defaults();
  defs.cloudWatchAlarms = defs.cloudWatchAlarms.filter((a) => a.service !== "database");
  // The example pages only some teams' critical alerts: with no severity on call, routes are the tree's alone.
  defs.severities = defs.severities.map((s) => ({ ...s, onCall: false }));
  defs.services = [
    ...defs.services,
    ...["foo1", "foo2", "baz"].map((id) => ({ id, name: id, team: "team-x" })),
    { id: "files", name: "Files", team: "team-y" },
  ];
  defs.onCall = [{ ...defs.onCall[0], owns: [...defs.onCall[0].owns, "team-x", "team-y"] }];
  return defs;
}

function importInto(defs: Definitions, text: string, extra: Partial<AlertmanagerImportInput> = {}): ImportedAlertmanager {
  return importAlertmanager({
    file: "simple.yml",
    text,
    channels: defs.channels,
    universe: {
      environments: defs.environments.map((e) => e.id),
      everyEnvironment: true,
      services: defs.services.map((s) => ({ id: s.id, team: s.team })),
    },
    severityTable: { critical: "P1", warning: "P2" },
    router: amtoolRouter,
    ...extra,
  });
}

function applied(defs: Writable<Definitions>, imported: ImportedAlertmanager): Writable<Definitions> {
  return {
    ...defs,
    channels: [...defs.channels, ...imported.channels],
    routing: { ...defs.routing, ...imported.routing },
    teams: [...(defs.teams ?? []), ...imported.teams],
  };
}

/** Where the original tree sends an alert: its receivers' integrations, PagerDuty as one destination. */
const originalDestinations = (() => {
  const config = parse(SIMPLE);
  // Built at the first use, once for the file: amtool checks the tree when the router is made.
  let router: ReturnType<typeof amtoolRouter> | undefined;
  afterAll(() => router?.close());
  const byName = new Map<string, Record<string, { to?: string; channel?: string }[]>>(config.receivers.map((r: any) => [r.name, r]));
  return (labels: Record<string, string>): string[] =>
    [
      ...new Set(
        (router ??= amtoolRouter(config)).route(labels).flatMap((name) => {
          const r = byName.get(name) ?? {};
          return [
            ...(r.email_configs ?? []).flatMap((c) => (c.to ?? "").split(",").map((a) => `email ${a.trim()}`)),
            ...(r.slack_configs ?? []).map((c) => `slack ${c.channel}`),
            ...(r.pagerduty_configs ?? []).map(() => "pagerduty"),
          ];
        }),
      ),
    ].sort();
})();

describe("Alertmanager's example configuration", () => {
  const defs = organisation();
  // The example serves one environment: production's.
  const imported = importInto(defs, SIMPLE, {
    universe: { environments: ["prod"], everyEnvironment: false, services: defs.services.map((s) => ({ id: s.id, team: s.team })) },
  });

  test("imports into definitions that validate", () => {
    expect(problemsOf(applied(defs, imported))).toEqual([]);
  });

  test("the exported tree delivers every service's alerts of every severity where the original did", () => {
    // The exported tree routes what is exported: an alert of every service at every severity.
    const withAlerts = applied(defs, imported);
    withAlerts.alerts = defs.services.flatMap((s) => SEVERITIES.map((sev) => upAlert(`${s.id}-${sev.toLowerCase()}`, sev, s.id)));
    const exported = amtoolRoutes(model(withAlerts));
    const critical = (s: Severity) => (s === "P1" ? "critical" : s === "P2" ? "warning" : s);
    const mismatches: string[] = [];
    for (const service of defs.services)
      for (const severity of SEVERITIES) {
        const original = originalDestinations({ severity: critical(severity), service: service.id, team: service.team });
        const ours = [
          ...new Set(
            exported
              .route({ environment: "prod", severity, service: service.id, team: service.team, alertname: "X" })
              .map((d) => (d.startsWith("pagerduty ") ? "pagerduty" : d)),
          ),
        ].sort();
        if (ours.join() !== original.join())
          mismatches.push(`${service.id} ${severity}: ours ${ours.join(" + ")}; original ${original.join(" + ")}`);
      }
    expect(mismatches).toEqual([]);
  });

  test("the teams' routes are the tree's: team X's critical alerts page, team Y's go by mail but page when critical, the database team is paged", () => {
    const teams = Object.fromEntries(imported.teams.map((t) => [t.id, t]));
    const pagerDuty = defs.channels.find((c) => c.kind === "pagerduty")!.id;
    const mails = (who: string) => imported.channels.find((c) => c.kind === "email" && c.address === who)?.id;
    // Read from the tree: the root receiver mails team X, so alerts of services the tree does not name go there.
    expect(imported.routing.prod.P3).toEqual([mails("team-X+alerts@example.org")]);
    expect(teams["team-x"].environmentRoutes?.prod).toEqual({ P1: [mails("team-X+alerts-critical@example.org"), pagerDuty].sort() });
    expect(teams["team-y"].environmentRoutes?.prod).toEqual({
      P0: [mails("team-Y+alerts@example.org")],
      P1: [pagerDuty],
      P2: [mails("team-Y+alerts@example.org")],
      P3: [mails("team-Y+alerts@example.org")],
    });
    expect(teams.platform.environmentRoutes?.prod).toEqual({ P0: [pagerDuty], P1: [pagerDuty], P2: [pagerDuty], P3: [pagerDuty] });
    expect(teams.backend).toBeUndefined();
  });

  test("what the definitions have no place for is reported with its place in the file", () => {
    const where = imported.leftovers.map((l) => l.where);
    expect(where).toEqual(
      expect.arrayContaining([
        "templates",
        "inhibit_rules",
        "tracing",
        "global",
        "route",
        "route.routes[2]",
        "route.routes[2].routes[0]",
        "route.routes[2].routes[1]",
        "receivers[1].pagerduty_configs[0]",
      ]),
    );
    expect(imported.leftovers.find((l) => l.where === "route.routes[2].routes[0]")?.message).toMatch(/matches on owner/);
    expect(imported.smtp).toEqual({ smarthost: "localhost:25", from: "alertmanager@example.org", authUsername: "alertmanager" });
  });

  test("no secret of the file reaches the written definitions or the report", () => {
    const text = alertmanagerDefinitionsFile(imported, {
      source: "simple.yml",
      existingTeams: new Set(["platform"]),
      hasAlertmanagerSettings: true,
      path: join(__dirname, "x.ts"),
      root: resolve(__dirname, "../../.."),
      definitionsModule: "../engine/definitions",
    });
    const report = JSON.stringify(imported.leftovers);
    for (const secret of ["<team-X-key>", "<team-Y-key>", "<team-DB-key>", "smtp_auth_password: 'password'"]) {
      expect(text.includes(secret) ? secret : "absent").toBe("absent");
      expect(report.includes(secret) ? secret : "absent").toBe("absent");
    }
    // A team the project defines already is not defined twice: its routes are left to merge by hand.
    expect(text).toMatch(/Team "platform" is defined already/);
    expect(text).toMatch(/export const teamXTeam = team\(/);
    // The file is definitions the project collects: tagged values, the routing as imported.
    const dir = mkdtempSync(join(tmpdir(), "am-import-"));
    symlinkSync(resolve(__dirname, "../../../engine"), join(dir, "engine"));
    mkdirSync(join(dir, "config"));
    writeFileSync(join(dir, "config", "imported.ts"), text);
    const loaded = require(join(dir, "config", "imported.ts"));
    expect(loaded.importedRouting).toEqual({ kind: "routing", routes: imported.routing });
    expect(loaded.teamXTeam).toEqual({ kind: "team", ...imported.teams.find((t) => t.id === "team-x") });
    expect(loaded.importedChannels).toEqual(imported.channels);
  });
});

/** A tree that mails everything and pages what `matchers` match, through a routing key that must never be printed. */
const mailOrPager = (matchers: string) => `
route:
  receiver: mail
  routes:
    - matchers: ${matchers}
      receiver: pager
receivers:
  - name: mail
    email_configs: [{ to: "ops@example.com" }]
  - name: pager
    pagerduty_configs: [{ routing_key: "R0UT1NGKEY" }]
`;

test("an environment label in the tree gives each environment its own routes, and unknown severity values are reported", () => {
  const defs = defaults();
  const tree = mailOrPager(`['environment="prod"', 'severity=~"page|urgent"']`);
  const imported = importInto(defs, tree, { severityTable: { page: "P0" } });
  // The project's own PagerDuty channel, not a second one.
  expect(imported.routing.prod.P0).toEqual(["pagerduty-oncall"]);
  expect(imported.routing.staging.P0).toEqual([imported.channels.find((c) => c.kind === "email")!.id]);
  expect(imported.leftovers.map((l) => l.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/severity value "urgent" is no severity/)]),
  );
  expect(JSON.stringify(imported)).not.toMatch(/R0UT1NGKEY/);
});

test("an on-call severity the tree pages no one for, and a pager in an environment that never pages, are reported", () => {
  const defs = defaults();
  const tree = mailOrPager(`['severity="critical"']`);
  const onCall = defs.severities.filter((s) => s.onCall).map((s) => s.id);
  const imported = importInto(defs, tree, {
    severityTable: { critical: "P1" },
    universe: {
      environments: ["prod", "staging"],
      everyEnvironment: true,
      nonPaging: ["staging"],
      onCall,
      services: defs.services.map((s) => ({ id: s.id, team: s.team })),
    },
  });
  // Staging never pages: the pager is left out of its routes, and said so.
  expect(imported.routing.staging.P1).toEqual([]);
  expect(imported.routing.prod.P1).toEqual(["pagerduty-oncall"]);
  const messages = imported.leftovers.map((l) => l.message);
  expect(messages).toContainEqual(
    'P1 alerts in staging reach a PagerDuty receiver in the tree, but environment "staging" never pages (pages: false): that receiver is left out of its routes',
  );
  // P0 is on call, and no value of the tree's severity label pages it.
  expect(messages).toContainEqual(
    expect.stringMatching(/^P0 is on call, but in prod the tree sends alerts of services it does not name P0 alerts/),
  );
  expect(messages.some((m) => m.startsWith("P1 is on call"))).toBe(false);
});

test("a file amtool or YAML refuses is reported, not a stack trace", () => {
  const defs = defaults();
  expect(importInto(defs, "route: [").leftovers[0].message).toMatch(/not valid YAML/);
  expect(
    importInto(
      defs,
      "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nroute: {}",
    ).leftovers[0].message,
  ).toMatch(/alias/);
  expect(importInto(defs, "route:\n  receiver: nobody\nreceivers: []\n").leftovers.map((l) => l.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/amtool refuses the routing tree/)]),
  );
});
