/**
 * A target: one folder under constructs/, one stack, and one entry in the registry
 * (stacks/targets.ts). The App, validation and the PagerDuty stack read the registry, so adding
 * a target edits no other file.
 */
import type { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { AlertRuleModel, EnvironmentModel, Model, Problem, Send, SloModel } from "../engine/model";
import type { PagerDutyIntegration, PagerDutyKeys } from "../constructs/pagerduty-keys";

/** What a target's stack is built from. */
export interface TargetStackProps<Shared = unknown> {
  /** The model as this environment (and, in a team stack, this team) sees it. */
  readonly model: Model;
  readonly env: EnvironmentModel;
  /** Integration keys of the PagerDuty services: the PagerDuty stack's, or sensitive variables when absent. */
  readonly keys?: PagerDutyKeys;
  /** The PagerDuty integrations of the targets this environment renders, each with the PagerDuty services it pages here. */
  readonly integrations: readonly PagingIntegration[];
  /**
   * A split environment: `monitored: false` is the shared stack (channels, routing, logs), a
   * stack given `shared` renders one team's definitions on top of the shared stack's parts.
   */
  readonly split?: { readonly shared?: Shared; readonly monitored: boolean };
  /** The team whose own project, account or Grafana the stack is in (the environment's team clouds); absent for the environment's own. */
  readonly owner?: string;
}

/** A target's PagerDuty integration in one environment: made only on the PagerDuty services the target pages there. */
export interface PagingIntegration extends PagerDutyIntegration {
  readonly services: readonly string[];
}

export interface TargetStack<Shared = unknown> extends TerraformStack {
  /** What a split environment's team stacks use from this (shared) stack. */
  readonly shared?: Shared;
  /** PagerDuty integration keys this stack provides to the environment's other stacks. */
  readonly keys?: PagerDutyKeys;
}

export interface Target<Shared = unknown> {
  /** Names the stacks: `<id>-<environment>`, and `<id>-<environment>-<team>` for team stacks. */
  readonly id: string;
  /** Whether an environment renders this target: configured there, and not switched off in its `targets`. */
  enabled(env: EnvironmentModel, model: Model): boolean;
  /** What the target's cloud refuses (its limits.ts), checked before anything is synthesized. */
  problems(model: Model): readonly Problem[];
  /**
   * What the target notifies about in an environment, from the model as it sees it there: its
   * channels, topics, contact points and PagerDuty integrations follow these and nothing else.
   */
  sends(model: Model, env: EnvironmentModel): readonly Send[];
  /** How this target sends pages to PagerDuty, when it does: one integration per PagerDuty service it pages. */
  readonly pagerDuty?: PagerDutyIntegration;
  /**
   * True when the target monitors services, so renders only those that run on it (`runsOn`);
   * false for a destination such as PagerDuty, which serves every service that pages.
   */
  readonly scopedByRunsOn: boolean;
  /** Whether this target renders an SLO (it has a source the target reads) or an alert rule. */
  readonly renders: { slo(slo: SloModel): boolean; alert(alert: AlertRuleModel): boolean };
  /** True when a split environment gets one stack per team on top of this target's shared stack. */
  readonly splitsByTeam: boolean;
  stack(scope: Construct, id: string, props: TargetStackProps<Shared>): TargetStack<Shared>;
}

/** A target switched on for an environment: it is on unless the environment's `targets` turns it off. */
export function switchedOn(env: EnvironmentModel, target: string): boolean {
  return env.targets[target] !== false;
}
