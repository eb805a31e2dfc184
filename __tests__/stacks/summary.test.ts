import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStacks } from "../../engine/review/stacks";
import { synthCommand } from "../../stacks/synth";
import { validate } from "../../stacks/app";
import { defaults } from "../helpers";

test("synth ends with what it wrote: each stack with its resource count, and the SLOs a target left out and why", () => {
  const out = join(mkdtempSync(join(tmpdir(), "summary-")), "out");
  let text = "";
  expect(synthCommand(defaults(), out, { write: () => undefined }, undefined, { write: (t: string) => (text += t) })).toBe(0);
  const stacks = readStacks(out);
  expect(text).toContain(`Synthesized ${stacks.size} stacks to `);
  for (const [name, resources] of stacks) expect(text).toMatch(new RegExp(`^  ${name} +${resources.size} resources$`, "m"));
  // The fixture's SLOs without a CloudWatch source are named for every AWS stack.
  const noCloudWatch = validate(defaults(), undefined, {})
    .slos.filter((s) => !s.sli.cloudWatch)
    .map((s) => s.id);
  expect(noCloudWatch.length).toBeGreaterThan(0);
  expect(text).toContain(`  aws-prod: ${noCloudWatch.join(", ")} (no CloudWatch source)`);
  // Every secret file the written Alertmanager configuration reads is named, so an operator
  // creates them all before it loads (one per Slack channel and PagerDuty service).
  const yml = readFileSync(join(out, "alertmanager", "alertmanager.yml"), "utf8");
  const files = [...new Set([...yml.matchAll(/_file: (\S+)/g)].map((m) => m[1]))];
  expect(files.filter((f) => f.includes("slack-webhook-url-")).length).toBeGreaterThan(1);
  const listed = text.split("\n").find((l) => l.startsWith("The Alertmanager configuration reads "));
  expect(listed).toBe(
    `The Alertmanager configuration reads ${files.length} secret files from /etc/alertmanager/secrets (docs/reference/prometheus-export.md):`,
  );
  const names = text.split("\n")[text.split("\n").indexOf(listed!) + 1].trim().split(", ");
  expect(names.map((n) => `/etc/alertmanager/secrets/${n}`).sort()).toEqual([...files].sort());
});
