/**
 * The `alertmanager` kind of `npm run import`: reads one Alertmanager configuration, writes one
 * definitions file in config/, and prints every leftover with its place in the file. Exit 0 when
 * everything was carried over, 1 when something was left out (the file is written all the same),
 * 2 for usage errors; an existing file is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SEVERITIES, type Definitions, type Severity } from "../definitions/types";
import { importAlertmanager } from "./alertmanager";
import { alertmanagerDefinitionsFile } from "./alertmanager-file";
import { amtoolRouter } from "./amtool-router";

export interface AlertmanagerImportOptions {
  /** Severity label values, e.g. "critical=P1,warning=P2". */
  readonly severity?: string;
  /** The environments the configuration serves, e.g. "prod"; default every environment. */
  readonly env?: string;
  /** The label naming the environment in the tree; default "environment". */
  readonly environmentLabel?: string;
  /** The file to write, relative to the project; default config/alertmanager-import.ts. */
  readonly out?: string;
}

interface Output {
  write(text: string): unknown;
}

/** "critical=P1,warning=P2" as a table, or the reason it is not one. */
export function severityTable(text: string | undefined): Record<string, Severity> | string {
  const table: Record<string, Severity> = {};
  for (const pair of (text ?? "").split(",").filter((p) => p.trim())) {
    const [value, severity] = pair.split("=").map((s) => s.trim());
    if (!value || !SEVERITIES.includes(severity as Severity))
      return `--severity takes value=severity pairs such as critical=P1, got "${pair}"`;
    table[value] = severity as Severity;
  }
  return table;
}

export function importAlertmanagerFile(
  file: string,
  options: AlertmanagerImportOptions,
  definitions: Definitions,
  root: string,
  stdout: Output,
  stderr: Output,
): number {
  const table = severityTable(options.severity);
  if (typeof table === "string") return (stderr.write(`error: ${table}\n`), 2);
  const known = definitions.environments.map((e) => e.id);
  const environments = options.env ? options.env.split(",").map((e) => e.trim()) : known;
  const unknown = environments.filter((e) => !known.includes(e));
  if (unknown.length)
    return (stderr.write(`error: --env: unknown environment ${unknown.join(", ")}; environments: ${known.join(", ")}\n`), 2);
  const out = join(root, options.out ?? "config/alertmanager-import.ts");
  if (existsSync(out)) return (stderr.write(`error: ${relative(root, out)} exists; remove it or pass --out\n`), 2);
  if (!existsSync(file)) return (stderr.write(`error: no file ${file}\n`), 2);

  const imported = importAlertmanager({
    file,
    text: readFileSync(file, "utf8"),
    channels: definitions.channels,
    universe: {
      environments,
      everyEnvironment: environments.length === known.length,
      services: definitions.services.map((s) => ({ id: s.id, team: s.team })),
    },
    severityTable: table,
    environmentLabel: options.environmentLabel,
    router: amtoolRouter,
  });
  if (Object.keys(imported.routing).length > 0) {
    writeFileSync(
      out,
      alertmanagerDefinitionsFile(imported, {
        source: relative(root, file) || file,
        existingTeams: new Set((definitions.teams ?? []).map((t) => t.id)),
        hasAlertmanagerSettings: definitions.alertmanager !== undefined,
        path: out,
      }),
    );
    stdout.write(
      `wrote ${relative(root, out)}: ${imported.channels.length} channels, routes of ${Object.keys(imported.routing).join(", ")}, ${imported.teams.length} team routes\n`,
    );
    stdout.write("  it exports routing(): keep one routing() in the project (the one you had, or this one, merged as you see fit)\n");
  }
  for (const l of imported.leftovers) stdout.write(`  left out: ${file}: ${l.where}: ${l.message}\n`);
  return imported.leftovers.length ? 1 : 0;
}
