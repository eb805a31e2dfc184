/**
 * The app cdktf runs (cdktf.json "app") and `npm run synth`: compiles the TypeScript only when a
 * source changed since the last successful build, then runs dist/main.js in this same process.
 * A `cdktf synth`, `diff` or `deploy` with nothing changed thus costs what `node dist/main.js`
 * costs, instead of a TypeScript build (seconds) per command.
 *
 * "Changed" is judged by modification times: a file or folder under what tsconfig.json includes,
 * or tsconfig.json itself, newer than dist/.built (written after each successful build, dated
 * when that build started). Folders count so that deleting or renaming a file is seen too.
 * A failed build stops here with the compiler's exit code, and nothing is synthesized.
 * Arguments are passed on: node scripts/cdktf-app.js --env staging
 */
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const stamp = join(root, "dist", ".built");

/** The newest modification time (ms) of tsconfig.json and of every included file and folder. */
function newestSource() {
  const config = join(root, "tsconfig.json");
  let newest = statSync(config).mtimeMs;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  // Patterns such as "engine/**/*.ts" or "main.ts": the folder or file before the first wildcard.
  const include = JSON.parse(readFileSync(config, "utf8")).include ?? [];
  for (const pattern of include) visit(join(root, pattern.split("/*")[0]));
  return newest;
}

function buildIfChanged() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
  if (newestSource() <= built) return 0;
  const started = new Date();
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], {
    cwd: root,
    stdio: "inherit",
  });
  if (tsc.status !== 0) return tsc.status ?? 1;
  writeFileSync(stamp, "");
  // Dated when the build started: a source saved during the build is newer, and rebuilt next time.
  utimesSync(stamp, started, started);
  return 0;
}

const status = buildIfChanged();
if (status !== 0) process.exitCode = status;
else require(join(root, "dist", "main.js"));
