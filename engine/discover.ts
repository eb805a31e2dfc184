/**
 * Finds the definitions: every module under the definition folders is loaded, in a stable order
 * (folder, then path), and every definition it exports is collected by its `kind`, so a new file
 * is picked up with no list to edit. A value that looks like a definition but carries no kind
 * (an object literal where `slo({...})` was meant) is an error, never silently left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { RepositoryDeclaration, RoutingDeclaration } from "./definitions";
import type {
  AlertmanagerDefinition,
  AlertRuleDefinition,
  ChannelDefinition,
  CloudWatchAlarmDefinition,
  CompositeAlarmDefinition,
  DashboardDefinition,
  Definitions,
  EnvironmentDefinition,
  ErrorBudgetPolicyDefinition,
  LogClassDefinition,
  LogMetricDefinition,
  OnCallTeamDefinition,
  OpenSloImportDefinition,
  ServiceDefinition,
  SeverityDefinition,
  SloDefinition,
  TeamDefinition,
} from "./definitions/types";
import { DefinitionError, type Problem } from "./model/problems";

/** The folders definitions are read from, relative to the project root, in the order they are read. */
export const DEFINITION_FOLDERS = ["config", "slos", "alerts", "logs", "dashboards"] as const;

/** The project root: the nearest folder at or above `from` that holds cdktf.json. */
export function projectRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "cdktf.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no cdktf.json at or above ${from}: run from the monitoring project`);
  }
}

/** Every TypeScript source under `dir`, as paths relative to it, sorted. */
function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(relative(dir, path));
    }
  };
  visit(dir);
  return out.sort();
}

type Collected = {
  severities: SeverityDefinition[];
  channels: ChannelDefinition[];
  environments: EnvironmentDefinition[];
  services: ServiceDefinition[];
  teams: TeamDefinition[];
  slos: SloDefinition[];
  alerts: AlertRuleDefinition[];
  logClasses: LogClassDefinition[];
  logMetrics: LogMetricDefinition[];
  cloudWatchAlarms: (CloudWatchAlarmDefinition | CompositeAlarmDefinition)[];
  onCall: OnCallTeamDefinition[];
  dashboards: DashboardDefinition[];
};

const LISTS: { readonly [kind: string]: keyof Collected } = {
  severity: "severities",
  pagerduty: "channels",
  slack: "channels",
  email: "channels",
  webhook: "channels",
  team: "teams",
  environment: "environments",
  service: "services",
  slo: "slos",
  alert: "alerts",
  "log-class": "logClasses",
  "log-metric": "logMetrics",
  "cloudwatch-alarm": "cloudWatchAlarms",
  "cloudwatch-composite": "cloudWatchAlarms",
  "on-call-team": "onCall",
  dashboard: "dashboards",
};
/** How problems name each kind of definition: `slo "x"`, `cloudwatch alarm "x"`. */
const PROBLEM_KIND: Readonly<Record<string, string>> = {
  "cloudwatch-alarm": "cloudwatch alarm",
  "cloudwatch-composite": "cloudwatch alarm",
  "log-class": "log class",
  "log-metric": "log metric",
  "on-call-team": "on-call team",
  pagerduty: "channel",
  slack: "channel",
  email: "channel",
  webhook: "channel",
};

const SINGLES = {
  routing: "routing",
  "error-budget-policy": "errorBudgetPolicy",
  repository: "repository",
  "openslo-import": "openSlo",
  alertmanager: "alertmanager",
} as const;
/** Singles a project may leave out. */
const OPTIONAL: readonly Single[] = ["openslo-import", "alertmanager"];
type Single = keyof typeof SINGLES;

const HELPERS =
  "slo(), alert(), service(), team(), severity(), environment(), logClass(), logMetric(), onCallTeam(), dashboard(), a CloudWatch alarm helper";

/**
 * Loads the definition modules of the project at `root`. `modules` is where their compiled form
 * lives (dist/ when running the built app; the root itself under ts-jest). Throws DefinitionError
 * naming the file and export of every problem.
 */
