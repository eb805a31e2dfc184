/**
 * Teams are boundaries. A fixture organisation of three teams (ledger with its own Google Cloud
 * project and Grafana in prod; mesh on Kubernetes only, in prod only; shop on AWS only), each
 * routing its own alerts: every stack, rule file and Alertmanager branch is walked, and nothing of
 * a team may appear where the team does not run. Where each team runs is written out here from
 * its definitions, not read from the model.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { discoverDefinitions } from "../../engine/discover";
import { alertmanagerYaml } from "../../engine/exporters/alertmanager";
import { writeExports } from "../../engine/exporters";
import { ruleGroupsByEnvironment } from "../../engine/exporters/prometheus-rules";
import { exportedAlerts, verifyRouting } from "../../engine/verify";
import { buildApp, validate } from "../../stacks/app";
import { defaults, FIXTURE_ROOT, problemsOf, synthGcp } from "../helpers";
import { upAlert } from "./routing-helpers";
import { team, type TeamDefinition } from "../../engine/definitions";
import { buildModel } from "../../engine/model";
import { noDataSeverity } from "../../engine/model/routing";
import { catalog } from "../../engine/review/catalog";

const ROOT = join(__dirname, "..", "fixtures", "three-teams");

interface Reach {
  /** Strings only this team's resources carry: its id, services, channels and people. */
  readonly markers: readonly string[];
  readonly targets: readonly string[];
  readonly environments: readonly string[];
  /** Per environment, the targets where the team has a place of its own (a `<target>-<env>-<team>` stack). */
  readonly own: Readonly<Record<string, readonly string[]>>;
}

const TEAMS: Record<string, Reach> = {
  ledgerteam: {
    markers: ["ledgerteam", "ledger-api", "lena@acme", "lars@acme"],
    targets: ["gcp", "grafana", "prometheus", "pagerduty"],
    environments: ["prod", "staging"],
    own: { prod: ["gcp", "grafana"] },
  },
  meshteam: {
    markers: ["meshteam", "mesh-gateway", "mia@acme", "max@acme"],
    targets: ["grafana", "prometheus", "pagerduty"],
    environments: ["prod"],
    own: {},
  },
  shopteam: {
    markers: ["shopteam", "shop-web", "sam@acme", "sue@acme"],
    targets: ["aws", "pagerduty"],
    environments: ["prod", "staging"],
    own: {},
  },
};

/** True when the team may have resources in this stack (`<target>-<env>` or `<target>-<env>-<team>`). */
function reaches(team: string, stack: string): boolean {
  const [target, env, ...rest] = stack.split("-");
  const owner = rest.join("-");
  const t = TEAMS[team];
  if (!t.targets.includes(target) || !t.environments.includes(env)) return false;
  const hasOwn = (t.own[env] ?? []).includes(target);
  return owner ? owner === team : !hasOwn;
}

const definitions = discoverDefinitions(ROOT);
const model = validate(definitions, ROOT, {});
const out = join(mkdtempSync(join(tmpdir(), "three-teams-")), "out");
buildApp(model, out, undefined, {}).synth();
writeExports(model, out);
const stacks = new Map(readdirSync(join(out, "stacks")).map((s) => [s, readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8")]));

/** Every resource and variable of a stack that mentions a marker, as "type.name". */
function mentions(json: string, markers: readonly string[]): string[] {
  const raw = JSON.parse(json);
  const entries = [
    ...Object.entries<Record<string, unknown>>(raw.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, value]) => [`${type}.${name}`, `${name} ${JSON.stringify(value)}`]),
    ),
    ...Object.entries(raw.variable ?? {}).map(([name, value]) => [`var.${name}`, `${name} ${JSON.stringify(value)}`]),
  ];
  return entries.filter(([, text]) => markers.some((m) => text.includes(m))).map(([address]) => address);
}

