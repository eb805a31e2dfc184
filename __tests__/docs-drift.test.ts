/**
 * The docs say what the code does: every link and project path they name exists, every Terraform
 * variable they tell people to set is one a stack declares, the cost figures they quote are the
 * catalog's, the review output they show is what review prints, and the generated API reference is the one typedoc makes from today's TSDoc.
 * Figures and variables are judged on the engine's fixture organisation (the bundled example the
 * docs describe) with the guides' definitions added, never on the user's own definitions.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { defaults, FIXTURE_ROOT, type Writable } from "./helpers";
import { discoverDefinitions } from "../engine/discover";
import type { Definitions } from "../engine/definitions";
import { costLines, sloCosts } from "../engine/review/catalog";
import { readStacks } from "../engine/review/stacks";
import { review } from "../engine/review/diff";
import { summary } from "../engine/review/summary";
import { ratio, slo } from "../engine/definitions";
import { buildApp, validate } from "../stacks/app";
import { DOC_FILES, guidesProject } from "./markdown";
import { PRESETS_REFERENCE, presetsReference } from "../engine/reference/presets";
import { AWS_PRESETS } from "../engine/definitions/presets/aws/registry";
import { GCP_PRESETS } from "../engine/definitions/presets/gcp";

const ROOT = resolve(__dirname, "..");
const API_DIR = "docs/reference/api";
const docs = DOC_FILES.map((file) => ({ file, doc: relative(ROOT, file), text: readFileSync(file, "utf8") }));
/** Prose and inline code, without fenced blocks (examples name files a reader would create). */
const prose = (text: string) => text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");

test("every relative link of the README and docs/ points at a file of the repository", () => {
  const broken = docs.flatMap(({ file, doc, text }) =>
    [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1].split("#")[0])
      .filter((target) => target && !/^[a-z]+:/.test(target) && !existsSync(resolve(dirname(file), target)))
      .map((target) => `${doc}: ${target}`),
  );
  expect(broken).toEqual([]);
});

test("every project path the docs name in inline code exists", () => {
  const code = /`((?:engine|stacks|constructs|scripts|__tests__|docs|\.github|\.ci|\.gen)\/[\w./-]*)`/g;
  const missing = docs.flatMap(({ doc, text }) =>
    [...prose(text).matchAll(code)].map((m) => m[1]).filter((path) => !existsSync(join(ROOT, path)) && `${doc}: ${path}`),
  );
  expect(missing).toEqual([]);
});

/** Variable names the docs tell people to set: `TF_VAR_x`, "variable `x`", and families like `x_<service>`. */
function documentedVariables(): { doc: string; name: string }[] {
  return docs.flatMap(({ doc, text }) => {
    const found = [
      ...[...text.matchAll(/TF_VAR_([a-z][\w<>-]*\w|[a-z])/g)].map((m) => m[1]),
      ...[...text.matchAll(/variables? `([a-z][\w<>-]*)`/g)].map((m) => m[1]),
      ...[...text.matchAll(/`([a-z][a-z0-9]*(?:_[a-z0-9]+|_?<[a-z-]+>)*_?<[a-z-]+>[\w<>-]*)`/g)].map((m) => m[1]),
    ];
    return [...new Set(found)].filter((name) => name.includes("_")).map((name) => ({ doc, name }));
  });
}

test("every Terraform variable or output the docs name is declared by a stack", () => {
  // Every environment with keys as variables too, so the `pagerDutyKeys: "variables"` names exist.
  const { dir, defs } = guidesProject();
  const outdirs = (["stack", "variables"] as const).map((keys) => {
    const d: Writable<Definitions> = { ...defs, environments: defs.environments.map((e) => ({ ...e, pagerDutyKeys: keys })) };
    const outdir = join(mkdtempSync(join(tmpdir(), "docs-vars-")), "out");
    buildApp(validate(d, dir, {}), outdir).synth();
    return outdir;
  });
  const declared = outdirs.flatMap((outdir) =>
    readdirSync(join(outdir, "stacks")).flatMap((stack) => {
      const json = JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
      // Outputs too: operators read some (the Alertmanager keys) with `terraform output`.
      return [...Object.keys(json.variable ?? {}), ...Object.keys(json.output ?? {})];
    }),
  );
  const documented = documentedVariables();
  expect(documented.length).toBeGreaterThanOrEqual(8);
  const unknown = documented.filter(({ name }) => {
    const pattern = new RegExp(`^${name.replace(/<[a-z-]+>/g, "[a-z0-9_]+")}$`);
    return !declared.some((v) => pattern.test(v));
  });
  expect(unknown.map(({ doc, name }) => `${doc}: ${name}`)).toEqual([]);
});

test("the monthly cost the docs quote per SLO and environment is what the catalog computes", () => {
  const { dir, defs } = guidesProject();
  const outdir = join(mkdtempSync(join(tmpdir(), "docs-cost-")), "out");
  buildApp(validate(defs, dir, {}), outdir).synth();
  const cost = (stack: string) => sloCosts(readStacks(outdir)).find((c) => c.slo === "api-availability" && c.stack === stack)!;
  const text = readFileSync(join(ROOT, "docs/concepts/one-outage.md"), "utf8");
  const gcp = /plus 1 no-data condition: (\d+), \$([\d.]+) a month/.exec(text)!;
  expect({ conditions: Number(gcp[1]), monthly: Number(gcp[2]) }).toEqual({
    conditions: cost("gcp-prod").conditions,
    monthly: cost("gcp-prod").monthly,
  });
  const aws = /(\d+) alarm metrics and (\d+) composite alarms per SLO and environment, \$([\d.]+) a month/.exec(text)!;
  expect({ metrics: Number(aws[1]), composites: Number(aws[2]), monthly: Number(aws[3]) }).toEqual({
    metrics: cost("aws-prod").alarmMetrics,
    composites: cost("aws-prod").composites,
    monthly: Number(cost("aws-prod").monthly.toFixed(2)),
  });
});

