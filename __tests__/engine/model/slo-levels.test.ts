/**
 * An SLO's own status levels (SloDefinition.levels): each replaces its policy's level, given on the
 * budget left or on the SLI (converted once, in the model), and refused with the reason and the
 * fix when it cannot mean a level. What they do on each target is tested with the target.
 */
import type { SloLevelsDefinition } from "../../../engine/definitions/types";
import { budgetLeftAt, sliAt } from "../../../engine/model/slo-levels";
import { defaults, model, problemsOf, withoutOverrides } from "../../helpers";

/** The fixture (without staging's other objective) with api-availability (99.9% over 30 days) given these levels. */
const withLevels = (levels: unknown, objective = 99.9) => {
  const defs = withoutOverrides(defaults());
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, objective, levels: levels as SloLevelsDefinition } : s));
  return defs;
};
const levelsOf = (levels: unknown, objective?: number) =>
  model(withLevels(levels, objective))
    .slos.find((s) => s.id === "api-availability")!
    .levels.map((l) => [l.state, l.remainingAtOrBelow, l.sliAtOrBelow, l.severity, l.own]);

test("without levels an SLO follows its policy, each level with the SLI value it means for this objective", () => {
  expect(levelsOf(undefined)).toEqual([
    ["warning", 0.5, 99.95, "P3", false],
    ["critical", 0.2, 99.92, "P2", false],
    ["exhausted", 0, 99.9, "P2", false],
  ]);
});

test("an SLI level is converted to the budget it leaves, 1 - (100 - sli) / (100 - objective), without float noise", () => {
  expect(budgetLeftAt(99.5, 99)).toBe(0.5);
  // 99.95 of 99.9 is 0.5 exactly, not 0.5000000000000284.
  expect(budgetLeftAt(99.95, 99.9)).toBe(0.5);
  expect(budgetLeftAt(99.9, 99.9)).toBe(0);
  expect(sliAt(0.25, 99)).toBe(99.25);
  expect(levelsOf({ warning: { sliBelow: 99.97 }, critical: { budgetLeft: 0.3, severity: "P1" } })).toEqual([
    ["warning", 0.7, 99.97, "P3", true],
    ["critical", 0.3, 99.93, "P1", true],
    ["exhausted", 0, 99.9, "P2", false],
  ]);
  // The same SLI level means another budget under another objective.
  expect(levelsOf({ warning: { sliBelow: 99.5 } }, 99)[0]).toEqual(["warning", 0.5, 99.5, "P3", true]);
});

test("levels reach the budget alerts; turning the alerts off keeps the levels for the dashboards", () => {
  const defs = withLevels({ exhausted: { budgetLeft: 0.1 } });
  const on = model(defs).slos.find((s) => s.id === "api-availability")!;
  expect(on.budgetAlerts.map((b) => b.remainingAtOrBelow)).toEqual([0.5, 0.2, 0.1]);
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, alerting: { ...s.alerting, budgetAlerts: false } } : s));
  const off = model(defs).slos.find((s) => s.id === "api-availability")!;
  expect([off.budgetAlerts, off.levels.map((l) => l.remainingAtOrBelow)]).toEqual([[], [0.5, 0.2, 0.1]]);
});

test("a level that cannot be one is refused with the reason and the fix, every problem at once", () => {
  expect(
    problemsOf(
      withLevels({
        warning: { budgetLeft: 0.6, sliBelow: 99.95 },
        critical: {},
        exhausted: { sliBelow: 100 },
        healthy: { budgetLeft: 0.9 },
      }),
    ),
  ).toEqual([
    'slo "api-availability": levels.healthy: is not a level; levels are warning, critical, exhausted (healthy is everything above warning)',
    'slo "api-availability": levels.warning: gives both budgetLeft and sliBelow: give one; sliBelow is converted to the budget it leaves, so the two could disagree',
    'slo "api-availability": levels.critical: gives neither budgetLeft nor sliBelow: give one, e.g. { budgetLeft: 0.5 } or { sliBelow: 99.5 }, or leave the level out to keep the policy\'s',
    'slo "api-availability": levels.exhausted.sliBelow: must be below 100, got 100: every SLI is at or below 100%, so the SLO would always be in this state; give a value between the objective and 100',
  ]);
  expect(problemsOf(withLevels({ warning: { sliBelow: 99.8 } }))).toEqual([
    'slo "api-availability": levels.warning.sliBelow: is below the objective 99.9, got 99.8: the budget is all spent when the SLI reaches the objective, so this level means less than none left; give a value from 99.9 up to 100, or budgetLeft',
  ]);
  expect(problemsOf(withLevels({ warning: { budgetLeft: 50 } }))).toEqual([
    'slo "api-availability": levels.warning.budgetLeft: is a fraction: did you mean 0.5? got 50',
  ]);
});

test("levels out of order once merged with the policy are refused on the SLO's own level; wrong types and unknown settings too", () => {
  // 0.6 for critical is above the policy's warning at 0.5.
  expect(problemsOf(withLevels({ critical: { budgetLeft: 0.6 } }))).toEqual([
    "slo \"api-availability\": levels.critical: puts the levels out of order: critical (budget left 0.6, this SLO's) must leave less budget than warning (budget left 0.5, the policy's); set both levels here, or pick a value that keeps warning above critical above exhausted",
  ]);
  // Given both, in order: accepted.
  expect(problemsOf(withLevels({ warning: { budgetLeft: 0.8 }, critical: { budgetLeft: 0.6 } }))).toEqual([]);
  expect(problemsOf(withLevels({ warning: { sliBelow: "99.5", severity: "P9", budget: 0.5 } }))).toEqual([
    'slo "api-availability": levels.warning.budget: is not a level setting; a level takes budgetLeft or sliBelow, and severity',
    'slo "api-availability": levels.warning.severity: must be one of P0, P1, P2, P3, got "P9"',
    'slo "api-availability": levels.warning.sliBelow: must be the SLI in percent, e.g. 99.5, got "99.5"',
  ]);
  expect(problemsOf(withLevels([{ budgetLeft: 0.5 }]))).toEqual([
    'slo "api-availability": levels: must be an object of levels such as { warning: { sliBelow: 99.5 } }, got [{"budgetLeft":0.5}]',
  ]);
  expect(problemsOf(withLevels({ exhausted: 0 }))).toEqual([
    'slo "api-availability": levels.exhausted: must be an object such as { budgetLeft: 0.5 } or { sliBelow: 99.5 }, got 0',
  ]);
});

test("an environment whose objective differs converts the SLI levels against its own, and says so when they no longer fit", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, levels: { warning: { sliBelow: 99.7 } } } : s));
  // 99.7 would fit staging's 99.5% objective but not the 99.9% everywhere else.
  expect(problemsOf(defs)).toEqual([
    'slo "api-availability": levels.warning.sliBelow: is below the objective 99.9, got 99.7: the budget is all spent when the SLI reaches the objective, so this level means less than none left; give a value from 99.9 up to 100, or budgetLeft',
  ]);
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, levels: { warning: { sliBelow: 99.95 } } } : s));
  // In staging (99.5%) the same SLI leaves 0.9 of the budget.
  const m = model(defs);
  expect(m.slos.find((s) => s.id === "api-availability")!.levels[0].remainingAtOrBelow).toBe(0.5);
  expect(m.environmentModels.staging.slos.find((s) => s.id === "api-availability")!.levels[0].remainingAtOrBelow).toBe(0.9);
});
