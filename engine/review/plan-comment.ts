/**
 * The pull-request comment that shows every stack's plan. It never lies by omission: every
 * expected stack is listed (plan, no changes, plan failed, or waits on the stack it reads from),
 * every plan is cut to a share of GitHub's comment limit with a visible note and a link to the
 * whole plan, fences are longer than any backtick run they hold, colours are stripped, and the
 * comment names the commit it was planned for.
 */

/** First line of the comment: how the bot finds its own comment again. */
export const COMMENT_MARKER = "<!-- monitoring-review -->";
/** GitHub rejects comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The login GitHub Actions' GITHUB_TOKEN comments as. */
export const BOT_LOGIN = "github-actions[bot]";

export type PlanStatus = "changes" | "no-changes" | "failed" | "waits" | "missing";

/** What one plan job left behind: its output and cdktf's exit code (absent when it never ran). */
export interface PlanArtifact {
  readonly text?: string;
  readonly exitCode?: number;
}

export interface StackPlan {
  readonly stack: string;
  readonly status: PlanStatus;
  /** One line for the table: the plan's own summary, or why there is none. */
  readonly summary: string;
  /** The stacks this one waits on (status "waits"). */
  readonly waitsOn: readonly string[];
  readonly text: string;
}

export interface CommentInput {
  readonly headSha: string;
  readonly runUrl: string;
  /** The test job's result: plans exist only when it succeeded. */
  readonly testResult: string;
  /** The stacks the plan should cover, and each stack's dependencies (from cdktf's manifest). */
  readonly expected: readonly string[];
  readonly dependencies: Readonly<Record<string, readonly string[]>>;
  readonly plans: Readonly<Record<string, PlanArtifact>>;
  /** The review summary (Markdown), when the test job wrote it. */
  readonly review?: string;
  readonly limit?: number;
}

