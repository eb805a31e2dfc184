/**
 * PromQL checks with the real grammar (@prometheus-io/lezer-promql, the parser Prometheus'
 * own UI uses). We never judge PromQL syntax ourselves.
 */
import { parser } from "@prometheus-io/lezer-promql";

type Tree = ReturnType<typeof parser.parse>;
type SyntaxNode = Tree["topNode"];
/** What a tree walk gives for each node. */
type SyntaxNodeRef = Parameters<NonNullable<Parameters<Tree["iterate"]>[0]["enter"]>>[0];

/**
 * Each expression is parsed once per process: the same text comes back for every environment's
 * model, for a selector's syntax check and its matchers, and for queries repeated across panels.
 * Entries are the results (short strings and selectors), not trees, so 1,000 SLOs cost little.
 */
const syntaxErrors = new Map<string, string | undefined>();
const selectors = new Map<string, VectorSelector | string>();

/** `find(text)`, once per text: later calls read the answer from `cache`. */
function once<T>(cache: Map<string, T>, text: string, find: (text: string) => T): T {
  if (!cache.has(text)) cache.set(text, find(text));
  return cache.get(text) as T;
}

/** The first syntax error in the expression, as a message with its column, or undefined. */
export function promqlSyntaxError(expr: string): string | undefined {
  return once(syntaxErrors, expr, (text) => findSyntaxError(text));
}

function findSyntaxError(expr: string, tree?: Tree): string | undefined {
  if (expr.trim() === "") return "is empty";
  tree ??= parser.parse(expr);
  let errorAt: number | undefined;
  tree.iterate({
    enter(node) {
      if (errorAt === undefined && node.type.isError) errorAt = node.from;
      return errorAt === undefined;
    },
  });
  if (errorAt === undefined) {
    // The grammar accepts `{}`; Prometheus rejects a selector that could match every series.
    let empty: number | undefined;
    tree.iterate({
      enter(node) {
        if (
          empty === undefined &&
          node.name === "VectorSelector" &&
          !node.node.getChild("Identifier") &&
          !node.node.getChild("LabelMatchers")?.firstChild
        )
          empty = node.from;
      },
    });
    return empty === undefined
      ? undefined
      : `is not valid PromQL: the selector at column ${empty + 1} needs a metric name or a label matcher`;
  }
  const near = expr.slice(errorAt, errorAt + 20).trim();
  return `is not valid PromQL: syntax error at column ${errorAt + 1}${near ? ` near "${near}"` : " (unexpected end)"}`;
}

export type MatchOp = "=" | "!=" | "=~" | "!~";

export interface LabelMatcher {
  readonly name: string;
  readonly op: MatchOp;
  readonly value: string;
}

/** An instant-vector selector: metric name and label matchers. */
export interface VectorSelector {
  readonly metric: string;
  readonly matchers: readonly LabelMatcher[];
}

const MATCH_OPS: Record<string, MatchOp> = { EqlSingle: "=", Neq: "!=", EqlRegex: "=~", NeqRegex: "!~" };

/**
 * Parses `metric{label="value",...}`. Returns a message instead when the text is not
 * valid PromQL or is any other expression: SLI sources name counters, the model writes
 * the rate() and sum() around them.
 */
export function parseSelector(text: string): VectorSelector | string {
  let selector = selectors.get(text);
  if (selector === undefined) selectors.set(text, (selector = readSelector(text)));
  return selector;
}

