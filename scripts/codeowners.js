/**
 * Refuses a .github/CODEOWNERS that leaves the review gate unprotected: a gate file (the code that
 * judges a pull request's output or writes it) owned by nobody, or still owned by the example
 * owner the project ships. GitHub applies the last pattern that matches a file
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners),
 * so each gate file is judged by its last matching line.
 * Usage: node scripts/codeowners.js [path to CODEOWNERS]
 */
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
 * Whether a CODEOWNERS pattern covers a gate path: `*` everything; `/x/` (or `x/`) the folder and
 * all below it; `/x` (or `x`) that file or folder. Other glob forms are not read here, so a gate
 * path is best listed as written above.
 */
function covers(pattern, path) {
  if (pattern === "*" || pattern === "/*" || pattern === "**") return true;
  const p = pattern.replace(/^\//, "");
  if (p.endsWith("/")) return path.startsWith(p);
  return path === p || path.startsWith(`${p}/`) || (path.endsWith("/") && `${p}/` === path);
}

/** Every problem of the CODEOWNERS text, one line each; empty when every gate path has real owners. */
function codeownersProblems(text) {
  const rules = text.split("\n").flatMap((line, i) => {
    const body = line.replace(/#.*/, "").trim();
    if (!body) return [];
    const [pattern, ...owners] = body.split(/\s+/);
    return [{ line: i + 1, pattern, owners }];
  });
  return GATE_PATHS.flatMap((path) => {
    const rule = [...rules].reverse().find((r) => covers(r.pattern, path));
    if (!rule || rule.owners.length === 0)
      return [`${path}: no owner (${rule ? `line ${rule.line} names none` : "no line covers it"}); add "/${path} @your-org/your-team"`];
    if (rule.owners.includes(PLACEHOLDER))
      return [`${path}: line ${rule.line} still names the example owner ${PLACEHOLDER}; replace it with your organisation's owners`];
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
