/**
 * An SLO's status levels: its team's or the organisation's error-budget policy, level by level
 * replaced by the SLO's own (SloDefinition.levels), each on the budget left and as the SLI value
 * that budget means. A level given on the SLI is converted here, once, so every target compares
 * the same budget fraction.
 */
import { SEVERITIES } from "../definitions/types";
import { isSeverity } from "./checks";
import type { Problems } from "./problems";
import { describeNumber } from "./text-checks";
import type { BudgetAlertModel, SloLevelModel } from "./types";

const STATES = ["warning", "critical", "exhausted"] as const;
const SETTINGS = ["budgetLeft", "sliBelow", "severity"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const round = (x: number) => Number(x.toPrecision(12));

/** The budget left when the SLI over the window is `sli` percent: 1 - (100 - sli) / (100 - objective). */
export function budgetLeftAt(sli: number, objective: number): number {
  return round(1 - (100 - sli) / (100 - objective));
}

/** The SLI over the window, in percent, at which `left` of the budget is left: 100 - (1 - left) x (100 - objective). */
export function sliAt(left: number, objective: number): number {
  return round(100 - (1 - left) * (100 - objective));
}

/**
 * The SLO's levels, most budget left first: its own where `given` sets them, else its policy's.
 * `objective` is undefined when it is itself wrong (already reported): SLI levels are then not
 * converted. Every problem of `given` is reported at once, on `levels.<state>.<setting>`.
 */
export function sloLevels(
  where: string,
  given: unknown,
  objective: number | undefined,
  policy: readonly BudgetAlertModel[],
  problems: Problems,
): SloLevelModel[] {
  const fromPolicy = (b: BudgetAlertModel): SloLevelModel => ({
    ...b,
    sliAtOrBelow: sliAt(b.remainingAtOrBelow, objective ?? 0),
    own: false,
  });
  if (given === undefined) return policy.map(fromPolicy);
  if (!isObject(given)) {
    problems.add(where, "levels", `must be an object of levels such as { warning: { sliBelow: 99.5 } }, got ${JSON.stringify(given)}`);
    return policy.map(fromPolicy);
  }
  // A typo (warn for warning) would be ignored: the level would silently stay the policy's.
  for (const key of Object.keys(given))
    if (!(STATES as readonly string[]).includes(key))
      problems.add(where, `levels.${key}`, `is not a level; levels are ${STATES.join(", ")} (healthy is everything above warning)`);
  const levels = policy.map((b): SloLevelModel => {
    const level = given[b.state];
    const field = `levels.${b.state}`;
    if (level === undefined) return fromPolicy(b);
    if (!isObject(level)) {
      problems.add(where, field, `must be an object such as { budgetLeft: 0.5 } or { sliBelow: 99.5 }, got ${JSON.stringify(level)}`);
      return fromPolicy(b);
    }
    for (const key of Object.keys(level))
      if (!SETTINGS.includes(key))
        problems.add(where, `${field}.${key}`, "is not a level setting; a level takes budgetLeft or sliBelow, and severity");
    const severity = level.severity === undefined ? b.severity : level.severity;
    if (!isSeverity(severity))
      problems.add(where, `${field}.severity`, `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(level.severity)}`);
    const left = levelBudget(where, field, level, objective, problems);
    if (left === undefined) return fromPolicy(b);
    return {
      state: b.state,
      remainingAtOrBelow: left,
      remainingPercent: Math.round(left * 100),
      severity: severity as BudgetAlertModel["severity"],
      sliAtOrBelow: sliAt(left, objective ?? 0),
      own: true,
    };
  });
  // Merged with the policy's, the levels must still fall: warning above critical above exhausted.
  for (let i = 1; i < levels.length; i++) {
    const [upper, lower] = [levels[i - 1], levels[i]];
    if (lower.remainingAtOrBelow < upper.remainingAtOrBelow || (!upper.own && !lower.own)) continue;
    const text = (l: SloLevelModel) => `${l.state} (budget left ${l.remainingAtOrBelow}, ${l.own ? "this SLO's" : "the policy's"})`;
    problems.add(
      where,
      `levels.${lower.own ? lower.state : upper.state}`,
      `puts the levels out of order: ${text(lower)} must leave less budget than ${text(upper)}; set both levels here, or pick a value that keeps warning above critical above exhausted`,
    );
  }
  return levels;
}

/** A level's budget left, from budgetLeft or converted from sliBelow; undefined (and a problem) when it has none. */
function levelBudget(
  where: string,
  field: string,
  level: Record<string, unknown>,
  objective: number | undefined,
  problems: Problems,
): number | undefined {
  const { budgetLeft, sliBelow } = level;
  if ((budgetLeft === undefined) === (sliBelow === undefined)) {
    problems.add(
      where,
      field,
      budgetLeft === undefined
        ? "gives neither budgetLeft nor sliBelow: give one, e.g. { budgetLeft: 0.5 } or { sliBelow: 99.5 }, or leave the level out to keep the policy's"
        : "gives both budgetLeft and sliBelow: give one; sliBelow is converted to the budget it leaves, so the two could disagree",
    );
    return undefined;
  }
  if (budgetLeft !== undefined) {
    if (typeof budgetLeft === "number" && budgetLeft > 1 && budgetLeft < 100) {
      problems.add(where, `${field}.budgetLeft`, `is a fraction: did you mean ${budgetLeft / 100}? got ${budgetLeft}`);
      return undefined;
    }
    if (typeof budgetLeft !== "number" || !(budgetLeft >= 0 && budgetLeft < 1)) {
      problems.add(where, `${field}.budgetLeft`, `must be a fraction from 0 up to (not including) 1, got ${describeNumber(budgetLeft)}`);
      return undefined;
    }
    return budgetLeft;
  }
  if (typeof sliBelow !== "number" || !Number.isFinite(sliBelow)) {
    problems.add(where, `${field}.sliBelow`, `must be the SLI in percent, e.g. 99.5, got ${describeNumber(sliBelow)}`);
    return undefined;
  }
  if (sliBelow >= 100) {
    problems.add(
      where,
      `${field}.sliBelow`,
      `must be below 100, got ${sliBelow}: every SLI is at or below 100%, so the SLO would always be in this state; give a value between the objective and 100`,
    );
    return undefined;
  }
  if (objective === undefined) return undefined;
  if (sliBelow < objective) {
    problems.add(
      where,
      `${field}.sliBelow`,
      `is below the objective ${objective}, got ${sliBelow}: the budget is all spent when the SLI reaches the objective, so this level means less than none left; give a value from ${objective} up to 100, or budgetLeft`,
    );
    return undefined;
  }
  return budgetLeftAt(sliBelow, objective);
}
