/**
 * A user adds a second team beside the definitions that are there: its services, on-call, SLOs,
 * alert rules and log class, each in a new file of the definition folders, with no list to edit.
 * The copy of the repository must type-check and pass the whole test suite, and the new
 * definitions must reach the synthesized stacks.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
// The suite that runs inside the copy skips this file, or it would copy itself forever.
const inCopy = process.env.MONITORING_SECOND_TEAM_COPY === "1";

const FILES: Record<string, string> = {
  "config/payments.ts": `import { onCallTeam, service } from "../engine/definitions";

export const checkout = service({ id: "checkout", name: "Checkout API", team: "payments" });
export const ledger = service({ id: "ledger", name: "Ledger", team: "payments" });

export const paymentsOnCall = onCallTeam({
  id: "payments-oncall",
  name: "Payments on-call",
  owns: ["payments"],
  members: ["erin@example.com", "frank@example.com"],
  rotation: { responders: ["erin@example.com", "frank@example.com"], turn: "1w", timeZone: "Europe/Berlin" },
  escalation: [
    { notify: "rotation", respondWithin: "5m" },
    { notify: "frank@example.com", respondWithin: "20m" },
  ],
});
`,
  "slos/payments.ts": `import { latency, ratio, slo } from "../engine/definitions";

export const checkoutAvailability = slo({
  id: "checkout-availability",
  service: "checkout",
  objective: 99.9,
  window: "28d",
  sli: ratio({
    prometheus: { errors: 'payments_requests_total{job="checkout",code=~"5.."}', total: 'payments_requests_total{job="checkout"}' },
  }),
  runbook: "https://wiki.example.com/payments/checkout-availability",
});

export const ledgerLatency = slo({
  id: "ledger-write-latency",
  service: "ledger",
  objective: 99,
  window: "7d",
  sli: latency({ threshold: "250ms", prometheus: { histogram: 'ledger_write_seconds{job="ledger"}', bucket: "0.25" } }),
  runbook: "https://wiki.example.com/payments/ledger-latency",
});
`,
  "alerts/payments.ts": `import { alert } from "../engine/definitions";

export const ledgerDown = alert({
  id: "ledger-down",
  name: "LedgerDown",
  service: "ledger",
  severity: "P1",
  summary: "The ledger is not scraped",
  for: "2m",
  condition: { prometheus: 'up{job="ledger"} == 0' },
  runbook: "https://wiki.example.com/payments/ledger-down",
});

export const checkoutQueue = alert({
  id: "checkout-queue-backlog",
  name: "CheckoutQueueBacklog",
  service: "checkout",
  severity: "P2",
  summary: "Checkout jobs are waiting",
  for: "10m",
  condition: { prometheus: 'sum(checkout_queue_depth{job="checkout"}) > 500' },
});
`,
  "logs/payments.ts": `import { logClass } from "../engine/definitions";

export const paymentsAudit = logClass({
  id: "payments-audit",
  description: "Payment authorisations and refunds",
  retentionDays: 400,
  filter: 'jsonPayload.category="payments"',
});
`,
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, MONITORING_SECOND_TEAM_COPY: "1", CHECKPOINT_DISABLE: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

(inCopy ? test.skip : test)(
  "a second team's files beside the existing definitions keep the type check and the whole suite green",
  () => {
    const copy = join(mkdtempSync(join(tmpdir(), "second-team-")), "repo");
    const tracked = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean);
    for (const file of tracked) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    }
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    for (const [file, text] of Object.entries(FILES)) writeFileSync(join(copy, file), text);

    const typecheck = run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", ".", "--noEmit"], copy);
    expect(typecheck.status === 0 ? "type-checks" : typecheck.output).toBe("type-checks");

    const suite = run(process.execPath, [join(ROOT, "node_modules/jest/bin/jest.js"), "--ci", "--silent"], copy);
    expect(suite.status === 0 ? "suite passes" : suite.output.slice(-6000)).toBe("suite passes");
    expect(suite.output).toMatch(/\d+ passed, 0 failed/);

    const synth = run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], copy);
    expect(synth.status).toBe(0);
    const main = run(process.execPath, ["dist/main.js"], copy);
    expect(main.status === 0 ? "synthesized" : main.output).toBe("synthesized");
    const summary = JSON.parse(readFileSync(join(copy, "cdktf.out/summary.json"), "utf8"));
    expect(Object.keys(summary.slos)).toEqual(expect.arrayContaining(["checkout-availability", "ledger-write-latency"]));
    expect(Object.keys(summary.alerts)).toEqual(expect.arrayContaining(["ledger-down", "checkout-queue-backlog"]));
    // Wherever PagerDuty is deployed, the new services page the new team's escalation policy.
    for (const stack of readdirSync(join(copy, "cdktf.out/stacks")).filter((s) => s.startsWith("pagerduty-"))) {
      const resource = JSON.parse(readFileSync(join(copy, "cdktf.out/stacks", stack, "cdk.tf.json"), "utf8")).resource;
      for (const id of ["checkout", "ledger"]) {
        expect(resource.pagerduty_service[`service_${id}`].escalation_policy).toBe(
          "${pagerduty_escalation_policy.escalation_policy_payments-oncall.id}",
        );
      }
    }
  },
  300_000,
);
