import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BOT_LOGIN,
  buildComment,
  classify,
  COMMENT_MARKER,
  fenceFor,
  GITHUB_COMMENT_LIMIT,
  ownComment,
  plainText,
  truncateMarkdown,
} from "../../../engine/review/plan-comment";

// CommonMark's reference parser: GitHub renders comments with its superset (GFM), which reads
// fences and HTML blocks the same way.
const commonmark = require("commonmark");
const render = (md: string): string => new commonmark.HtmlRenderer().render(new commonmark.Parser().parse(md));
const codeBlocks = (md: string): string[] => {
  const blocks: string[] = [];
  const walker = new commonmark.Parser().parse(md).walker();
  for (let e = walker.next(); e; e = walker.next()) if (e.entering && e.node.type === "code_block") blocks.push(e.node.literal);
  return blocks;
};

/** Terraform, for real, on configurations of its built-in provider only (no download needed). */
function terraform(dir: string, args: string[]) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  const r = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}
function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "tf-"));
  for (const [dir, config] of Object.entries(files)) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, "main.tf.json"), JSON.stringify(config));
    expect(terraform(join(root, dir), ["init", "-no-color"]).code).toBe(0);
  }
  return root;
}
/** A consumer reading the producer's state the way cdktf names the data source. */
const consumer = (path: string, output: string) => ({
  data: { terraform_remote_state: { "cross-stack-reference-input-pagerduty-prod": { backend: "local", config: { path } } } },
  resource: {
    terraform_data: { key: { input: `\${data.terraform_remote_state.cross-stack-reference-input-pagerduty-prod.outputs.${output}}` } },
  },
});

describe("plans as Terraform prints them", () => {
  const root = project({
    producer: { output: { key_api: { value: "k", sensitive: true } } },
    fresh: consumer("../never-deployed/terraform.tfstate", "key_api"),
    newOutput: consumer("../producer/terraform.tfstate", "key_checkout"),
    changes: { resource: { terraform_data: { a: { input: "x" }, b: { input: "y" } } } },
  });
  expect(terraform(join(root, "producer"), ["apply", "-auto-approve", "-no-color"]).code).toBe(0);
  const plan = (dir: string, color = false) => terraform(join(root, dir), ["plan", "-lock=false", ...(color ? [] : ["-no-color"])]);

  test("colours and terminal sequences are stripped to exactly what -no-color prints", () => {
    const coloured = plan("changes", true);
    expect(coloured.out).toContain("\u001b[");
    expect(plainText(coloured.out)).toBe(plainText(plan("changes").out));
    expect(
      plainText("gcp-prod  \u001b[2K\u001b[1A\u001b[2K\u001b[Gdone\n⠋  Processing\n0 Stacks planning     0 Stacks done\nlast\rfinal"),
    ).toBe("gcp-prod  done\nfinal");
  });

  test("a plan with changes shows Terraform's summary; after apply, no changes", () => {
    expect(classify("x", { text: plan("changes").out, exitCode: 0 })).toMatchObject({
      status: "changes",
      summary: "Plan: 2 to add, 0 to change, 0 to destroy",
    });
    expect(terraform(join(root, "changes"), ["apply", "-auto-approve", "-no-color"]).code).toBe(0);
    expect(classify("x", { text: plan("changes").out, exitCode: 0 })).toMatchObject({ status: "no-changes", summary: "no changes" });
  });

  test("a reader of a producer never deployed, or of an output not deployed yet, waits on the producer", () => {
    for (const dir of ["fresh", "newOutput"]) {
      const out = plan(dir);
      expect(out.code).toBe(1);
      const c = classify("gcp-prod", { text: out.out, exitCode: out.code }, ["pagerduty-prod"]);
      expect(c).toMatchObject({ status: "waits", waitsOn: ["pagerduty-prod"] });
      expect(c.summary).toBe("it reads state or outputs that pagerduty-prod does not have yet; it plans once that is deployed");
    }
    // Only the stack's own dependencies count; any other failure is a failure.
    expect(classify("gcp-prod", { text: plan("fresh").out, exitCode: 1 }, []).status).toBe("failed");
    expect(classify("gcp-prod", { text: "Error: Invalid provider configuration", exitCode: 1 }, ["pagerduty-prod"]).status).toBe("failed");
  });
});

