/** The error-budget policies: the remaining-budget levels that alert, and how loud; the organisation's and teams' own. */
import { SEVERITIES, type Definitions, type ErrorBudgetPolicyDefinition } from "../definitions/types";
import { isSeverity } from "./checks";
import type { Problems } from "./problems";
import { describeNumber } from "./text-checks";
import type { BudgetAlertModel } from "./types";

/**
 * The organisation's error-budget policy and, by team id, the policy of each team that has its
 * own (TeamDefinition.errorBudgetPolicy); an SLO follows its service team's.
 */
export function buildBudgetPolicies(
  defs: Definitions,
  problems: Problems,
): { organisation: BudgetAlertModel[]; teams: ReadonlyMap<string, BudgetAlertModel[]> } {
  return {
    organisation: budgetAlerts(defs.errorBudgetPolicy, "errorBudgetPolicy", problems),
    teams: new Map(
      (defs.teams ?? []).flatMap((t) =>
        t.errorBudgetPolicy ? [[t.id, budgetAlerts(t.errorBudgetPolicy, `team "${t.id}" errorBudgetPolicy`, problems)] as const] : [],
      ),
    ),
  };
}

function budgetAlerts(policy: ErrorBudgetPolicyDefinition | undefined, name: string, problems: Problems): BudgetAlertModel[] {
  const states = ["warning", "critical", "exhausted"] as const;
  const alerts: BudgetAlertModel[] = [];
  for (const state of states) {
    const s = policy?.[state];
    const where = `${name} "${state}"`;
    if (!s) {
      problems.add(where, state, "is not defined");
      continue;
    }
    // NaN is a number no comparison holds for: the level would never alert, and the next level's order check would blame it.
    const valid = typeof s.remainingAtOrBelow === "number" && s.remainingAtOrBelow >= 0 && s.remainingAtOrBelow < 1;
    if (!valid)
      problems.add(
        where,
        "remainingAtOrBelow",
        `must be a fraction from 0 up to (not including) 1, got ${describeNumber(s.remainingAtOrBelow)}`,
      );
    if (!isSeverity(s.severity))
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(s.severity)}`);
    if (!valid) continue;
    alerts.push({
      state,
      remainingAtOrBelow: s.remainingAtOrBelow,
      remainingPercent: Math.round(s.remainingAtOrBelow * 100),
      severity: s.severity,
    });
  }
  for (let i = 1; i < alerts.length; i++) {
    if (alerts[i].state !== states[states.indexOf(alerts[i - 1].state) + 1]) continue; // a level between them is already reported
    if (!(alerts[i].remainingAtOrBelow < alerts[i - 1].remainingAtOrBelow)) {
      problems.add(
        `${name} "${alerts[i].state}"`,
        "remainingAtOrBelow",
        `must be below the ${alerts[i - 1].state} level ${alerts[i - 1].remainingAtOrBelow}, got ${alerts[i].remainingAtOrBelow}`,
      );
    }
  }
  return alerts;
}
