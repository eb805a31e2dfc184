import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { Testing } from "cdktf";
import { validate } from "../../stacks/app";
import type { AlertRuleDefinition, Definitions, SloDefinition } from "../../engine/definitions/types";
import { DefinitionError } from "../../engine/model";
import { GcpStack } from "../../stacks/gcp-stack";
import { defaults } from "../helpers";

/** A small base, so thousands of variants validate in seconds. */
function base(): Definitions {
  const d = defaults();
  return {
    ...d,
    environments: d.environments.filter((e) => e.id === "prod").map((e) => ({ ...e, aws: undefined, grafana: undefined })),
    routing: { prod: d.routing.prod },
    services: d.services.filter((s) => s.id === "api").map((s) => ({ ...s, endpoints: [] })),
    slos: [],
    alerts: [],
    dashboards: [],
    cloudWatchAlarms: [],
    logClasses: d.logClasses.slice(0, 1),
    logMetrics: [],
    onCall: d.onCall.map((t) => ({ ...t, owns: ["backend"] })),
  };
}

/** A field is a valid value or a broken one; the sample knows which. */
const field = <T>(valid: fc.Arbitrary<T>, broken: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: valid.map((value) => ({ value, ok: true })) },
    { weight: 1, arbitrary: broken.map((value) => ({ value, ok: false })) },
  );

const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/);
const weird = fc.oneof(
  fc.constant(""),
  fc.constant("API Availability"),
  fc.constant("ñandú-slo"),
  fc.constant("a".repeat(200)),
  fc.string({ maxLength: 30 }).filter((s) => !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(s) || s.length > 48),
  fc.constant("x--y"),
);
const selector = fc.constantFrom('http_requests_total{job="api"}', 'reqs_total{code=~"5..",route!="/h"}', "errors_total");
const badSelector = fc.constantFrom("", "sum(rate(x[5m]))", 'x{job="a"', "x OVER 1d", "1 +", "{}");

const sample = fc.record({
  sloId: field(kebab, weird),
  objective: field(
    // Cloud Monitoring takes goals up to 0.999.
    fc.double({ min: 95, max: 99.9, noNaN: true }),
    fc.oneof(
      fc.constant(0),
      fc.constant(100),
      fc.constant(-5),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(1e308),
      fc.constant("99.9"),
    ),
  ),
  window: field(
    fc.integer({ min: 3, max: 30 }).map((d) => `${d}d`),
    fc.constantFrom("", "30", "monthly", "36h", "0d", "-1d", "1e9d", "１d"),
  ),
  errors: field(selector, badSelector),
  runbook: field(
    fc.constantFrom("https://runbooks.example.com/a", "http://wiki.example.com/x?y=1"),
    fc.constantFrom("", "runbook", "ftp://x/y", "https://", "docs/x.md"),
  ),
  service: field(fc.constant("api"), fc.constantFrom("payments", "", "API")),
  alertId: field(kebab, weird),
  alertFor: field(fc.constantFrom("0s", "30s", "5m", "1h"), fc.constantFrom("5 minutes", "", "5", "-1m", "1y")),
  expr: field(
    fc.constantFrom("up == 0", 'sum(rate(http_requests_total{status=~"5.."}[5m])) > 1'),
    fc.constantFrom("", 'x{job="a"', "x OVER 1d", "1 +", "{}"),
  ),
  severity: field(fc.constantFrom("P0", "P1", "P2", "P3"), fc.constantFrom("P4", "critical", "", "p1")),
});

/** An empty project root: no OpenSLO files or runbooks beyond the generated definitions. */
const root = mkdtempSync(join(tmpdir(), "fuzz-"));

test("fuzzed definitions: broken ones are rejected naming the definition and field, valid ones synthesize", () => {
  // A new seed every run, printed so a failure can be replayed: FUZZ_SEED=<seed> npx jest fuzz
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  process.stdout.write(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})\n`);
  const counts = { valid: 0, rejected: 0 };
  fc.assert(
    fc.property(sample, (s) => {
      const slo = {
        kind: "slo",
        id: s.sloId.value,
        service: s.service.value,
        objective: s.objective.value,
        window: s.window.value,
        runbook: s.runbook.value,
        sli: { kind: "ratio", prometheus: { errors: s.errors.value, total: "requests_total" } },
      } as unknown as SloDefinition;
      const alert = {
        kind: "alert",
        id: s.alertId.value,
        name: "Fuzzed",
        service: "api",
        severity: s.severity.value,
        summary: "fuzzed",
        for: s.alertFor.value,
        condition: { prometheus: s.expr.value },
        runbook: "https://runbooks.example.com/alert",
      } as unknown as AlertRuleDefinition;
      const defs = { ...base(), slos: [slo], alerts: [alert] };
      const valid = Object.values(s).every((f) => f.ok);
      try {
        const m = validate(defs, root, {});
        const env = m.environments[0];
        const json = JSON.parse(Testing.synth(new GcpStack(Testing.app(), "gcp-prod", { model: m, env, integrations: [] })));
        // A valid SLO is rendered under its own id.
        if (!json.resource.google_monitoring_slo[`slo_${s.sloId.value}`]) return false;
        counts.valid++;
        return valid;
      } catch (error) {
        if (!(error instanceof DefinitionError)) throw error;
        counts.rejected++;
        // Every problem names a definition by kind and id, and a field.
        return (
          !valid &&
          error.problems.length > 0 &&
          error.problems.every(
            (p) => /^(slo|alert|service|environment|routing) "/.test(p.where) && p.field.length > 0 && p.message.length > 0,
          )
        );
      }
    }),
    { numRuns: 1000, seed },
  );
  console.log(`fuzzed definitions: ${counts.valid} valid and synthesized, ${counts.rejected} rejected with the definition and field named`);
  expect(counts.valid).toBeGreaterThan(60);
  expect(counts.rejected).toBeGreaterThan(400);
});
