/**
 * The `alertmanager` format of npm run import: one Alertmanager configuration becomes one
 * definitions file (channels, routing, team routes), and every leftover is printed with its place
 * in the file. Exit 0 when everything was carried over, 1 when something was left out (the file is
 * still written), 2 for usage errors; an existing file is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { importAlertmanager } from "../engine/import/alertmanager";
import { alertmanagerDefinitionsFile } from "../engine/import/alertmanager-file";
import { amtoolRouter } from "../engine/import/amtool-router";
import { DEFAULT_SEVERITY_TABLE } from "../engine/import/prometheus-rules";
import type { Severity } from "../engine/definitions/types";
import { EXIT } from "./cli";
import type { ImportProject } from "./import-command";

export interface AlertmanagerValues {
  readonly env?: string;
  readonly "environment-label"?: string;
  readonly out?: string;
}

export function importAlertmanagerConfig(
  project: ImportProject,
  files: readonly string[],
  values: AlertmanagerValues,
  severities: Readonly<Record<string, Severity>>,
  out: string,
): number {
  const { stdout, stderr, root } = project;
  const usage = (message: string) => (stderr.write(`error: ${message}\n`), EXIT.usage);
  if (files.length !== 1) return usage(`alertmanager reads one configuration file, got ${files.length}`);
  const path = resolve(project.cwd, files[0]);
  if (!existsSync(path)) return usage(`no file ${files[0]}`);
  const definitions = project.definitions();
  const known = definitions.environments.map((e) => e.id);
  const environments = values.env ? values.env.split(",").map((e) => e.trim()) : known;
  const unknown = environments.filter((e) => !known.includes(e));
  if (unknown.length) return usage(`--env: unknown environment ${unknown.join(", ")}; environments: ${known.join(", ")}`);

  const imported = importAlertmanager({
    file: files[0],
    text: readFileSync(path, "utf8"),
    // Team channels too: a receiver that is one of them is reused in that team's routes, not written again.
    channels: [...definitions.channels, ...(definitions.teams ?? []).flatMap((t) => t.channels ?? [])],
    universe: {
      environments,
      everyEnvironment: environments.length === known.length,
      nonPaging: definitions.environments.filter((e) => e.pages === false).map((e) => e.id),
      onCall: definitions.severities.filter((s) => s.onCall).map((s) => s.id),
      services: definitions.services.map((s) => ({ id: s.id, team: s.team })),
    },
    severityTable: { ...DEFAULT_SEVERITY_TABLE, ...severities },
    environmentLabel: values["environment-label"],
    router: amtoolRouter,
  });
  const rel = relative(root, out);
  if (Object.keys(imported.routing).length > 0) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      alertmanagerDefinitionsFile(imported, {
        source: files[0],
        existingTeams: new Set((definitions.teams ?? []).map((t) => t.id)),
        hasAlertmanagerSettings: definitions.alertmanager !== undefined,
        path: out,
        root,
        definitionsModule: `${"../".repeat(rel.split(sep).length - 1)}engine/definitions`,
      }),
    );
    stdout.write(
      `wrote ${rel}: ${imported.channels.length} channel${imported.channels.length === 1 ? "" : "s"}, the routes of ${Object.keys(imported.routing).join(", ")}, ${imported.teams.length} team${imported.teams.length === 1 ? "'s" : "s'"} own routes\n`,
    );
    stdout.write(`it exports routing(): the project keeps one, so remove the other one (or merge them by hand) before synth\n`);
  } else stdout.write("wrote nothing: the configuration's routing could not be read\n");
  for (const l of imported.leftovers) stdout.write(`left out: ${files[0]}: ${l.where}: ${l.message}\n`);
  return imported.leftovers.length ? EXIT.problems : EXIT.ok;
}
