/**
 * Counter queries as other tools write them (`sum(rate(x[5m]))`, `sum by (job) (x)`, Sloth's
 * `[{{.window}}]`, sums and differences of such) read back into the counters they add up, with
 * the real PromQL grammar (@prometheus-io/lezer-promql). The model takes counters and writes
 * the rate() and sum() of every window itself, so the window, the grouping and the aggregation
 * written in the file are dropped: an SLO is judged over all its events.
 */
import { parser } from "@prometheus-io/lezer-promql";
import { parseSelector, promqlSyntaxError, type LabelMatcher, type VectorSelector } from "../model/promql";

type SyntaxNode = ReturnType<typeof parser.parse>["topNode"];

/** Counters added up, in the order written. */
export interface CounterSum {
  readonly counters: readonly VectorSelector[];
  /** Every counter is read through rate() or increase(): the query's values count events per window. */
  readonly rated: boolean;
}

/** A sum of counters, or one sum minus another (Sloth's `total - good` for bad events). */
export type CounterQuery =
  | { readonly kind: "sum"; readonly sum: CounterSum }
  | { readonly kind: "difference"; readonly minuend: CounterSum; readonly subtrahend: CounterSum };

/** Sloth's window placeholder, which any duration stands in for: the model writes its own windows. */
const WINDOW_TEMPLATE = /\{\{\s*\.window\s*\}\}/g;

const EXAMPLE = 'such as sum(rate(requests_total{code=~"5.."}[5m])), or several added up';

/** The counters a query adds up, or why it is not such a query. */
export function parseCounterQuery(query: unknown): CounterQuery | string {
  if (typeof query !== "string") return "must be a PromQL query";
  const text = query.replace(WINDOW_TEMPLATE, "5m");
  if (text.includes("{{")) return "uses a template other than {{.window}}";
  const syntax = promqlSyntaxError(text);
  if (syntax) return syntax;
  let top: SyntaxNode | null = parser.parse(text).topNode.firstChild;
  while (top?.name === "ParenExpr") top = top.firstChild;
  if (!top) return "is empty";
  if (top.name === "BinaryExpr" && binaryOperator(top) === "Sub") {
    const [left, right] = operands(top);
    const minuend = sumOf(left, text);
    if (typeof minuend === "string") return minuend;
    const subtrahend = sumOf(right, text);
    if (typeof subtrahend === "string") return subtrahend;
    return { kind: "difference", minuend, subtrahend };
  }
  const sum = sumOf(top, text);
  return typeof sum === "string" ? sum : { kind: "sum", sum };
}

/** The operator of a binary expression when it is plain (no bool, on() or ignoring()), else undefined. */
function binaryOperator(node: SyntaxNode): string | undefined {
  const children: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
  return children.length === 3 ? children[1].name : undefined;
}

function operands(node: SyntaxNode): [SyntaxNode, SyntaxNode] {
  return [node.firstChild!, node.lastChild!];
}

function sumOf(node: SyntaxNode, text: string): CounterSum | string {
  const written = (n: SyntaxNode) => {
    const slice = text.slice(n.from, n.to).replace(/\s+/g, " ");
    return slice.length > 60 ? `${slice.slice(0, 57)}...` : slice;
  };
  const refuse = (n: SyntaxNode, why: string) => `must add up counters, ${EXAMPLE}; ${JSON.stringify(written(n))} ${why}`;
  switch (node.name) {
    case "VectorSelector": {
      const selector = parseSelector(text.slice(node.from, node.to));
      return typeof selector === "string" ? selector : { counters: [selector], rated: false };
    }
    case "ParenExpr":
      return node.firstChild ? sumOf(node.firstChild, text) : refuse(node, "is empty");
    case "AggregateExpr": {
      const op = node.getChild("AggregateOp")?.firstChild?.name;
      if (op !== "Sum") return refuse(node, "is not a sum: only sum() adds events up");
      const body = node.getChild("FunctionCallBody")?.firstChild;
      return body ? sumOf(body, text) : refuse(node, "is empty");
    }
    case "FunctionCall": {
      const fn = node.getChild("FunctionIdentifier")?.firstChild?.name;
      if (fn !== "Rate" && fn !== "Increase") return refuse(node, "is a function other than rate() or increase() of a counter");
      const arg = node.getChild("FunctionCallBody")?.firstChild;
      if (arg?.name !== "MatrixSelector")
        return refuse(node, "does not read a counter over a plain range (offset, @ and subqueries are not supported)");
      const selector = parseSelector(text.slice(arg.firstChild!.from, arg.firstChild!.to));
      return typeof selector === "string" ? selector : { counters: [selector], rated: true };
    }
    case "BinaryExpr": {
      if (binaryOperator(node) !== "Add") return refuse(node, "is an operation other than + of counters");
      const [left, right] = operands(node).map((n) => sumOf(n, text));
      if (typeof left === "string") return left;
      if (typeof right === "string") return right;
      return { counters: [...left.counters, ...right.counters], rated: left.rated && right.rated };
    }
    default:
      return refuse(node, "is not a counter, a sum or a rate of one");
  }
}

/**
 * The counters of a sum as one selector, when one can select exactly them: a single counter, or
 * the same metric with the same matchers except one label matched with `=` to different values
 * (`x{code="500"} + x{code="503"}` is `x{code=~"500|503"}`). Otherwise undefined: the model
 * takes one selector per good, bad and total today.
 */
export function asOneSelector(sum: CounterSum): VectorSelector | undefined {
  const [first, ...rest] = sum.counters;
  if (rest.length === 0) return first;
  if (rest.some((s) => s.metric !== first.metric || s.matchers.length !== first.matchers.length)) return undefined;
  const key = (m: LabelMatcher) => `${m.name}${m.op}${m.value}`;
  const others = (s: VectorSelector, label: string) =>
    s.matchers
      .filter((m) => m.name !== label)
      .map(key)
      .sort()
      .join(",");
  for (const candidate of first.matchers.filter((m) => m.op === "=")) {
    const label = candidate.name;
    const values = sum.counters.map((s) => s.matchers.filter((m) => m.name === label));
    if (values.some((v) => v.length !== 1 || v[0].op !== "=")) continue;
    const distinct = new Set(values.map((v) => v[0].value));
    if (distinct.size !== sum.counters.length) continue;
    if (sum.counters.some((s) => others(s, label) !== others(first, label))) continue;
    const regex = [...distinct].map((v) => v.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&")).join("|");
    return {
      metric: first.metric,
      matchers: first.matchers.map((m) => (m.name === label ? { name: label, op: "=~", value: regex } : m)),
    };
  }
  return undefined;
}

/** Same counter: metric and matchers, in any order. */
export function sameSelector(a: VectorSelector, b: VectorSelector): boolean {
  const key = (s: VectorSelector) => [s.metric, ...s.matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`).sort()].join(" ");
  return key(a) === key(b);
}