export function discoverDefinitions(root: string, modules: string = root): Definitions {
  const lists: Collected = {
    severities: [],
    channels: [],
    environments: [],
    services: [],
    teams: [],
    slos: [],
    alerts: [],
    logClasses: [],
    logMetrics: [],
    cloudWatchAlarms: [],
    onCall: [],
    dashboards: [],
  };
  const singles: { [K in Single]: { file: string; value: unknown }[] } = {
    routing: [],
    "error-budget-policy": [],
    repository: [],
    "openslo-import": [],
    alertmanager: [],
  };
  const problems: Problem[] = [];
  const origins: Record<string, { file: string; line: number }> = {};
  for (const folder of DEFINITION_FOLDERS) {
    for (const rel of sources(join(root, folder))) {
      const file = `${folder}/${rel.split(sep).join("/")}`;
      let exported: Record<string, unknown>;
      const module = join(modules, folder, rel.replace(/\.ts$/, ""));
      try {
        exported = require(module);
      } catch (error) {
        // Only the definition's own compiled module missing means a stale build; anything else is the file's own failure.
        const code = (error as { code?: string }).code;
        const stale = code === "MODULE_NOT_FOUND" && (error as Error).message.includes(`'${module}'`);
        problems.push({
          where: file,
          field: "module",
          message: stale
            ? "has no compiled module: run `npm run build` (npm run synth builds first)"
            : `failed to load: ${(error as Error).message.split("\n")[0]}`,
        });
        continue;
      }
      for (const [name, value] of Object.entries(exported)) {
        const visit = (v: unknown, at: string) => {
          if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${at}[${i}]`));
          if (typeof v !== "object" || v === null) return;
          const kind = (v as { kind?: unknown }).kind;
          if (typeof kind === "string" && kind in LISTS) {
            (lists[LISTS[kind]] as unknown[]).push(v);
            const id = (v as { id?: unknown }).id;
            if (typeof id === "string") origins[`${PROBLEM_KIND[kind] ?? kind} "${id}"`] ??= { file, line: lineOf(join(root, file), id) };
          } else if (typeof kind === "string" && kind in SINGLES) singles[kind as Single].push({ file: `${file} (${at})`, value: v });
          else if (typeof (v as { id?: unknown }).id === "string")
            problems.push({
              where: file,
              field: `export ${at}`,
              message: `has an id (${JSON.stringify((v as { id: string }).id)}) but is no definition: build it with one of ${HELPERS}, so it is collected`,
            });
        };
        visit(value, name);
      }
    }
  }
  const one = <K extends Single>(kind: K, helper: string): unknown => {
    const found = singles[kind];
    if (found.length === 1) return found[0].value;
    if (found.length === 0 && OPTIONAL.includes(kind)) return undefined;
    problems.push({
      where: DEFINITION_FOLDERS.map((f) => `${f}/`).join(", "),
      field: helper,
      message:
        found.length === 0
          ? `none found: export one ${helper}`
          : `exported ${found.length} times, once is allowed: ${found.map((f) => f.file).join("; ")}`,
    });
    return undefined;
  };
  const routing = one("routing", "routing({...})") as RoutingDeclaration | undefined;
  const policy = one("error-budget-policy", "errorBudgetPolicy({...})") as ErrorBudgetPolicyDefinition | undefined;
  const repository = one("repository", 'repository("https://...")') as RepositoryDeclaration | undefined;
  const openSlo = one("openslo-import", "openSloImport({...})") as OpenSloImportDefinition | undefined;
  const alertmanagerSettings = one("alertmanager", "alertmanager({...})") as AlertmanagerDefinition | undefined;
  if (problems.length > 0) throw new DefinitionError(problems);
  return {
    ...lists,
    routing: routing!.routes,
    errorBudgetPolicy: policy!,
    repositoryUrl: repository!.url,
    ...(openSlo ? { openSlo } : {}),
    ...(alertmanagerSettings ? { alertmanager: alertmanagerSettings } : {}),
    root,
    origins,
  };
}

/**
 * The definitions of this project, wherever the command runs from: the project root is found
 * from this module's own location (engine/ in the sources, dist/engine/ when built), and the
 * modules are loaded from beside it.
 */
export function projectDefinitions(): Definitions {
  return discoverDefinitions(projectRoot(__dirname), resolve(__dirname, ".."));
}

/** The project's definitions; on a problem, prints every one and ends the process with exit code 1. */
export function projectDefinitionsOrExit(stderr: { write(text: string): unknown } = process.stderr): Definitions {
  try {
    return projectDefinitions();
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    stderr.write(`error: ${error.message}\nNothing was synthesized.\n`);
    process.exit(1);
  }
}

/** The line of `file` that writes this id (1-based), or 1 where it is computed rather than written. */
function lineOf(file: string, id: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(`"${id}"`) || l.includes(`'${id}'`));
  return i + 1 || 1;
}
