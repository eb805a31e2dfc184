import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { discoverDefinitions } from "../engine/discover";
import type { AlertRuleDefinition, Definitions } from "../engine/definitions/types";
import { buildModel, DefinitionError, type Model } from "../engine/model";
import { pagingIntegrations, validate } from "../stacks/app";
import type { Target } from "../stacks/target";
import { TARGETS } from "../stacks/targets";

export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The engine's own fixture: a whole organisation's definitions (a copy of the NOUS example as it
 * was when these tests were written), so a user editing config/, slos/, alerts/, logs/ or
 * dashboards/ never changes what the engine tests see.
 */
export const FIXTURE_ROOT = join(__dirname, "fixtures", "nous");
const bundled = discoverDefinitions(FIXTURE_ROOT);

/** A deep copy of the fixture definitions, for tests that change them. */
export function defaults(): Writable<Definitions> {
  // Dashboards hold builder functions, which cannot be cloned; tests replace the list instead.
  const data = structuredClone({ ...bundled, dashboards: [] });
  return { ...data, dashboards: [...bundled.dashboards] } as Writable<Definitions>;
}

export function model(defs: Definitions = defaults()): Model {
  return buildModel(defs);
}

/** Definitions without environment overrides, for tests that replace whole lists of definitions. */
/** The engine's fixture organisation with these alert rules added. */
export function withAlerts(...alerts: AlertRuleDefinition[]): Writable<Definitions> {
  const defs = defaults();
  defs.alerts = [...defs.alerts, ...alerts];
  return defs;
}

export function withoutOverrides(defs: Writable<Definitions>): Writable<Definitions> {
  defs.environments = defs.environments.map((e) => ({ ...e, overrides: undefined }));
  return defs;
}

/** The problem lines a validation failure reports, or [] when the definitions are valid. */
export function problemsOf(defs: Definitions): string[] {
  try {
    validate(defs);
    return [];
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.message
      .split("\n")
      .slice(1)
      .map((line) => line.replace(/^ {2}- /, ""));
  }
}

export interface SynthesizedStack {
  readonly json: string;
  readonly resource: Record<string, Record<string, any>>;
  readonly variable: Record<string, any>;
  readonly raw: any;
}

const target = (id: string): Target => TARGETS.find((t) => t.id === id)!;

function synth(t: Target, m: Model, environment: string): SynthesizedStack {
  const env = m.environments.find((e) => e.id === environment)!;
  const integrations = pagingIntegrations(m, env, TARGETS);
  const stack = t.stack(Testing.app(), `${t.id}-${environment}`, { model: m, env, integrations });
  // With cdktf's construct validations, as the app's synth runs them.
  const json = Testing.synth(stack, true);
  const raw = JSON.parse(json);
  return { json, resource: raw.resource, variable: raw.variable ?? {}, raw };
}

/** One environment's stack of each target, synthesized in memory (PagerDuty keys as variables). */
export const synthGcp = (m: Model, environment = "prod") => synth(target("gcp"), m, environment);
export const synthAws = (m: Model, environment = "prod") => synth(target("aws"), m, environment);
export const synthGrafana = (m: Model, environment = "prod") => synth(target("grafana"), m, environment);
export const synthPagerDuty = (m: Model, environment = "prod") => synth(target("pagerduty"), m, environment);

/** Every Terraform address (type.name) in a synthesized stack. */
export function addresses(stack: SynthesizedStack): string[] {
  return Object.entries(stack.resource)
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

/** Every file under `dir` by relative path, in a stable order, with its text. */
export function filesIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}
