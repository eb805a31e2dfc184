#!/usr/bin/env node
/**
 * GitHub Actions workflows as GitHub reads them: parsed and validated by GitHub's own parser
 * (@actions/workflow-parser), expressions evaluated by GitHub's own evaluator
 * (@actions/expressions), and the `run:` steps of a job executed the way a hosted runner does
 * (bash -eo pipefail, GITHUB_OUTPUT and GITHUB_ENV files), so tests can run exactly the commands
 * the workflows run, offline. Steps that use an action are never executed; they are reported.
 *
 *   node scripts/workflows.mjs validate <file>...  "ok <file>" or "error <file>: <message>" per file
 *   node scripts/workflows.mjs json <file>...      the parsed workflows as JSON, { file: workflow }
 *   node scripts/workflows.mjs eval                stdin: [{ expr, contexts, status }] or [{ value,
 *                                                  contexts }] (a value as written, ${{ }} and all)
 *   node scripts/workflows.mjs run                 stdin: { file, job, contexts, cwd, only, env };
 *                                                  stdout: one report per step. Given a list of
 *                                                  jobs, runs them in turn: a list of reports
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
const { Lexer, Parser, Evaluator, data } = await import("@actions/expressions");

const CONTEXTS = ["github", "env", "vars", "secrets", "inputs", "matrix", "strategy", "needs", "steps", "job", "jobs", "runner"];
const STATUS = /\b(success|failure|always|cancelled)\s*\(/i;

/** The template token tree as plain JSON; an expression is kept as written, `${{ ... }}`. */
function plain(token) {
  if (token === undefined || token === null) return null;
  if (token.isExpression) return token.source ?? `\${{ ${token.expression} }}`;
  if (token.isLiteral) return token.toJSON();
  if (typeof token.count === "number" && typeof token.find === "function") {
    const out = {};
    for (const pair of token) out[pair.key.toString()] = plain(pair.value);
    return out;
  }
  if (typeof token.count === "number") {
    const out = [];
    for (let i = 0; i < token.count; i++) out.push(plain(token.get(i)));
    return out;
  }
  return token.toJSON();
}

/** Parses and validates one workflow file: its problems (GitHub's messages) and its plain tree. */
export async function readWorkflow(file) {
  const content = readFileSync(file, "utf8");
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = [...result.context.errors.getErrors()].map((e) => e.message);
  if (result.value && errors.length === 0) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message ?? String(e)));
  }
  return { errors, tree: result.value ? plain(result.value) : null };
}

/** Status functions as GitHub defines them for steps (and, given `needs`, for jobs). */
function statusFunctions(status) {
  const fn = (name, value) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }];
  return new Map([
    fn("success", status === "success"),
    fn("failure", status === "failure"),
    fn("always", true),
    fn("cancelled", status === "cancelled"),
    ["hashfiles", { name: "hashFiles", minArgs: 1, maxArgs: 255, call: () => new data.StringData("hash") }],
  ]);
}

/** Evaluates one expression (without `${{ }}`) with GitHub's evaluator; returns plain JS. */
export function evaluate(expr, contexts = {}, status = "success") {
  const lexed = new Lexer(expr).lex();
  const functions = statusFunctions(status);
  const infos = [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }));
  const tree = new Parser(lexed.tokens, CONTEXTS, infos).parse();
  const context = JSON.parse(JSON.stringify(Object.fromEntries(CONTEXTS.map((c) => [c, contexts[c] ?? {}]))), data.reviver);
  return JSON.parse(JSON.stringify(new Evaluator(tree, context, functions).evaluate(), data.replacer));
}

/** A condition as GitHub runs it: one without a status function gets an implicit success(). */
export function condition(expr) {
  if (expr === undefined || expr === null || expr === "") return "success()";
  const text = String(expr)
    .replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, "$1")
    .trim();
  return STATUS.test(text) ? text : `success() && (${text})`;
}

/** A value as written in a workflow: one whole expression gives its value, mixed text a string. */
export function interpolate(value, contexts) {
  if (typeof value !== "string") return value;
  const whole = value.match(/^\s*\$\{\{([\s\S]*?)\}\}\s*$/);
  if (whole && !whole[1].includes("}}")) return evaluate(whole[1].trim(), contexts);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr) => {
    const v = evaluate(expr.trim(), contexts);
    return v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
}

/** Reads a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIMITER` blocks. */
export function readCommandFile(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

const stringify = (env) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]));

/**
 * Runs the `run:` steps of one job as a hosted runner does: the step's condition, the workflow,
 * job and step `env` (evaluated in that order), bash -eo pipefail, GITHUB_OUTPUT and GITHUB_ENV.
 * `only` (step ids) limits which run steps execute; the others, and every action, are reported
 * as not run. Returns one report per step.
 */
