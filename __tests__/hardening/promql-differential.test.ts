/**
 * The model and promtool agree on PromQL: expressions generated from typed and mistyped pieces
 * (functions with wrong argument types or counts, aggregations of range vectors, scalar
 * comparisons with and without `bool`, regexes RE2 refuses, ranges longer than Prometheus holds)
 * are judged by the model's checks of an alert condition and by `promtool check rules`; every
 * verdict must match, accept and reject.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { parseDuration } from "../../engine/model/duration";
import { promqlSyntaxError, promqlTypeError } from "../../engine/model/promql";
import { run } from "../../engine/verify/tools";
import { expectAgreement } from "./differential";

const regex = fc.constantFrom("a.*", "x|y", "[0-9]+", "(?i)api", "(?!x)", "(", "a{2,1}", "\\1", "[z-a]");
const selector = fc.oneof(
  fc.constantFrom("up", 'http_requests_total{job="api"}', 'x{code!="200"}', '{job=~".*"}', '{job=~".+"}', '{job!~".+"}', '{job!=""}'),
  regex.map((r) => `http_requests_total{code=~${JSON.stringify(r)}}`),
);
// Durations on both sides of Prometheus's longest (an int64 of nanoseconds).
const duration = fc.constantFrom("5m", "1h", "30s", "0s", "300", "106751d", "106752d", "292y", "293y", "106751d23h47m16s855ms");
const range = fc.tuple(selector, duration).map(([s, d]) => `${s}[${d}]`);
const scalar = fc.constantFrom("1", "0.5", "3");

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    selector,
    range,
    scalar,
    tie("e").map((x) => `rate(${x})`),
    tie("e").map((x) => `sum(${x})`),
    tie("e").map((x) => `sum by (job) (${x})`),
    tie("e").map((x) => `max_over_time(${x})`),
    tie("e").map((x) => `abs(${x})`),
    tie("e").map((x) => `clamp_max(${x})`),
    fc.tuple(tie("e"), scalar).map(([x, n]) => `clamp_max(${x}, ${n})`),
    tie("e").map((x) => `histogram_quantile(0.9, ${x})`),
    tie("e").map((x) => `label_replace(${x}, "a", "$1", "b", "(.*)")`),
    tie("e").map((x) => `label_replace(${x}, "a")`),
    fc.tuple(tie("e"), scalar).map(([x, n]) => `topk(${n}, ${x})`),
    fc.tuple(tie("e"), scalar).map(([x, n]) => `topk(${x}, ${n})`),
    fc
      .tuple(tie("e"), fc.constantFrom(">", "==", "<="), fc.boolean(), tie("e"))
      .map(([a, op, b, c]) => `${a} ${op}${b ? " bool" : ""} ${c}`),
    fc.tuple(tie("e"), fc.constantFrom("+", "/", "and", "or", "unless"), tie("e")).map(([a, op, c]) => `${a} ${op} ${c}`),
    tie("e").map((x) => `(${x})`),
  ),
})).e;

test("the model refuses exactly the generated expressions promtool check rules refuses (seed printed)", async () => {
  const seed = Date.now() % 2 ** 31;
  const expressions = [...new Set(fc.sample(expr, { seed, numRuns: 400 }))];
  const dir = mkdtempSync(join(tmpdir(), "promql-differential-"));
  writeFileSync(
    join(dir, "rules.yml"),
    stringify({ groups: [{ name: "generated", rules: expressions.map((e, i) => ({ alert: `A${i}`, expr: e })) }] }, { lineWidth: 0 }),
  );
  const result = await run("promtool", ["check", "rules", "rules.yml"], dir);
  const refused = new Set([...result.output.matchAll(/rule (\d+), "A\d+": could not parse expression/g)].map((m) => Number(m[1]) - 1));
  expectAgreement(
    "PromQL",
    seed,
    expressions,
    refused,
    (e) => promqlSyntaxError(e) ?? promqlTypeError(e),
    (e) => e,
  );
});

test("a condition longer than the linter's first parse (3,000 characters) is judged whole, as promtool judges it", async () => {
  const job = "a".repeat(4000);
  const valid = `sum(rate(http_requests_total{job="${job}"}[5m])) > 1`;
  const invalid = `rate(up{job="${job}"})`;
  expect(promqlTypeError(valid)).toBeUndefined();
  expect(promqlTypeError(invalid)).toMatch(/expected type matrix in call to function "rate"/);
  const dir = mkdtempSync(join(tmpdir(), "promql-long-"));
  writeFileSync(join(dir, "rules.yml"), stringify({ groups: [{ name: "g", rules: [{ alert: "A", expr: valid }] }] }, { lineWidth: 0 }));
  expect((await run("promtool", ["check", "rules", "rules.yml"], dir)).code).toBe(0);
});

test("an alert's for: every duration the model accepts, promtool accepts; each one promtool refuses as out of range, the model refuses", async () => {
  const durations = ["5m", "106751d", "106752d", "1000000d", "9223372036s", "9223372037s", "15250w", "15251w"];
  const dir = mkdtempSync(join(tmpdir(), "for-differential-"));
  const verdicts = await Promise.all(
    durations.map(async (d, i) => {
      writeFileSync(join(dir, `${i}.yml`), stringify({ groups: [{ name: "g", rules: [{ alert: "A", expr: "up == 0", for: d }] }] }));
      return {
        d,
        model: parseDuration(d) !== undefined,
        promtool: (await run("promtool", ["check", "rules", `${i}.yml`], dir)).code === 0,
      };
    }),
  );
  expect(verdicts.filter((v) => v.model !== v.promtool)).toEqual([]);
  expect(verdicts.filter((v) => !v.promtool).map((v) => v.d)).toEqual(["106752d", "1000000d", "9223372037s", "15251w"]);
});
