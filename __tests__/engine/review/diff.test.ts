import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../../stacks/app";
import { review, changedPaths } from "../../../engine/review/diff";
import { readStacks } from "../../../engine/review/stacks";
import { summary } from "../../../engine/review/summary";
import { ratio, slo } from "../../../engine/definitions";
import type { Definitions } from "../../../engine/definitions/types";
import { defaults, model } from "../../helpers";

function synth(defs: Definitions) {
  const m = model(defs);
  const dir = join(mkdtempSync(join(tmpdir(), "review-")), "out");
  buildApp(m, dir).synth();
  return { stacks: readStacks(dir), summary: summary(m) };
}

const base = synth(defaults());
const compare = (defs: Definitions) => {
  const head = synth(defs);
  return review({
    baseLabel: "main",
    headLabel: "change",
    base: base.stacks,
    head: head.stacks,
    baseSummary: base.summary,
    headSummary: head.summary,
  });
};

test("adding an SLO lists the SLO with its tiers and the resources it adds, and destroys nothing", () => {
  const defs = defaults();
  defs.slos = [
    ...defs.slos,
    slo({
      id: "checkout-success",
      service: "api",
      objective: 99.5,
      window: "28d",
      runbook: "https://docs.nous.com/runbooks/checkout",
      sli: ratio({ prometheus: { errors: 'checkout_requests_total{result="error"}', total: "checkout_requests_total" } }),
    }),
  ];
  const text = compare(defs);
  expect(text).toContain(
    '- added `checkout-success`\n  - `service`: "api"\n  - `objective`: 99.5\n  - `window`: "28d"\n  - `budgetMinutes`: 201.6',
  );
  expect(text).toContain('  - `tiers.page-fast`: "P1 14.4x over 1h/5m (error ratio > 0.072)"');
  // Seven resources added; the one changed is the dashboard, which now charts the SLO.
  expect(text).toContain("| gcp-prod | 7 | 1 | 0 |");
  expect(text).toContain("- changed `gcp-prod` `google_monitoring_dashboard.dashboard`");
  expect(text).toContain("- added `gcp-prod` `google_monitoring_slo.slo_checkout-success`");
  expect(text).not.toContain("DESTROYED");
  expect(text).not.toContain("REPLACED");
});

test("a changed threshold shows old -> new values on the alert and its resources", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, severity: "P1" as const } : a));
  const text = compare(defs);
  expect(text).toContain('- changed `api-down`\n  - `severity`: "P0" -> "P1"');
  expect(text).toContain('  - `severity`: "CRITICAL" -> "ERROR"');
});

test("an SLO's own status level shows as its level changing, and as the Google Cloud budget policy's threshold", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, levels: { warning: { sliBelow: 99.97, severity: "P2" } } } : s));
  const text = compare(defs);
  expect(text).toContain(
    '- changed `api-availability`\n  - `levels.warning`: "budget left <= 0.5 (SLI <= 99.95%), P3" -> "budget left <= 0.7 (SLI <= 99.97%), P2, this SLO\'s own"',
  );
  expect(text).toMatch(
    /- changed `gcp-prod` `google_monitoring_alert_policy\.slo_api-availability_budget_warning`\n( {2}- .*\n)* {2}- `conditions\[0\]\.condition_threshold\.threshold_value`: 0\.5 -> 0\.7/,
  );
});

test("destroyed and replaced resources come first", () => {
  const defs = defaults();
  defs.logClasses = defs.logClasses.filter((c) => c.id !== "debug");
  defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, gcp: { ...e.gcp!, project: "nous-prod-2" } } : e));
  const text = compare(defs);
  const first = text.split("\n### ")[1];
  expect(first.startsWith("Resources that would be destroyed or replaced")).toBe(true);
  expect(first).toContain("- **DESTROYED** `gcp-prod` `google_logging_project_bucket_config.log_bucket_debug`");
  expect(first).toContain("- **DESTROYED** `aws-prod` `aws_cloudwatch_log_group.log_group_debug`");
  expect(first).toContain(
    "- **REPLACED** `gcp-prod` `google_logging_project_bucket_config.log_bucket_audit` (project forces a new resource)",
  );
  expect(first).toContain('  - `project`: "nous-prod" -> "nous-prod-2"');
});

test("JSON documents inside attributes are compared by content", () => {
  expect(changedPaths({ config_json: '{"panels":[{"title":"a"}]}' }, { config_json: '{"panels":[{"title":"b"}]}' })).toEqual([
    { path: "config_json.panels[0].title", before: "a", after: "b" },
  ]);
});

test("an alert rule that pages beside an SLO's page, where each policy opens its own incident, is named; giving it a ticket severity ends it", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "high-error-rate" ? { ...a, severity: "P2" as const } : a));
  const text = compare(defs);
  const section = text.slice(text.indexOf("### Pages for one outage of a service"));
  expect(section).toContain(
    "- before `gcp-prod` service `api`: up to 8 incidents for one outage: SLO pages `api-availability`, `api-latency`; also paging: `api-down`, `cloud-run-out-of-capacity`, `high-error-rate`, `high-latency`, `security-breach-detected`, `uptime api-health`",
  );
  expect(section).toContain(
    "- now `gcp-prod` service `api`: up to 7 incidents for one outage: SLO pages `api-availability`, `api-latency`; also paging: `api-down`, `cloud-run-out-of-capacity`, `high-latency`, `security-breach-detected`, `uptime api-health`",
  );
  // The unchanged definitions show no such section.
  expect(compare(defaults())).not.toContain("### Pages for one outage of a service");
});