test("the fixture is valid although the mesh team's routes page (it never runs in staging) and its SLO is above Cloud Monitoring's cap", () => {
  expect(model.slos.find((s) => s.id === "mesh-availability")?.objective).toBe(99.95);
  expect([...stacks.keys()].sort()).toEqual([
    "aws-prod",
    "aws-staging",
    "gcp-prod",
    "gcp-prod-ledgerteam",
    "gcp-staging",
    "grafana-prod",
    "grafana-prod-ledgerteam",
    "grafana-staging",
    "pagerduty-prod",
  ]);
});

describe.each(Object.keys(TEAMS))("team %s", (team) => {
  test("has no resource or variable in any stack it does not reach", () => {
    const leaks = [...stacks].flatMap(([stack, json]) =>
      reaches(team, stack) ? [] : mentions(json, TEAMS[team].markers).map((address) => `${stack}: ${address}`),
    );
    expect(leaks).toEqual([]);
  });

  test("has its alerting in every stack it reaches", () => {
    const reached = [...stacks.keys()].filter((s) => reaches(team, s) && !s.startsWith("pagerduty-"));
    expect(reached.length).toBeGreaterThan(0);
    for (const stack of reached)
      expect({ stack, mentions: mentions(stacks.get(stack)!, TEAMS[team].markers).length > 0 }).toEqual({ stack, mentions: true });
  });

  test("has rules only in the rule files of environments its Prometheus runs in", () => {
    for (const env of ["prod", "staging"]) {
      const dir = join(out, "prometheus", env);
      const text = readdirSync(dir, { recursive: true })
        .map((f) => String(f))
        .filter((f) => f.endsWith(".yml"))
        .map((f) => readFileSync(join(dir, f), "utf8"))
        .join("\n");
      const expected = TEAMS[team].targets.includes("prometheus") && TEAMS[team].environments.includes(env);
      expect({ env, present: TEAMS[team].markers.some((m) => text.includes(m)) }).toEqual({ env, present: expected });
    }
  });

  test("has an Alertmanager branch and receivers only in environments its Prometheus runs in", () => {
    const config = parse(alertmanagerYaml(model));
    for (const route of config.route.routes as { matchers: string[]; receiver: string }[]) {
      const env = route.matchers[0].replace(/^environment="(.*)"$/, "$1");
      const expected = TEAMS[team].targets.includes("prometheus") && TEAMS[team].environments.includes(env);
      const text = JSON.stringify(route);
      expect({ env, present: TEAMS[team].markers.some((m) => text.includes(m)) }).toEqual({ env, present: expected });
    }
    const receivers = (config.receivers as { name: string }[]).filter((r) =>
      TEAMS[team].markers.some((m) => JSON.stringify(r).includes(m)),
    );
    for (const r of receivers) expect(TEAMS[team].environments.some((env) => r.name.startsWith(`${env}-`))).toBe(true);
    expect(receivers.length > 0).toBe(TEAMS[team].targets.includes("prometheus"));
  });
});

test("a team's own Grafana sends what matches no policy to that team, with only that team's secrets", () => {
  const own = JSON.parse(stacks.get("grafana-prod-ledgerteam")!);
  const policy = own.resource.grafana_notification_policy.notification_policy;
  const root = policy.contact_point.match(/grafana_contact_point\.([^.]+)\.name/)[1];
  expect(JSON.stringify(own.resource.grafana_contact_point[root])).toContain("#ledgerteam-alerts");
  // Its secrets: Grafana's own token, its Slack workspace's token, and the service account reading its own project (it is not on AWS).
  expect(Object.keys(own.variable).sort()).toEqual([
    "grafana_auth",
    "grafana_gcp_service_account_email",
    "grafana_gcp_service_account_key",
    "grafana_slack_token_ledgerteam",
  ]);
  expect(JSON.stringify(own.resource.grafana_data_source.datasource_cloud_monitoring)).toContain("acme-ledgerteam-prod");
  expect(own.resource.grafana_data_source.datasource_cloudwatch).toBeUndefined();
});