function readSelector(text: string): VectorSelector | string {
  const tree = parser.parse(text);
  if (!syntaxErrors.has(text)) syntaxErrors.set(text, findSyntaxError(text, tree));
  const syntax = syntaxErrors.get(text);
  if (syntax) return syntax;
  const top = tree.topNode.firstChild;
  if (!top || top.name !== "VectorSelector" || top.nextSibling) {
    return 'must be a plain selector such as metric_name{label="value"}, without functions or operators';
  }
  const nameNode = top.getChild("Identifier");
  if (!nameNode) return "must start with a metric name";
  const matchers: LabelMatcher[] = [];
  const list = top.getChild("LabelMatchers");
  for (let m: SyntaxNode | null = list?.firstChild ?? null; m; m = m.nextSibling) {
    if (m.name !== "UnquotedLabelMatcher") {
      if (m.name === "QuotedLabelMatcher") return "must use unquoted label names";
      continue;
    }
    const label = m.getChild("LabelName");
    const op = m.getChild("MatchOp")?.firstChild;
    const value = m.getChild("StringLiteral");
    if (!label || !op || !value) return "has an incomplete label matcher";
    // Prometheus refuses a second name: "metric name must not be set twice".
    if (text.slice(label.from, label.to) === "__name__")
      return "sets the metric name twice (before the braces and as __name__), which Prometheus refuses; keep the one before the braces";
    matchers.push(
      Object.freeze({
        name: text.slice(label.from, label.to),
        op: MATCH_OPS[op.name],
        value: unquote(text.slice(value.from, value.to)),
      }),
    );
  }
  const regex = regexError(text, tree);
  if (regex) return regex;
  // Shared by every caller that parses the same text, so nobody may change it.
  return Object.freeze({ metric: text.slice(nameNode.from, nameNode.to), matchers: Object.freeze(matchers) });
}

function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  if (literal.startsWith("`")) return body;
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t" })[c] ?? c);
}

