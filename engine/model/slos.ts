/** SLOs: objective, window, SLI, burn-rate tiers (also as each target deploys them) and budget alerts. */
import type { Definitions } from "../definitions/types";
import {
  BURN_RATE_LOOKBACK_LIMITS,
  FRESHNESS_STEP_SECONDS,
  RULE_EVALUATION_SECONDS,
  deriveTiers,
  judgedPerMinute,
  fitTiersToLookback,
} from "./burn-rate";
import { describeNumber } from "./text-checks";
import { checkId, checkRunbook, checkText, checkUnique } from "./checks";
import { formatDuration, notADuration, parseDuration } from "./duration";

/**
 * The longest SLO window: no target keeps metrics longer. CloudWatch keeps hourly data points
 * 455 days (15 months; "Amazon CloudWatch retains metric data as follows", GetMetricData API
 * reference), the longest of the targets; Cloud Monitoring SLOs stop at 30 days
 * (constructs/gcp/limits.ts) and a Prometheus keeps what its retention says (15 days by default).
 */
export const MAX_WINDOW_DAYS = 455;
import type { Problems } from "./problems";
import { resolveRunbook } from "./services";
import { buildSli } from "./sli";
import { sloLevels } from "./slo-levels";
import type { BudgetAlertModel, ServiceModel, SloModel } from "./types";

const DAY = 86400;

/**
 * Why an objective of 100% is refused, and what to pick instead: `instead` is the suggested
 * objective in percent (`written` as the file writes it), whose budget is given for the SLO's window
 * (30 days when it has none).
 */
export function noErrorBudget(instead: number, windowSeconds: number | undefined, written: string = String(instead)): string {
  const days = windowSeconds && windowSeconds >= DAY ? windowSeconds / DAY : 30;
  const minutes = Number((((100 - instead) / 100) * days * 1440).toPrecision(2));
  const percent = written === String(instead) ? "" : `${instead}%, `;
  return (
    "100% leaves no error budget: a single failed event breaches the SLO, and burn-rate alerts, which measure how fast the budget is spent, have nothing to measure. " +
    `Pick the highest objective the service can keep and its users notice, for example ${written} (${percent}${minutes} minutes of errors in ${days} days)`
  );
}

/**
 * Whether Google Cloud renders the SLO: with its Cloud Monitoring form (an SLO object and its
 * policies), or, grouped, with the PromQL conditions of its Prometheus form alone (see group-by.ts).
 */
export function sloOnGoogleCloud(slo: Pick<SloModel, "sli" | "groupBy" | "service">): boolean {
  const targets = slo.service.runsOn.targets;
  return (
    slo.sli.cloudMonitoring !== undefined ||
    (slo.groupBy.length > 0 && slo.sli.prometheus !== undefined && (targets === undefined || targets.includes("gcp")))
  );
}

