/**
 * The registry of targets, in the order their stacks are built: PagerDuty first, since its
 * integration keys feed the others. A new target is a folder under constructs/, a stack, and
 * one line here.
 */
import { awsTarget } from "./aws-stack";
import { gcpTarget } from "./gcp-stack";
import { grafanaTarget } from "./grafana-stack";
import { pagerDutyTarget } from "./pagerduty-stack";
import type { Target } from "./target";

export const TARGETS: readonly Target[] = [pagerDutyTarget, gcpTarget, awsTarget, grafanaTarget];
