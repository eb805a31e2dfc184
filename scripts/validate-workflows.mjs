#!/usr/bin/env node
/**
 * Validates GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser).
 * Prints one line per file, "ok <file>" or "error <file>: <message>", and exits 1 on any error.
 * Usage: node scripts/validate-workflows.mjs .github/workflows/*.yml
 */
import { readWorkflow } from "./workflows.mjs";

let failed = false;
for (const name of process.argv.slice(2)) {
  const { errors } = await readWorkflow(name);
  if (errors.length) {
    failed = true;
    for (const e of errors) console.log(`error ${name}: ${e}`);
  } else {
    console.log(`ok ${name}`);
  }
}
process.exitCode = failed ? 1 : 0;
