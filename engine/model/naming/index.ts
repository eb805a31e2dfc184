/**
 * Every name the targets make from the model: cloud resource names, Grafana uids, rule groups,
 * PagerDuty names, stack names, state keys and exported file names, one file per target. Constructs,
 * stacks and exporters call these instead of building names inline, and checkNames (check.ts)
 * refuses two definitions that make one name in one place.
 */
export * from "./aws";
export * from "./gcp";
export * from "./grafana";
export * from "./pagerduty";
export * from "./rule-groups";
export * from "./stacks";
export * from "./files";
export * from "./variables";
export { checkNames, nameCollisions, namesMade } from "./check";
export type { Made, Origin } from "./made";
