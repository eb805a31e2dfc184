import "cdktf/lib/testing/adapters/jest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TerraformDataSource, TerraformElement, TerraformResource } from "cdktf";
import { synthesize } from "../../stacks/app";
import { LiteralDataSource, LiteralResource, readStacks, replayApp, replayDifferences, replayStacks } from "../../scripts/replay";
import { model } from "../helpers";

// One synth of the fixture (both environments, every target) and its replay, shared by the tests.
const root = mkdtempSync(join(tmpdir(), "replay-"));
const synthOut = synthesize(model(), join(root, "synth"));
const app = replayApp(synthOut, join(root, "replay"));
app.synth();
const replayOut = join(root, "replay");

const count = (dir: string, section: string) =>
  [...readStacks(dir).values()].reduce(
    (n, json) => n + Object.values((json[section] ?? {}) as Record<string, object>).reduce((m, r) => m + Object.keys(r).length, 0),
    0,
  );

test("the replay writes every stack the synth wrote, with the same resources and data sources", () => {
  expect([...readStacks(replayOut).keys()].sort()).toEqual([...readStacks(synthOut).keys()].sort());
  expect(count(synthOut, "resource")).toBeGreaterThan(100);
  expect(count(replayOut, "resource")).toBe(count(synthOut, "resource"));
  expect(count(replayOut, "data")).toBe(count(synthOut, "data"));
});

test("each replayed stack equals the synth's JSON but for cdktf's metadata", () => {
  expect(replayDifferences(synthOut, replayOut)).toEqual([]);
  // And the Terraform addresses themselves (not just their count) are the synth's.
  for (const [name, json] of readStacks(synthOut)) {
    const replayed = readStacks(replayOut).get(name)!;
    for (const section of ["resource", "data", "variable", "output", "provider", "terraform"])
      expect(Object.keys(replayed[section] ?? {}).sort()).toEqual(Object.keys(json[section] ?? {}).sort());
  }
});

test("the replay computes nothing: every resource and data source is a literal, no provider binding", () => {
  const elements = app.node.findAll().filter((c): c is TerraformElement => c instanceof TerraformElement);
  const resources = elements.filter((e) => e instanceof TerraformResource);
  expect(resources.length).toBe(count(synthOut, "resource"));
  for (const e of resources) expect(e.constructor).toBe(LiteralResource);
  const dataSources = elements.filter((x) => x instanceof TerraformDataSource);
  expect(dataSources.length).toBe(count(synthOut, "data"));
  for (const e of dataSources) expect(e.constructor).toBe(LiteralDataSource);
});

test("meta-arguments survive the replay as overrides; other attributes are no override", () => {
  const json = {
    provider: { aws: [{ region: "eu-west-1" }] },
    terraform: { required_providers: { aws: { source: "aws", version: "6.25.0" } } },
    resource: {
      aws_sns_topic: {
        first: { name: "first", tags: { Team: "a-b" } },
        second: { name: "second", depends_on: ["aws_sns_topic.first"], lifecycle: { prevent_destroy: true } },
      },
    },
  };
  const out = join(root, "meta");
  const replayed = replayStacks(new Map([["s", json]]), out);
  replayed.synth();
  const written = readStacks(out).get("s")!;
  expect(written.resource).toEqual({
    aws_sns_topic: {
      first: expect.objectContaining({ name: "first", tags: { Team: "a-b" } }),
      second: expect.objectContaining({ name: "second", depends_on: ["aws_sns_topic.first"], lifecycle: { prevent_destroy: true } }),
    },
  });
  const overrides = replayed.node
    .findAll()
    .filter((c): c is LiteralResource => c instanceof LiteralResource)
    .map((r) => Object.keys((r as unknown as { rawOverrides: object }).rawOverrides).sort());
  expect(overrides).toEqual([[], ["depends_on", "lifecycle"]]);
});

test("a replay that differs from its synth is reported by stack", () => {
  const changed = join(root, "changed");
  const again = replayApp(synthOut, changed);
  again.synth();
  const [name, json] = [...readStacks(changed).entries()][0];
  const file = join(changed, "stacks", name, "cdk.tf.json");
  const resource = json.resource as Record<string, Record<string, Record<string, unknown>>>;
  const [type] = Object.keys(resource);
  const [id] = Object.keys(resource[type]);
  resource[type][id].extra = "value";
  writeFileSync(file, JSON.stringify(json));
  expect(replayDifferences(synthOut, changed)).toEqual([`stack ${name} differs`]);
});
