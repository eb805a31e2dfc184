import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resourceChanges, summaryChanges } from "../../../engine/review/changes";
import { protectedStoreProblems } from "../../../engine/review/protected";
import { reviewReport } from "../../../engine/review/report";
import type { Resources } from "../../../engine/review/stacks";
import { summary } from "../../../engine/review/summary";
import { defaults, FIXTURE_ROOT, model } from "../../helpers";

const lineOf = (file: string, text: string) =>
  readFileSync(join(FIXTURE_ROOT, file), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(text)) + 1;

test("the JSON names refused stores by log class and changed SLOs by id, with the definition's file and line", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, objective: 99.5 } : s));
  const bucket = "google_logging_project_bucket_config.log_bucket_audit";
  const base = new Map<string, Resources>([["gcp-prod", new Map([[bucket, { bucket_id: "audit", retention_days: 400 }]])]]);
  const head = new Map<string, Resources>([["gcp-prod", new Map()]]);
  const headSummary = summary(model(defs));
  const stores = protectedStoreProblems(base, head, new Map(), headSummary);
  const report = reviewReport({
    base: "main",
    head: "working tree",
    resources: resourceChanges(base, head),
    meaning: summaryChanges(summary(model()), headSummary),
    stores,
    definitions: defs,
  });
  const parsed = JSON.parse(JSON.stringify(report));
  expect(parsed.refused).toBe(true);
  expect(parsed.refusals).toEqual([
    {
      kind: "log class",
      id: "audit",
      field: bucket,
      file: "logs/classes.ts",
      line: lineOf("logs/classes.ts", '"audit"'),
      message: expect.stringContaining("would be destroyed with the data it holds"),
      stack: "gcp-prod",
    },
  ]);
  expect(parsed.changes[0]).toEqual({ change: "destroyed", kind: "resource", id: bucket, stack: "gcp-prod", paths: [] });
  const slo = parsed.changes.find((c: any) => c.kind === "slo");
  expect(slo).toMatchObject({
    change: "changed",
    id: "api-availability",
    file: "slos/api.ts",
    line: lineOf("slos/api.ts", '"api-availability"'),
  });
  expect(slo.paths).toContainEqual({ path: "objective", before: 99.9, after: 99.5 });
});

test("nothing changed: not refused, no changes", () => {
  const s = summary(model());
  const report = reviewReport({ base: "main", head: "working tree", resources: [], meaning: summaryChanges(s, s), stores: [] });
  expect(report).toEqual({ base: "main", head: "working tree", refused: false, refusals: [], changes: [] });
});
