/**
 * A user adds a second team beside the definitions that are there: its services, on-call, SLOs,
 * alert rules and log class, each in a new file of the definition folders, with no list to edit.
 * The copy of the repository must type-check, hold the invariants every project's definitions
 * hold (./invariants.ts, run here on the copy's compiled definitions; every other test reads its
 * own fixtures, which a test here keeps true), and synthesize the new definitions into the stacks.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { distCurrent } from "./dist";
import { discoverDefinitions } from "../engine/discover";
import { invariantTests } from "./invariants";

const ROOT = resolve(__dirname, "..");
// The one test that reads the project's own definition folders.
const OWN_DEFINITION_TESTS = ["__tests__/definitions.test.ts"];

const FILES: Record<string, string> = {
  "config/billing.ts": `import { onCallTeam, service } from "../engine/definitions";

export const invoices = service({ id: "invoices", name: "Invoices API", team: "billing" });
export const refunds = service({ id: "refunds", name: "Refunds", team: "billing" });

export const billingOnCall = onCallTeam({
  id: "billing-oncall",
  name: "Payments on-call",
  owns: ["billing"],
  members: ["erin@example.com", "frank@example.com"],
  rotation: { responders: ["erin@example.com", "frank@example.com"], turn: "1w", timeZone: "Europe/Berlin" },
  escalation: [
    { notify: "rotation", respondWithin: "5m" },
    { notify: "frank@example.com", respondWithin: "20m" },
  ],
});
`,
  "slos/billing.ts": `import { latency, ratio, slo } from "../engine/definitions";

export const invoicesAvailability = slo({
  id: "invoices-availability",
  service: "invoices",
  objective: 99.9,
  window: "28d",
  sli: ratio({
    prometheus: { errors: 'billing_requests_total{job="invoices",code=~"5.."}', total: 'billing_requests_total{job="invoices"}' },
  }),
  runbook: "https://wiki.example.com/billing/invoices-availability",
});

export const refundsLatency = slo({
  id: "refunds-write-latency",
  service: "refunds",
  objective: 99,
  window: "7d",
  sli: latency({ threshold: "250ms", prometheus: { histogram: 'refunds_write_seconds{job="refunds"}', bucket: "0.25" } }),
  runbook: "https://wiki.example.com/billing/refunds-latency",
});
`,
  "alerts/billing.ts": `import { alert } from "../engine/definitions";

export const refundsDown = alert({
  id: "refunds-down",
  name: "RefundsDown",
  service: "refunds",
  severity: "P1",
  summary: "The refunds is not scraped",
  for: "2m",
  condition: { prometheus: 'up{job="refunds"} == 0' },
  runbook: "https://wiki.example.com/billing/refunds-down",
});

export const invoicesQueue = alert({
  id: "invoices-queue-backlog",
  name: "InvoicesQueueBacklog",
  service: "invoices",
  severity: "P2",
  summary: "Invoices jobs are waiting",
  for: "10m",
  condition: { prometheus: 'sum(invoices_queue_depth{job="invoices"}) > 500' },
});
`,
  "logs/billing.ts": `import { logClass } from "../engine/definitions";

export const billingAudit = logClass({
  id: "billing-audit",
  description: "Payment authorisations and refunds",
  retentionDays: 400,
  filter: 'jsonPayload.category="billing"',
});
`,
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test("only the invariant tests read the project's own definitions; every other test reads fixtures of its own", () => {
  const tests = spawnSync("git", ["ls-files", "-co", "--exclude-standard", "__tests__"], { cwd: ROOT, encoding: "utf8" })
    .stdout.split("\n")
    .filter((f) => /\.ts$/.test(f) && !f.includes("/fixtures/") && f !== "__tests__/second-team.test.ts");
  const reading = tests.filter((f) =>
    /projectDefinitions|join\(ROOT, "(config|slos|alerts|logs|dashboards|openslo)"/.test(readFileSync(join(ROOT, f), "utf8")),
  );
  expect(reading).toEqual(OWN_DEFINITION_TESTS);
});

/**
 * The copy, made and built once: the invariants below run on its compiled definitions. It holds
 * this repository's build (dist/, current) dated before the second team's files, as a user's
 * checkout holds it when they add a team: the launcher then builds what `npm run synth` builds
 * after a definition edit, the definition files type-checked together with all they import and
 * the new ones compiled (scripts/build.js), not the whole project again (the rest of the copy is
 * this repository, which npm test's own tsc checks).
 */
function copyWithSecondTeam(): string {
  const copy = join(mkdtempSync(join(tmpdir(), "second-team-")), "repo");
  const tracked = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .stdout.split("\n")
    .filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  distCurrent();
  cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
  // Linked, not copied: the definitions' type check is a program of its own, with no incremental
  // information whose paths a link would change.
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  // The build's stamp after everything copied, the second team's files (and their folders) after it.
  const built = new Date();
  writeFileSync(join(copy, "dist", ".built"), "");
  utimesSync(join(copy, "dist", ".built"), built, built);
  const later = new Date(built.getTime() + 1000);
  for (const [file, text] of Object.entries(FILES)) {
    writeFileSync(join(copy, file), text);
    utimesSync(join(copy, file), later, later);
    utimesSync(dirname(join(copy, file)), later, later);
  }
  return copy;
}

const copy = copyWithSecondTeam();
// One run of the launcher (npm run synth) type-checks and builds the new definitions, then
// synthesizes: the invariants load what it compiled, and the last test reads its synth.
const synth = run(process.execPath, ["scripts/cdktf-app.js"], copy);

test("the copy with a second team's files type-checks", () => {
  expect(synth.status === 0 ? "type-checks" : synth.output).toBe("type-checks");
  for (const file of Object.keys(FILES)) expect(existsSync(join(copy, "dist", file.replace(/\.ts$/, ".js")))).toBe(true);
});

describe("the copy's definitions, a second team's files added", () => {
  const definitions = () => discoverDefinitions(copy, join(copy, "dist"));
  test("are the project's and the second team's", () => {
    const services = definitions().services.map((s) => s.id);
    const own = discoverDefinitions(ROOT).services.map((s) => s.id);
    expect(services.sort()).toEqual([...own, "invoices", "refunds"].sort());
  });
  invariantTests(definitions);
});

test("the copy synthesizes the new team's definitions into the stacks", () => {
  expect(synth.status === 0 ? "synthesized" : synth.output).toBe("synthesized");
  const summary = JSON.parse(readFileSync(join(copy, "cdktf.out/summary.json"), "utf8"));
  expect(Object.keys(summary.slos)).toEqual(expect.arrayContaining(["invoices-availability", "refunds-write-latency"]));
  expect(Object.keys(summary.alerts)).toEqual(expect.arrayContaining(["refunds-down", "invoices-queue-backlog"]));
  // Wherever PagerDuty is deployed, the new services page the new team's escalation policy.
  for (const stack of readdirSync(join(copy, "cdktf.out/stacks")).filter((s) => s.startsWith("pagerduty-"))) {
    const resource = JSON.parse(readFileSync(join(copy, "cdktf.out/stacks", stack, "cdk.tf.json"), "utf8")).resource;
    for (const id of ["invoices", "refunds"]) {
      expect(resource.pagerduty_service[`service_${id}`].escalation_policy).toBe(
        "${pagerduty_escalation_policy.escalation_policy_billing-oncall.id}",
      );
    }
  }
});
