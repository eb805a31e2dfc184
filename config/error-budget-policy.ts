import { errorBudgetPolicy } from "../engine/definitions";

/**
 * Healthy above 50% of the budget remaining, warning from 50%, critical below 20%,
 * exhausted at 0 (deploy freeze). Every SLO gets these alerts unless it opts out.
 */
export const budgetPolicy = errorBudgetPolicy({
  warning: { remainingAtOrBelow: 0.5, severity: "P3" },
  critical: { remainingAtOrBelow: 0.2, severity: "P2" },
  exhausted: { remainingAtOrBelow: 0, severity: "P2" },
});