export function buildSlos(
  defs: Definitions,
  environments: readonly string[],
  services: Map<string, ServiceModel>,
  budgetPolicies: { organisation: BudgetAlertModel[]; teams: ReadonlyMap<string, BudgetAlertModel[]> },
  problems: Problems,
): SloModel[] {
  checkUnique("slo", defs.slos, problems);
  const slos: SloModel[] = [];
  for (const d of defs.slos) {
    const where = `slo "${d.id}"`;
    const before = problems.all.length;
    checkId(where, d.id, problems);
    const service = services.get(d.service);
    if (!service) problems.add(where, "service", `unknown service "${d.service}"; defined services: ${[...services.keys()].join(", ")}`);
    const windowSeconds = parseDuration(d.window);
    if (d.objective === 100) {
      problems.add(where, "objective", `must be less than 100: ${noErrorBudget(99.99, windowSeconds)}`);
    } else if (typeof d.objective === "number" && d.objective > 0 && d.objective < 1) {
      problems.add(where, "objective", `is a percentage: did you mean ${Number((d.objective * 100).toPrecision(12))}? got ${d.objective}`);
    } else if (typeof d.objective !== "number" || !(d.objective > 0 && d.objective < 100)) {
      problems.add(where, "objective", `must be a percentage greater than 0 and less than 100, got ${describeNumber(d.objective)}`);
    }
    if (d.name !== undefined) checkText(where, "name", d.name, problems);
    if (d.description !== undefined) checkText(where, "description", d.description, problems);
    if (windowSeconds === undefined) {
      problems.add(where, "window", notADuration(d.window, '"30d"'));
    } else if (windowSeconds < DAY || windowSeconds % DAY !== 0) {
      problems.add(where, "window", `must be a whole number of days such as "30d", got ${JSON.stringify(d.window)}`);
    } else if (windowSeconds > MAX_WINDOW_DAYS * DAY) {
      problems.add(
        where,
        "window",
        `is longer than any target keeps metrics (at most ${MAX_WINDOW_DAYS} days, CloudWatch's hourly data; Cloud Monitoring SLOs stop at 30), got ${JSON.stringify(d.window)}: the budget would be judged on data that no longer exists. SLO windows are usually 28 or 30 days`,
      );
    }
    const alerting: unknown = d.alerting;
    if (alerting !== undefined && (typeof alerting !== "object" || alerting === null || Array.isArray(alerting)))
      problems.add(where, "alerting", `must be an object such as { tiers: { ticket: false } }, got ${JSON.stringify(alerting)}`);
    else
      for (const key of ["budgetAlerts", "noData"] as const)
        if (d.alerting?.[key] !== undefined && typeof d.alerting[key] !== "boolean")
          problems.add(where, `alerting.${key}`, `must be true or false, got ${JSON.stringify(d.alerting[key])}`);
    // Every SLO has paging burn-rate tiers, so a responder needs somewhere to start.
    checkRunbook(where, d.runbook, "its burn-rate alerts page", problems);
    const onGcp = !service || service.runsOn.targets === undefined || service.runsOn.targets.includes("gcp");
    const sli = buildSli(where, d.sli, environments, problems, onGcp, d.groupBy);
    // Data older than the whole window still counted fresh: a pipeline stopped for the entire window
    // would spend none of the budget, so the SLO could never see it.
    const maxAgeSeconds = d.sli?.kind === "freshness" ? parseDuration(d.sli.maxAge) : undefined;
    if (maxAgeSeconds !== undefined && windowSeconds !== undefined && maxAgeSeconds >= windowSeconds)
      problems.add(
        where,
        "sli.maxAge",
        `is ${formatDuration(maxAgeSeconds)}, not shorter than the window ${formatDuration(windowSeconds)}: data that stopped for the whole window would still count as fresh, so the SLO could never see it; give the age after which data is stale`,
      );
    // The service team's own error-budget policy, else the organisation's; the SLO's own levels over it.
    const policy = (service && budgetPolicies.teams.get(service.team)) ?? budgetPolicies.organisation;
    const validObjective = typeof d.objective === "number" && d.objective > 0 && d.objective < 100 ? d.objective : undefined;
    const levels = sloLevels(where, d.levels, validObjective, policy, problems);
    if (problems.all.length > before || !service || !sli || windowSeconds === undefined) continue;

    // toPrecision strips float noise: 99.9 / 100 is 0.9990000000000001 in binary floating point.
    const goal = Number((d.objective / 100).toPrecision(12));
    const errorBudget = Number((1 - goal).toPrecision(12));
    // A budget smaller than one rule evaluation of full outage is spent before any alert can see it.
    if (errorBudget * windowSeconds < RULE_EVALUATION_SECONDS) {
      problems.add(
        where,
        "objective",
        `leaves an error budget of ${Number((errorBudget * windowSeconds).toPrecision(3))} s of full outage over ${windowSeconds / DAY} days, less than one rule evaluation (${RULE_EVALUATION_SECONDS} s): it is spent before any alert can see it; lower the objective or lengthen the window`,
      );
      continue;
    }
    const tiers = deriveTiers(
      where,
      d.alerting?.tiers,
      windowSeconds,
      errorBudget,
      problems,
      judgedPerMinute(sli) ? FRESHNESS_STEP_SECONDS : undefined,
    );
    // Only for the targets that render this SLO: Cloud Monitoring with its form, CloudWatch with its metrics.
    const groupBy = sli.prometheus?.groupBy ?? [];
    const renderedOn = (target: string) =>
      target === "gcp" ? sli.cloudMonitoring || (groupBy.length && onGcp) : target === "aws" ? sli.cloudWatch : true;
    const fitted = Object.entries(BURN_RATE_LOOKBACK_LIMITS)
      .filter(([target]) => renderedOn(target))
      .map(
        ([target, limit]) =>
          [target, fitTiersToLookback({ tiers, windowSeconds, errorBudget, sli }, limit.maxLookbackSeconds, limit.engine)] as const,
      );
    // An SLO that can alert no one is a setting that can never fire.
    if (tiers.length === 0 && d.alerting?.budgetAlerts === false) {
      problems.add(
        where,
        "alerting",
        "turns off every burn-rate tier and the budget alerts: nothing would ever tell anyone the SLO is missed; keep a tier or the budget alerts",
      );
      continue;
    }
    slos.push({
      id: d.id,
      name: d.name ?? d.id,
      service,
      description: d.description ?? `${d.objective}% over ${windowSeconds / DAY} days`,
      objective: d.objective,
      goal,
      errorBudget,
      windowSeconds,
      windowDays: windowSeconds / DAY,
      errorBudgetMinutes: Number(((errorBudget * windowSeconds) / 60).toPrecision(12)),
      sli,
      tiers,
      deployedTiers: Object.fromEntries(fitted.filter(([, t]) => t.some((x) => x.replaces))),
      levels,
      budgetAlerts: d.alerting?.budgetAlerts === false ? [] : levels,
      noDataAlert: d.alerting?.noData !== false,
      runbook: resolveRunbook(defs, d.runbook)!,
      groupBy,
    });
  }
  return slos;
}
