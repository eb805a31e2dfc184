import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate } from "../../../stacks/app";
import { DefinitionError } from "../../../engine/model";
import { missingRunbookSkeletons } from "../../../engine/review/runbooks";
import { defaults, model } from "../../helpers";

test("an in-repository runbook link resolves to the repository URL", () => {
  const rule = model().alerts.find((a) => a.id === "high-error-rate")!;
  expect(rule.runbook).toBe("https://github.com/nous/monitoring/blob/main/runbooks/high-error-rate.md");
});

test("validation fails when an in-repository runbook has no file, naming each definition", () => {
  const empty = mkdtempSync(join(tmpdir(), "runbooks-"));
  try {
    validate(defaults(), empty);
    throw new Error("expected a DefinitionError");
  } catch (error) {
    expect((error as DefinitionError).problems.map((p) => `${p.where}: ${p.field}: ${p.message}`)).toEqual([
      'alert "high-error-rate": runbook: runbooks/high-error-rate.md does not exist in the repository; run npm run runbooks to write a skeleton',
      'alert "elevated-error-rate": runbook: runbooks/high-error-rate.md does not exist in the repository; run npm run runbooks to write a skeleton',
    ]);
  }
  mkdirSync(join(empty, "runbooks"));
  writeFileSync(join(empty, "runbooks/high-error-rate.md"), "# High error rate\n");
  expect(() => validate(defaults(), empty)).not.toThrow();
});

test("a skeleton follows the template and carries the severity, routing, query and escalation the model knows", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, runbook: "runbooks/api-availability.md" } : s));
  const skeletons = missingRunbookSkeletons(model(defs), mkdtempSync(join(tmpdir(), "runbooks-")));
  expect([...skeletons.keys()].sort()).toEqual(["runbooks/api-availability.md", "runbooks/high-error-rate.md"]);
  const errors = skeletons.get("runbooks/high-error-rate.md")!;
  const headings = errors.split("\n").filter((l) => l.startsWith("#"));
  expect(headings).toEqual([
    "# High error rate",
    "## Severity",
    "## Summary",
    "## Impact",
    "## Diagnosis",
    "## Resolution",
    "## Escalation",
    "## Post-Incident",
  ]);
  expect(errors).toContain(
    "**P1 High**: Significant degradation. Respond within 30m; pages the on-call.\n- prod: PagerDuty (service's on-call), Slack #alerts-high\n- staging: Slack #alerts-staging",
  );
  expect(errors).toContain('sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.1');
  expect(errors).toContain(
    "escalates: the on-call of the rotation by 5m, then engineering-manager@nous.com by 15m, then cto@nous.com by 30m, then ceo@nous.com by 1h.",
  );
  const slo = skeletons.get("runbooks/api-availability.md")!;
  expect(slo).toContain("burns its budget at 14.4x: error ratio above 0.0144 over 1h and 5m. A total outage trips it after 51.84 s.");
});
