/**
 * npm run validate: builds what changed (scripts/build.js: after a definition edit, only the
 * definitions are type-checked and transpiled), then checks every definition as synth does
 * (dist/scripts/validate.js) in this same process, writing nothing else. A type error in a
 * definition stops here, printed as tsc prints it, with a non-zero exit code.
 * Arguments are passed on: node scripts/validate-app.js --json
 */
const { join } = require("node:path");
const { buildIfChanged } = require("./build");

const root = join(__dirname, "..");
const status = buildIfChanged(root);
if (status !== 0) process.exitCode = status;
else require(join(root, "dist", "scripts", "validate.js"));
