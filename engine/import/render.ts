/**
 * The TypeScript file an import writes: one `alert({...})` per imported rule, each under a
 * comment naming the file and line it came from, the service when the import defines it, and the
 * rules left out with their reasons at the end, so the file can be edited with the report at hand.
 * The text is valid TypeScript before formatting; the command formats it with Prettier.
 */
import type { ServiceDefinition } from "../definitions/types";
import { describeSource, type PrometheusRulesImport } from "./prometheus-rules";

/** Words that cannot name a constant. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this " +
    "throw true try typeof var void while with yield await"
  ).split(" "),
);

/** A constant name from a kebab-case id: `node-cpu-high` -> `nodeCpuHigh`. */
export function constantName(id: string, suffix = ""): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + suffix;
  return RESERVED.has(camel) ? `${camel}Alert` : camel;
}

/** A string literal; text over several lines as a template literal, as a person would write it. */
function literal(text: string): string {
  if (!text.includes("\n")) return JSON.stringify(text);
  return "`" + text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}

function value(v: unknown): string {
  if (typeof v === "string") return literal(v);
  if (typeof v === "object" && v !== null)
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${value(x)}`)
      .join(", ")} }`;
  return JSON.stringify(v);
}

const comment = (text: string) => `// ${text.replace(/\s*\n\s*/g, " ")}`;

export interface RenderOptions {
  /** The module specifier of the definitions API from the written file, e.g. "../engine/definitions". */
  readonly definitionsModule: string;
  /** What was run, for the file's header: `npm run import -- prometheus ...`. */
  readonly command: string;
  /** The service the import defines, when it does. */
  readonly service?: ServiceDefinition;
}

/** The definition file's text (unformatted). */
export function renderAlertsFile(result: PrometheusRulesImport, options: RenderOptions): string {
  const helpers = [...(result.alerts.length ? ["alert"] : []), ...(options.service ? ["service"] : [])];
  const out: string[] = [
    "/**",
    ` * Alert rules imported from Prometheus rule files by \`${options.command.replace(/\*\//g, "* /")}\`.`,
    " * Each alert names the rule it came from. This file is a definition file like any other: edit it",
    " * (severities, runbooks, summaries), move alerts to other files, and run npm run validate.",
    " */",
    `import { ${helpers.join(", ")} } from ${JSON.stringify(options.definitionsModule)};`,
    "",
  ];
  const names = new Set<string>();
  const unique = (base: string) => {
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}_${n}`;
    names.add(name);
    return name;
  };
  if (options.service) {
    const { kind: _kind, ...service } = options.service;
    out.push(`export const ${unique(constantName(service.id, "Service"))} = service(${value(service)});`, "");
  }
  for (const a of result.alerts) {
    const { kind: _kind, ...definition } = a.definition;
    out.push(comment(`${describeSource(a.source)}${a.source.group !== undefined ? `, group ${JSON.stringify(a.source.group)}` : ""}`));
    if (a.runbookToWrite)
      out.push(comment(`The rule had no runbook_url and ${a.definition.severity} pages: npm run runbooks writes ${a.definition.runbook}.`));
    out.push(`export const ${unique(constantName(definition.id))} = alert(${value(definition)});`, "");
  }
  if (result.leftOut.length) {
    out.push(comment("Not imported (write them by hand, or change the rule file and import it again):"));
    for (const l of result.leftOut) out.push(comment(`- ${describeSource(l.source)}: ${l.reasons.join("; ")}`));
  }
  return `${out.join("\n").trimEnd()}\n`;
}
