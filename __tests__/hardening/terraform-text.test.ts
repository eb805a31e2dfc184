/**
 * User text reaches the clouds as written, judged by Terraform itself: every string of every
 * synthesized stack is evaluated offline through terraform_data and compared with the text the
 * constructs meant to send (the same synth with the escape switched off).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { templateLiteral } from "../../engine/model/go-template";
import { controlCharacter } from "../../engine/model/text-checks";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { DashboardBuilder } from "@grafana/grafana-foundation-sdk/dashboard";
import * as text from "../../engine/model/text";
import { cloudMonitoringVariable, dashboard, type Definitions } from "../../engine/definitions";
import { synthCommand } from "../../stacks/synth";
import { defaults, problemsOf, type Writable } from "../helpers";
import { evaluateStrings, terraform, terraformDir, terraformOk } from "../terraform";
import { TerraformLocal, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { escapeTerraformText } from "../../constructs/terraform-text";

/** Every free-text field a user writes, set to the text `text(field)` gives for it. */
export function withText(defs: Writable<Definitions>, textFor: (field: string) => string): Writable<Definitions> {
  const t = textFor;
  defs.environments = defs.environments.map((e) => ({ ...e, name: t(`environment "${e.id}" name`) }));
  defs.severities = defs.severities.map((s) => ({
    ...s,
    name: t(`severity ${s.id} name`),
    description: t(`severity ${s.id} description`),
  }));
  defs.services = defs.services.map((s) => ({ ...s, name: t(`service "${s.id}" name`), description: t(`service "${s.id}" description`) }));
  defs.slos = defs.slos.map((s) => ({ ...s, name: t(`slo "${s.id}" name`), description: t(`slo "${s.id}" description`) }));
  defs.alerts = defs.alerts.map((a) => ({ ...a, summary: t(`alert "${a.id}" summary`), description: t(`alert "${a.id}" description`) }));
  defs.logClasses = defs.logClasses.map((c) => ({
    ...c,
    description: t(`log class "${c.id}" description`),
    filter: `${c.filter} AND NOT textPayload:${JSON.stringify(t(`log class "${c.id}" filter`))}`,
  }));
  defs.logMetrics = defs.logMetrics.map((m) => ({ ...m, description: t(`log metric "${m.id}" description`) }));
  defs.cloudWatchAlarms = defs.cloudWatchAlarms.map((a) =>
    a.kind === "cloudwatch-alarm"
      ? { ...a, summary: t(`cloudwatch alarm "${a.id}" summary`), missingDataReason: t(`cloudwatch alarm "${a.id}" missingDataReason`) }
      : { ...a, summary: t(`cloudwatch alarm "${a.id}" summary`) },
  );
  defs.onCall = defs.onCall.map((o) => ({ ...o, name: t(`on-call team "${o.id}" name`) }));
  defs.dashboards = [
    ...defs.dashboards,
    dashboard({
      id: "text-dashboard",
      team: defs.services[0].team,
      build: () =>
        new DashboardBuilder(t("dashboard title"))
          .uid("text-dashboard")
          .description(t("dashboard description"))
          .tags([t("dashboard tag")]),
    }),
  ];
  return defs;
}

function synth(defs: Definitions): Map<string, unknown> {
  const out = join(mkdtempSync(join(tmpdir(), "text-")), "out");
  const errors: string[] = [];
  if (synthCommand(defs, out, { write: (s: string) => errors.push(s) }) !== 0) throw new Error(errors.join(""));
  const stacks = new Map<string, unknown>();
  for (const s of readdirSync(join(out, "stacks"))) stacks.set(s, JSON.parse(readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8")));
  return stacks;
}

/** Every string of a stack's resources, data sources and outputs by path. */
function strings(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === "string") into.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, into));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) if (k !== "//" && k !== "terraform") strings(v, `${path}.${k}`, into);
  return into;
}

/**
 * References the stacks make to the providers' resources and to other stacks, which offline
 * Terraform cannot resolve: in both renderings they stand for a quoted name. Payloads never
 * name a provider resource, so this touches no user text.
 */
const REFERENCE =
  /\$\{((?:aws|google|grafana|pagerduty)_[a-z0-9_]+\.[A-Za-z0-9_-]+\.[a-z_]+|data\.[a-z_]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+)\}/g;

interface Case {
  readonly path: string;
  readonly intended: string;
  readonly written: string;
}

/** The strings that hold user text or that the escape changed: what the constructs meant, what the stack holds. */
function changedStrings(defs: () => Definitions): { cases: Case[]; intendedText: string } {
  const written = synth(defs());
  const spy = jest.spyOn(text, "escapeTerraformTemplate").mockImplementation((s) => s);
  let intended: Map<string, unknown>;
  try {
    intended = synth(defs());
  } finally {
    spy.mockRestore();
  }
  const cases: Case[] = [];
  let intendedText = "";
  expect([...written.keys()]).toEqual([...intended.keys()]);
  for (const [stack, json] of written) {
    const w = strings(json, stack, new Map());
    const i = strings(intended.get(stack), stack, new Map());
    expect([...w.keys()]).toEqual([...i.keys()]);
    for (const [path, value] of w) {
      intendedText += i.get(path)! + "\n";
      if (value !== i.get(path) || i.get(path)!.includes("«")) cases.push({ path, intended: i.get(path)!, written: value });
    }
  }
  return { cases, intendedText };
}

