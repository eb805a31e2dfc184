/**
 * Reading `<query> <op> <number>` out of an alert condition, for the threshold line of its chart:
 * only where the comparison is the condition's outermost operation and filters by a number.
 */
import { comparisonWithNumber } from "../../../engine/model/alert-threshold";

test.each([
  ["sum(rate(x[5m])) by (job) > 0.5", { query: "sum(rate(x[5m])) by (job)", op: ">", value: 0.5 }],
  ["(up >= 1e3)", { query: "up", op: ">=", value: 1000 }],
  ["free_bytes < -1", { query: "free_bytes", op: "<", value: -1 }],
  ["a / (b > 0) <= 0x10", { query: "a / (b > 0)", op: "<=", value: 16 }],
  ["up == 0", { query: "up", op: "==", value: 0 }],
])("%s is a query compared with a number", (expr, expected) => {
  expect(comparisonWithNumber(expr)).toEqual(expected);
});

test.each([
  ["a 0/1 series, not a filter", "up > bool 1"],
  ["a number on the left", "5 < up"],
  ["comparisons joined by and", "a > 1 and b < 2"],
  ["a comparison with unless", "a > 1 unless b"],
  ["a threshold that is no finite number", "up > Inf"],
  ["a vector on the right", "a > on() b"],
  ["no comparison at all", 'absent(up{job="x"})'],
  ["a syntax error", "up > "],
])("%s is charted whole: %s", (_, expr) => {
  expect(comparisonWithNumber(expr)).toBeUndefined();
});
