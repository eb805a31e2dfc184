/** The error-budget policy: the remaining-budget levels that alert, and how loud. */
import { SEVERITIES, type Definitions } from "../definitions/types";
import { isSeverity } from "./checks";
import type { Problems } from "./problems";
import type { BudgetAlertModel } from "./types";

export function buildBudgetPolicy(defs: Definitions, problems: Problems): BudgetAlertModel[] {
  const policy = defs.errorBudgetPolicy;
  const states = ["warning", "critical", "exhausted"] as const;
  const alerts: BudgetAlertModel[] = [];
  for (const state of states) {
    const s = policy?.[state];
    const where = `errorBudgetPolicy "${state}"`;
    if (!s) {
      problems.add(where, state, "is not defined");
      continue;
    }
    if (typeof s.remainingAtOrBelow !== "number" || s.remainingAtOrBelow < 0 || s.remainingAtOrBelow >= 1) {
      problems.add(
        where,
        "remainingAtOrBelow",
        `must be a fraction from 0 up to (not including) 1, got ${JSON.stringify(s.remainingAtOrBelow)}`,
      );
    }
    if (!isSeverity(s.severity))
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(s.severity)}`);
    alerts.push({
      state,
      remainingAtOrBelow: s.remainingAtOrBelow,
      remainingPercent: Math.round(s.remainingAtOrBelow * 100),
      severity: s.severity,
    });
  }
  for (let i = 1; i < alerts.length; i++) {
    if (!(alerts[i].remainingAtOrBelow < alerts[i - 1].remainingAtOrBelow)) {
      problems.add(
        `errorBudgetPolicy "${alerts[i].state}"`,
        "remainingAtOrBelow",
        `must be below the ${alerts[i - 1].state} level ${alerts[i - 1].remainingAtOrBelow}, got ${alerts[i].remainingAtOrBelow}`,
      );
    }
  }
  return alerts;
}
