import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Lazy } from "cdktf";
import { buildApp, synthesize } from "../../stacks/app";
import { synthCommand } from "../../stacks/synth";
import { configureTokenStackTraces } from "../../stacks/token-stack-traces";
import { addresses, defaults, filesIn, model, synthAws, synthGcp } from "../helpers";

function synthToDir(defs = defaults()): { dir: string; code: number; stderr: string } {
  const dir = join(mkdtempSync(join(tmpdir(), "synth-")), "cdktf.out");
  let stderr = "";
  const code = synthCommand(defs, dir, { write: (t: string) => (stderr += t) });
  return { dir, code, stderr };
}

const files = filesIn;

test("two synths of the same definitions are byte-identical and hold no absolute path", () => {
  const a = synthToDir();
  const b = synthToDir();
  expect(a.code).toBe(0);
  const fa = files(a.dir);
  const fb = files(b.dir);
  expect([...fa.keys()]).toEqual([
    "alertmanager/alertmanager.yml",
    "manifest.json",
    "prometheus/prod/alerts.rules.yml",
    "prometheus/prod/slo.rules.yml",
    "prometheus/staging/alerts.rules.yml",
    "prometheus/staging/slo.rules.yml",
    "stacks/aws-prod/cdk.tf.json",
    "stacks/aws-staging/cdk.tf.json",
    "stacks/gcp-prod/cdk.tf.json",
    "stacks/gcp-staging/cdk.tf.json",
    "stacks/grafana-prod/cdk.tf.json",
    "stacks/grafana-staging/cdk.tf.json",
    "stacks/pagerduty-prod/cdk.tf.json",
    "summary.json",
  ]);
  for (const [name, content] of fa) {
    expect(fb.get(name)).toBe(content);
    expect(content).not.toContain(tmpdir());
    expect(content).not.toContain(process.cwd());
  }
});

test("reordering and retitling definitions changes no Terraform address", () => {
  const all = (m: ReturnType<typeof model>) => [...addresses(synthGcp(m)), ...addresses(synthAws(m))];
  const before = all(model());
  const defs = defaults();
  defs.slos = [...defs.slos].reverse().map((s) => ({ ...s, name: `Renamed ${s.id}`, description: "retitled" }));
  defs.alerts = [...defs.alerts].reverse().map((a) => ({ ...a, summary: `Retitled: ${a.summary}` }));
  defs.services = [...defs.services].reverse().map((s) => ({ ...s, name: `${s.name} (renamed)` }));
  defs.channels = [...defs.channels].reverse();
  defs.logClasses = [...defs.logClasses].reverse().map((c) => ({ ...c, description: "Renamed" }));
  defs.logMetrics = [...defs.logMetrics].reverse();
  defs.cloudWatchAlarms = [...defs.cloudWatchAlarms].reverse().map((a) => ({ ...a, summary: `Retitled: ${a.summary}` }));
  const after = all(model(defs));
  expect(after).toEqual(before);
  expect(before).toContain("google_monitoring_slo.slo_api-availability");
  expect(before).toContain("google_monitoring_alert_policy.slo_api-availability_page");
  expect(before).toContain("aws_cloudwatch_composite_alarm.slo_api-availability_page-fast");
});

test("invalid definitions exit 1 with every problem and write nothing", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-latency" ? { ...s, objective: 100 } : s));
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, runbook: undefined } : a));
  const run = synthToDir(defs);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    /^error: 2 problems in the definitions:\n {2}- slo "api-latency": objective: must be less than 100: [^\n]+\n {2}- alert "api-down": runbook: is required: severity P0 pages\nNothing was synthesized\.\n$/,
  );
  expect(existsSync(run.dir)).toBe(false);
});

test("no secret literal reaches the output: keys are variables or the PagerDuty stack's sensitive outputs", () => {
  const reference =
    "\\$\\{(var\\.[a-z_]+|sensitive\\(data\\.terraform_remote_state\\.cross-stack-reference-input-pagerduty-prod\\.outputs\\.[A-Za-z0-9_-]+\\))\\}";
  const out = files(synthToDir().dir);
  let checked = 0;
  for (const [name, content] of out) {
    if (!name.endsWith("cdk.tf.json")) continue;
    const stack = JSON.parse(content);
    for (const channel of Object.values<any>(stack.resource?.google_monitoring_notification_channel ?? {})) {
      for (const value of Object.values<string>(channel.sensitive_labels ?? {})) {
        expect(value).toMatch(new RegExp(`^${reference}$`));
        checked++;
      }
    }
    for (const sub of Object.values<any>(stack.resource?.aws_sns_topic_subscription ?? {})) {
      if (sub.protocol !== "https") continue;
      expect(sub.endpoint).toMatch(new RegExp(`^https://events\\.pagerduty\\.com/integration/${reference}/enqueue$`));
      checked++;
    }
    for (const output of Object.values<any>(stack.output ?? {})) expect(output.sensitive).toBe(true);
    if (name.includes("gcp-prod"))
      expect(stack.data.terraform_remote_state["cross-stack-reference-input-pagerduty-prod"].config.path).toBe(
        "../../../terraform.pagerduty-prod.tfstate",
      );
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});

const freshDir = (name: string) => join(mkdtempSync(join(tmpdir(), `${name}-`)), "cdktf.out");

test("synthesizing one environment at a time writes exactly what one App of every environment writes", () => {
  const m = model();
  const whole = freshDir("whole");
  buildApp(m, whole, undefined, {}).synth();
  const byEnvironment = synthesize(m, freshDir("by-environment"));
  const expected = files(whole);
  const actual = files(byEnvironment);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, content] of expected) expect(actual.get(name)).toBe(content);
  // The manifest lists the stacks of both environments and the prod dependency on PagerDuty.
  const manifest = JSON.parse(actual.get("manifest.json")!);
  expect(Object.keys(manifest.stacks).sort()).toEqual([
    "aws-prod",
    "aws-staging",
    "gcp-prod",
    "gcp-staging",
    "grafana-prod",
    "grafana-staging",
    "pagerduty-prod",
  ]);
  expect(manifest.stacks["gcp-prod"].dependencies).toEqual(["pagerduty-prod"]);
});

test("token stack traces are off unless MONITORING_STACK_TRACES=1, and change no output", () => {
  try {
    configureTokenStackTraces({});
    expect(Lazy.anyValue({ produce: () => 1 }).creationStack).toEqual([]);
    const without = files(synthesize(model(), freshDir("without-traces")));
    configureTokenStackTraces({ MONITORING_STACK_TRACES: "1" });
    expect(Lazy.anyValue({ produce: () => 1 }).creationStack.join("\n")).toContain("identity.test");
    const dir = freshDir("with-traces");
    buildApp(model(), dir, undefined, { MONITORING_STACK_TRACES: "1" }).synth();
    const withTraces = files(dir);
    expect([...withTraces.keys()]).toEqual([...without.keys()]);
    for (const [name, content] of without) expect(withTraces.get(name)).toBe(content);
  } finally {
    configureTokenStackTraces({});
  }
});