function throughTerraform(cases: readonly Case[]): { path: string; got: string; want: string }[] {
  const got = evaluateStrings(cases.map((c) => c.written.replace(REFERENCE, (_, ref: string) => `\${"<${ref}>"}`)));
  // Terraform normalizes every string to Unicode NFC (canonically the same text): so do we.
  return cases.map((c, n) => ({
    path: c.path,
    got: got[n],
    want: c.intended.replace(REFERENCE, (_, ref: string) => `<${ref}>`).normalize("NFC"),
  }));
}

const PAYLOAD = (mark: string) =>
  `${mark} \${var.slack_auth_token} %{ if true }x%{ endif } $\${kept} %%{kept} {{ $labels.instance }} ` +
  `${cloudMonitoringVariable("resource.label.instance_id")} cost $ 5% é 😀`;
/** The same markers within a Grafana SLO name's 128 bytes. */
const SHORT_PAYLOAD = (mark: string) =>
  `${mark} \${var.slack_auth_token} %{ if true }x%{ endif } $\${kept} %%{kept} {{ $labels.instance }} é 😀`;

test("every string of every stack comes out of Terraform as the constructs wrote it, with no expression live", () => {
  const fields: string[] = [];
  const mark = (f: string) => `«${fields.includes(f) ? fields.indexOf(f) : fields.push(f) - 1}»`;
  const defs = () => withText(defaults(), (f) => (/^slo .* name$/.test(f) ? SHORT_PAYLOAD : PAYLOAD)(mark(f)));
  expect(problemsOf(defs())).toEqual([]);
  const { cases, intendedText } = changedStrings(defs);
  // Every field reached Terraform, except what no cloud shows: the severities' meaning and the
  // services' descriptions (documentation and the OpenSLO export).
  const missing = fields.filter((f) => !intendedText.includes(mark(f)));
  expect(missing.filter((f) => !/^severity |^service .* description$/.test(f))).toEqual([]);
  expect(cases.length).toBeGreaterThan(100);
  const results = throughTerraform(cases);
  process.stdout.write(
    `bundled text: ${fields.length} fields, ${cases.length} strings of ${new Set(cases.map((c) => c.path.split(".")[0])).size} stacks through Terraform\n`,
  );
  const wrong = results.filter((r) => r.got !== r.want);
  expect(wrong).toEqual([]);
  // And the Cloud Monitoring variable reaches Cloud Monitoring as its variable, not as a value.
  const docs = results.filter((r) => r.path.includes("documentation") && r.path.endsWith(".content"));
  expect(docs.length).toBeGreaterThan(10);
  for (const d of docs) expect(d.got).toContain("${resource.label.instance_id}");
});

/** Control characters other than newline and tab are refused by validation: not text to send. */
/** What validation lets through: not a control, bidirectional or zero-width character, nor half a surrogate pair. */
const printable = (ch: string) => controlCharacter(ch) === undefined;

/** Text written to break templates: Terraform's and Grafana's markers, unicode, newlines. */
const adversarial = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "${",
        "%{",
        "$${",
        "%%{",
        "$$",
        "%%",
        "}",
        "$",
        "%",
        "{{",
        "}}",
        "${var.x}",
        "%{ for x in y }",
        "\\",
        '"',
        "\n",
        "\t",
      ),
      fc.constantFrom("é", "😀", "\u05d0\u05d1", "中文", "\u00a0", "ß", "👨\u200d👩\u200d👧"),
      fc.string({ minLength: 1, maxLength: 8, unit: "grapheme" }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => [...parts.join("")].filter(printable).join(""));

/** Grafana SLO names hold 128 bytes, descriptions 1024 with the budget sentence: validation refuses longer ones. */
function withinGrafana(field: string, text: string): string {
  const max = /^slo .* name$/.test(field) ? 128 : /^slo .* description$/.test(field) ? 960 : Infinity;
  let kept = "";
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) {
    if (Buffer.byteLength(kept + segment) > max) break;
    kept += segment;
  }
  return kept;
}

/** 10,000 characters: the clouds' bounds shorten some fields, and the escape must not break the cut. */
const LONG = [("word ".repeat(90) + "${var.x} %{ if true } $${ é😀 } ").repeat(30).slice(0, 10_000), "a".repeat(9_990) + "${x}$"];
// Terraform's template scanner takes seconds on 10,000 characters dense with `$` or `%` (2.5 s for
// 10,000 `%`), and an environment's name is copied into hundreds of strings: the long texts keep
// their markers sparse so the suite stays quick.

