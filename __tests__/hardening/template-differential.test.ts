/**
 * The model and promtool agree on alert templates: texts generated from valid and broken pieces
 * (unclosed actions and strings, unknown functions, undefined variables, a stray {{end}} or
 * {{else}}, comments, trim markers, blocks) are judged by the model's parse and by
 * `promtool check rules` on the same annotation; every verdict must match, accept and reject.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { goTemplateError, templateLiteral } from "../../engine/model/go-template";
import { run } from "../../engine/verify/tools";
import { expectAgreement } from "./differential";

const piece = fc.constantFrom(
  "API down on ",
  " for 5m. ",
  "{{ $labels.instance }}",
  "{{ $value | humanize }}",
  "{{- $value -}}",
  '{{ printf "%.2f" $value }}',
  "{{ if gt $value 1.0 }}",
  "{{ else }}",
  "{{ else if eq $value 0.0 }}",
  "{{ end }}",
  '{{ range $i, $v := query "up" }}',
  "{{ $v.Value }}",
  "{{ break }}",
  "{{ with $labels.job }}",
  "{{ . }}",
  "{{ $x := 1 }}",
  "{{ $x }}",
  "{{ $x = 2 }}",
  "{{/* a comment */}}",
  "{{/* unclosed",
  "{{ nosuch $value }}",
  '{{ "unterminated }}',
  "{{ $labels.instance ",
  "{{ }}",
  "{{ ( $value }}",
  "{{ $value ) }}",
  '{{ index $labels "job" | toUpper }}',
  '{{ define "x" }}',
  '{{ template "x" . }}',
  "{{ `raw {{ text` }}",
  "{{",
  "}}",
  "{{-3}}",
  "{{ humanizeDuration 3.5 | title }}",
  "{{ 'c' }}",
  "{{ else with $labels.job }}",
  "{{ 1 | 2 }}",
  '{{ "a"."x" }}',
  '{{ "a""b" }}',
  '{{ "a\\qb" }}',
  "{{ $x.y := 1 }}",
  "{{ $value | }}",
  '{{ block "b" . }}',
  "{{ toDuration 1 }}",
);
const template = fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(""));

test("the model refuses exactly the generated templates promtool check rules refuses (seed printed)", async () => {
  const seed = Date.now() % 2 ** 31;
  const texts = [...new Set(fc.sample(template, { seed, numRuns: 800 }))];
  const dir = mkdtempSync(join(tmpdir(), "template-differential-"));
  writeFileSync(
    join(dir, "rules.yml"),
    stringify({
      groups: [{ name: "generated", rules: texts.map((t, i) => ({ alert: `A${i}`, expr: "up", annotations: { summary: t } })) }],
    }),
  );
  const result = await run("promtool", ["check", "rules", "rules.yml"], dir);
  const refused = new Set([...result.output.matchAll(/rule (\d+), "A\d+": annotation "summary"/g)].map((m) => Number(m[1]) - 1));
  expectAgreement("template", seed, texts, refused, goTemplateError, (t) => JSON.stringify(t));
});

test("text that is data shows its braces through a template: promtool accepts every escaped text", async () => {
  const texts = ["{{", "a {{ b", "}} {{ $x }} {{", "{{- end -}}"].map(templateLiteral);
  for (const t of texts) expect(goTemplateError(t)).toBeUndefined();
  const dir = mkdtempSync(join(tmpdir(), "template-literal-"));
  writeFileSync(
    join(dir, "rules.yml"),
    stringify({ groups: [{ name: "g", rules: texts.map((t, i) => ({ alert: `A${i}`, expr: "up", annotations: { summary: t } })) }] }),
  );
  expect((await run("promtool", ["check", "rules", "rules.yml"], dir)).code).toBe(0);
});
