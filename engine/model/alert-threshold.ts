/**
 * The threshold an alert condition compares against, read with the real PromQL grammar
 * (@prometheus-io/lezer-promql), so a chart can draw the condition's query with its threshold
 * as a line instead of the 0/1 of the whole comparison.
 */
import { parser } from "@prometheus-io/lezer-promql";

/** A comparison operator of PromQL, as written. */
export type ComparisonOp = ">" | ">=" | "<" | "<=" | "==" | "!=";

const OPS: Readonly<Record<string, ComparisonOp>> = { Gtr: ">", Gte: ">=", Lss: "<", Lte: "<=", Eql: "==", Neq: "!=" };

/** An alert condition of the form `<query> <op> <number>`, split into its parts. */
export interface ComparisonWithNumber {
  /** The left-hand side, as written. */
  readonly query: string;
  readonly op: ComparisonOp;
  readonly value: number;
}

/**
 * The condition as `<query> <op> <number>` when that is its outermost operation (parentheses
 * around it allowed), or undefined: for `a > bool 1` (a 0/1 series, not a filter), a number on
 * the left, `and`/`or`/`unless` of comparisons, a threshold that is no finite number (`Inf`, `5m`),
 * or a syntax error.
 */
export function comparisonWithNumber(expr: string): ComparisonWithNumber | undefined {
  const tree = parser.parse(expr);
  let broken = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) broken = true;
      return !broken;
    },
  });
  if (broken) return undefined;
  let node = tree.topNode.firstChild;
  while (node?.name === "ParenExpr") node = node.firstChild;
  if (node?.name !== "BinaryExpr") return undefined;
  const parts: { name: string; from: number; to: number }[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) parts.push(child);
  // Exactly left, operator, right: a `bool` or `on(...)` modifier makes four parts.
  if (parts.length !== 3) return undefined;
  const [left, op, right] = parts;
  const comparison = OPS[op.name];
  if (!comparison || right.name !== "NumberDurationLiteral" || left.name === "NumberDurationLiteral") return undefined;
  const value = Number(expr.slice(right.from, right.to));
  if (!Number.isFinite(value)) return undefined;
  return { query: expr.slice(left.from, left.to).trim(), op: comparison, value };
}
