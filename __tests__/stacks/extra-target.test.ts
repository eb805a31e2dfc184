/**
 * A target is one folder, one stack and one registry entry: a minimal extra target, written only
 * here, is synthesized beside the others with no edit to the App, the model or validation, and
 * Terraform itself accepts what it writes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformResource, TerraformStack } from "cdktf";
import { buildApp, validate } from "../../stacks/app";
import type { Target } from "../../stacks/target";
import { TARGETS } from "../../stacks/targets";
import { defaults, model } from "../helpers";

/** Writes one terraform_data per SLO: Terraform's built-in provider, so it validates offline. */
const ledger: Target = {
  id: "ledger",
  enabled: (env) => env.id === "prod",
  problems: (m) =>
    m.slos
      .filter((s) => s.id.length > 30)
      .map((s) => ({ where: `slo "${s.id}"`, field: "id", message: "the ledger takes ids of 30 characters at most" })),
  // Each SLO's budget burn reaches the SLO's service on P1.
  sends: (m) => m.slos.map((s) => ({ service: s.service, severity: "P1" as const })),
  pagerDuty: { sender: "ledger", name: "Ledger (Events API v2)" },
  scopedByRunsOn: true,
  renders: { slo: () => true, alert: () => false },
  splitsByTeam: false,
  stack: (scope, id, { model: m }) => {
    const stack = new TerraformStack(scope, id);
    for (const slo of m.slos) {
      const r = new TerraformResource(stack, `slo-${slo.id}`, { terraformResourceType: "terraform_data" });
      r.addOverride("input", { objective: slo.objective, window_days: slo.windowDays });
    }
    return stack;
  },
};

test("an extra registered target gets its stack per enabled environment, its PagerDuty integration, and Terraform validates it", () => {
  const out = join(mkdtempSync(join(tmpdir(), "extra-")), "out");
  buildApp(model(), out, undefined, {}, [...TARGETS, ledger]).synth();
  const stacks = readdirSync(join(out, "stacks"));
  expect(stacks).toContain("ledger-prod");
  expect(stacks).not.toContain("ledger-staging");

  const written = JSON.parse(readFileSync(join(out, "stacks/ledger-prod/cdk.tf.json"), "utf8"));
  const m = model();
  expect(Object.keys(written.resource.terraform_data)).toHaveLength(m.slos.length);

  const pagerDuty = JSON.parse(readFileSync(join(out, "stacks/pagerduty-prod/cdk.tf.json"), "utf8"));
  const ledgerIntegrations = Object.values<{ name: string; type?: string }>(pagerDuty.resource.pagerduty_service_integration).filter(
    (i) => i.name === "Ledger (Events API v2)",
  );
  // On the PagerDuty services its sends page, and no others.
  expect(ledgerIntegrations).toHaveLength(new Set(m.slos.map((s) => s.service.pagerDuty.P1)).size);
  for (const i of ledgerIntegrations) expect(i.type).toBe("events_api_v2_inbound_integration");

  const dir = join(out, "stacks/ledger-prod");
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  const init = spawnSync("terraform", ["init", "-input=false", "-no-color"], { cwd: dir, encoding: "utf8", env });
  expect(init.status === 0 ? "ok" : init.stderr).toBe("ok");
  const check = spawnSync("terraform", ["validate", "-no-color"], { cwd: dir, encoding: "utf8", env });
  expect(check.status === 0 ? "ok" : check.stderr).toBe("ok");
});

test("an extra target's limits are checked with every other problem before synth", () => {
  const defs = defaults();
  const long = "an-slo-id-that-is-longer-than-thirty";
  defs.slos = [...defs.slos, { ...defs.slos[0], id: long }];
  expect(() => validate(defs, undefined, {}, [...TARGETS, ledger])).toThrow(
    `slo "${long}": id: the ledger takes ids of 30 characters at most`,
  );
  expect(() => validate(defs, undefined, {}, TARGETS)).not.toThrow();
});
