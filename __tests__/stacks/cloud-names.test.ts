/**
 * Stacks are separate states: two that manage one named resource in one place would overwrite
 * each other on every apply. Synth refuses, naming both stacks and the place, and writes nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedCloudResources } from "../../stacks/cloud-names";
import { synthCommand } from "../../stacks/synth";
import type { Definitions } from "../../engine/definitions/types";
import { defaults, type Writable } from "../helpers";

function synth(change: (d: Writable<Definitions>) => void) {
  const defs = defaults();
  change(defs);
  const out = join(mkdtempSync(join(tmpdir(), "cloud-names-")), "out");
  let stderr = "";
  const code = synthCommand(defs, out, { write: (t: string) => (stderr += t) });
  return { code, stderr, out };
}

test("staging pointed at production's Grafana is refused before synth, naming both environments and what they would share", () => {
  const { code, stderr, out } = synth((d) => {
    const prod = d.environments.find((e) => e.id === "prod")!.grafana!;
    d.environments = d.environments.map((e) => (e.id === "staging" ? { ...e, grafana: { ...e.grafana!, url: prod.url } } : e));
  });
  expect(code).toBe(1);
  expect(stderr).toMatch(
    /^error: 1 problem in the definitions:\n {2}- environment "staging": grafana\.url: shares the Grafana folder uid team-\S+ in the Grafana at https:\/\/grafana\.nous\.com, .* with environment "prod" \(grafana\.url\): two stacks would manage them from two states; give each its own\n/,
  );
  expect(existsSync(out)).toBe(false);
});

test("under the model's check, the synthesized stacks of two environments on one Grafana are refused too: every folder, dashboard and the one policy tree", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cloud-names-")), "out");
  expect(synthCommand(defaults(), out, { write: () => undefined })).toBe(0);
  // What the model refuses to make, written by hand: staging's Grafana stack pointed at production's Grafana.
  cpSync(join(out, "stacks", "grafana-prod"), join(out, "stacks", "grafana-staging"), { recursive: true });
  const problems = sharedCloudResources(out);
  expect(problems.map((p) => p.where)).toEqual(['stack "grafana-staging"']);
  expect(problems[0].message).toContain("resources in the Grafana at https://grafana.nous.com that stack grafana-prod manages too");
  expect(problems[0].message).toContain("give each environment (or team) its own place");
});

test("two environments in one AWS account and region share no alarm, topic or log group: their names carry the environment", () => {
  const oneAccount = (d: Writable<Definitions>) => {
    const prod = d.environments.find((e) => e.id === "prod")!.aws!;
    d.environments = d.environments.map((e) =>
      e.id === "staging" ? { ...e, aws: { ...e.aws!, account: prod.account, region: prod.region } } : e,
    );
  };
  const { code, stderr } = synth((d) => {
    oneAccount(d);
    d.logMetrics = [];
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  // Log metrics are the exception: one namespace and name per metric, with no environment in it,
  // so each environment's alarms would count the other's log entries.
  const withMetrics = synth(oneAccount);
  expect(withMetrics.code).toBe(1);
  expect(withMetrics.stderr).toMatch(
    /environment "staging": aws\.account: is environment "prod"'s account in the same region .*log metrics "failed-logins"/,
  );
});

test("a name written as a reference to the stack's own folder is read through it; places apart are no collision", () => {
  const out = mkdtempSync(join(tmpdir(), "cloud-names-"));
  const stack = (name: string, url: string) => {
    mkdirSync(join(out, "stacks", name), { recursive: true });
    const group = (id: string) => ({ folder_uid: "${grafana_folder.team.uid}", name: id });
    writeFileSync(
      join(out, "stacks", name, "cdk.tf.json"),
      JSON.stringify({
        provider: { grafana: [{ url }] },
        resource: { grafana_folder: { team: { uid: "team-backend" } }, grafana_rule_group: { a: group("api"), b: group("api") } },
      }),
    );
  };
  stack("grafana-prod", "https://grafana.example.com");
  stack("grafana-staging", "https://grafana-staging.example.com");
  expect(sharedCloudResources(out)).toEqual([
    {
      where: 'stack "grafana-prod"',
      field: "grafana_rule_group.b",
      message: expect.stringContaining(
        'manages a resource in the Grafana at https://grafana.example.com that it also manages under another address: grafana_rule_group "team-backend/api" (also grafana_rule_group.a)',
      ),
    },
    expect.objectContaining({ where: 'stack "grafana-staging"', field: "grafana_rule_group.b" }),
  ]);
});

test("an --env synth is not judged against stacks of an environment the definitions no longer have", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cloud-names-")), "out");
  expect(synthCommand(defaults(), out, { write: () => undefined })).toBe(0);
  // What a removed or renamed environment leaves in the folder: its last stacks, here on staging's Grafana.
  cpSync(join(out, "stacks", "grafana-staging"), join(out, "stacks", "grafana-qa"), { recursive: true });
  let stderr = "";
  expect(synthCommand(defaults(), out, { write: (t: string) => (stderr += t) }, "staging")).toBe(0);
  expect(stderr).toBe("");
});
