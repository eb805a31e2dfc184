import { thresholds } from "../../../engine/definitions/panels";

/** [value, color] pairs of the built steps; Grafana's first step has the value null. */
const steps = (direction: "worseAbove" | "worseBelow", values: number[]) =>
  thresholds(direction, values)
    .build()
    .steps.map((s) => [s.value, s.color]);

describe("traffic-light thresholds: the worst step is red, the other end green", () => {
  test("worseAbove (latency, error rates): green below the first value, red from the last", () => {
    expect(steps("worseAbove", [300])).toEqual([
      [null, "green"],
      [300, "red"],
    ]);
    expect(steps("worseAbove", [300, 500])).toEqual([
      [null, "green"],
      [300, "yellow"],
      [500, "red"],
    ]);
    // Given in any order: the highest value is where red starts.
    expect(steps("worseAbove", [10, 1, 5])).toEqual([
      [null, "green"],
      [1, "yellow"],
      [5, "orange"],
      [10, "red"],
    ]);
  });

  test("worseBelow (uptime, remaining budget): red below the lowest value, green from the highest", () => {
    expect(steps("worseBelow", [99.9])).toEqual([
      [null, "red"],
      [99.9, "green"],
    ]);
    expect(steps("worseBelow", [99.9, 99])).toEqual([
      [null, "red"],
      [99, "yellow"],
      [99.9, "green"],
    ]);
    expect(steps("worseBelow", [99.9, 99.5, 99])).toEqual([
      [null, "red"],
      [99, "orange"],
      [99.5, "yellow"],
      [99.9, "green"],
    ]);
  });

  test("no values is all green; more levels than colors is refused", () => {
    expect(steps("worseBelow", [])).toEqual([[null, "green"]]);
    expect(() => thresholds("worseAbove", [1, 2, 3, 4])).toThrow("thresholds: give at most 3 values (yellow, orange, red), got 4");
  });
});
