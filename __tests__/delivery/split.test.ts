import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, synthesize } from "../../stacks/app";
import { readStacks } from "../../engine/review/stacks";
import { defaults, model } from "../helpers";

function synth(split: boolean) {
  const defs = defaults();
  if (split) defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, split: "team" as const } : e));
  const dir = join(mkdtempSync(join(tmpdir(), "split-")), "out");
  buildApp(model(defs), dir, undefined, {}).synth();
  return { dir, stacks: readStacks(dir), manifest: JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) };
}

const whole = synth(false);
const split = synth(true);

test("a split environment has a shared stack per target and one stack per team that uses it", () => {
  expect(
    readdirSync(join(split.dir, "stacks"))
      .filter((s) => s.includes("-prod"))
      .sort(),
  ).toEqual([
    "aws-prod",
    "aws-prod-backend",
    "aws-prod-frontend",
    "aws-prod-platform",
    "gcp-prod",
    "gcp-prod-agents",
    "gcp-prod-backend",
    "gcp-prod-frontend",
    "gcp-prod-platform",
    "grafana-prod",
    "grafana-prod-agents",
    "grafana-prod-backend",
    "grafana-prod-platform",
    "pagerduty-prod",
  ]);
  expect(split.manifest.stacks["gcp-prod-backend"].dependencies).toEqual(["gcp-prod"]);
  expect(split.manifest.stacks["gcp-prod"].dependencies).toEqual(["pagerduty-prod"]);
});

/** The Google Cloud dashboard is one per stack that charts something: each team stack has its own. */
const DASHBOARD = "google_monitoring_dashboard.";

test.each(["gcp", "aws", "grafana"])("splitting %s-prod by team moves every resource once: nothing lost, nothing doubled", (target) => {
  const addresses = (stacks: Map<string, Map<string, unknown>>) =>
    [...stacks]
      .filter(([name]) => name === `${target}-prod` || name.startsWith(`${target}-prod-`))
      .flatMap(([, r]) => [...r.keys()].filter((a) => !a.startsWith(DASHBOARD)))
      .sort();
  expect(addresses(split.stacks)).toEqual(addresses(whole.stacks));
  expect(new Set(addresses(split.stacks)).size).toBe(addresses(split.stacks).length);
});

test("splitting gcp-prod by team moves every dashboard chart once, into its team's dashboard", () => {
  const charts = (stacks: Map<string, Map<string, Record<string, unknown>>>) =>
    [...stacks]
      .filter(([name]) => name === "gcp-prod" || name.startsWith("gcp-prod-"))
      .flatMap(([, r]) => [...r].filter(([a]) => a.startsWith(DASHBOARD)))
      .flatMap(
        ([, attrs]) => JSON.parse(attrs.dashboard_json as string).mosaicLayout.tiles as { widget: { id: string; xyChart?: object } }[],
      )
      .filter((t) => t.widget.xyChart)
      .map((t) => t.widget.id)
      .sort();
  expect(charts(split.stacks).length).toBeGreaterThan(10);
  expect(charts(split.stacks)).toEqual(charts(whole.stacks));
  expect(split.stacks.get("gcp-prod")!.has(`${DASHBOARD}dashboard`)).toBe(false);
});

test("team stacks notify through the shared stack's channels", () => {
  const backend = JSON.parse(readFileSync(join(split.dir, "stacks/gcp-prod-backend/cdk.tf.json"), "utf8"));
  expect(backend.resource.google_monitoring_alert_policy["alert_high-error-rate"].notification_channels[0]).toMatch(
    /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-gcp-prod\.outputs\./,
  );
  expect(backend.resource.google_monitoring_notification_channel).toBeUndefined();
});

test("the deploy waves follow the dependencies, per environment", () => {
  const prod = join(mkdtempSync(join(tmpdir(), "split-")), "out");
  const defs = defaults();
  defs.environments = defs.environments.map((e) => (e.id === "prod" ? { ...e, split: "team" as const } : e));
  synthesize(model(defs), prod, "prod");
  const out = spawnSync(process.execPath, ["scripts/deploy-waves.js", join(prod, "manifest.json"), "prod"], { encoding: "utf8" }).stdout;
  const waves = Object.fromEntries(
    out
      .trim()
      .split("\n")
      .map((l) => [l.split("=")[0], JSON.parse(l.slice(l.indexOf("=") + 1))]),
  );
  expect(waves["prod-wave0"]).toEqual(["pagerduty-prod"]);
  expect(waves["prod-wave1"]).toEqual(["aws-prod", "gcp-prod", "grafana-prod"]);
  expect(waves["prod-wave2"]).toContain("gcp-prod-backend");
  expect(waves["prod-wave2"]).toHaveLength(10);
  expect(waves["prod-stacks"]).toHaveLength(14);
  // Every stack of a wave reads only stacks of earlier waves.
  const waveOf = (s: string) => [0, 1, 2].find((w) => waves[`prod-wave${w}`].includes(s))!;
  for (const [stack, deps] of Object.entries(waves["prod-dependencies"] as Record<string, string[]>))
    for (const d of deps) expect(waveOf(d)).toBeLessThan(waveOf(stack));
});

test("a manifest deeper than the workflow's waves, or with a cycle, is refused with the stack named", () => {
  const dir = mkdtempSync(join(tmpdir(), "waves-"));
  const write = (stacks: Record<string, string[]>) => {
    const file = join(dir, `${Object.keys(stacks).join("-")}.json`);
    writeFileSync(file, JSON.stringify({ stacks: Object.fromEntries(Object.entries(stacks).map(([k, d]) => [k, { dependencies: d }])) }));
    return spawnSync(process.execPath, ["scripts/deploy-waves.js", file, "prod"], { encoding: "utf8" });
  };
  const deep = write({ a: [], b: ["a"], c: ["b"], d: ["c"] });
  expect(deep.status).toBe(1);
  expect(deep.stderr).toBe("error: d is 3 dependencies deep; the deploy workflow has 3 waves per environment\n");
  const cycle = write({ a: ["b"], b: ["a"] });
  expect(cycle.status).toBe(1);
  expect(cycle.stderr).toMatch(/dependency cycle through a/);
});