export async function runJob({ file, job, contexts = {}, cwd = process.cwd(), only, env: extra = {}, timeoutSeconds = 300 }) {
  const { errors, tree } = await readWorkflow(file);
  if (errors.length) throw new Error(`${file}: ${errors.join("; ")}`);
  const spec = tree.jobs[job];
  if (!spec) throw new Error(`${file}: no job ${job}`);
  const inputs = { ...contexts.inputs };
  for (const [name, input] of Object.entries(tree.on?.workflow_call?.inputs ?? {}))
    if (inputs[name] === undefined && input?.default !== undefined) inputs[name] = input.default;
  const temp = mkdtempSync(join(tmpdir(), "runner-"));
  const ctx = { ...contexts, inputs, steps: {}, env: {} };
  let env = {};
  for (const layer of [tree.env, spec.env]) for (const [k, v] of Object.entries(layer ?? {})) env[k] = interpolate(v, { ...ctx, env });
  let status = "success";
  const reports = [];
  try {
    for (const [index, step] of (spec.steps ?? []).entries()) {
      const id = step.id ?? `__step${index}`;
      const report = { id, name: step.name ?? step.uses ?? step.run, uses: step.uses ?? null, ran: false };
      reports.push(report);
      ctx.env = env;
      if (step.uses || (only && !only.includes(id))) continue;
      if (!evaluate(condition(step.if), ctx, status)) {
        report.skipped = true;
        continue;
      }
      const stepEnv = { ...env };
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = interpolate(v, { ...ctx, env: stepEnv });
      const files = Object.fromEntries(
        ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY"].map((f) => [f, join(temp, `${f}-${index}`)]),
      );
      for (const f of Object.values(files)) writeFileSync(f, "");
      const script = join(temp, `step-${index}.sh`);
      writeFileSync(script, String(interpolate(step.run, { ...ctx, env: stepEnv })));
      const base = Object.fromEntries(["PATH", "HOME", "LANG", "TMPDIR"].filter((k) => process.env[k]).map((k) => [k, process.env[k]]));
      const started = Date.now();
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
        cwd: resolve(cwd, step["working-directory"] ?? spec.defaults?.run?.["working-directory"] ?? "."),
        env: stringify({
          ...base,
          CI: "true",
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: cwd,
          RUNNER_TEMP: temp,
          ...files,
          ...stepEnv,
          ...extra,
        }),
        encoding: "utf8",
        timeout: timeoutSeconds * 1000,
        maxBuffer: 64 * 1024 * 1024,
      });
      Object.assign(report, {
        ran: true,
        exitCode: result.status,
        seconds: (Date.now() - started) / 1000,
        output: (result.stdout ?? "") + (result.stderr ?? ""),
        outputs: readCommandFile(readFileSync(files.GITHUB_OUTPUT, "utf8")),
      });
      env = { ...env, ...readCommandFile(readFileSync(files.GITHUB_ENV, "utf8")) };
      if (step.id) ctx.steps[step.id] = { outputs: report.outputs, outcome: result.status === 0 ? "success" : "failure" };
      if (result.status !== 0 && !step["continue-on-error"]) status = "failure";
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return reports;
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const stdin = () => JSON.parse(readFileSync(0, "utf8"));
  if (command === "validate") {
    let failed = false;
    for (const file of args) {
      const { errors } = await readWorkflow(file);
      if (errors.length) {
        failed = true;
        for (const e of errors) console.log(`error ${file}: ${e}`);
      } else console.log(`ok ${file}`);
    }
    return failed ? 1 : 0;
  }
  if (command === "json") {
    const out = {};
    for (const file of args) {
      const { errors, tree } = await readWorkflow(file);
      if (errors.length) throw new Error(`${file}: ${errors.join("; ")}`);
      out[file] = tree;
    }
    process.stdout.write(JSON.stringify(out));
    return 0;
  }
  if (command === "eval") {
    const results = stdin().map(({ expr, value, contexts, status }) =>
      value !== undefined ? interpolate(value, contexts ?? {}) : evaluate(expr, contexts, status),
    );
    process.stdout.write(JSON.stringify(results));
    return 0;
  }
  if (command === "run") {
    const request = stdin();
    if (!Array.isArray(request)) process.stdout.write(JSON.stringify(await runJob(request)));
    else {
      const reports = [];
      for (const one of request) reports.push(await runJob(one));
      process.stdout.write(JSON.stringify(reports));
    }
    return 0;
  }
  process.stderr.write("usage: node scripts/workflows.mjs validate|json <file>... | eval | run\n");
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