test("the catalog's total for the bundled example, as the catalog guide quotes it, is what npm run catalog computes", () => {
  const outdir = join(mkdtempSync(join(tmpdir(), "docs-total-")), "out");
  // With its OpenSLO files, as npm run catalog reads the project.
  buildApp(validate(discoverDefinitions(FIXTURE_ROOT), FIXTURE_ROOT, {}), outdir).synth();
  const lines = costLines(readStacks(outdir));
  const conditions = lines.filter((l) => l.item === "Cloud Monitoring alert conditions");
  const text = readFileSync(join(ROOT, "docs/operations/catalog.md"), "utf8");
  const quoted = /For the bundled definitions: \$([\d.]+) a month, \$([\d.]+) of it the (\d+)\s+Cloud Monitoring conditions/.exec(text)!;
  expect(quoted).not.toBeNull();
  expect({ total: Number(quoted[1]), conditionsCost: Number(quoted[2]), conditions: Number(quoted[3]) }).toEqual({
    total: Number(lines.reduce((sum, l) => sum + l.count * l.unit, 0).toFixed(2)),
    conditionsCost: Number(conditions.reduce((sum, l) => sum + l.count * l.unit, 0).toFixed(2)),
    conditions: conditions.reduce((sum, l) => sum + l.count, 0),
  });
});

test("the review guide's example is what npm run review prints for adding its SLO to the bundled example", () => {
  const text = readFileSync(join(ROOT, "docs/operations/review.md"), "utf8");
  const quoted = /````markdown\n([\s\S]*?)````/.exec(text)![1];
  const checkout = slo({
    id: "checkout-success",
    name: "Checkout success",
    service: "api",
    objective: 99.5,
    window: "28d",
    sli: ratio({
      prometheus: {
        errors: 'http_requests_total{job="nous-api",handler="/checkout",status=~"5.."}',
        total: 'http_requests_total{job="nous-api",handler="/checkout"}',
      },
    }),
    runbook: "https://docs.nous.com/runbooks/checkout-success",
  });
  const head = defaults();
  head.slos = [...head.slos, checkout];
  const synth = (defs: Definitions) => {
    const model = validate(defs, FIXTURE_ROOT, {});
    const outdir = join(mkdtempSync(join(tmpdir(), "docs-review-")), "out");
    buildApp(model, outdir).synth();
    return { stacks: readStacks(outdir), summary: summary(model) };
  };
  const [before, after] = [synth(defaults()), synth(head)];
  const printed = review({
    baseLabel: "HEAD",
    headLabel: "working tree",
    base: before.stacks,
    head: after.stacks,
    baseSummary: before.summary,
    headSummary: after.summary,
  });
  // The guide stops before the collapsed list of resources.
  expect(quoted).toContain("### Terraform resources");
  expect(printed.slice(0, printed.indexOf("<details>")).trimEnd()).toBe(quoted.trimEnd());
});

test("the review guide's Mermaid example is what review draws for its routing change", () => {
  const text = readFileSync(join(ROOT, "docs/operations/review.md"), "utf8");
  const quoted = [...text.matchAll(/````markdown\n([\s\S]*?)````/g)].map((m) => m[1]).find((b) => b.includes("```mermaid"))!;
  const head = defaults();
  head.routing = { ...head.routing, prod: { ...head.routing.prod, P2: [...head.routing.prod.P2, "slack-alerts-critical"] } };
  const printed = review({
    baseLabel: "HEAD",
    headLabel: "working tree",
    base: new Map(),
    head: new Map(),
    baseSummary: summary(validate(defaults(), FIXTURE_ROOT, {})),
    headSummary: summary(validate(head, FIXTURE_ROOT, {})),
  });
  expect(printed).toContain(quoted.trim());
});

test("the API reference is typedoc's output for today's TSDoc (npm run docs:api)", () => {
  const out = mkdtempSync(join(tmpdir(), "api-"));
  const typedoc = spawnSync(process.execPath, [join(ROOT, "node_modules/typedoc/bin/typedoc"), "--out", out, "--logLevel", "Warn"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(typedoc.status === 0 ? "generated" : typedoc.stdout + typedoc.stderr).toBe("generated");
  const files = (d: string) => readdirSync(d).sort();
  expect(files(join(ROOT, API_DIR))).toEqual(files(out));
  for (const f of files(out)) {
    const stale = readFileSync(join(ROOT, API_DIR, f), "utf8") !== readFileSync(join(out, f), "utf8");
    expect(stale ? `${API_DIR}/${f} is stale: run npm run docs:api` : "current").toBe("current");
  }
});

test("the presets reference is what npm run docs:presets writes from today's presets", () => {
  const committed = readFileSync(join(ROOT, PRESETS_REFERENCE), "utf8");
  expect(committed === presetsReference() ? "current" : `${PRESETS_REFERENCE} is stale: run npm run docs:presets`).toBe("current");
  // Every preset of the registry has its section, with one row per alarm of its example.
  for (const p of [...AWS_PRESETS, ...GCP_PRESETS]) {
    const section = committed.slice(committed.indexOf(`## \`${p.preset}\``)).split("\n## ")[0];
    expect(section.split("\n").filter((l) => l.startsWith("| `-")).length).toBe(p.example().length);
  }
});