test("PagerDuty integrations exist only for the targets that page each service, Alertmanager's where the team runs on Prometheus", () => {
  const pd = JSON.parse(stacks.get("pagerduty-prod")!);
  const senders = (service: string) =>
    Object.keys(pd.resource.pagerduty_service_integration)
      .filter((i) => i.startsWith(`integration_${service}_`))
      .map((i) => i.slice(`integration_${service}_`.length))
      .sort();
  expect(senders("ledger-api")).toEqual(["alertmanager", "gcp", "grafana"]);
  expect(senders("mesh-gateway")).toEqual(["alertmanager", "grafana"]);
  expect(senders("shop-web")).toEqual(["cloudwatch"]);
});

test("an organisation log class is kept in every project and account the organisation monitors; a team's follows the team", () => {
  const buckets = (stack: string) => Object.keys(JSON.parse(stacks.get(stack)!).resource.google_logging_project_bucket_config ?? {}).sort();
  expect(buckets("gcp-prod")).toEqual(["log_bucket_application"]);
  expect(buckets("gcp-prod-ledgerteam")).toEqual(["log_bucket_application", "log_bucket_ledgerteam-audit"]);
  expect(buckets("gcp-staging")).toEqual(["log_bucket_application", "log_bucket_ledgerteam-audit"]);
  // The ledger team is not on AWS: its class has no log group there.
  for (const stack of ["aws-prod", "aws-staging"])
    expect(Object.keys(JSON.parse(stacks.get(stack)!).resource.aws_cloudwatch_log_group)).toEqual(["log_group_application"]);
});

describe("verify follows each team's routes", () => {
  const rules = () =>
    exportedAlerts(ruleGroupsByEnvironment(model).map((e) => ({ environment: e.environment, groups: [...e.slo, ...e.alerts] })));
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), "three-teams-am-")), "alertmanager.yml");
    writeFileSync(file, text);
    return file;
  };

  test("every exported alert of every team reaches that team's receivers, as amtool routes them", async () => {
    const text = alertmanagerYaml(model);
    const result = await verifyRouting(model, write(text), text, rules());
    expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
    expect(result.lines).toContain(
      "ok   prod alert MeshAvailabilityPageBurn (P1, service=mesh-gateway) -> prod-meshteam-page-mesh-gateway,prod-meshteam-P1: pagerduty mesh-gateway, slack #meshteam-pages",
    );
  });

  test("a page of one team sent to another team's receiver fails verify, naming both", async () => {
    const config = parse(alertmanagerYaml(model));
    const prod = config.route.routes.find((r: any) => r.matchers[0] === 'environment="prod"');
    const mesh = prod.routes.find((r: any) => r.matchers[0] === 'team="meshteam"');
    const page = mesh.routes.find((r: any) => r.receiver === "prod-meshteam-page-mesh-gateway");
    page.receiver = "prod-ledgerteam-page-ledger-api";
    const text = stringify(config);
    const result = await verifyRouting(model, write(text), text, rules());
    expect(result.ok).toBe(false);
    expect(result.lines).toContain(
      "FAIL prod alert MeshAvailabilityPageBurn (P1, service=mesh-gateway) -> prod-ledgerteam-page-ledger-api,prod-meshteam-P1: pagerduty ledger-api, slack #meshteam-pages (routing defines: pagerduty mesh-gateway, slack #meshteam-pages)",
    );
  });
});

test("a team in its own Slack workspace is posted to with that workspace's credential on the targets that take a token", () => {
  const channels = JSON.parse(stacks.get("gcp-staging")!).resource.google_monitoring_notification_channel;
  expect(channels["channel_ledgerteam-slack"].sensitive_labels).toEqual({ auth_token: "${var.slack_auth_token_ledgerteam}" });
});