test("adversarial text in every free-text field comes out of Terraform verbatim", () => {
  const seed = Number(process.env.TEXT_SEED ?? Date.now() % 2 ** 31);
  process.stdout.write(`adversarial text seed ${seed} (replay with TEXT_SEED=${seed})\n`);
  const samples = fc.sample(adversarial, { seed, numRuns: 60 });
  // Three synths, each giving every field another sample (and a few fields 10,000 characters),
  // then one Terraform run for all of them.
  const cases: Case[] = [];
  for (let round = 0; round < 3; round++) {
    const defs = () => {
      let k = 0;
      return withText(defaults(), (f) => {
        const n = k++;
        const sample = n % 17 === round ? LONG[(n + round) % LONG.length] : samples[(n * 3 + round) % samples.length];
        const text = withinGrafana(f, `«${f.replace(/"/g, "")}» ${sample}`);
        // An alert's text is a Prometheus template: braces meant as text are written {{ "{{" }}.
        return f.startsWith("alert ") ? templateLiteral(text) : text;
      });
    };
    cases.push(...changedStrings(defs).cases);
  }
  expect(cases.length).toBeGreaterThan(300);
  process.stdout.write(`adversarial text: ${cases.length} strings through Terraform\n`);
  const wrong = throughTerraform(cases).filter((r) => r.got !== r.want);
  expect(
    wrong.map((w) => `seed ${seed}: ${w.path}: got ${JSON.stringify(w.got.slice(0, 300))}, want ${JSON.stringify(w.want.slice(0, 300))}`),
  ).toEqual([]);
});

test("text next to a live reference keeps both: a `$` right before it, `${` and `%{` around it", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "text");
  escapeTerraformText(stack);
  const value = new TerraformLocal(stack, "value", "abc");
  const cases = {
    dollar: `cost $${value.asString}`,
    around: `\${var.x} ${value.asString} %{ if true }y%{ endif } $\${z}$`,
    only: value.asString,
  };
  for (const [name, text] of Object.entries(cases)) new TerraformOutput(stack, name, { value: text });
  const dir = terraformDir(JSON.parse(Testing.synth(stack)), "tf-adjacent-");
  terraformOk(dir, ["apply", "-auto-approve", "-input=false"]);
  const outputs = JSON.parse(terraform(dir, ["output", "-json"]).stdout);
  expect(outputs.dollar.value).toBe("cost $abc");
  expect(outputs.around.value).toBe("${var.x} abc %{ if true }y%{ endif } $${z}$");
  expect(outputs.only.value).toBe("abc");
});

/**
 * What Cloud Monitoring shows of documentation text (cloud.google.com/monitoring/alerts/doc-variables):
 * `$${` shows as `${`; `${name}` is the variable `name`, filled in when it notifies (here `<name>`).
 */
function cloudMonitoringShows(text: string): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    if (text.startsWith("$${", i)) {
      out += "${";
      i += 3;
    } else if (text.startsWith("${", i) && text.indexOf("}", i) > 0) {
      out += `<${text.slice(i + 2, text.indexOf("}", i))}>`;
      i = text.indexOf("}", i) + 1;
    } else out += text[i++];
  }
  return out;
}

test("Cloud Monitoring documentation shows user text as written, through Terraform and its own variables: only real variables are filled in", () => {
  const userText = `costs \${x} and $\${y} for {{ $labels.instance }} in ${cloudMonitoringVariable("resource.label.zone")}`;
  const defs = (): Definitions => {
    const d = defaults();
    d.alerts = d.alerts.map((a) => ({ ...a, summary: userText, description: userText }));
    d.environments = d.environments.map((e) => ({ ...e, name: `${e.name} \${env}` }));
    return d;
  };
  expect(problemsOf(defs())).toEqual([]);
  const policies = [...synth(defs())].flatMap(([stack, json]) =>
    stack.startsWith("gcp-")
      ? Object.values(((json as any).resource?.google_monitoring_alert_policy ?? {}) as Record<string, any>).map((p) => p.documentation)
      : [],
  );
  const texts = policies.flatMap((d) => [d.subject, d.content]).filter((t: string) => t.includes("costs") || t.includes("{env}"));
  expect(texts.length).toBeGreaterThan(4);
  // What the API receives from Terraform, then what Cloud Monitoring makes of it.
  const shown = evaluateStrings(texts).map(cloudMonitoringShows);
  const expected = "costs ${x} and $${y} for <resource.label.instance> in <resource.label.zone>";
  expect(shown.filter((t) => t.includes("costs")).every((t) => t.includes(expected))).toBe(true);
  expect(shown.some((t) => t.includes("costs"))).toBe(true);
  // The environment's name too: its `${env}` is no variable of Cloud Monitoring's.
  expect(shown.filter((t) => t.includes("{env}")).every((t) => t.includes(" ${env}"))).toBe(true);
});