describe("the comment", () => {
  const sha = "0123456789abcdef0123456789abcdef01234567";
  const runUrl = "https://github.com/nous/monitoring/actions/runs/42/attempts/1";
  const base = { headSha: sha, runUrl, testResult: "success", dependencies: { "gcp-prod": ["pagerduty-prod"] } };
  const line = (i: number) =>
    `  # google_monitoring_alert_policy.alert_${i} will be created\n  + resource "google_monitoring_alert_policy" "alert_${i}" {}`;
  const bigPlan = (n: number, extra = "") =>
    `${extra}\n${Array.from({ length: n }, (_, i) => line(i)).join("\n")}\n\nPlan: ${n} to add, 0 to change, 0 to destroy.`;

  test("starts with the marker, names the planned commit and links the run", () => {
    const body = buildComment({
      ...base,
      expected: ["gcp-staging"],
      plans: { "gcp-staging": { text: "No changes. Your infrastructure matches the configuration.", exitCode: 0 } },
    });
    expect(body.split("\n")[0]).toBe(COMMENT_MARKER);
    expect(body).toContain(sha);
    expect(body).toContain(`(${runUrl})`);
    expect(body).toContain("| `gcp-staging` | no changes |");
  });

  test("lists every expected stack: planned, failed, waiting, and those whose job left nothing", () => {
    const body = buildComment({
      ...base,
      expected: ["aws-prod", "gcp-prod", "gcp-staging", "pagerduty-prod"],
      plans: {
        "pagerduty-prod": { text: bigPlan(2), exitCode: 0 },
        "gcp-prod": {
          text: "Error: Unable to find remote state\n  with data.terraform_remote_state.cross-stack-reference-input-pagerduty-prod,",
          exitCode: 1,
        },
        "gcp-staging": { text: "Error: Invalid credentials", exitCode: 1 },
      },
    });
    const rows = body.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows.map((r) => r.split("|")[1].trim())).toEqual(["`aws-prod`", "`gcp-prod`", "`gcp-staging`", "`pagerduty-prod`"]);
    expect(rows[0]).toContain("**no plan**: the job stopped before `cdktf diff` finished");
    expect(rows[1]).toContain("**waits on pagerduty-prod**: it reads state or outputs that pagerduty-prod does not have yet");
    expect(rows[2]).toContain("**plan failed**: exit code 1; see the run");
    expect(rows[3]).toContain("Plan: 2 to add, 0 to change, 0 to destroy");
  });

  test("when the tests failed, it says no plans were made for this commit rather than keep old ones", () => {
    const body = buildComment({ ...base, testResult: "failure", expected: [], plans: {} });
    expect(body).toContain(`No plans for \`${sha}\`: the test job ended with "failure"`);
    expect(body).not.toContain("### Plans");
  });

  test("a plan holding fences, <details> and HTML stays one code block, and the page stays balanced", () => {
    const hostile = ["```", "</details>", "<details><summary>x", "````markdown", "<script>alert(1)</script>", "``` ", "`````"].join("\n");
    const text = `${hostile}\nPlan: 1 to add, 0 to change, 0 to destroy.`;
    expect(fenceFor(text)).toBe("``````");
    const body = buildComment({ ...base, expected: ["gcp-prod"], plans: { "gcp-prod": { text, exitCode: 0 } } });
    expect(codeBlocks(body)).toEqual([`${text}\n`]);
    const html = render(body);
    expect(html).not.toContain("<script>");
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
  });

  test("long plans share GitHub's limit: every stack keeps a cut plan with a visible note and link", () => {
    const stacks = ["aws-prod", "gcp-prod", "grafana-prod", "pagerduty-prod", "aws-staging", "gcp-staging", "grafana-staging"];
    const plans = Object.fromEntries(stacks.map((s, i) => [s, { text: bigPlan(2000 + i * 500, "```\nfenced\n```"), exitCode: 0 }]));
    plans["gcp-staging"] = { text: bigPlan(3), exitCode: 0 };
    const review = `## Monitoring change\n\n<details><summary>Added</summary>\n\n${"- resource\n".repeat(20000)}</details>\n`;
    const body = buildComment({ ...base, expected: stacks, plans, review });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    for (const s of stacks) expect(body).toContain(`<summary>${s}: changes`);
    // The short plan is whole; each long one is cut, says so, keeps its summary line, and links the rest.
    expect(body).toContain("<summary>gcp-staging: changes</summary>");
    for (const s of stacks.filter((x) => x !== "gcp-staging")) {
      expect(body).toContain(`<summary>${s}: changes (cut)</summary>`);
      expect(body).toMatch(
        new RegExp(
          `Cut to \\d+ of \\d+ lines to fit GitHub's comment limit: the whole plan is the artifact \`plan-${s}\` of the \\[run\\]`,
        ),
      );
    }
    const blocks = codeBlocks(body);
    expect(blocks.filter((b) => /\.\.\. \d+ lines not shown \.\.\.\nPlan: \d+ to add/.test(b))).toHaveLength(6);
    const html = render(body);
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    expect(body).toContain("The review summary is cut here");
  });

  test("a failed plan that must be cut keeps its end, where Terraform writes the error", () => {
    const text = `${bigPlan(3000)}\nError: creating alert policy: googleapi: Error 403: Permission denied`;
    const body = buildComment({ ...base, expected: ["gcp-prod"], plans: { "gcp-prod": { text, exitCode: 1 } }, limit: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(codeBlocks(body)[0]).toMatch(/^\.\.\. \d+ lines not shown \.\.\.\n[\s\S]*Error 403: Permission denied\n$/);
  });

  test("a cut in Markdown never leaves a fence or <details> open", () => {
    const md = [
      "# t",
      "<details><summary>a</summary>",
      "",
      "```",
      ...Array.from({ length: 200 }, (_, i) => `line ${i}`),
      "```",
      "</details>",
    ].join("\n");
    const cut = truncateMarkdown(md, 600, "_cut_");
    expect(cut.length).toBeLessThanOrEqual(600);
    expect(cut.endsWith("_cut_")).toBe(true);
    const html = render(cut);
    expect(html).toContain("<p><em>cut</em></p>");
    expect((cut.match(/<details>/g) ?? []).length).toBe((cut.match(/<\/details>/g) ?? []).length);
  });
});

test("only the bot's own comment is updated: never a person's, even one quoting the marker", () => {
  const comments = [
    { id: 1, user: { login: "alice", type: "User" }, body: `${COMMENT_MARKER}\nquoted` },
    { id: 2, user: { login: BOT_LOGIN, type: "Bot" }, body: "another bot message" },
    { id: 3, user: { login: BOT_LOGIN, type: "Bot" }, body: `${COMMENT_MARKER}\n## Monitoring plans` },
  ];
  expect(ownComment(comments)?.id).toBe(3);
  expect(ownComment(comments.slice(0, 2))).toBeUndefined();
});