test("in the exported Alertmanager, each team's Slack channel reads its own incoming-webhook file, even in the organisation's workspace", () => {
  // An incoming webhook posts only to the channel it was made for: a shared file would send mesh's pages to #acme-ops.
  const text = readFileSync(join(out, "alertmanager", "alertmanager.yml"), "utf8");
  const receivers = parse(text).receivers as { slack_configs?: { channel: string; api_url_file: string }[] }[];
  const configs = receivers.flatMap((r) => r.slack_configs ?? []);
  const channelsOf = new Map<string, Set<string>>();
  for (const c of configs) channelsOf.set(c.api_url_file, new Set([...(channelsOf.get(c.api_url_file) ?? []), c.channel]));
  const fileOf = (channel: string) => [...channelsOf].filter(([, cs]) => cs.has(channel)).map(([file]) => file);
  expect(fileOf("#ledgerteam-alerts")).toEqual(["/etc/alertmanager/secrets/slack-webhook-url-ledgerteam-slack"]);
  expect(fileOf("#meshteam-pages")).toEqual(["/etc/alertmanager/secrets/slack-webhook-url-meshteam-slack"]);
  expect(fileOf("#acme-ops")).toEqual(["/etc/alertmanager/secrets/slack-webhook-url-acme-slack-ops"]);
  // No file serves two channels.
  expect([...channelsOf].filter(([, cs]) => cs.size > 1)).toEqual([]);
});

test("a Slack credential name that cannot name a variable and a file is refused", () => {
  const defs = discoverDefinitions(ROOT);
  const teams = defs.teams!.map((t) =>
    t.id === "ledgerteam" ? { ...t, channels: t.channels!.map((c) => (c.kind === "slack" ? { ...c, credential: "Ledger Team" } : c)) } : t,
  );
  expect(problemsOf({ ...defs, teams })).toEqual([
    'channel "ledgerteam-slack": credential: must name the workspace\'s credential in kebab-case (lowercase letters, digits, dashes; up to 40), got "Ledger Team"',
  ]);
});

