/**
 * npm run import: reads another tool's rule files and writes them as definitions. The command
 * itself, given the project it writes into, so tests run it on a project of their own;
 * scripts/import.ts runs it on this project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { DEFINITION_FOLDERS } from "../engine/discover";
import { SEVERITIES, type Definitions, type ServiceDefinition, type Severity } from "../engine/definitions/types";
import { pagingFor, withModelVerdict } from "../engine/import/model-check";
import { describeSource, importPrometheusRules, type RuleFileInput } from "../engine/import/prometheus-rules";
import { formatted } from "../engine/import/format";
import { renderAlertsFile } from "../engine/import/render";
import { checkId } from "../engine/model/checks";
import { Problems } from "../engine/model/problems";
import { EXIT, type Command } from "./cli";
import { importAlertmanagerConfig } from "./import-alertmanager";

export interface ImportProject {
  /** The project root (the folder of cdktf.json). */
  readonly root: string;
  /** The project's definitions (exits on problems, as every command does). */
  readonly definitions: () => Definitions;
  /** Where relative FILE arguments are read from: the folder npm was run in. */
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const options = {
  service: { type: "string", valueName: "id", description: "prometheus: the service the alerts belong to (required)" },
  team: { type: "string", valueName: "id", description: "prometheus: define the service too, owned by this team, when it does not exist" },
  severity: {
    type: "string",
    valueName: "label=P1,...",
    description: "severity label values to severities, over critical=P1, error/high/major=P2, warning/minor/low/info=P3",
  },
  out: {
    type: "string",
    valueName: "file",
    description:
      "the file to write, from the project root (default alerts/imported-<service>.ts; alertmanager: config/alertmanager-import.ts)",
  },
  env: {
    type: "string",
    valueName: "ids",
    description: "alertmanager: the environments the configuration serves, e.g. prod (default every environment)",
  },
  "environment-label": {
    type: "string",
    valueName: "name",
    description: "alertmanager: the label that names the environment in its routes (default environment)",
  },
} as const;

/** The severity table of `--severity a=P1,b=P3`, or why it is not one. */
export function parseSeverityTable(text: string): Record<string, Severity> | string {
  const table: Record<string, Severity> = {};
  for (const pair of text.split(",").filter((p) => p.trim() !== "")) {
    const at = pair.lastIndexOf("=");
    const [label, severity] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at <= 0 || !(SEVERITIES as readonly string[]).includes(severity))
      return `--severity takes label=severity pairs with severities ${SEVERITIES.join(", ")}, got ${JSON.stringify(pair)}`;
    table[label] = severity as Severity;
  }
  return table;
}

/** The file to write: a new .ts file under a definition folder of the project. */
function outFile(root: string, given: string | undefined, fallback: string): { path: string } | { error: string } {
  const out = resolve(root, given ?? fallback);
  const rel = relative(root, out);
  const folder = rel.split(sep)[0];
  if (isAbsolute(rel) || rel.startsWith("..") || !(DEFINITION_FOLDERS as readonly string[]).includes(folder) || !out.endsWith(".ts"))
    return { error: `--out must be a .ts file under one of ${DEFINITION_FOLDERS.join(", ")}/ of the project, got ${given}` };
  if (existsSync(out)) return { error: `${rel} exists: edit it, remove it, or give another --out` };
  return { path: out };
}

