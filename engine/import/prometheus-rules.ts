/**
 * Prometheus rule files as alert definitions: text in, definitions and what could not be kept
 * out, with no file system. Reads plain rule files (`groups:`) and Kubernetes PrometheusRule
 * manifests (`spec.groups`), several YAML documents per file, with the OpenSLO importer's limits.
 *
 * An alerting rule becomes an alert definition only when the model can hold all of it: its
 * expression, `for`, labels and the summary, description and runbook_url annotations, each as
 * written. Anything else leaves the rule out, reported with its file and line (every reason at
 * once), never dropped silently; what was changed on the way in (a name the model refuses, an
 * id made unique, a runbook link to write) is reported as a note.
 */
import { parser } from "@prometheus-io/lezer-promql";
import { isNode, LineCounter, parseAllDocuments } from "yaml";
import type { AlertRuleDefinition, Duration, Severity } from "../definitions/types";
import { SEVERITIES } from "../definitions/types";
import { RULE_EVALUATION_SECONDS } from "../model/burn-rate";
import { checkRunbook, checkText, MAX_ID_LENGTH } from "../model/checks";
import { formatDuration, parseDuration } from "../model/duration";
import { goTemplateError } from "../model/go-template";
import { Problems } from "../model/problems";
import { alertConditionTypeError, promqlSyntaxError, promqlTypeError } from "../model/promql";
import { checkAlertLabels } from "../model/text-checks";
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from "../openslo/import";
import { shortened, uniqueId } from "./ids";

/**
 * Severity label values and the severity each becomes, unless `--severity` says otherwise. Only
 * `critical` pages by default: a team's "critical" is what woke someone up before; P0 (system
 * down) is a decision to make per alert, never a guess. Values not in the table are reported.
 */
export const DEFAULT_SEVERITY_TABLE: Readonly<Record<string, Severity>> = {
  critical: "P1",
  error: "P2",
  high: "P2",
  major: "P2",
  warning: "P3",
  warn: "P3",
  minor: "P3",
  low: "P3",
  info: "P3",
  P0: "P0",
  P1: "P1",
  P2: "P2",
  P3: "P3",
};

/** The key of the severity table that rules without a severity label get (`--severity default=P3`). */
export const NO_SEVERITY_KEY = "default";

/** A rule file given to the importer: its name, as reports show it, and its text. */
export interface RuleFileInput {
  readonly file: string;
  readonly text: string;
}

/** Where a rule (or a document, or a file) was written. */
export interface RuleSource {
  readonly file: string;
  /** 1-based line of the rule's first key in the YAML. */
  readonly line: number;
  readonly group?: string;
  /** The rule's `alert` or `record` name as written. */
  readonly rule?: string;
}

/** An alerting rule the model holds, as the definition to write. */
export interface ImportedAlert {
  readonly definition: AlertRuleDefinition;
  readonly source: RuleSource;
  /** The rule had no runbook_url and its severity pages: `runbook` is a runbooks/<id>.md file still to write. */
  readonly runbookToWrite: boolean;
}

/** A rule (or document) that was not imported, with every reason. */
export interface LeftOut {
  readonly source: RuleSource;
  readonly reasons: readonly string[];
}

/** Something imported differently from how it was written, or a setting not kept. */
export interface ImportNote {
  readonly source: RuleSource;
  readonly message: string;
}

export interface PrometheusRulesImport {
  readonly alerts: ImportedAlert[];
  readonly leftOut: LeftOut[];
  readonly notes: ImportNote[];
}

export interface PrometheusRulesSettings {
  /** The service every imported alert belongs to. */
  readonly service: string;
  /** The service's team: a `team` label of that value is the one the export sets, and is not repeated. */
  readonly team?: string;
  /** Severity label value -> severity, over DEFAULT_SEVERITY_TABLE. */
  readonly severities?: Readonly<Record<string, Severity>>;
  /** True when an alert of this severity pages (for the service's team): it then needs a runbook. */
  readonly pages: (severity: Severity) => boolean;
  /** Alert ids the project already has, which imported alerts must not take. */
  readonly takenIds?: readonly string[];
}

