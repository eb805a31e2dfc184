/**
 * label_replace() and label_join() take label names and a regex as strings that Prometheus checks
 * only while evaluating: `promtool check rules` passes a rule that then fails every evaluation.
 * Differential: generated calls, each the condition of its own rule, evaluated by `promtool test
 * rules`; the model must refuse exactly the ones whose evaluation fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { promqlSyntaxError, promqlTypeError } from "../../engine/model/promql";
import { expectAgreement } from "./differential";

const LABELS = ["dst", "instance", "__name__", "_x", "1bad", "a-b", "", "é", "job2", "a.b"];
const REGEXES = ["(.*)", "(.+):\\\\d+", "(", "(?!x)", "[a-", ".*", "(?P<host>[^:]+)", "a{2,1}", "\\\\p{L}+", "x++"];
const quote = (s: string) => JSON.stringify(s);

const call = fc.oneof(
  fc
    .tuple(fc.constantFrom(...LABELS), fc.constantFrom(...LABELS), fc.constantFrom(...REGEXES))
    .map(([dst, src, regex]) => `label_replace(up, ${quote(dst)}, "$1", ${quote(src)}, ${quote(regex)})`),
  fc
    .tuple(fc.constantFrom(...LABELS), fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 3 }))
    .map(([dst, srcs]) => `label_join(up, ${quote(dst)}, ",", ${srcs.map(quote).join(", ")})`),
);

test("the model refuses exactly the label_replace and label_join calls whose evaluation Prometheus fails", () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
  const samples = [...new Set(fc.sample(call, { seed, numRuns: 300 }))].map((c) => `${c} == 0`);
  const dir = mkdtempSync(join(tmpdir(), "label-functions-"));
  writeFileSync(
    join(dir, "rules.yml"),
    stringify({ groups: [{ name: "g", rules: samples.map((expr, i) => ({ alert: `R${i}`, expr })) }] }),
  );
  writeFileSync(
    join(dir, "test.yml"),
    stringify({
      rule_files: ["rules.yml"],
      evaluation_interval: "1m",
      tests: [{ interval: "1m", input_series: [{ series: 'up{job="a",instance="h:1"}', values: "1x3" }], alert_rule_test: [] }],
    }),
  );
  // Every rule is evaluated once; each failing evaluation is reported by its rule's name.
  const run = spawnSync("promtool", ["test", "rules", "test.yml"], { cwd: dir, encoding: "utf8" });
  const failed = new Set([...`${run.stdout}\n${run.stderr}`.matchAll(/rule: R(\d+), time: 0s, err:/g)].map((m) => Number(m[1])));
  expectAgreement(
    "label function",
    seed,
    samples,
    failed,
    (s) => promqlSyntaxError(s) ?? promqlTypeError(s),
    (s) => s,
  );
});
