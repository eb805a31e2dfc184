/**
 * Refuses a .github/CODEOWNERS that leaves the review gate unprotected: a gate file (the code that
 * judges a pull request's output or writes it) owned by nobody, or still owned by the example
 * owner the project ships. GitHub applies the last pattern that matches a file
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners),
 * so each gate file is judged by its last matching line.
 * Usage: node scripts/codeowners.js [path to CODEOWNERS]
 */
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

/** The example owner .github/CODEOWNERS ships with; an adopting organisation replaces it. */
const PLACEHOLDER = "@your-org/monitoring-owners";

/** The files and folders (ending in "/") whose changes need the owners' review (docs/reference/security.md). */
const GATE_PATHS = [
  ".github/",
  "engine/review/",
  "scripts/review.ts",
  "scripts/plan-gate.ts",
  "scripts/codeowners.js",
  "stacks/",
  "main.ts",
  "engine/model/logs.ts",
  "engine/model/protection.ts",
  "constructs/gcp/logging.ts",
  "constructs/aws/logs.ts",
  "constructs/log-protection.ts",
];

/**
 * A CODEOWNERS pattern as GitHub reads it (gitignore's rules, without negation): `/x` is anchored
 * at the root, as is any pattern with a `/` before its end; otherwise it matches at any depth;
 * `*` and `?` stay within one folder, `**` crosses folders; a trailing `/` matches only what is
 * below a folder; a folder's pattern covers every file below it.
 */
function patternRegex(pattern) {
  const dirOnly = pattern.endsWith("/");
  const body = pattern.replace(/^\//, "").replace(/\/$/, "");
  const anchored = pattern.startsWith("/") || body.includes("/");
  const glob = body
    .split(/(\*\*\/|\/\*\*|\*\*|\*|\?)/)
    .map((part) => {
      if (part === "**/") return "(?:.*/)?";
      if (part === "/**") return "(?:/.*)?";
      if (part === "**") return ".*";
      if (part === "*") return "[^/]*";
      if (part === "?") return "[^/]";
      return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${glob}${dirOnly ? "/.+" : "(?:/.+)?"}$`);
}

/** The repository's files under the gate paths (git ls-files), or the gate paths themselves where git cannot list them. */
function gateFiles(root) {
  const listed = spawnSync("git", ["ls-files", "--", ...GATE_PATHS], { cwd: root, encoding: "utf8" });
  const files = listed.status === 0 ? listed.stdout.split("\n").filter(Boolean) : [];
  return GATE_PATHS.map((path) => {
    const below = files.filter((f) => (path.endsWith("/") ? f.startsWith(path) : f === path));
    return { path, files: below.length ? below : [path.endsWith("/") ? `${path}any-file` : path] };
  });
}

/**
 * Every problem of the CODEOWNERS text, one line per gate path: each file under it is judged by
 * the last line whose pattern matches it, as GitHub judges it, so a later glob, unanchored name or
 * narrower folder line without owners (or with the example owner) is found. Empty when every gate
 * file has real owners.
 */
function codeownersProblems(text, root = join(__dirname, "..")) {
  const rules = text.split("\n").flatMap((line, i) => {
    const body = line.replace(/#.*/, "").trim();
    if (!body) return [];
    const [pattern, ...owners] = body.split(/\s+/);
    return [{ line: i + 1, regex: patternRegex(pattern), owners }];
  });
  return gateFiles(root).flatMap(({ path, files }) => {
    const judged = files.map((file) => ({ file, rule: [...rules].reverse().find((r) => r.regex.test(file)) }));
    const some = (list) => `${list[0].file}${list.length > 1 ? ` and ${list.length - 1} more` : ""}`;
    const uncovered = judged.filter((j) => !j.rule);
    if (uncovered.length) return [`${path}: no owner (no line covers ${some(uncovered)}); add "/${path} @your-org/your-team"`];
    const ownerless = judged.filter((j) => j.rule.owners.length === 0);
    if (ownerless.length) return [`${path}: no owner (line ${ownerless[0].rule.line} names none, for ${some(ownerless)})`];
    const example = judged.filter((j) => j.rule.owners.includes(PLACEHOLDER));
    if (example.length)
      return [
        `${path}: line ${example[0].rule.line} still names the example owner ${PLACEHOLDER} (for ${some(example)}); replace it with your organisation's owners`,
      ];
    return [];
  });
}

module.exports = { PLACEHOLDER, GATE_PATHS, codeownersProblems };

if (require.main === module) {
  const file = process.argv[2] ?? join(__dirname, "..", ".github", "CODEOWNERS");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(
      `${file}: missing; the review gate protects only files that need the owners' review (docs/reference/security.md)\n`,
    );
    process.exit(1);
  }
  const problems = codeownersProblems(text);
  if (problems.length) {
    process.stderr.write(`${file}: the review gate's files are not protected:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`${file}: every gate file has owners\n`);
}