export function importCommand(project: ImportProject): Command<typeof options> {
  return {
    usage: "npm run import",
    summary:
      "Writes other tools' files as definitions. prometheus: rule files (groups:, or Kubernetes PrometheusRule manifests) as alert definitions of one service. alertmanager: one configuration's receivers as channels and its routing tree as routes (amtool reads the tree). Every rule or setting left out is reported with its place in the file; exit 1 when something was left out (what could be imported is still written).",
    options,
    positionals: [
      { name: "format", description: "prometheus or alertmanager", required: true },
      {
        name: "files",
        description: "prometheus: rule files (.yml, .yaml), several documents each; alertmanager: one alertmanager.yml",
        required: true,
        variadic: true,
      },
    ],
    run(values, positionals) {
      const { stdout, stderr, root } = project;
      const usage = (message: string) => {
        stderr.write(`error: ${message}\n`);
        return EXIT.usage;
      };
      const [format, ...files] = positionals;
      if (format !== "prometheus" && format !== "alertmanager")
        return usage(`unknown format ${JSON.stringify(format)}: the formats read are prometheus and alertmanager`);
      const severities = parseSeverityTable(values.severity ?? "");
      if (typeof severities === "string") return usage(severities);
      if (format === "alertmanager") {
        for (const option of ["service", "team"] as const)
          if (values[option] !== undefined) return usage(`--${option} is for prometheus rule files`);
        const out = outFile(root, values.out, join("config", "alertmanager-import.ts"));
        return "error" in out ? usage(out.error) : importAlertmanagerConfig(project, files, values, severities, out.path);
      }
      for (const option of ["env", "environment-label"] as const)
        if (values[option] !== undefined) return usage(`--${option} is for an alertmanager configuration`);
      if (!values.service) return usage("--service <id> is required: the service the imported alerts belong to");
      const inputs: RuleFileInput[] = [];
      for (const file of files) {
        const path = resolve(project.cwd, file);
        if (!existsSync(path)) return usage(`no file ${file}`);
        inputs.push({ file, text: readFileSync(path, "utf8") });
      }

      const definitions = project.definitions();
      const existing = definitions.services.find((s) => s.id === values.service);
      let service: ServiceDefinition | undefined;
      if (existing && values.team !== undefined && existing.team !== values.team)
        return usage(`service "${existing.id}" exists and belongs to team "${existing.team}", not "${values.team}"; leave out --team`);
      if (!existing) {
        if (values.team === undefined)
          return usage(
            `unknown service "${values.service}"; defined services: ${definitions.services.map((s) => s.id).join(", ")}. Give --team <id> to define it too`,
          );
        const problems = new Problems();
        checkId("", values.service, problems);
        if (problems.all.length) return usage(`--service ${problems.all[0].message}`);
        service = { kind: "service", id: values.service, name: values.service, team: values.team };
      }
      const team = existing?.team ?? values.team!;

      const target = outFile(root, values.out, join("alerts", `imported-${values.service}.ts`));
      if ("error" in target) return usage(target.error);
      const out = target.path;
      const rel = relative(root, out);

      const result = withModelVerdict(
        importPrometheusRules(inputs, {
          service: values.service,
          team,
          severities,
          pages: pagingFor(definitions, team, service),
          takenIds: definitions.alerts.map((a) => a.id),
        }),
        definitions,
        service,
      );
      const leftOut = [...result.leftOut].sort(
        (a, b) =>
          inputs.findIndex((i) => i.file === a.source.file) - inputs.findIndex((i) => i.file === b.source.file) ||
          a.source.line - b.source.line,
      );
      const ruleCount =
        result.alerts.length + leftOut.filter((l) => l.source.rule !== undefined && /^(alert|record|rule) /.test(l.source.rule)).length;

      const written = result.alerts.length > 0 || service !== undefined;
      if (written) {
        const depth = rel.split(sep).length - 1;
        const text = renderAlertsFile(
          { ...result, leftOut },
          {
            definitionsModule: `${"../".repeat(depth)}engine/definitions`,
            command: [
              "npm run import -- prometheus",
              ...files,
              ...Object.entries(values).flatMap(([k, v]) => (typeof v === "string" ? [`--${k} ${v}`] : [])),
            ].join(" "),
            service,
          },
        );
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, formatted(root, out, text));
        stdout.write(
          `wrote ${rel}: ${result.alerts.length} alert${result.alerts.length === 1 ? "" : "s"} of service "${values.service}"${service ? ` (defined there too, team "${team}")` : ""}\n`,
        );
        for (const a of result.alerts)
          stdout.write(`  ${a.definition.id} (${a.definition.name}, ${a.definition.severity}) from ${describeSource(a.source)}\n`);
      } else stdout.write("wrote nothing: no rule could be imported\n");

      for (const n of result.notes) stdout.write(`note: ${describeSource(n.source)}: ${n.message}\n`);
      const runbooks = result.alerts.filter((a) => a.runbookToWrite);
      if (runbooks.length) {
        stdout.write(
          `${runbooks.length} alert${runbooks.length === 1 ? " pages" : "s page"} without a runbook_url; ${runbooks.length === 1 ? "it links" : "each links"} its runbooks/<id>.md: run npm run runbooks to write the skeleton${runbooks.length === 1 ? "" : "s"}, then fill them in\n`,
        );
        for (const a of runbooks) stdout.write(`  ${a.definition.runbook} (${a.definition.id})\n`);
      }
      for (const l of leftOut) stdout.write(`left out: ${describeSource(l.source)}: ${l.reasons.join("; ")}\n`);
      stdout.write(
        `imported ${result.alerts.length} of ${ruleCount} rule${ruleCount === 1 ? "" : "s"}${leftOut.length ? `; ${leftOut.length} left out (listed above${written ? ` and at the end of ${rel}` : ""})` : ""}\n`,
      );
      return leftOut.length ? EXIT.problems : EXIT.ok;
    },
  };
}