/** Destinations made for what the stack notifies: each is used by a policy, alarm or the policy tree of its own stack. */
const DESTINATIONS: Record<string, { consumers: readonly string[] }> = {
  google_monitoring_notification_channel: { consumers: ["google_monitoring_alert_policy"] },
  aws_sns_topic: { consumers: ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"] },
  grafana_contact_point: { consumers: ["grafana_notification_policy"] },
};

function unused(stacksByName: ReadonlyMap<string, string>): string[] {
  return [...stacksByName].flatMap(([stack, json]) => {
    const resource = JSON.parse(json).resource ?? {};
    return Object.entries(DESTINATIONS).flatMap(([type, { consumers }]) => {
      const used = consumers.map((c) => JSON.stringify(resource[c] ?? {})).join("\n");
      return Object.keys(resource[type] ?? {})
        .filter((name) => !used.includes(`\${${type}.${name}.`))
        .map((name) => `${stack}: ${type}.${name}`);
    });
  });
}

test("no channel, topic or contact point is made that nothing notifies, in this organisation or the bundled example's", () => {
  expect(unused(stacks)).toEqual([]);
  const nous = join(mkdtempSync(join(tmpdir(), "nous-")), "out");
  buildApp(validate(defaults(), FIXTURE_ROOT, {}), nous, undefined, {}).synth();
  expect(
    unused(new Map(readdirSync(join(nous, "stacks")).map((s) => [s, readFileSync(join(nous, "stacks", s, "cdk.tf.json"), "utf8")]))),
  ).toEqual([]);
});

test("a team's own error-budget policy sets its SLOs' budget alerts; other teams keep the organisation's", () => {
  const levels = (id: string) => model.slos.find((s) => s.id === id)!.budgetAlerts.map((b) => [b.state, b.remainingAtOrBelow, b.severity]);
  expect(levels("shop-availability")).toEqual([
    ["warning", 0.75, "P3"],
    ["critical", 0.4, "P2"],
    ["exhausted", 0.1, "P2"],
  ]);
  expect(levels("ledger-availability")).toEqual([
    ["warning", 0.5, "P3"],
    ["critical", 0.2, "P2"],
    ["exhausted", 0, "P2"],
  ]);
  const gcp = JSON.parse(stacks.get("gcp-staging")!).resource.google_monitoring_alert_policy;
  expect(Object.keys(gcp).filter((p) => p.includes("_budget_"))).toHaveLength(3);
  const defs = discoverDefinitions(ROOT);
  const teams = defs.teams!.map((t) =>
    t.id === "shopteam"
      ? { ...t, errorBudgetPolicy: { ...t.errorBudgetPolicy!, critical: { remainingAtOrBelow: 0.9, severity: "P2" as const } } }
      : t,
  );
  expect(problemsOf({ ...defs, teams })).toEqual([
    'team "shopteam" errorBudgetPolicy "critical": remainingAtOrBelow: must be below the warning level 0.75, got 0.9',
  ]);
});

test("with ruleFiles: team, each team's Prometheus loads one pair of files holding only its own rules, which promtool accepts", () => {
  const files = readdirSync(join(out, "prometheus"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yml"))
    .sort();
  expect(files).toEqual([
    "prod/ledgerteam/alerts.rules.yml",
    "prod/ledgerteam/slo.rules.yml",
    "prod/meshteam/alerts.rules.yml",
    "prod/meshteam/slo.rules.yml",
    "staging/alerts.rules.yml",
    "staging/slo.rules.yml",
  ]);
  for (const team of ["ledgerteam", "meshteam"]) {
    for (const file of ["alerts.rules.yml", "slo.rules.yml"]) {
      const text = readFileSync(join(out, "prometheus", "prod", team, file), "utf8");
      const others = Object.keys(TEAMS).filter((t) => t !== team);
      expect({ file: `${team}/${file}`, others: others.filter((t) => TEAMS[t].markers.some((m) => text.includes(m))) }).toEqual({
        file: `${team}/${file}`,
        others: [],
      });
    }
  }
  const check = spawnSync("promtool", ["check", "rules", ...files.map((f) => join(out, "prometheus", f))], { encoding: "utf8" });
  expect(check.status === 0 ? "ok" : check.stdout + check.stderr).toBe("ok");
});

test("a team's own channel is its alone: the organisation's routes and other teams' routes may not use it", () => {
  const defs = discoverDefinitions(ROOT);
  const routing = { ...defs.routing, staging: { ...defs.routing.staging, P3: ["ledgerteam-email"] } };
  const teams = defs.teams!.map((t) => (t.id === "shopteam" ? { ...t, routes: { ...t.routes, P3: ["ledgerteam-email"] } } : t));
  expect(problemsOf({ ...defs, routing, teams }).sort()).toEqual([
    'routing "staging": P3: channel "ledgerteam-email" is team "ledgerteam"\'s own: the organisation\'s routes (and the fallback of alerts of any team) may not use it; define the channel in the organisation\'s channels to share it',
    'team "shopteam": routes.P3: channel "ledgerteam-email" is team "ledgerteam"\'s own: another team\'s routes may not use it; define the channel in the organisation\'s channels to share it',
  ]);
});

test("a team paging through a PagerDuty channel of its own names only its own services' channels, whatever the order of definitions", () => {
  const defs = defaults();
  defs.services = [...defs.services, { id: "edge", name: "Edge", team: "k8s" }];
  defs.onCall = [{ ...defs.onCall[0], owns: [...defs.onCall[0].owns, "k8s"] }];
  defs.teams = [
    team({
      id: "k8s",
      channels: [{ kind: "pagerduty", id: "k8s-pagerduty" }],
      routes: { P1: ["k8s-pagerduty", "slack-alerts-high"] },
      runsOn: { environments: ["prod"] },
    }),
  ];
  // The team's alert comes first of all definitions.
  defs.alerts = [upAlert("edge-down", "P1", "edge"), ...defs.alerts];
  const channels = Object.keys(synthGcp(buildModel(defs)).resource.google_monitoring_notification_channel).filter((c) =>
    c.includes("pagerduty"),
  );
  expect(channels.filter((c) => c.startsWith("channel_k8s-pagerduty_"))).toEqual(["channel_k8s-pagerduty_edge"]);
  expect(channels).toContain("channel_pagerduty-oncall_api");
  expect(channels.filter((c) => c.endsWith("_edge"))).toEqual(["channel_k8s-pagerduty_edge"]);
});

test("whether a team's alert pages is judged only where the team runs, not by the organisation's routes elsewhere", () => {
  const defs = discoverDefinitions(ROOT);
  // The organisation pages its P2 in prod, where the shop team does not run.
  const routing = { ...defs.routing, prod: { ...defs.routing.prod, P2: ["acme-pagerduty", "acme-slack-ops"] } };
  const teams = defs.teams!.map((t) => (t.id === "shopteam" ? { ...t, runsOn: { ...t.runsOn, environments: ["staging"] } } : t));
  const m = validate({ ...defs, routing, teams }, ROOT, {});
  // Its P2 alarm needs no runbook, and its SLO's no-data ticket stays P2 (it pages nowhere the team runs).
  expect(m.cloudWatchAlarms.find((a) => a.id === "shop-db-cpu")!.severity).toBe("P2");
  expect(
    noDataSeverity(
      m.slos.find((s) => s.id === "shop-availability")!,
      m.severities,
      m.environments,
    ),
  ).toBe("P2");
});

test("a Grafana needs an SLO destination only for the SLOs it holds", () => {
  const defs = discoverDefinitions(ROOT);
  const withoutDestination = (t: TeamDefinition) => {
    const prod = t.environments!.prod;
    return { ...t, environments: { prod: { ...prod, grafana: { ...prod.grafana!, sloDestination: undefined } } } };
  };
  const teams = defs.teams!.map((t) => (t.id === "ledgerteam" ? withoutDestination(t) : t));
  // The ledger's SLO is in its own Grafana in prod: that one needs a destination; the mesh SLO's shared Grafana has one.
  expect(problemsOf({ ...defs, teams })).toEqual([
    'team "ledgerteam": environments.prod.grafana.sloDestination: is required: Grafana SLO writes the recording rules of ledger-availability to it, and the query endpoint prometheusUrl cannot hold them; point it at a data source that accepts recording rules, such as Grafana Mimir: { kind: "mimir", url: "https://mimir.example.com/prometheus" }',
  ]);
  // Without an SLO of its own there, it needs none, whatever other teams' Grafanas hold.
  expect(problemsOf({ ...defs, teams, slos: defs.slos.filter((s) => s.service !== "ledger-api") })).toEqual([]);
});

test("what a team does not run on is not described as its: no Cloud Monitoring form off Google Cloud, no destinations where it does not run", () => {
  const mesh = model.slos.find((s) => s.id === "mesh-availability")!;
  expect(mesh.sli.cloudMonitoring).toBeUndefined();
  expect(mesh.deployedTiers.gcp).toBeUndefined();
  const text = catalog(model, new Map());
  const row = text.split("\n").find((l) => l.startsWith("| MeshConfigStale"))!;
  // Columns: alert, service, severity, for, prod, staging, runbook.
  expect(row.split(" | ")[5]).toBe("(does not run here)");
  expect(text).not.toMatch(/^\| staging \| meshteam \|/m);
});

test("a team's own place on a target or in an environment it does not run on is refused: it would hold nothing", () => {
  const defs = discoverDefinitions(ROOT);
  const teams = defs.teams!.map((t) =>
    t.id === "shopteam" ? { ...t, environments: { prod: { gcp: { project: "acme-shop-prod", region: "europe-west1" } } } } : t,
  );
  expect(problemsOf({ ...defs, teams })).toEqual([
    'team "shopteam": environments.prod.gcp: no service of this team runs on gcp in environment "prod" (runsOn), so this place would hold nothing',
  ]);
});

test("a team whose routes page in an environment that never pages is told the two ways out", () => {
  const defs = discoverDefinitions(ROOT);
  const teams = defs.teams!.map((t) => (t.id === "ledgerteam" ? { ...t, environmentRoutes: undefined } : t));
  expect(problemsOf({ ...defs, teams })).toEqual(
    ["P0", "P1"].map(
      (s) =>
        `team "ledgerteam": routes.${s}: routes to PagerDuty channel "acme-pagerduty", but environment "staging" never pages (pages: false): give the team environmentRoutes.staging for this severity, or leave "staging" out of its runsOn.environments`,
    ),
  );
});