/** The rule keys the model holds; anything else leaves the rule out. */
const ALERT_KEYS = ["alert", "expr", "for", "keep_firing_for", "labels", "annotations"];
const ANNOTATIONS = ["summary", "description", "runbook_url"];
/** Group keys the model holds: the name, the rules, and labels added to every rule (Prometheus 3). */
const GROUP_KEYS = ["name", "rules", "labels", "interval"];
/** As engine/model/alerts.ts checks `name`: Prometheus accepts more (any UTF-8), the model this. */
const ALERT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const written = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));
/** "file:12 (alert X)", as every report line starts. */
export function describeSource(s: RuleSource): string {
  const what = s.rule !== undefined ? ` (${s.rule})` : "";
  return `${s.file}:${s.line}${what}`;
}

/**
 * A Prometheus duration in seconds: `1h30m`, `90s`, `0`, units y w d h m s ms in that order
 * (https://prometheus.io/docs/prometheus/latest/configuration/configuration/#duration).
 */
export function prometheusDurationSeconds(text: string): number | undefined {
  if (text === "0") return 0;
  const m = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(text);
  if (!m || text === "") return undefined;
  const [y, w, d, h, min, s, ms] = m.slice(1).map((x) => Number(x ?? 0));
  return y * 365 * 86400 + w * 604800 + d * 86400 + h * 3600 + min * 60 + s + ms / 1000;
}

/** A kebab-case id from an alert name: `NodeCPUHighUsage` -> `node-cpu-high-usage`. */
export function alertIdFrom(name: string): string {
  let id = name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(id)) id = id ? `alert-${id}` : "alert";
  // Ids starting with slo- are the generated SLO rules' uids (engine/model/alerts.ts).
  if (id === "slo" || id.startsWith("slo-")) id = `alert-${id}`;
  return shortened(id, MAX_ID_LENGTH);
}

/** The id cut to `max` characters at a word (dash) where it has one, so it reads as words. */

