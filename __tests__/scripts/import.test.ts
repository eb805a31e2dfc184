/**
 * npm run import on a project of its own: the file it writes is formatted as npm test's Prettier
 * check wants it, type-checks, and is collected; exit codes 0 (all imported), 1 (some left out,
 * the rest still written) and 2 (usage), each with a message and never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverDefinitions } from "../../engine/discover";
import { runCommand } from "../../scripts/cli";
import { importCommand } from "../../scripts/import-command";
import { ROOT, tempProject } from "../engine/import/temp-project";

async function importIn(dir: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const saved = process.exitCode;
  process.exitCode = undefined;
  runCommand(
    importCommand({
      root: dir,
      cwd: dir,
      definitions: () => discoverDefinitions(dir),
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
    }),
    argv,
  );
  await new Promise((done) => setTimeout(done, 50));
  const code = (process.exitCode as number | undefined) ?? 0;
  process.exitCode = saved;
  return { code, out, err };
}

const RULES = `groups:
  - name: payments
    rules:
      - record: job:payment_errors:rate5m
        expr: sum by (job) (rate(payment_errors_total[5m]))
      - alert: PaymentsDown
        expr: up{job="payments"} == 0
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: Payments is down
          description: |
            {{ $labels.instance }} answers no scrape.
            Check the pods.
      - alert: PaymentErrors
        expr: job:payment_errors:rate5m > 0.1
        labels:
          severity: warning
        annotations:
          summary: Payment errors
`;

test("writes a formatted, type-checked file that is collected; reports what it left out; exit 1", async () => {
  const dir = tempProject();
  writeFileSync(join(dir, "payments.yml"), RULES);
  const r = await importIn(dir, ["prometheus", "payments.yml", "--service", "payments", "--team", "platform"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(1);
  expect(r.out).toContain('wrote alerts/imported-payments.ts: 2 alerts of service "payments" (defined there too, team "platform")');
  expect(r.out).toContain("left out: payments.yml:4 (record job:payment_errors:rate5m): is a recording rule");
  expect(r.out).toContain("note: payments.yml:16 (alert PaymentErrors): selects job:payment_errors:rate5m");
  expect(r.out).toContain("run npm run runbooks to write the skeleton");
  expect(r.out).toContain("runbooks/payments-down.md (payments-down)");
  expect(r.out).toContain("imported 2 of 3 rules; 1 left out");

  const file = join(dir, "alerts", "imported-payments.ts");
  const text = readFileSync(file, "utf8");
  const prettier = spawnSync(process.execPath, [join(ROOT, "node_modules/prettier/bin/prettier.cjs"), "--check", file], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(prettier.status).toBe(0);
  const tsc = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--types",
      "node",
      file,
    ],
    { cwd: dir, encoding: "utf8" },
  );
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(text).toContain("// - payments.yml:4 (record job:payment_errors:rate5m): is a recording rule");

  const defs = discoverDefinitions(dir);
  expect(defs.services.find((s) => s.id === "payments")).toEqual({ kind: "service", id: "payments", name: "payments", team: "platform" });
  expect(defs.alerts.filter((a) => a.service === "payments")).toEqual([
    expect.objectContaining({
      id: "payments-down",
      name: "PaymentsDown",
      severity: "P1",
      for: "2m",
      runbook: "runbooks/payments-down.md",
      description: "{{ $labels.instance }} answers no scrape.\nCheck the pods.\n", // as written: the YAML block keeps its last newline
    }),
    expect.objectContaining({ id: "payment-errors", severity: "P3", condition: { prometheus: "job:payment_errors:rate5m > 0.1" } }),
  ]);

  // Run again: the file is the user's now, never overwritten.
  const again = await importIn(dir, ["prometheus", "payments.yml", "--service", "payments", "--team", "platform"]);
  expect(again).toEqual({
    code: 2,
    out: "",
    err: "error: alerts/imported-payments.ts exists: edit it, remove it, or give another --out\n",
  });
});

test("exit 0 when every rule is imported, into an existing service and the file --out names", async () => {
  const dir = tempProject();
  writeFileSync(
    join(dir, "db.yml"),
    RULES.split("      - record")[0] +
      RULES.split("sum by (job) (rate(payment_errors_total[5m]))\n")[1].split("      - alert: PaymentErrors")[0],
  );
  const r = await importIn(dir, [
    "prometheus",
    "db.yml",
    "--service",
    "database",
    "--severity",
    "critical=P3",
    "--out",
    "alerts/db/rules.ts",
  ]);
  expect(r).toEqual({ code: 0, out: expect.stringContaining("imported 1 of 1 rule\n"), err: "" });
  expect(readFileSync(join(dir, "alerts/db/rules.ts"), "utf8")).toContain('from "../../engine/definitions"');
  expect(discoverDefinitions(dir).alerts.find((a) => a.id === "payments-down")).toEqual(
    expect.objectContaining({ service: "database", severity: "P3" }),
  );
});

test.each([
  [["openmetrics", "x.yml", "--service", "api"], 'unknown format "openmetrics"'],
  [["prometheus", "rules.yml"], "--service <id> is required"],
  [["prometheus", "missing.yml", "--service", "api"], "no file missing.yml"],
  [["prometheus", "rules.yml", "--service", "nope"], 'unknown service "nope"; defined services: api, frontend'],
  [["prometheus", "rules.yml", "--service", "api", "--team", "other"], 'service "api" exists and belongs to team'],
  [["prometheus", "rules.yml", "--service", "Bad_Id", "--team", "x"], "--service must be kebab-case"],
  [["prometheus", "rules.yml", "--service", "api", "--severity", "critical=urgent"], "--severity takes label=severity pairs"],
  [
    ["prometheus", "rules.yml", "--service", "api", "--out", "../elsewhere.ts"],
    "--out must be a .ts file under one of config, slos, alerts",
  ],
])("usage error %j: exit 2, nothing written", async (argv, message) => {
  const dir = tempProject();
  writeFileSync(join(dir, "rules.yml"), RULES);
  const r = await importIn(dir, argv);
  expect(r.code).toBe(2);
  expect(r.err).toContain(message);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(existsSync(join(dir, "alerts", "imported-api.ts"))).toBe(false);
});

test("a file that is no rule file: reported, nothing written, exit 1, no stack trace", async () => {
  const dir = tempProject();
  writeFileSync(join(dir, "bad.yml"), "groups: [ {\n");
  const r = await importIn(dir, ["prometheus", "bad.yml", "--service", "api"]);
  expect(r).toEqual({ code: 1, out: expect.stringContaining("left out: bad.yml:2 (document 1): is not valid YAML"), err: "" });
  expect(r.out).toContain("wrote nothing: no rule could be imported");
});

test("alertmanager: writes the channels and routes of one configuration, prettier-clean and collected once the old routing goes; exit 1 with every leftover", async () => {
  const dir = tempProject();
  writeFileSync(
    join(dir, "am.yml"),
    `route:
  receiver: ops-mail
  group_by: [alertname]
  routes:
    - matchers: ['severity="critical"', 'service="database"']
      receiver: db-pager
receivers:
  - name: ops-mail
    email_configs: [{ to: "ops@example.com" }]
  - name: db-pager
    pagerduty_configs: [{ routing_key: "S3CRETKEY" }]
`,
  );
  const r = await importIn(dir, ["alertmanager", "am.yml"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(1);
  expect(r.out).toContain("wrote config/alertmanager-import.ts: 1 channel, the routes of prod, staging, 1 team's own routes");
  expect(r.out).toContain("left out: am.yml: route: group_by not imported");
  expect(r.out).not.toContain("S3CRETKEY");
  const file = join(dir, "config", "alertmanager-import.ts");
  const text = readFileSync(file, "utf8");
  expect(text).not.toContain("S3CRETKEY");
  const prettier = spawnSync(process.execPath, [join(ROOT, "node_modules/prettier/bin/prettier.cjs"), "--check", file], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(prettier.status).toBe(0);
  // The project keeps one routing(): with the fixture's removed, the imported one is collected.
  writeFileSync(join(dir, "config", "routing.ts"), "export {};\n");
  jest.resetModules(); // the import read the project's definitions, the old routing.ts among them
  const defs = discoverDefinitions(dir);
  expect(defs.routing.prod.P1).toEqual(["email-ops"]);
  // Staging never pages: the tree's pager is production's alone.
  expect(defs.teams).toEqual([
    { kind: "team", id: "platform", environmentRoutes: { prod: { P1: [defs.channels.find((c) => c.kind === "pagerduty")!.id] } } },
  ]);
  // P1 is on call, and the tree pages only the database's: said, as validation would refuse it.
  expect(r.out).toMatch(
    /left out: am\.yml: route: P1 is on call, but in prod the tree sends alerts of services it does not name P1 alerts/,
  );
  // Usage: one file, and the prometheus options are refused.
  expect((await importIn(dir, ["alertmanager", "am.yml", "am.yml", "--out", "config/b.ts"])).code).toBe(2);
  expect((await importIn(dir, ["alertmanager", "am.yml", "--service", "api", "--out", "config/c.ts"])).err).toBe(
    "error: --service is for prometheus rule files\n",
  );
});
