#!/usr/bin/env node
/**
 * Validates GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser).
 * Prints one line per file, "ok <file>" or "error <file>: <message>", and exits 1 on any error.
 * Usage: node scripts/validate-workflows.mjs .github/workflows/*.yml
 */
import { readFileSync } from "node:fs";
import { register } from "node:module";

// The parser imports its JSON schemas without import attributes, which Node 20 requires:
// a loader hook adds them.
register(
  "data:text/javascript," +
    encodeURIComponent(
      "export async function load(url, context, next) {" +
        " return next(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context); }",
    ),
);
const { NoOperationTraceWriter, parseWorkflow, convertWorkflowTemplate } = await import("@actions/workflow-parser");

let failed = false;
for (const name of process.argv.slice(2)) {
  const result = parseWorkflow({ name, content: readFileSync(name, "utf8") }, new NoOperationTraceWriter());
  const errors = [...result.context.errors.getErrors()];
  if (result.value && errors.length === 0) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    errors.push(...(template.errors ?? []).map((e) => ({ message: e.Message ?? String(e) })));
  }
  if (errors.length) {
    failed = true;
    for (const e of errors) console.log(`error ${name}: ${e.message}`);
  } else {
    console.log(`ok ${name}`);
  }
}
process.exitCode = failed ? 1 : 0;