// CSI sequences (colours, cursor moves, line erases) and OSC sequences (titles, links).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// cdktf's progress lines: spinners and stack counters, repeated while it waits.
const PROGRESS = /^\s*(?:[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\s|\d+ Stacks? (?:deploying|planning)\b)/;

/** Terminal output as text: no escape sequences, carriage-return overwrites resolved, no progress lines. */
export function plainText(output: string): string {
  return output
    .replace(ANSI, "")
    .split("\n")
    .map((line) => line.replace(/\r+$/, "").split("\r").pop() ?? "")
    .filter((line) => !PROGRESS.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The stacks a failed plan waits on: Terraform could not read a producer's state (it was never
 * deployed) or an output the producer does not have yet (a change adds it). Only the stack's own
 * dependencies count.
 */
export function waitsOn(text: string, dependencies: readonly string[]): string[] {
  if (!/Unable to find remote state|does not have an attribute named/.test(text)) return [];
  const named = new Set([...text.matchAll(/terraform_remote_state\.cross-stack-reference-input-([a-z0-9-]+)/g)].map((m) => m[1]));
  return dependencies.filter((d) => named.has(d));
}

/** Reads one plan job's outcome. */
export function classify(stack: string, artifact: PlanArtifact | undefined, dependencies: readonly string[] = []): StackPlan {
  if (!artifact || artifact.exitCode === undefined)
    return {
      stack,
      status: "missing",
      summary: "the job stopped before `cdktf diff` finished (failed or cancelled); see the run",
      waitsOn: [],
      text: plainText(artifact?.text ?? ""),
    };
  const text = plainText(artifact.text ?? "");
  if (artifact.exitCode !== 0) {
    const waits = waitsOn(text, dependencies);
    if (waits.length)
      return {
        stack,
        status: "waits",
        summary: `it reads state or outputs that ${waits.join(", ")} ${waits.length > 1 ? "do" : "does"} not have yet; it plans once ${waits.length > 1 ? "they are" : "that is"} deployed`,
        waitsOn: waits,
        text,
      };
    return { stack, status: "failed", summary: `exit code ${artifact.exitCode}; see the run`, waitsOn: [], text };
  }
  if (/^.*No changes\. /m.test(text)) return { stack, status: "no-changes", summary: "no changes", waitsOn: [], text };
  const plan = text.match(/Plan: [^\n]*/);
  return { stack, status: "changes", summary: plan ? plan[0].replace(/\.$/, "") : "changes (no summary line found)", waitsOn: [], text };
}

/**
 * At most `budget` characters of a plan, cut at line boundaries. A failed plan keeps its end
 * (where Terraform writes the error); any other keeps its start and its "Plan:" line.
 */
export function truncate(text: string, budget: number, keep: "head" | "tail"): { text: string; shownLines: number; totalLines: number } {
  const lines = text.split("\n");
  if (text.length <= budget) return { text, shownLines: lines.length, totalLines: lines.length };
  const summary = keep === "head" ? lines.filter((l) => /Plan: |No changes\. /.test(l)).slice(-1) : [];
  const shown: string[] = [];
  let used = summary.reduce((n, l) => n + l.length + 1, 0) + 40;
  const ordered = keep === "head" ? lines : [...lines].reverse();
  for (const line of ordered) {
    if (used + line.length + 1 > budget) break;
    shown.push(line);
    used += line.length + 1;
  }
  const gap = `... ${lines.length - shown.length - summary.length} lines not shown ...`;
  const out = keep === "head" ? [...shown, gap, ...summary] : [gap, ...shown.reverse()];
  return { text: out.join("\n"), shownLines: shown.length + summary.length, totalLines: lines.length };
}

/**
 * Markdown cut to at most `budget` characters at a line boundary, with any code fence and
 * `<details>` left open by the cut closed again, and a note saying what was cut.
 */
export function truncateMarkdown(markdown: string, budget: number, note: string): string {
  if (markdown.length <= budget) return markdown;
  const lines = markdown.split("\n");
  const kept: string[] = [];
  let used = note.length + 200;
  for (const line of lines) {
    if (used + line.length + 1 > budget) break;
    kept.push(line);
    used += line.length + 1;
  }
  let fence: string | undefined;
  let open = 0;
  for (const line of kept) {
    const f = line.match(/^\s*(`{3,}|~{3,})/);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    if (fence) continue;
    open += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  const closing = [...(fence ? [fence] : []), ...Array.from({ length: Math.max(0, open) }, () => "</details>")];
  return [...kept, ...closing, "", note].join("\n");
}

/** What the table says before a plan's summary: nothing for a plan, the reason there is none otherwise. */
const label = (p: StackPlan) =>
  p.status === "changes" || p.status === "no-changes"
    ? ""
    : `**${p.status === "waits" ? `waits on ${p.waitsOn.join(", ")}` : STATUS_LABEL[p.status]}**: `;

const STATUS_LABEL: Record<PlanStatus, string> = {
  changes: "changes",
  "no-changes": "no changes",
  failed: "plan failed",
  waits: "waits",
  missing: "no plan",
};

/** Shares `total` characters among texts: short ones get what they need, long ones split the rest. */
export function shareBudget(lengths: readonly number[], total: number): number[] {
  const share = lengths.map(() => 0);
  let left = Math.max(0, total);
  let open = lengths.map((_, i) => i);
  while (open.length) {
    const each = Math.floor(left / open.length);
    const fits = open.filter((i) => lengths[i] <= each);
    if (!fits.length) {
      for (const i of open) share[i] = each;
      break;
    }
    for (const i of fits) {
      share[i] = lengths[i];
      left -= lengths[i];
    }
    open = open.filter((i) => !fits.includes(i));
  }
  return share;
}

/** The whole comment body, at most `limit` characters (GitHub's limit by default). */
export function buildComment(input: CommentInput): string {
  const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
  const sha = input.headSha;
  const run = `[run](${input.runUrl})`;
  const head = [COMMENT_MARKER, `## Monitoring plans for ${sha.slice(0, 12)}`, ""];
  if (input.testResult !== "success") {
    return [
      ...head,
      `No plans for \`${sha}\`: the test job ended with "${input.testResult}" before any stack was planned (${run}).`,
      "Plans shown here before this commit are out of date.",
    ].join("\n");
  }
  const stacks = [...new Set([...input.expected, ...Object.keys(input.plans)])].sort();
  const plans = stacks.map((s) => classify(s, input.plans[s], input.dependencies[s] ?? []));
  const unexpected = stacks.filter((s) => !input.expected.includes(s));
  const table = [
    `Planned commit \`${sha}\` (${run}; each plan is also an artifact \`plan-<stack>\` of the run).`,
    "",
    "| stack | plan |",
    "|---|---|",
    ...plans.map((p) => `| \`${p.stack}\` | ${label(p)}${p.summary.replace(/\|/g, "\\|")} |`),
    ...(unexpected.length
      ? ["", `Planned but not expected from the synthesized stacks: ${unexpected.map((s) => `\`${s}\``).join(", ")}.`]
      : []),
    "",
  ];
  const fixed = [...head, ...table].join("\n").length + 40;
  const reviewNote = `_The review summary is cut here to fit GitHub's comment limit; run \`npm run review -- origin/main\` for all of it._`;
  const review = input.review ? truncateMarkdown(input.review.trim(), Math.floor((limit - fixed) / 3), reviewNote) : "";
  // Per stack: <details>, a summary line, a note, and two fences.
  const overhead = (p: StackPlan) => 400 + p.stack.length * 3 + p.summary.length + 2 * fenceFor(p.text).length;
  const room = limit - fixed - review.length - 20 - plans.reduce((n, p) => n + overhead(p), 0);
  const budgets = shareBudget(
    plans.map((p) => p.text.length),
    room,
  );
  const sections = plans.map((p, i) => {
    if (!p.text) return "";
    const cut = truncate(p.text, budgets[i], p.status === "changes" || p.status === "no-changes" ? "head" : "tail");
    const fence = fenceFor(cut.text);
    const truncated = cut.shownLines < cut.totalLines;
    const note = truncated
      ? `_Cut to ${cut.shownLines} of ${cut.totalLines} lines to fit GitHub's comment limit: the whole plan is the artifact \`plan-${p.stack}\` of the ${run}._\n\n`
      : "";
    const title = `${escapeHtml(p.stack)}: ${escapeHtml(STATUS_LABEL[p.status])}${truncated ? " (cut)" : ""}`;
    return `<details><summary>${title}</summary>\n\n${note}${fence}text\n${cut.text}\n${fence}\n\n</details>`;
  });
  const body = [...head, ...table, ...(review ? [review, ""] : []), "### Plans", "", ...sections.filter(Boolean)].join("\n");
  // The budgets leave room; this is the last guard, and it keeps the table (it comes first).
  return body.length <= limit
    ? body
    : truncateMarkdown(body, limit, `_Cut to fit GitHub's comment limit; every plan is an artifact of the ${run}._`);
}

/** The bot's own comment among a pull request's comments: its login and the marker, never a person's. */
export function ownComment<T extends { user?: { login?: string; type?: string } | null; body?: string | null }>(
  comments: readonly T[],
): T | undefined {
  return comments.find((c) => c.user?.login === BOT_LOGIN && c.user?.type === "Bot" && (c.body ?? "").startsWith(COMMENT_MARKER));
}
