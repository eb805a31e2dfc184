/**
 * The live run's batched query, judged by promtool's PromQL engine: every expression that returns
 * series is found in the one answer under its own index, even where two expressions return the
 * same label set (a plain `or` of them would keep only the first), and none that returns nothing.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { BATCH_LABEL, batchedQuery, batchHolds } from "../../../engine/verify/batched-query";
import { run } from "../../../engine/verify/tools";

const exprs = [
  'errors{slo="a"} > 1', // holds
  'errors{slo="b"} > 100', // does not
  'errors{slo="a"} > 1 and errors{slo="a"} < 10', // holds, with the very label set of the first
  'errors{slo="b"} > 1', // holds
  "absent(nothing_here)", // holds, with no label at all
];
const holds = [true, false, true, true, true];

/** promtool's verdict on the batched query answering exactly these series (the index label on each). */
async function promtool(expected: { labels: string; value: number }[]): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "batched-query-"));
  writeFileSync(join(dir, "empty.rules.yml"), "groups: []\n");
  const test = {
    rule_files: ["empty.rules.yml"],
    evaluation_interval: "1m",
    tests: [
      {
        interval: "1m",
        input_series: [
          { series: 'errors{slo="a"}', values: "5 5 5" },
          { series: 'errors{slo="b"}', values: "7 7 7" },
        ],
        promql_expr_test: [{ expr: batchedQuery(exprs), eval_time: "2m", exp_samples: expected }],
      },
    ],
  };
  writeFileSync(join(dir, "batch.test.yml"), stringify(test, { lineWidth: 0 }));
  return run("promtool", ["test", "rules", "batch.test.yml"], dir);
}

test("one query answers for every expression, each series under its expression's index", async () => {
  const expected = [
    { labels: `{__name__="errors", slo="a", ${BATCH_LABEL}="0"}`, value: 5 },
    { labels: `{__name__="errors", slo="a", ${BATCH_LABEL}="2"}`, value: 5 },
    { labels: `{__name__="errors", slo="b", ${BATCH_LABEL}="3"}`, value: 7 },
    { labels: `{${BATCH_LABEL}="4"}`, value: 1 },
  ];
  const verdict = await promtool(expected);
  expect(verdict.output).toContain("SUCCESS");
  expect(verdict.code).toBe(0);
  // What the live run reads from that answer.
  const result = [0, 2, 3, 4].map((i) => ({ metric: { [BATCH_LABEL]: String(i) } }));
  expect(batchHolds(result, exprs.length)).toEqual(holds);
});

test("promtool tells a missing answer apart: the batch without the expression that shares a label set fails", async () => {
  const verdict = await promtool([
    { labels: `{__name__="errors", slo="a", ${BATCH_LABEL}="0"}`, value: 5 },
    { labels: `{__name__="errors", slo="b", ${BATCH_LABEL}="3"}`, value: 7 },
    { labels: `{${BATCH_LABEL}="4"}`, value: 1 },
  ]);
  expect(verdict.code).not.toBe(0);
  expect(verdict.output).toContain("FAILED");
});
