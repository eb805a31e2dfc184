/**
 * The one command-line layer every npm script goes through: arguments parsed by Node's own
 * parser (util.parseArgs), `--help`, errors for unknown arguments, and the same exit codes
 * everywhere: 0 ok, 1 problems in the definitions (or a change review refuses), 2 usage or a
 * missing tool.
 */
import { parseArgs } from "node:util";
import { DefinitionError } from "../engine/model";

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

interface Option {
  readonly type: "string" | "boolean";
  readonly description: string;
  readonly valueName?: string;
}

export interface Command<O extends Record<string, Option>> {
  /** How users run it: "npm run synth". */
  readonly usage: string;
  readonly summary: string;
  readonly options: O;
  /** Positional arguments, by name, with what they mean; all optional unless `required`. */
  readonly positionals?: readonly {
    readonly name: string;
    readonly description: string;
    readonly required?: boolean;
    /** The last positional only: takes every remaining argument. */
    readonly variadic?: boolean;
  }[];
  run(
    values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string },
    positionals: readonly string[],
  ): number | Promise<number>;
}

function help<O extends Record<string, Option>>(c: Command<O>): string {
  const pos = (c.positionals ?? [])
    .map((p) => `${p.name}${p.variadic ? "..." : ""}`)
    .map((name, i) => (c.positionals![i].required ? ` <${name}>` : ` [${name}]`))
    .join("");
  const rest = `${pos}${Object.keys(c.options).length ? " [options]" : ""}`;
  const lines = [`usage: ${c.usage}${rest ? ` --${rest}` : ""}`, "", c.summary, ""];
  for (const p of c.positionals ?? []) lines.push(`  ${p.name.padEnd(22)} ${p.description}`);
  const all: [string, Option][] = [...Object.entries(c.options), ["help", { type: "boolean", description: "print this help" }]];
  for (const [name, o] of all)
    lines.push(`  --${(name + (o.type === "string" ? ` <${o.valueName ?? "value"}>` : "")).padEnd(20)} ${o.description}`);
  lines.push("", "exit codes: 0 ok, 1 problems in the definitions, 2 usage or a missing tool");
  return `${lines.join("\n")}\n`;
}

/** Runs the command with this process's arguments and sets the exit code. */
export function runCommand<O extends Record<string, Option>>(c: Command<O>, argv: readonly string[] = process.argv.slice(2)): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        ...Object.fromEntries(Object.entries(c.options).map(([k, o]) => [k, { type: o.type }])),
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: (c.positionals ?? []).length > 0,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${help(c)}`);
    process.exitCode = EXIT.usage;
    return;
  }
  if (parsed.values.help) {
    process.stdout.write(help(c));
    return;
  }
  const max = (c.positionals ?? []).some((p) => p.variadic) ? Infinity : (c.positionals ?? []).length;
  const missing = (c.positionals ?? []).filter((p, i) => p.required && parsed.positionals[i] === undefined);
  if (parsed.positionals.length > max || missing.length) {
    const why = missing.length
      ? `missing ${missing.map((m) => `<${m.name}>`).join(" ")}`
      : `unexpected argument ${JSON.stringify(parsed.positionals[max])}`;
    process.stderr.write(`error: ${why}\n\n${help(c)}`);
    process.exitCode = EXIT.usage;
    return;
  }
  const fail = (error: unknown) => {
    if (error instanceof DefinitionError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = EXIT.problems;
    } else {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.MONITORING_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.usage;
    }
  };
  try {
    Promise.resolve(c.run(parsed.values as never, parsed.positionals)).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (error) {
    fail(error);
  }
}