/** A name the model accepts from one it refuses: `PostgresqlBloatIndexHigh(>80%)` -> `PostgresqlBloatIndexHigh_80`. */
export function alertNameFrom(name: string): string {
  const n = name.replace(/[^a-zA-Z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return /^[a-zA-Z_]/.test(n) ? n : `Alert_${n}`;
}

/** Metric names the expression selects (`foo{...}` and `{__name__="foo"}`). */
export function selectedMetrics(expr: string): string[] {
  const names = new Set<string>();
  parser.parse(expr).iterate({
    enter(node) {
      if (node.name !== "VectorSelector") return;
      const id = node.node.getChild("Identifier");
      if (id) names.add(expr.slice(id.from, id.to));
      const inner = expr.slice(node.from, node.to);
      for (const m of inner.matchAll(/__name__\s*=\s*"([^"]+)"/g)) names.add(m[1]);
      return false;
    },
  });
  return [...names];
}

interface Rule {
  readonly source: RuleSource;
  // YAML has no shape until each field is checked where it is read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly value: any;
  readonly groupLabels: Record<string, unknown>;
}

/** Reads every file's rules, then turns each alerting rule into a definition or a reason it cannot be one. */
export function importPrometheusRules(inputs: readonly RuleFileInput[], settings: PrometheusRulesSettings): PrometheusRulesImport {
  const leftOut: LeftOut[] = [];
  const notes: ImportNote[] = [];
  const alertRules: Rule[] = [];
  /** Series name -> the recording rule that writes it. */
  const recorded = new Map<string, RuleSource>();
  for (const input of inputs) readFile(input, alertRules, recorded, leftOut, notes);

  const table: Record<string, Severity> = { ...DEFAULT_SEVERITY_TABLE, ...settings.severities };
  const taken = new Set(settings.takenIds ?? []);
  const byName = new Map<string, { source: RuleSource; id?: string }>();
  const alerts: ImportedAlert[] = [];
  for (const rule of alertRules) {
    const { source, value } = rule;
    const reasons: string[] = [];
    const name = String(value.alert);
    for (const key of Object.keys(value).filter((k) => !ALERT_KEYS.includes(k)))
      reasons.push(`${key} is not a field this project's alerts hold, got ${written(value[key])}`);

    const expr = typeof value.expr === "string" ? value.expr.trimEnd() : undefined;
    if (typeof value.expr === "number") reasons.push(`expr is a number (${value.expr}): an alert needs an expression that selects series`);
    else if (expr === undefined) reasons.push(`expr must be a PromQL expression, got ${written(value.expr)}`);
    else {
      const error = promqlSyntaxError(expr) ?? alertConditionTypeError(expr) ?? promqlTypeError(expr);
      if (error) reasons.push(`expr ${error}`);
    }

    const forText = durationField("for", value.for, reasons) ?? "0s";
    const keepFiringFor = durationField("keep_firing_for", value.keep_firing_for, reasons);

    const labels: Record<string, string> = {};
    const givenLabels = value.labels ?? {};
    if (typeof givenLabels !== "object" || Array.isArray(givenLabels)) reasons.push(`labels must be a map, got ${written(givenLabels)}`);
    else
      for (const [k, v] of Object.entries({ ...rule.groupLabels, ...givenLabels })) {
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") labels[k] = String(v);
        else reasons.push(`labels.${k} must be a text value, got ${written(v)}`);
      }
    const severityLabel = labels.severity;
    delete labels.severity;
    // The export labels every alert with its service and team: the same values are not repeated.
    for (const [label, value] of [
      ["service", settings.service],
      ["team", settings.team],
    ] as const)
      if (value !== undefined && labels[label] === value) {
        delete labels[label];
        notes.push({ source, message: `label ${label}="${value}" is the one the export sets on every alert of the service: not repeated` });
      }
    const labelProblems = new Problems();
    checkAlertLabels("", labels, labelProblems);
    for (const p of labelProblems.all) reasons.push(`${p.field} ${p.message}`);
    for (const [k, v] of Object.entries(labels)) {
      const error = goTemplateError(v);
      if (error) reasons.push(`labels.${k} is not a template Prometheus can read (${error})`);
    }

    const key = severityLabel ?? NO_SEVERITY_KEY;
    const severity = table[key] ?? table[key.toLowerCase()];
    if (severity === undefined)
      reasons.push(
        severityLabel === undefined
          ? `has no severity label: give rules without one a severity with --severity ${NO_SEVERITY_KEY}=P3 (one of ${SEVERITIES.join(", ")})`
          : `severity label ${written(severityLabel)} is not in the severity table: map it with --severity ${/^[\w-]+$/.test(severityLabel) ? severityLabel : JSON.stringify(severityLabel)}=P3 (one of ${SEVERITIES.join(", ")})`,
      );

    const annotations = value.annotations ?? {};
    let summary: string | undefined;
    let description: string | undefined;
    let runbook: string | undefined;
    if (typeof annotations !== "object" || Array.isArray(annotations))
      reasons.push(`annotations must be a map, got ${written(annotations)}`);
    else {
      const dropped = Object.keys(annotations).filter((k) => !ANNOTATIONS.includes(k));
      if (dropped.length)
        notes.push({
          source,
          message: `${dropped.map((k) => `annotations.${k}`).join(", ")} not kept: this project's alerts hold summary, description and runbook_url (move what responders need into the description)`,
        });
      const text = (k: string) => (annotations[k] === undefined || annotations[k] === null ? undefined : String(annotations[k]));
      [summary, description, runbook] = [text("summary"), text("description"), text("runbook_url")];
      const p = new Problems();
      // Every alert of this project has a summary: the description's first line stands in, else the alert's name.
      if (summary === undefined) {
        summary =
          description
            ?.split("\n")
            .find((l) => l.trim())
            ?.trim() ?? name;
        notes.push({ source, message: `has no annotations.summary: imported with ${written(summary)} as its summary` });
      }
      checkText("", "annotations.summary", summary, p);
      if (description !== undefined) checkText("", "annotations.description", description, p);
      if (runbook !== undefined) checkRunbook("", runbook, undefined, p);
      for (const x of p.all) reasons.push(`${x.field === "runbook" ? "annotations.runbook_url" : x.field} ${x.message}`);
      for (const [k, t] of [
        ["summary", summary],
        ["description", description],
      ] as const) {
        const error = t !== undefined ? goTemplateError(t) : undefined;
        if (error) reasons.push(`annotations.${k} is not a template Prometheus can read (${error})`);
      }
    }

    if (reasons.length) {
      leftOut.push({ source, reasons });
      continue;
    }

    let alertName = name;
    if (!ALERT_NAME.test(name)) {
      alertName = alertNameFrom(name);
      notes.push({
        source,
        message: `alert name ${written(name)} has characters this project's alert names cannot hold (letters, digits and underscores only): imported as ${written(alertName)}; silences, inhibitions and routes that match the old alertname need the new one`,
      });
    }
    const base = alertIdFrom(name);
    const id = uniqueId(base, taken);
    const first = byName.get(name);
    if (first)
      notes.push({
        source,
        message: `has the name of the alert at ${describeSource(first.source)}: both are imported, with the ids ${written(first.id)} and ${written(id)}`,
      });
    else byName.set(name, { source, id });
    if (id !== base && !first)
      notes.push({ source, message: `id ${written(base)} is taken by an alert of the project: imported as ${written(id)}` });

    const runbookToWrite = runbook === undefined && settings.pages(severity!);
    if (runbookToWrite) runbook = `runbooks/${id}.md`;

    for (const metric of selectedMetrics(expr!)) {
      const by = recorded.get(metric);
      if (by)
        notes.push({
          source,
          message: `selects ${metric}, which the recording rule at ${describeSource(by)} writes and which is not imported: keep that recording rule in a Prometheus rule file of your own, or the alert never fires`,
        });
      else if (metric.includes(":"))
        notes.push({
          source,
          message: `selects ${metric}, a recording rule's series by its name, which none of the imported files records: the alert fires only where some rule writes it`,
        });
    }

    alerts.push({
      source,
      runbookToWrite,
      definition: {
        kind: "alert",
        id,
        name: alertName,
        service: settings.service,
        severity: severity!,
        summary: summary!,
        ...(description !== undefined ? { description } : {}),
        ...(runbook !== undefined ? { runbook } : {}),
        for: forText,
        ...(keepFiringFor && keepFiringFor !== "0s" ? { keepFiringFor } : {}),
        condition: { prometheus: expr! },
        ...(Object.keys(labels).length ? { labels } : {}),
      },
    });
  }
  return { alerts, leftOut, notes };
}

function readFile(input: RuleFileInput, rules: Rule[], recorded: Map<string, RuleSource>, leftOut: LeftOut[], notes: ImportNote[]): void {
  const { file } = input;
  const bytes = Buffer.byteLength(input.text);
  if (bytes > MAX_FILE_BYTES) {
    leftOut.push({
      source: { file, line: 1 },
      reasons: [`is ${bytes} bytes: rule files are read up to ${MAX_FILE_BYTES} bytes; split it and import the parts`],
    });
    return;
  }
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  parseAllDocuments(input.text, { lineCounter }).forEach((doc, index) => {
    const docLine = lineAt(doc.range[0]);
    const docSource = { file, line: docLine, rule: `document ${index + 1}` };
    if (doc.errors.length) {
      const e = doc.errors[0];
      leftOut.push({
        source: { ...docSource, line: e.linePos?.[0].line ?? docLine },
        reasons: [`is not valid YAML: ${e.message.split("\n")[0]}`],
      });
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let value: any;
    try {
      // Aliases expand: a few nested ones can stand for millions of nodes (a YAML bomb).
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      leftOut.push({
        source: docSource,
        reasons: [
          `cannot be read: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIAS_COUNT} alias expansions; an alias must name an anchor of its own document)`,
        ],
      });
      return;
    }
    if (value === null || value === undefined) return;
    let path: (string | number)[];
    if (typeof value === "object" && !Array.isArray(value) && value.kind === "PrometheusRule") path = ["spec", "groups"];
    else if (typeof value === "object" && !Array.isArray(value) && "groups" in value) path = ["groups"];
    else if (typeof value === "object" && !Array.isArray(value) && typeof value.kind === "string") {
      // Another Kubernetes object of the same manifest (a ConfigMap, a Deployment): no rules in it.
      notes.push({ source: docSource, message: `is a ${value.kind}, not a PrometheusRule: it holds no rules, skipped` });
      return;
    } else {
      leftOut.push({
        source: docSource,
        reasons: [
          `is neither a Prometheus rule file (groups:) nor a PrometheusRule manifest (spec.groups), got ${written(value)?.slice(0, 80)}`,
        ],
      });
      return;
    }
    const lineOf = (p: (string | number)[]) => {
      const node = doc.getIn(p, true);
      return isNode(node) && node.range ? lineAt(node.range[0]) : docLine;
    };
    const groups = path.reduce((v, k) => v?.[k], value);
    if (!Array.isArray(groups)) {
      leftOut.push({
        source: { ...docSource, line: lineOf(path) },
        reasons: [`${path.join(".")} must be a list of rule groups, got ${written(groups)}`],
      });
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    groups.forEach((group: any, gi: number) => {
      const groupPath = [...path, gi];
      const groupName = typeof group?.name === "string" ? group.name : `group ${gi + 1}`;
      const groupSource = { file, line: lineOf(groupPath), group: groupName, rule: `group ${JSON.stringify(groupName)}` };
      if (typeof group !== "object" || group === null || !Array.isArray(group.rules)) {
        leftOut.push({ source: groupSource, reasons: [`must be a rule group with a list of rules, got ${written(group)?.slice(0, 80)}`] });
        return;
      }
      for (const key of Object.keys(group).filter((k) => !GROUP_KEYS.includes(k)))
        notes.push({
          source: groupSource,
          message: `${key} (${written(group[key])}) is not kept: this project writes its own rule groups`,
        });
      if (group.interval !== undefined && prometheusDurationSeconds(String(group.interval)) !== RULE_EVALUATION_SECONDS)
        notes.push({
          source: groupSource,
          message: `interval ${written(group.interval)} is not kept: this project evaluates every rule each ${RULE_EVALUATION_SECONDS}s`,
        });
      const groupLabels = typeof group.labels === "object" && group.labels !== null ? group.labels : {};
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      group.rules.forEach((rule: any, ri: number) => {
        const line = lineOf([...groupPath, "rules", ri]);
        if (typeof rule?.record === "string") {
          const source = { file, line, group: groupName, rule: `record ${rule.record}` };
          if (!recorded.has(rule.record)) recorded.set(rule.record, source);
          leftOut.push({
            source,
            reasons: [
              "is a recording rule: this project records its SLOs' series only, so it is not imported; keep it in a Prometheus rule file of your own",
            ],
          });
        } else if (typeof rule?.alert === "string" && rule.alert !== "") {
          rules.push({ source: { file, line, group: groupName, rule: `alert ${rule.alert}` }, value: rule, groupLabels });
        } else
          leftOut.push({
            source: { file, line, group: groupName, rule: `rule ${ri + 1}` },
            reasons: [`must be an alerting rule (alert:) or a recording rule (record:), got ${written(rule)?.slice(0, 80)}`],
          });
      });
    });
  });
}

/** A rule's `for` or `keep_firing_for` as the definitions write it, or a reason in `reasons`. */
function durationField(field: string, value: unknown, reasons: string[]): Duration | undefined {
  if (value === undefined) return undefined;
  const seconds = typeof value === "string" ? prometheusDurationSeconds(value) : undefined;
  if (seconds === undefined) reasons.push(`${field} must be a Prometheus duration such as "5m", got ${written(value)}`);
  else if (!Number.isInteger(seconds))
    reasons.push(`${field} must be whole seconds (every target is given whole seconds), got ${written(value)}`);
  else
    return (parseDuration(value as string) === seconds && !(value as string).includes(".") ? value : formatDuration(seconds)) as Duration;
  return undefined;
}
