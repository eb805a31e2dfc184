/**
 * The app cdktf runs (cdktf.json "app") and `npm run synth`: compiles the TypeScript only as far
 * as a source changed since the last successful build (scripts/build.js), then runs dist/main.js
 * in this same process. A `cdktf synth`, `diff` or `deploy` with nothing changed thus costs what
 * `node dist/main.js` costs, and one after a definition edit about a second more.
 * A failed build stops here with the compiler's exit code, and nothing is synthesized.
 * Arguments are passed on: node scripts/cdktf-app.js --env staging
 */
const { join } = require("node:path");
const { buildIfChanged } = require("./build");

const root = join(__dirname, "..");
const status = buildIfChanged(root);
if (status !== 0) process.exitCode = status;
else require(join(root, "dist", "main.js"));
