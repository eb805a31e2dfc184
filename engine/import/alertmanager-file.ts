/**
 * The imported Alertmanager configuration as a definitions file (config/), formatted as the
 * project formats its own: values are written as JSON literals, so no text of the imported file
 * is ever TypeScript code.
 */
import { formatted } from "./format";
import type { ImportedAlertmanager } from "./alertmanager";

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export interface FileContext {
  /** The imported file's name, for the header. */
  readonly source: string;
  /** Teams the project already defines: their imported routes are written as a comment to merge by hand. */
  readonly existingTeams: ReadonlySet<string>;
  /** Whether the project already has alertmanager() settings (one is allowed). */
  readonly hasAlertmanagerSettings: boolean;
  /** Where the file goes, for prettier's configuration, in the project at `root`. */
  readonly path: string;
  readonly root: string;
  /** How the file imports the definitions' helpers, e.g. "../engine/definitions". */
  readonly definitionsModule: string;
}

export function alertmanagerDefinitionsFile(imported: ImportedAlertmanager, context: FileContext): string {
  const json = (v: unknown) => JSON.stringify(v);
  const helpers = new Set(["routing"]);
  const parts: string[] = [];
  if (imported.channels.length) {
    parts.push(
      `/** The receivers' integrations that the project had no channel for. */\nexport const importedChannels: ChannelDefinition[] = ${json(imported.channels)};`,
    );
  }
  parts.push(
    `/** Where each environment's alerts of each severity went in the imported tree. */\nexport const importedRouting = routing(${json(imported.routing)});`,
  );
  for (const t of imported.teams) {
    const body = { ...(t.routes ? { routes: t.routes } : {}), ...(t.environmentRoutes ? { environmentRoutes: t.environmentRoutes } : {}) };
    if (context.existingTeams.has(t.id)) {
      parts.push(`// Team "${t.id}" is defined already: merge these routes into its team() definition.\n// ${json(body)}`);
    } else {
      helpers.add("team");
      parts.push(`export const ${camel(t.id)}Team = team(${json({ id: t.id, ...body })});`);
    }
  }
  if (imported.smtp && !context.hasAlertmanagerSettings) {
    helpers.add("alertmanager");
    parts.push(`export const importedAlertmanager = alertmanager(${json({ smtp: imported.smtp })});`);
  }
  const names = [...helpers].sort();
  const types = imported.channels.length ? ", type ChannelDefinition" : "";
  const text = [
    `/**\n * Imported from ${json(context.source).slice(1, -1).replace(/\*\//g, "*\\/")} by \`npm run import -- alertmanager\`: edit freely.\n * The import printed what it could not carry over.\n */`,
    `import { ${names.join(", ")}${types} } from ${json(context.definitionsModule)};`,
    ...parts,
  ].join("\n\n");
  return formatted(context.root, context.path, text);
}