/** Canonical text of a selector, with double-quoted values. */
export function formatSelector(selector: VectorSelector): string {
  if (selector.matchers.length === 0) return selector.metric;
  const matchers = selector.matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`);
  return `${selector.metric}{${matchers.join(",")}}`;
}

/**
 * Why an alert condition cannot fire, when its result is not an instant vector: a range vector
 * (`x[5m]`, a subquery) or a string is rejected by Prometheus, Cloud Monitoring and Grafana when
 * the rule is evaluated, not when it is loaded.
 */
export function alertConditionTypeError(expr: string): string | undefined {
  return once(conditionTypeErrors, expr, findConditionTypeError);
}
const conditionTypeErrors = new Map<string, string | undefined>();

function findConditionTypeError(expr: string): string | undefined {
  let node: SyntaxNode | null = parser.parse(expr).topNode.firstChild;
  while (node && node.name === "ParenExpr") node = node.firstChild;
  if (!node) return undefined;
  if (node.name === "MatrixSelector" || node.name === "SubqueryExpr")
    return "is a range vector; an alert condition must return an instant vector (wrap it in a function such as rate() or max_over_time())";
  if (node.name === "StringLiteral") return "is a string; an alert condition must return an instant vector";
  return contradictoryMatchers(expr);
}

/**
 * A selector that asks one label for two values (`up{job="a",job="b"}`): Prometheus takes it, and
 * it selects no series ever (every matcher of a selector must hold:
 * https://prometheus.io/docs/prometheus/latest/querying/basics/#time-series-selectors), so an alert on it can never fire.
 */
function contradictoryMatchers(expr: string): string | undefined {
  let found: string | undefined;
  parser.parse(expr).iterate({
    enter(node) {
      if (found || node.name !== "LabelMatchers") return found === undefined;
      const equal = new Map<string, string>();
      for (let m: SyntaxNode | null = node.node.firstChild; m; m = m.nextSibling) {
        const label = m.getChild("LabelName");
        const op = m.getChild("MatchOp")?.firstChild;
        const value = m.getChild("StringLiteral");
        if (!label || op?.name !== "EqlSingle" || !value) continue;
        const name = expr.slice(label.from, label.to);
        const text = unquote(expr.slice(value.from, value.to));
        const other = equal.get(name);
        if (other !== undefined && other !== text)
          found = `selects no series: ${name}=${JSON.stringify(other)} and ${name}=${JSON.stringify(text)} in one selector cannot both hold, so the alert could never fire; use ${name}=~"${other}|${text}" for either`;
        equal.set(name, text);
      }
      return false;
    },
  });
  return found;
}

/** The selector with `added` matchers (equality), each unless the selector already matches that label. */
export function selectorWithMatchers(selector: VectorSelector, added: Readonly<Record<string, string>>): VectorSelector {
  const extra = Object.entries(added)
    .filter(([name]) => !selector.matchers.some((m) => m.name === name))
    .map(([name, value]) => ({ name, op: "=" as const, value }));
  return extra.length ? { metric: selector.metric, matchers: [...selector.matchers, ...extra] } : selector;
}

/**
 * The expression with `added` matchers (equality) in every series selector, plain or inside a
 * range or subquery, each unless the selector already matches that label; not in selectors of
 * series rules write (a recording rule's `level:metric:operations` name, `ALERTS`), which carry
 * no scrape label. The parser finds the selectors; the text around them is kept as written.
 */
export function exprWithMatchers(expr: string, added: Readonly<Record<string, string>>): string {
  const entries = Object.entries(added);
  if (!entries.length) return expr;
  const edits: { at: number; text: string }[] = [];
  parser.parse(expr).iterate({
    enter(node) {
      if (node.name !== "VectorSelector") return;
      // Series the rules write themselves carry no scrape label: recording rules (level:metric:op) and ALERTS.
      const name = node.node.getChild("Identifier");
      if (name && /:|^ALERTS(_FOR_STATE)?$/.test(expr.slice(name.from, name.to))) return false;
      const list = node.node.getChild("LabelMatchers");
      const present = new Set<string>();
      for (let m: SyntaxNode | null = list?.firstChild ?? null; m; m = m.nextSibling) {
        const label = m.getChild("LabelName");
        const quoted = m.getChild("QuotedLabelName") ?? (label ? null : m.getChild("StringLiteral"));
        if (label) present.add(expr.slice(label.from, label.to));
        else if (quoted) present.add(unquote(expr.slice(quoted.from, quoted.to)));
      }
      const text = entries
        .filter(([name]) => !present.has(name))
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(",");
      if (!text) return false;
      if (!list) edits.push({ at: node.to, text: `{${text}}` });
      else {
        const close = expr.lastIndexOf("}", list.to - 1);
        const inner = expr.slice(list.from + 1, close).trim();
        edits.push({ at: close, text: inner === "" ? text : inner.endsWith(",") ? text : `,${text}` });
      }
      return false;
    },
  });
  let out = expr;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at);
  return out;
}

const typeErrors = new Map<string, string | undefined>();

/**
 * What Prometheus would refuse in a syntactically valid expression, as its own UI's linter
 * (@prometheus-io/codemirror-promql, a port of Prometheus' parser checks) finds it: argument
 * types and counts (`rate(up)`, `clamp_max(up)`), aggregation operands (`sum(up[5m])`), a scalar
 * comparison without `bool` (`1 > 0`); and label-matcher regexes that Go's regexp (RE2 syntax,
 * re2js) cannot compile (`(?!x)`, an unbalanced `(`). Loaded on first use; each text checked once.
 */
export function promqlTypeError(expr: string): string | undefined {
  return once(typeErrors, expr, findTypeError);
}

function findTypeError(expr: string): string | undefined {
  const { EditorState } = require("@codemirror/state") as typeof import("@codemirror/state");
  const { ensureSyntaxTree, syntaxTree } = require("@codemirror/language") as typeof import("@codemirror/language");
  // The language and the linter alone: the package's editor extension also loads completion.
  const { promQLLanguage, LanguageType } = require("@prometheus-io/codemirror-promql/dist/cjs/promql.js") as {
    promQLLanguage: (top: unknown) => import("@codemirror/state").Extension;
    LanguageType: { PromQL: unknown };
  };
  const { Parser } = require("@prometheus-io/codemirror-promql/dist/cjs/parser/parser.js") as {
    Parser: new (state: import("@codemirror/state").EditorState) => {
      analyze(): void;
      getDiagnostics(): { message: string; from: number }[];
    };
  };
  promqlExtension ??= promQLLanguage(LanguageType.PromQL);
  // A new state parses for 20 ms and up to 3,000 characters, then keeps that tree as its own: a
  // loaded machine or a long expression would hand the linter half a tree. So the parse is
  // finished first, and an empty transaction makes a state whose tree is the whole one.
  let state = EditorState.create({ doc: expr, extensions: [promqlExtension] });
  while (!ensureSyntaxTree(state, expr.length, 1000));
  state = state.update({}).state;
  if (syntaxTree(state).length < expr.length) throw new Error(`the PromQL linter's parse of ${expr.length} characters did not finish`);
  const linter = new Parser(state);
  linter.analyze();
  const [first] = linter.getDiagnostics();
  if (first) return `is not valid PromQL: ${first.message} (at column ${first.from + 1})`;
  return rangeError(expr) ?? durationError(expr) ?? regexError(expr) ?? labelFunctionError(expr) ?? emptySelectorError(expr);
}

/** Prometheus's duration units in nanoseconds (model.ParseDuration: a year is 365 days). */
const DURATION_UNIT_NS: Record<string, bigint> = {
  y: 365n * 86400n * 10n ** 9n,
  w: 7n * 86400n * 10n ** 9n,
  d: 86400n * 10n ** 9n,
  h: 3600n * 10n ** 9n,
  m: 60n * 10n ** 9n,
  s: 10n ** 9n,
  ms: 10n ** 6n,
};

/**
 * A range, subquery step or offset longer than Prometheus holds in its int64 of nanoseconds
 * (about 292 years): the grammar reads `up[1000000d]`, Prometheus refuses "duration out of range";
 * and a range, subquery step or offset of zero (`[0s]`), which it refuses as not greater than 0.
 */
function durationError(expr: string): string | undefined {
  return firstProblem(parser.parse(expr), (node) => {
    if (node.name !== "NumberDurationLiteralInDurationContext") return undefined;
    const text = expr.slice(node.from, node.to);
    if (!/[a-z]/.test(text))
      return `is not valid PromQL: the duration ${text} at column ${node.from + 1} has no unit (ms, s, m, h, d, w, y)`;
    let ns = 0n;
    for (const [, n, unit] of text.matchAll(/(\d+)(ms|y|w|d|h|m|s)/g)) ns += BigInt(n) * DURATION_UNIT_NS[unit];
    if (ns > 2n ** 63n - 1n) return `is not valid PromQL: duration ${text} is out of range (Prometheus stops at about 292 years)`;
    const owner = node.node.parent?.parent?.name;
    if (ns === 0n && (owner === "MatrixSelector" || owner === "SubqueryExpr" || owner === "OffsetExpr"))
      return `is not valid PromQL: a range, subquery step or offset of ${text} at column ${node.from + 1}; Prometheus wants one greater than 0`;
    return undefined;
  });
}

/** The first message `check` gives for a node of the tree, in document order. */
function firstProblem(tree: Tree, check: (node: SyntaxNodeRef) => string | undefined): string | undefined {
  let problem: string | undefined;
  tree.iterate({
    enter(node) {
      problem ??= check(node);
      return problem === undefined;
    },
  });
  return problem;
}

/**
 * A range on anything but a series selector, which Prometheus refuses. The grammar reads
 * `up + up[5m]` as `(up + up)[5m]` and the linter then looks only inside; Prometheus reads
 * `up + (up[5m])` and refuses the range vector operand: refused either way.
 */
function rangeError(expr: string): string | undefined {
  let at: number | undefined;
  parser.parse(expr).iterate({
    enter(node) {
      if (at === undefined && node.name === "MatrixSelector" && node.node.firstChild?.name !== "VectorSelector") at = node.from;
      return at === undefined;
    },
  });
  return at === undefined
    ? undefined
    : `is not valid PromQL: a range such as [5m] applies to a series selector only, not to the expression at column ${at + 1}`;
}
let promqlExtension: import("@codemirror/state").Extension | undefined;

/** The first =~ or !~ matcher whose regex Go's regexp refuses, as Prometheus would report it. */
function regexError(expr: string, tree: Tree = parser.parse(expr)): string | undefined {
  return firstProblem(tree, (node) => {
    if (node.name !== "UnquotedLabelMatcher" && node.name !== "QuotedLabelMatcher") return undefined;
    const op = node.node.getChild("MatchOp")?.firstChild?.name;
    const value = node.node.getChild("StringLiteral");
    if ((op !== "EqlRegex" && op !== "NeqRegex") || !value) return undefined;
    const pattern = unquote(expr.slice(value.from, value.to));
    const { RE2JS } = require("re2js") as typeof import("re2js");
    try {
      RE2JS.compile(pattern);
      return undefined;
    } catch (e) {
      return `is not valid PromQL: the regex ${JSON.stringify(pattern)} at column ${value.from + 1} is not RE2 syntax, which Prometheus uses (${(e as Error).message})`;
    }
  });
}

/**
 * label_replace() and label_join() take their label names and regex as strings, which Prometheus
 * checks only when it evaluates them (promql/functions.go): an invalid one fails every
 * evaluation of the rule, so the alert never fires, and promtool's check of the file passes.
 */
function labelFunctionError(expr: string, tree: Tree = parser.parse(expr)): string | undefined {
  const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/; // model.LabelNameRE
  return firstProblem(tree, (node) => {
    if (node.name !== "FunctionCall") return undefined;
    const name = node.node.getChild("FunctionIdentifier");
    const fn = name ? expr.slice(name.from, name.to) : "";
    if (fn !== "label_replace" && fn !== "label_join") return undefined;
    const args = node.node.getChild("FunctionCallBody")?.getChildren("StringLiteral") ?? [];
    const text = args.map((a) => unquote(expr.slice(a.from, a.to)));
    const at = (i: number) => `at column ${args[i].from + 1}`;
    // label_replace(v, dst, replacement, src, regex) checks dst and the regex (a source label that
    // does not exist reads as empty); label_join(v, dst, separator, src...) checks every name.
    const labels = fn === "label_replace" ? [0] : [0, ...text.map((_, i) => i).filter((i) => i >= 2)];
    for (const i of labels)
      if (text[i] !== undefined && !LABEL.test(text[i]))
        return `is not valid PromQL: ${JSON.stringify(text[i])} ${at(i)} is no label name, and Prometheus fails every evaluation of ${fn}() with it`;
    if (fn === "label_replace" && text[3] !== undefined) {
      const { RE2JS } = require("re2js") as typeof import("re2js");
      try {
        RE2JS.compile(`^(?:${text[3]})$`);
      } catch (e) {
        return `is not valid PromQL: the regex ${JSON.stringify(text[3])} ${at(3)} is not RE2 syntax, and Prometheus fails every evaluation of label_replace() with it (${(e as Error).message})`;
      }
    }
    return undefined;
  });
}

/**
 * A selector without a metric name whose every matcher also matches the empty string
 * (`{job=~".*"}`) would select every series: Prometheus refuses it ("vector selector must contain
 * at least one non-empty matcher").
 */
function emptySelectorError(expr: string): string | undefined {
  const { RE2JS } = require("re2js") as typeof import("re2js");
  return firstProblem(parser.parse(expr), (node) => {
    if (node.name !== "VectorSelector" || node.node.getChild("Identifier")) return undefined;
    const matchers = node.node.getChild("LabelMatchers");
    const selector = expr.slice(node.from, node.to);
    if (matchers?.getChild("QuotedLabelName"))
      return `is not valid PromQL: a quoted metric name inside braces (${selector}, Prometheus 3's form) at column ${node.from + 1} is refused by the promtool this project checks with; write the name before the braces`;
    const all = matchers ? [...matchers.getChildren("UnquotedLabelMatcher"), ...matchers.getChildren("QuotedLabelMatcher")] : [];
    const matchesEmpty = (m: (typeof all)[number]) => {
      const op = m.getChild("MatchOp")?.firstChild?.name;
      const literal = m.getChild("StringLiteral");
      const value = literal ? unquote(expr.slice(literal.from, literal.to)) : "";
      const regexEmpty = () => RE2JS.compile(`^(?:${value})$`).matches("");
      if (op === "EqlSingle") return value === "";
      if (op === "Neq") return value !== "";
      if (op === "EqlRegex") return regexEmpty();
      return !regexEmpty();
    };
    try {
      if (!all.every(matchesEmpty)) return undefined;
    } catch {
      // A bad regex is regexError's to report.
      return undefined;
    }
    return `is not valid PromQL: the selector ${selector} at column ${node.from + 1} names no metric and each of its matchers matches the empty string, so it would select every series; Prometheus refuses it`;
  });
}

/** Label names Prometheus accepts; names starting with `__` are reserved for its own use. */
export function labelNameError(name: string): string | undefined {
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name))
    return "is not a Prometheus label name (letters, digits and underscores, not starting with a digit)";
  if (name.startsWith("__")) return "starts with __, which Prometheus reserves for its own labels";
  return undefined;
}
