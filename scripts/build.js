/**
 * Builds dist/ only as far as the sources changed, for the launchers (cdktf-app.js: synth and
 * every cdktf command; validate-app.js: npm run validate). Run as a script (`npm run build`), it
 * builds the whole project.
 *
 * "Changed" is judged by modification times against dist/.built (written after each successful
 * build, dated when that build started): a file or folder under what tsconfig.json includes, or
 * tsconfig.json itself. Folders count so that deleting or renaming a file is seen too.
 *
 * When only definition files changed (config/, slos/, alerts/, logs/, dashboards/), the whole
 * project is not compiled again: the definition files are type-checked as a program of their own
 * (what they import comes along), and the changed ones are transpiled one by one
 * (isolatedModules: each file compiles alone). A definition edit costs about a second, not a build.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } = require("node:fs");
const { dirname, join, relative } = require("node:path");

/** The folders users edit definitions in; engine/discover.ts DEFINITION_FOLDERS (a test keeps them equal). */
const DEFINITION_FOLDERS = ["config", "slos", "alerts", "logs", "dashboards"];

/** Every file and folder under a path, with its modification time. */
function walk(path, out = []) {
  if (!existsSync(path)) return out;
  const stat = statSync(path);
  out.push({ path, mtimeMs: stat.mtimeMs, directory: stat.isDirectory() });
  if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name), out);
  return out;
}

/** tsconfig.json's include patterns, split into definition folders and everything else. */
function included(root) {
  const include = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")).include ?? [];
  // Patterns such as "engine/**/*.ts" or "main.ts": the folder or file before the first wildcard.
  const top = include.map((pattern) => pattern.split("/*")[0]);
  return {
    definitions: top.filter((t) => DEFINITION_FOLDERS.includes(t)),
    rest: top.filter((t) => !DEFINITION_FOLDERS.includes(t)),
  };
}

function stamped(stamp, started) {
  writeFileSync(stamp, "");
  // Dated when the build started: a source saved during the build is newer, and rebuilt next time.
  utimesSync(stamp, started, started);
}

function fullBuild(root, stamp) {
  const started = new Date();
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], {
    cwd: root,
    stdio: "inherit",
  });
  if (tsc.status !== 0) return tsc.status ?? 1;
  stamped(stamp, started);
  return 0;
}

/** Type-checks the definition files together, then transpiles those changed since `built` into outDir. */
function definitionsBuild(root, stamp, folders, built) {
  const started = new Date();
  const ts = require("typescript");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const options = parsed.options;
  const files = folders
    .flatMap((f) => walk(join(root, f)))
    .filter((e) => !e.directory && e.path.endsWith(".ts") && !e.path.endsWith(".d.ts"));
  // Without the test runner's global types (about a fifth of this check's time): definitions
  // never run under jest, and Node's stay for those that read the environment.
  const types = options.types?.filter((t) => t !== "jest");
  const program = ts.createProgram(
    files.map((f) => f.path),
    { ...options, types, noEmit: true, incremental: false, tsBuildInfoFile: undefined },
  );
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
    process.stdout.write(ts.formatDiagnostics(diagnostics, host));
    return 2;
  }
  for (const file of files.filter((f) => f.mtimeMs > built)) {
    const { outputText } = ts.transpileModule(readFileSync(file.path, "utf8"), { compilerOptions: options, fileName: file.path });
    const out = join(options.outDir, relative(options.rootDir ?? root, file.path)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  stamped(stamp, started);
  return 0;
}

/** Builds what changed since the last successful build; returns the exit code (0: dist/ is current). */
function buildIfChanged(root) {
  const stamp = join(root, "dist", ".built");
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
  const { definitions, rest } = included(root);
  const newest = (tops) => Math.max(-Infinity, ...tops.flatMap((t) => walk(join(root, t))).map((e) => e.mtimeMs));
  if (Math.max(statSync(join(root, "tsconfig.json")).mtimeMs, newest(rest)) > built) return fullBuild(root, stamp);
  if (newest(definitions) > built) return definitionsBuild(root, stamp, definitions, built);
  return 0;
}

module.exports = { buildIfChanged, DEFINITION_FOLDERS };

// `npm run build` and npm test's type check: the whole project, stamped like the launchers'
// builds, so the next synth or test that asks for a current dist/ does not compile it again.
if (require.main === module) {
  const root = join(__dirname, "..");
  process.exitCode = fullBuild(root, join(root, "dist", ".built"));
}
