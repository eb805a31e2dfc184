/**
 * SLO files written for other tools, as SLO definitions:
 * - OpenSLO v1: SLO (rolling window, one objective, Occurrences budgeting) with an inline or
 *   referenced SLI whose ratioMetric reads Prometheus counters (bad or good, and total); Service;
 *   AlertPolicy with burn-rate AlertConditions named after this project's tiers (page-fast,
 *   page-slow, ticket); AlertNotificationTarget naming a channel of the routing.
 * - OpenSLO v1alpha as Sloth reads it: SLO with `objectives[].ratioMetrics` and `timeWindows`
 *   in days; each objective is an SLO (`<name>-<index>`, as Sloth names them).
 * - Sloth's prometheus/v1: `service`, `slos[]` with `sli.events`, `alerting.page_alert` and
 *   `ticket_alert` (their severity label mapped to a severity); an SLO is `<service>-<name>`, as
 *   Sloth names them, over Sloth's default 30 days.
 * Queries may wrap the counters in sum(), rate() or increase() and add them up (see counters.ts).
 * A service no TypeScript service defines is defined by the files, with its team. Anything else
 * is an error naming the file, the field and the value as written: nothing is dropped silently.
 */
import { parseAllDocuments } from "yaml";
import type {
  BurnRateTierOverride,
  Duration,
  HistogramUnit,
  OpenSloImportDefinition,
  ServiceDefinition,
  Severity,
  SliDefinition,
  SloAlerting,
  SloDefinition,
  TierId,
} from "../definitions/types";
import { SEVERITIES } from "../definitions/types";
import { checkId, checkRunbook } from "../model/checks";
import { parseDuration } from "../model/duration";
import { Problems, type Problem } from "../model/problems";
import { formatSelector, type VectorSelector } from "../model/promql";
import { noErrorBudget } from "../model/slos";
import { leBound, prometheus3Le } from "../model/sli";
import { asOneSelector, parseCounterQuery, sameSelector, type CounterSum } from "./counters";

export const TIER_IDS: readonly TierId[] = ["page-fast", "page-slow", "ticket"];
const KINDS = ["SLO", "SLI", "Service", "AlertPolicy", "AlertCondition", "AlertNotificationTarget"];
const V1ALPHA_KINDS = ["SLO", "Service"];
/** Annotations carrying what OpenSLO has no field for. */
export const ANNOTATIONS = {
  runbook: "monitoring/runbook",
  sliKind: "monitoring/sli-kind",
  threshold: "monitoring/latency-threshold",
  bucket: "monitoring/latency-bucket",
  unit: "monitoring/latency-unit",
} as const;

const DAY = 86400;
/** Sloth's default SLO window (its --default-slo-period). */
const SLOTH_WINDOW: Duration = "30d";
const HELPER = "openSloImport({...}) in config/";

interface Doc {
  readonly file: string;
  /** The object, as errors name it: `SLO "x"`, `Sloth service "y"`. */
  readonly label: string;
  // YAML documents have no shape until each field is checked where it is read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly value: any;
}

export interface OpenSloInput {
  readonly file: string;
  readonly text: string;
}

export interface OpenSloResult {
  readonly slos: SloDefinition[];
  /** Services the files define that the TypeScript definitions do not. */
  readonly services: ServiceDefinition[];
  readonly problems: Problem[];
}

/** A query as written, where it was written. */
interface Query {
  readonly field: string;
  readonly text: unknown;
}

/** An SLO read from any of the formats, before its SLI and service are resolved. */
interface Draft {
  readonly doc: Doc;
  readonly id: string;
  readonly idField: string;
  readonly name?: string;
  readonly description?: string;
  readonly service: unknown;
  readonly serviceField: string;
  /** The team the file gives the service, when the SLO itself can (Sloth's labels). */
  readonly serviceTeam?: { readonly team: unknown; readonly field: string };
  /** Undefined when the file's value was reported as wrong. */
  readonly objective?: number;
  readonly window?: Duration;
  /** The reader reported a problem: the SLI and service are still checked, so a run reports everything. */
  readonly incomplete: boolean;
  readonly runbook?: unknown;
  readonly runbookField: string;
  readonly alerting?: SloAlerting;
  readonly good?: Query;
  readonly bad?: Query;
  readonly total?: Query;
  /** The file says the queries' values are not cumulative counts (OpenSLO `counter: false`). */
  readonly notCounters?: string;
  readonly latency?: { readonly threshold?: string; readonly bucket?: string; readonly unit?: string };
}

type Add = (doc: Doc, field: string, message: string) => void;

/** An Add that counts what it reports, so a reader can tell whether its document was clean. */
function counting(add: Add): Add & { readonly count: number } {
  let count = 0;
  const counted = (doc: Doc, field: string, message: string) => {
    count++;
    add(doc, field, message);
  };
  return Object.defineProperty(counted, "count", { get: () => count }) as Add & { readonly count: number };
}

/** The largest OpenSLO or Sloth file read (bytes); the Prometheus rules importer reads up to the same. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** How many alias expansions a document may make (a YAML bomb expands far more). */
export const MAX_ALIAS_COUNT = 100;

const written = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));
const unsupported = (value: unknown) => `is not supported, got ${written(value)}`;

export function importOpenSlo(
  inputs: readonly OpenSloInput[],
  knownServices: readonly string[],
  knownChannels: readonly string[],
  settings: OpenSloImportDefinition = {},
): OpenSloResult {
  const problems: Problem[] = [];
  const docs: Doc[] = [];
  for (const input of inputs) {
    const bytes = Buffer.byteLength(input.text);
    if (bytes > MAX_FILE_BYTES) {
      problems.push({
        where: `openslo file "${input.file}"`,
        field: "size",
        message: `is ${bytes} bytes: OpenSLO and Sloth files are read up to ${MAX_FILE_BYTES} bytes, far more than any specification needs`,
      });
      continue;
    }
    parseAllDocuments(input.text).forEach((d, index) => {
      if (d.errors.length) {
        problems.push({
          where: `openslo file "${input.file}"`,
          field: `document ${index + 1}`,
          message: `is not valid YAML: ${d.errors[0].message.split("\n")[0]}`,
        });
        return;
      }
      let value: unknown;
      try {
        // Aliases expand: a few nested ones can stand for millions of nodes, and an alias to another document's anchor is no value.
        value = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        problems.push({
          where: `openslo file "${input.file}"`,
          field: `document ${index + 1}`,
          message: `cannot be read: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIAS_COUNT} alias expansions; an alias must name an anchor of its own document)`,
        });
        return;
      }
      if (value === null || value === undefined) return;
      // A document may also be a list of objects, as the OpenSLO SDKs write them.
      const values = Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        const at = Array.isArray(value) ? `document ${index + 1} item ${i + 1}` : `document ${index + 1}`;
        const label =
          v?.version !== undefined && v?.apiVersion === undefined
            ? `Sloth service "${v?.service ?? at}"`
            : `${v?.kind ?? "document"} "${v?.metadata?.name ?? at}"`;
        docs.push({ file: input.file, label, value: v });
      });
    });
  }
  const add: Add = (doc, field, message) => problems.push({ where: `openslo file "${doc.file}"`, field: `${doc.label} ${field}`, message });

  const byKind = new Map<string, Map<string, Doc>>(KINDS.map((k) => [k, new Map()]));
  const drafts: Draft[] = [];
  const v1alphaSlos: Doc[] = [];
  const sloth: Doc[] = [];
  for (const doc of docs) {
    const v = doc.value;
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      add(doc, "", `must be an OpenSLO object or a Sloth prometheus/v1 spec, got ${written(v)}`);
      continue;
    }
    if (v.version !== undefined && v.apiVersion === undefined) {
      if (v.version !== "prometheus/v1") add(doc, "version", `must be prometheus/v1 (Sloth's spec), got ${written(v.version)}`);
      else sloth.push(doc);
      continue;
    }
    if (v.apiVersion === "sloth.slok.dev/v1") {
      add(
        doc,
        "apiVersion",
        `is Sloth's Kubernetes resource: write its spec as a Sloth file (version: prometheus/v1), got ${written(v.apiVersion)}`,
      );
      continue;
    }
    if (v.apiVersion !== "openslo/v1" && v.apiVersion !== "openslo/v1alpha") {
      add(
        doc,
        "apiVersion",
        `must be openslo/v1 or openslo/v1alpha (or a Sloth file with version: prometheus/v1), got ${written(v.apiVersion)}`,
      );
      continue;
    }
    const kinds = v.apiVersion === "openslo/v1" ? KINDS : V1ALPHA_KINDS;
    if (!kinds.includes(v.kind)) {
      add(doc, "kind", `is not supported in ${v.apiVersion}; supported kinds: ${kinds.join(", ")}`);
      continue;
    }
    if (typeof v.metadata?.name !== "string") {
      add(doc, "metadata.name", "is required");
      continue;
    }
    if (v.apiVersion === "openslo/v1alpha" && v.kind === "SLO") v1alphaSlos.push(doc);
    else byKind.get(v.kind)!.set(v.metadata.name, doc);
  }

  for (const doc of byKind.get("AlertNotificationTarget")!.values()) {
    if (!knownChannels.includes(doc.value.metadata.name)) {
      add(
        doc,
        "metadata.name",
        `names no channel of config/channels.ts; routing by severity decides where alerts go, so targets must be its channels: ${knownChannels.join(", ")}`,
      );
    }
  }
  // Documents only SLOs use: on their own they would create nothing, which is never silent here.
  const sloSpecs = [...byKind.get("SLO")!.values()].map((d) => d.value.spec ?? {});
  const policies = [...byKind.get("AlertPolicy")!.values()]
    .map((d) => d.value)
    .concat(sloSpecs.flatMap((spec) => (Array.isArray(spec.alertPolicies) ? spec.alertPolicies : [])));
  const used: { [kind: string]: { refs: unknown[]; by: string } } = {
    SLI: { refs: sloSpecs.map((spec) => spec.indicatorRef), by: "no SLO names it in spec.indicatorRef" },
    AlertPolicy: {
      refs: sloSpecs.flatMap((spec) =>
        Array.isArray(spec.alertPolicies) ? spec.alertPolicies.map((p: { alertPolicyRef?: unknown }) => p?.alertPolicyRef) : [],
      ),
      by: "no SLO names it in spec.alertPolicies",
    },
    AlertCondition: {
      refs: policies.flatMap((p) =>
        Array.isArray(p?.spec?.conditions) ? p.spec.conditions.map((c: { conditionRef?: unknown }) => c?.conditionRef) : [],
      ),
      by: "no alert policy names it in spec.conditions",
    },
  };
  for (const [kind, { refs, by }] of Object.entries(used)) {
    for (const [name, doc] of byKind.get(kind)!) {
      if (!refs.includes(name)) add(doc, "metadata.name", `${by}: on its own it creates nothing, got ${written(name)}`);
    }
  }
  for (const doc of byKind.get("SLO")!.values()) drafts.push(...readV1Slo(doc, byKind, add));
  for (const doc of v1alphaSlos) drafts.push(...readV1alphaSlo(doc, add));
  for (const doc of sloth) drafts.push(...readSloth(doc, settings, add));

  // Services: the TypeScript definitions first, then Service documents, then what SLOs say.
  const services = new Map<string, { def: ServiceDefinition; doc: Doc; field: string }>();
  const define = (doc: Doc, field: string, id: string, team: string, extra: Partial<ServiceDefinition> = {}) => {
    const existing = services.get(id);
    if (!existing) {
      const problemsBefore = problems.length;
      checkField(doc, field, (p) => checkId(`service "${id}"`, id, p), add);
      if (problems.length === problemsBefore) services.set(id, { def: { kind: "service", id, name: id, team, ...extra }, doc, field });
    } else if (existing.def.team !== team) {
      add(
        doc,
        field,
        `gives service "${id}" the team ${written(team)}, but ${existing.doc.label} in "${existing.doc.file}" gives it ${written(existing.def.team)}; a service has one owning team`,
      );
    }
  };
  const teamFrom = (doc: Doc, field: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    if (list.length !== 1 || typeof list[0] !== "string" || list[0].trim() === "") {
      add(doc, field, `must name one owning team, got ${written(value)}`);
      return undefined;
    }
    return list[0];
  };
  for (const doc of byKind.get("Service")!.values()) {
    const id = doc.value.metadata.name as string;
    if (knownServices.includes(id)) continue;
    const labelled = teamFrom(doc, "metadata.labels.team", doc.value.metadata.labels?.team);
    const team = labelled ?? settings.defaultTeam;
    if (team === undefined) {
      if (doc.value.metadata.labels?.team === undefined)
        add(
          doc,
          "metadata.labels.team",
          `is required: service "${id}" is not in config/services.ts, so this document defines it and must name its owning team (or set defaultTeam with ${HELPER})`,
        );
      continue;
    }
    define(doc, "metadata.name", id, team, {
      ...(doc.value.metadata.displayName ? { name: doc.value.metadata.displayName } : {}),
      ...(doc.value.spec?.description ? { description: doc.value.spec.description } : {}),
    });
  }

  const slos: SloDefinition[] = [];
  for (const draft of drafts) {
    const before = problems.length;
    const { doc } = draft;
    checkField(doc, draft.idField, (p) => checkId(`slo "${draft.id}"`, draft.id, p), add);
    if (typeof draft.service !== "string") add(doc, draft.serviceField, `must name a service, got ${written(draft.service)}`);
    else if (!knownServices.includes(draft.service)) {
      const declared = services.has(draft.service) || byKind.get("Service")!.has(draft.service);
      const team = draft.serviceTeam ? teamFrom(doc, draft.serviceTeam.field, draft.serviceTeam.team) : undefined;
      if (team !== undefined) define(doc, draft.serviceField, draft.service, team);
      else if (declared || draft.serviceTeam?.team !== undefined) {
        // Defined by a Service document, or its team was reported as invalid.
      } else if (settings.defaultTeam !== undefined) define(doc, draft.serviceField, draft.service, settings.defaultTeam);
      else
        add(
          doc,
          draft.serviceField,
          `names a service that neither config/services.ts nor a Service document defines, got ${written(draft.service)}; define it there, or give its team (${draft.serviceTeam ? `${draft.serviceTeam.field}, or ` : "a Service document's metadata.labels.team, or "}defaultTeam with ${HELPER})`,
        );
    }
    const runbook = draft.runbook ?? settings.defaultRunbook;
    if (runbook === undefined)
      add(
        doc,
        draft.runbookField,
        `is required: every SLO's burn-rate alerts page, so responders need a runbook (or set defaultRunbook with ${HELPER})`,
      );
    else checkField(doc, draft.runbookField, (p) => checkRunbook(`slo "${draft.id}"`, runbook, undefined, p), add);
    const sli = sliOf(draft, add);
    if (draft.incomplete || problems.length > before || !sli || draft.objective === undefined || !draft.window) continue;
    slos.push({
      kind: "slo",
      id: draft.id,
      ...(draft.name ? { name: draft.name } : {}),
      service: draft.service as string,
      objective: draft.objective,
      window: draft.window,
      sli,
      runbook: runbook as string,
      ...(draft.description ? { description: draft.description } : {}),
      ...(draft.alerting ? { alerting: draft.alerting } : {}),
    });
  }
  return { slos, services: [...services.values()].map((s) => s.def), problems };
}

/** Runs a model check and reports what it finds under the file's own field. */
function checkField(doc: Doc, field: string, check: (problems: Problems) => void, add: Add): void {
  const found = new Problems();
  check(found);
  for (const p of found.all) add(doc, field, p.message);
}

/** An OpenSLO target (a fraction) as a percent objective, or undefined after reporting why not. */
function fractionTarget(doc: Doc, field: string, target: unknown, windowSeconds: number | undefined, add: Add): number | undefined {
  if (typeof target !== "number") {
    add(doc, field, `must be a number such as 0.999 (99.9%), got ${written(target)}`);
    return undefined;
  }
  if (target === 1) {
    add(doc, field, `is 1 (100%): ${noErrorBudget(99.99, windowSeconds, "0.9999")}`);
    return undefined;
  }
  if (target > 1 && target <= 100) {
    add(
      doc,
      field,
      `must be a fraction of 1, as OpenSLO writes targets: ${target} would be ${Number((target * 100).toPrecision(12))}%; write ${Number((target / 100).toPrecision(12))} for ${target}%`,
    );
    return undefined;
  }
  if (!(target > 0 && target < 1)) {
    add(doc, field, `must be a fraction greater than 0 and less than 1, such as 0.999 (99.9%), got ${written(target)}`);
    return undefined;
  }
  return Number((target * 100).toPrecision(12));
}

/** A window of whole days as the model takes it, or undefined after reporting why not. */
function wholeDays(doc: Doc, field: string, duration: unknown, add: Add): Duration | undefined {
  const seconds = parseDuration(duration);
  if (seconds === undefined || seconds < DAY || seconds % DAY !== 0) {
    add(doc, field, `must be a whole number of days such as "28d" or "1w", got ${written(duration)}`);
    return undefined;
  }
  return `${seconds / DAY}d`;
}

function readV1Slo(doc: Doc, byKind: Map<string, Map<string, Doc>>, reportTo: Add): Draft[] {
  const add = counting(reportTo);
  const fail = (field: string, message: string) => add(doc, field, message);
  const spec = doc.value.spec ?? {};
  const allowed = ["description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives", "alertPolicies"];
  for (const key of Object.keys(spec)) if (!allowed.includes(key)) fail(`spec.${key}`, unsupported(spec[key]));
  const windows = spec.timeWindow ?? [];
  if (!Array.isArray(windows) || windows.length !== 1)
    fail("spec.timeWindow", `must hold exactly one window, got ${written(spec.timeWindow ?? null)}`);
  const window = windows[0] ?? {};
  if (windows.length === 1 && window.isRolling !== true)
    fail("spec.timeWindow[0].isRolling", "must be true: calendar windows are not supported");
  const duration =
    windows.length === 1 && window.isRolling === true ? wholeDays(doc, "spec.timeWindow[0].duration", window.duration, add) : undefined;
  if (spec.budgetingMethod !== "Occurrences")
    fail("spec.budgetingMethod", `must be Occurrences (a ratio of events), got ${written(spec.budgetingMethod)}`);
  const objectives = spec.objectives ?? [];
  if (!Array.isArray(objectives) || objectives.length !== 1)
    fail("spec.objectives", `must hold exactly one objective, got ${Array.isArray(objectives) ? objectives.length : written(objectives)}`);
  for (const key of Object.keys(objectives[0] ?? {})) {
    if (!["target", "displayName"].includes(key)) fail(`spec.objectives[0].${key}`, unsupported(objectives[0][key]));
  }
  const objective =
    objectives.length === 1
      ? fractionTarget(doc, "spec.objectives[0].target", objectives[0]?.target, parseDuration(duration), add)
      : undefined;

  // The SLI: inline, or a reference to an SLI document.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let sliDoc: any = spec.indicator;
  let sliField = "spec.indicator";
  if (spec.indicatorRef !== undefined) {
    const ref = byKind.get("SLI")!.get(spec.indicatorRef);
    if (!ref) fail("spec.indicatorRef", `names no SLI document: ${written(spec.indicatorRef)}`);
    sliDoc = ref?.value;
    sliField = `SLI "${spec.indicatorRef}"`;
  }
  const ratio = sliDoc?.spec?.ratioMetric;
  if (sliDoc && !ratio) fail(`${sliField}.spec`, "must be a ratioMetric: threshold metrics are not supported");
  if (!sliDoc && spec.indicatorRef === undefined) fail("spec.indicator", "is required (or spec.indicatorRef)");
  if (ratio && (ratio.raw !== undefined || ratio.rawType !== undefined))
    fail(
      `${sliField}.spec.ratioMetric.raw`,
      "is not supported: a ratio computed by the query cannot be split into counters; give good or bad, and total",
    );
  const query = (part: string): Query | undefined => {
    const source = ratio?.[part]?.metricSource;
    if (!source) return undefined;
    const field = `${sliField}.spec.ratioMetric.${part}.metricSource`;
    if (typeof source.type !== "string" || source.type.toLowerCase() !== "prometheus") {
      fail(`${field}.type`, `must be Prometheus, got ${written(source.type)}`);
      return undefined;
    }
    // `query` as the specification writes it; `promql` as Nobl9's conversions do.
    return source.spec?.promql !== undefined && source.spec?.query === undefined
      ? { field: `${field}.spec.promql`, text: source.spec.promql }
      : { field: `${field}.spec.query`, text: source.spec?.query };
  };
  const good = query("good");
  const bad = query("bad");
  const total = query("total");
  if (ratio && (ratio.good === undefined) === (ratio.bad === undefined))
    fail(`${sliField}.spec.ratioMetric`, "give exactly one of good or bad, with total");
  if (ratio && ratio.total === undefined) fail(`${sliField}.spec.ratioMetric.total`, "is required");

  const annotations = doc.value.metadata.annotations ?? {};
  const sliKind = annotations[ANNOTATIONS.sliKind] ?? "ratio";
  if (sliKind !== "ratio" && sliKind !== "latency")
    fail(`metadata.annotations.${ANNOTATIONS.sliKind}`, `must be ratio or latency, got ${written(sliKind)}`);
  const tiers = alertTiers(doc, spec.alertPolicies, byKind, add);
  return [
    {
      doc,
      incomplete: add.count > 0,
      id: doc.value.metadata.name,
      idField: "metadata.name",
      name: doc.value.metadata.displayName,
      description: spec.description,
      service: spec.service,
      serviceField: "spec.service",
      objective,
      window: duration,
      runbook: annotations[ANNOTATIONS.runbook],
      runbookField: `metadata.annotations.${ANNOTATIONS.runbook}`,
      ...(tiers ? { alerting: { tiers } } : {}),
      good,
      bad,
      total,
      ...(ratio?.counter === false ? { notCounters: `${sliField}.spec.ratioMetric.counter` } : {}),
      ...(sliKind === "latency"
        ? {
            latency: {
              threshold: annotations[ANNOTATIONS.threshold],
              bucket: annotations[ANNOTATIONS.bucket],
              unit: annotations[ANNOTATIONS.unit],
            },
          }
        : {}),
    },
  ];
}

/** OpenSLO v1alpha SLOs as Sloth reads them: each objective is an SLO. */
function readV1alphaSlo(doc: Doc, reportTo: Add): Draft[] {
  const add = counting(reportTo);
  const fail = (field: string, message: string) => add(doc, field, message);
  const { metadata } = doc.value;
  const spec = doc.value.spec ?? {};
  for (const key of Object.keys(spec)) {
    if (!["description", "service", "budgetingMethod", "objectives", "timeWindows", "indicator"].includes(key))
      fail(`spec.${key}`, unsupported(spec[key]));
  }
  if (spec.indicator !== undefined)
    fail("spec.indicator", "is not supported: threshold metrics are not supported; give objectives[].ratioMetrics");
  if (spec.budgetingMethod !== undefined && spec.budgetingMethod !== "Occurrences")
    fail("spec.budgetingMethod", `must be Occurrences (a ratio of events), got ${written(spec.budgetingMethod)}`);
  let window: Duration | undefined = SLOTH_WINDOW;
  if (spec.timeWindows !== undefined) {
    const windows = spec.timeWindows;
    if (!Array.isArray(windows) || windows.length !== 1) fail("spec.timeWindows", `must hold exactly one window, got ${written(windows)}`);
    const w = windows?.[0] ?? {};
    if (w.calendar !== undefined || w.isRolling === false)
      fail("spec.timeWindows[0].isRolling", "must be true or absent: calendar windows are not supported");
    const days = { day: 1, week: 7 }[String(w.unit).toLowerCase()];
    if (days === undefined) fail("spec.timeWindows[0].unit", `must be Day or Week, got ${written(w.unit)}`);
    if (!Number.isInteger(w.count) || w.count <= 0) fail("spec.timeWindows[0].count", `must be a whole number, got ${written(w.count)}`);
    window = days !== undefined && Number.isInteger(w.count) && w.count > 0 ? `${w.count * days}d` : undefined;
  }
  const objectives = spec.objectives;
  if (!Array.isArray(objectives) || objectives.length === 0) {
    fail("spec.objectives", "must hold at least one objective");
    return [];
  }
  const drafts: Draft[] = [];
  objectives.forEach((o, i) => {
    const at = `spec.objectives[${i}]`;
    for (const key of Object.keys(o ?? {})) {
      if (!["target", "displayName", "ratioMetrics"].includes(key)) fail(`${at}.${key}`, unsupported(o[key]));
    }
    const objective = fractionTarget(doc, `${at}.target`, o?.target, parseDuration(window), add);
    const ratio = o?.ratioMetrics;
    if (!ratio) fail(`${at}.ratioMetrics`, "is required: threshold metrics are not supported");
    for (const key of Object.keys(ratio ?? {})) {
      if (!["good", "bad", "total", "incremental"].includes(key)) fail(`${at}.ratioMetrics.${key}`, unsupported(ratio[key]));
    }
    const query = (part: string): Query | undefined => {
      const q = ratio?.[part];
      if (q === undefined) return undefined;
      const field = `${at}.ratioMetrics.${part}`;
      if (typeof q.source !== "string" || q.source.toLowerCase() !== "prometheus")
        fail(`${field}.source`, `must be prometheus, got ${written(q.source)}`);
      if (q.queryType !== undefined && q.queryType !== "promql") fail(`${field}.queryType`, `must be promql, got ${written(q.queryType)}`);
      return { field: `${field}.query`, text: q.query };
    };
    const good = query("good");
    const bad = query("bad");
    const total = query("total");
    if (ratio && (ratio.good === undefined) === (ratio.bad === undefined))
      fail(`${at}.ratioMetrics`, "give exactly one of good or bad, with total");
    if (ratio && ratio.total === undefined) fail(`${at}.ratioMetrics.total`, "is required");
    {
      const displayName = metadata.displayName ?? metadata.name;
      drafts.push({
        doc,
        incomplete: add.count > 0,
        // As Sloth names them, so their recording rules and dashboards keep the same SLO names.
        id: `${metadata.name}-${i}`,
        idField: "metadata.name",
        name: objectives.length > 1 ? `${displayName} (${objective}%)` : displayName,
        description: spec.description,
        service: spec.service,
        serviceField: "spec.service",
        objective,
        window,
        runbook: metadata.annotations?.[ANNOTATIONS.runbook],
        runbookField: `metadata.annotations.${ANNOTATIONS.runbook}`,
        good,
        bad,
        total,
        ...(ratio?.incremental === false ? { notCounters: `${at}.ratioMetrics.incremental` } : {}),
      });
    }
  });
  // A problem in a later objective (or the document) makes every objective incomplete.
  return drafts.map((d) => ({ ...d, incomplete: add.count > 0 }));
}

/** Sloth's prometheus/v1 spec: one service, its SLOs. */
function readSloth(doc: Doc, settings: OpenSloImportDefinition, reportTo: Add): Draft[] {
  const v = doc.value;
  const add = counting(reportTo);
  const fail = (field: string, message: string) => add(doc, field, message);
  for (const key of Object.keys(v)) {
    if (key === "slo_plugins") fail(key, "is not supported: the model writes every recording and alerting rule itself");
    else if (!["version", "service", "labels", "slos"].includes(key)) fail(key, unsupported(v[key]));
  }
  if (typeof v.service !== "string") fail("service", `must name the service, got ${written(v.service)}`);
  const labels = v.labels ?? {};
  const teamField = labels.team !== undefined ? "labels.team" : "labels.owner";
  const team = labels.team ?? labels.owner;
  if (!Array.isArray(v.slos) || v.slos.length === 0) {
    fail("slos", "must hold at least one SLO");
    return [];
  }
  const drafts: Draft[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  v.slos.forEach((s: any, i: number) => {
    const at = `slos[${i}]`;
    for (const key of Object.keys(s ?? {})) {
      if (key === "plugins") fail(`${at}.plugins`, "is not supported: the model writes every recording and alerting rule itself");
      else if (!["name", "objective", "description", "labels", "sli", "alerting"].includes(key)) fail(`${at}.${key}`, unsupported(s[key]));
    }
    if (typeof s?.name !== "string") fail(`${at}.name`, `must name the SLO, got ${written(s?.name)}`);
    const objective = s?.objective;
    if (objective === 100) fail(`${at}.objective`, `is 100: ${noErrorBudget(99.99, parseDuration(SLOTH_WINDOW))}`);
    else if (typeof objective !== "number" || !(objective > 0 && objective < 100))
      fail(
        `${at}.objective`,
        `must be a percentage greater than 0 and less than 100, as Sloth writes objectives (99.9), got ${written(objective)}`,
      );
    const sli = s?.sli ?? {};
    if (sli.raw !== undefined)
      fail(
        `${at}.sli.raw`,
        "is not supported: a ratio computed by the query cannot be split into counters; write sli.events with error_query and total_query",
      );
    if (sli.plugin !== undefined)
      fail(`${at}.sli.plugin`, "is not supported: write the plugin's queries as sli.events with error_query and total_query");
    if (sli.raw === undefined && sli.plugin === undefined && sli.events === undefined) fail(`${at}.sli.events`, "is required");
    const alerting = s?.alerting ?? {};
    const annotations = alerting.annotations ?? {};
    const runbookKey = ["runbook", "runbook_url"].find((k) => annotations[k] !== undefined);
    const tiers = slothTiers(`${at}.alerting`, alerting, settings, fail);
    {
      drafts.push({
        doc,
        incomplete: add.count > 0,
        // As Sloth names them (its sloth_id), unique across services.
        id: `${v.service}-${s.name}`,
        idField: `${at}.name`,
        name: s.name,
        description: s.description,
        service: v.service,
        serviceField: "service",
        ...(team !== undefined ? { serviceTeam: { team, field: teamField } } : {}),
        objective,
        window: SLOTH_WINDOW,
        runbook: runbookKey ? annotations[runbookKey] : undefined,
        runbookField: `${at}.alerting.annotations.${runbookKey ?? "runbook"}`,
        ...(tiers ? { alerting: { tiers } } : {}),
        ...(sli.events
          ? {
              bad: { field: `${at}.sli.events.error_query`, text: sli.events.error_query },
              total: { field: `${at}.sli.events.total_query`, text: sli.events.total_query },
            }
          : {}),
      });
    }
  });
  return drafts.map((d) => ({ ...d, incomplete: add.count > 0 }));
}

/**
 * Sloth's page alert is the two paging tiers (1h and 6h), its ticket alert the ticket tier;
 * `disable: true` switches them off and their `severity` label (or the alerting's) sets the
 * severity. Undefined when the defaults stand.
 */
function slothTiers(
  at: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  alerting: any,
  settings: OpenSloImportDefinition,
  fail: (field: string, message: string) => void,
): { [T in TierId]?: BurnRateTierOverride | false } | undefined {
  const tiers: { [T in TierId]?: BurnRateTierOverride | false } = {};
  const alerts = [
    ["page_alert", ["page-fast", "page-slow"]],
    ["ticket_alert", ["ticket"]],
  ] as const;
  for (const [key, ids] of alerts) {
    const alert = alerting[key] ?? {};
    if (alert.disable === true) {
      for (const id of ids) tiers[id] = false;
      continue;
    }
    const field = alert.labels?.severity !== undefined ? `${at}.${key}.labels.severity` : `${at}.labels.severity`;
    const label = alert.labels?.severity ?? alerting.labels?.severity;
    if (label === undefined) continue;
    const severity: Severity | undefined = (SEVERITIES as readonly unknown[]).includes(label)
      ? (label as Severity)
      : settings.severityLabels?.[String(label)];
    if (severity === undefined) {
      fail(
        field,
        `is no severity of this project, got ${written(label)}: write one of ${SEVERITIES.join(", ")}, or map it with ${HELPER} (severityLabels: { ${JSON.stringify(String(label))}: "P1" })`,
      );
      continue;
    }
    for (const id of ids) tiers[id] = { severity };
  }
  return Object.keys(tiers).length ? tiers : undefined;
}

/** The SLI of a draft: its queries read into counters (ratio), or a histogram's bucket and count (latency). */
function sliOf(draft: Draft, add: Add): SliDefinition | undefined {
  const { doc } = draft;
  let ok = true;
  const parse = (q: Query | undefined) => {
    if (!q) return undefined;
    const parsed = parseCounterQuery(q.text);
    if (typeof parsed === "string") {
      add(doc, q.field, `${parsed}; got ${written(q.text)}`);
      ok = false;
      return undefined;
    }
    return { ...parsed, query: q };
  };
  // Counters added up: one selector where one can select exactly them, else the list of counters.
  const one = (sum: CounterSum): VectorSelector[] => {
    const selector = asOneSelector(sum);
    return selector ? [selector] : [...sum.counters];
  };
  const difference = (q: Query) => {
    add(
      doc,
      q.field,
      `must add counters up; the only difference supported is bad events written as the total minus good events (Sloth's form), with the total query's own counter; got ${written(q.text)}`,
    );
    ok = false;
    return undefined;
  };
  const total = parse(draft.total);
  const good = parse(draft.good);
  const bad = parse(draft.bad);
  const totalList = total && (total.kind === "sum" ? one(total.sum) : difference(total.query));
  let goodList = good && (good.kind === "sum" ? one(good.sum) : difference(good.query));
  let badList: VectorSelector[] | undefined;
  if (bad?.kind === "sum") badList = one(bad.sum);
  else if (bad?.kind === "difference") {
    const minuend = asOneSelector(bad.minuend);
    if (minuend && totalList?.length === 1 && sameSelector(minuend, totalList[0])) goodList = one(bad.subtrahend);
    else difference(bad.query);
  }
  if (draft.notCounters) {
    const sums = [total, good, bad].flatMap((p) => (!p ? [] : p.kind === "sum" ? [p.sum] : [p.minuend, p.subtrahend]));
    if (sums.some((s) => !s.rated)) {
      add(doc, draft.notCounters, "is false, but the queries read series without rate() or increase(): they must count events");
      ok = false;
    }
  }
  if (!ok || !totalList || !(goodList || badList)) return undefined;
  const single = (list: VectorSelector[] | undefined) => (list?.length === 1 ? list[0] : undefined);
  const totalSelector = single(totalList);
  const goodSelector = single(goodList);

  // A histogram's bucket over its count is a latency SLI: Managed Prometheus keeps it as one
  // distribution (/histogram), not as counters.
  const le = goodSelector?.matchers.find((m) => m.name === "le");
  const histogram = goodSelector?.metric.endsWith("_bucket") ? goodSelector.metric.slice(0, -"_bucket".length) : undefined;
  const goodField = (draft.good ?? draft.bad)!.field;
  if (histogram !== undefined || draft.latency) {
    if (!totalSelector) {
      add(
        doc,
        goodField,
        `must be a histogram's bucket over the same histogram's _count as total, for a latency SLI; got a total of ${totalList.length} counters added up`,
      );
      return undefined;
    }
    const others = goodSelector?.matchers.filter((m) => m.name !== "le") ?? [];
    const base = { metric: histogram ?? "", matchers: others };
    const count = { metric: `${histogram}_count`, matchers: others };
    const bound = leBound(le);
    if (!goodSelector || histogram === undefined || !le || (le.op !== "=" && bound === undefined) || !sameSelector(count, totalSelector)) {
      add(
        doc,
        goodField,
        `must be a histogram's bucket with le="<bound>" over the same histogram's _count as total, for a latency SLI; got good ${written(goodSelector && formatSelector(goodSelector))} and total ${written(formatSelector(totalSelector))}`,
      );
      return undefined;
    }
    if (!draft.latency?.threshold && !(bound !== undefined && bound > 0)) {
      add(doc, goodField, `must name a finite bucket (le="0.3") for a latency SLI; got le=${written(le.value)}`);
      return undefined;
    }
    // The unit the file says, else the one the histogram's name says (`_ms`), else seconds.
    const unit = (draft.latency?.unit ?? (/(_ms|_milliseconds)$/.test(histogram) ? "milliseconds" : "seconds")) as HistogramUnit;
    const threshold = (draft.latency?.threshold ?? `${bound}${unit === "milliseconds" ? "ms" : "s"}`) as Duration;
    // A form of le the client writes beyond Prometheus 2's and 3's own is kept as the bucket.
    const forms = le.op === "=" ? [le.value] : le.value.split("|").map((f) => f.replace(/\\(.)/g, "$1"));
    const own = bound === undefined ? le.value : forms.find((f) => f !== String(bound) && f !== prometheus3Le(bound));
    const bucket = draft.latency?.bucket ?? own;
    return {
      kind: "latency",
      threshold,
      ...(unit !== "seconds" ? { unit } : {}),
      prometheus: { histogram: formatSelector(base), ...(bucket !== undefined ? { bucket } : {}) },
    };
  }
  const written_ = (list: VectorSelector[]) => (list.length === 1 ? formatSelector(list[0]) : list.map((c) => formatSelector(c)));
  return badList
    ? { kind: "ratio", prometheus: { errors: written_(badList), total: written_(totalList) } }
    : { kind: "ratio", prometheus: { good: written_(goodList!), total: written_(totalList) } };
}

/** Burn-rate tiers from the SLO's alert policies; undefined when it has none (workbook defaults). */
function alertTiers(
  doc: Doc,
  policies: unknown,
  byKind: Map<string, Map<string, Doc>>,
  add: Add,
): { [T in TierId]?: BurnRateTierOverride | false } | undefined {
  if (policies === undefined) return undefined;
  if (!Array.isArray(policies)) {
    add(doc, "spec.alertPolicies", `must be a list, got ${written(policies)}`);
    return undefined;
  }
  const tiers: { [T in TierId]?: BurnRateTierOverride | false } = Object.fromEntries(TIER_IDS.map((t) => [t, false]));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  policies.forEach((p: any, i: number) => {
    const field = `spec.alertPolicies[${i}]`;
    const ref = p?.alertPolicyRef ?? (typeof p === "string" ? p : undefined);
    const policy = ref !== undefined ? byKind.get("AlertPolicy")!.get(ref)?.value : p?.kind === "AlertPolicy" ? p : undefined;
    if (!policy) {
      add(
        doc,
        field,
        ref !== undefined ? `names no AlertPolicy document: ${written(ref)}` : "must be an alertPolicyRef or an inline AlertPolicy",
      );
      return;
    }
    for (const key of Object.keys(policy.spec ?? {})) {
      if (!["description", "conditions", "notificationTargets", "alertWhenBreaching", "alertWhenResolved", "alertWhenNoData"].includes(key))
        add(doc, `${field}.spec.${key}`, unsupported(policy.spec[key]));
    }
    if (policy.spec?.alertWhenNoData === true)
      add(doc, `${field}.spec.alertWhenNoData`, "is not supported: burn-rate alerts treat no data as no errors");
    for (const [j, t] of (policy.spec?.notificationTargets ?? []).entries()) {
      const name = t?.targetRef ?? t?.metadata?.name;
      if (!byKind.get("AlertNotificationTarget")!.has(name))
        add(doc, `${field}.spec.notificationTargets[${j}]`, `names no AlertNotificationTarget document: ${written(name)}`);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (policy.spec?.conditions ?? []).forEach((c: any, j: number) => {
      const cref = c?.conditionRef;
      const condition = cref !== undefined ? byKind.get("AlertCondition")!.get(cref)?.value : c?.kind === "AlertCondition" ? c : undefined;
      const cfield = `${field}.spec.conditions[${j}]`;
      if (!condition) {
        add(
          doc,
          cfield,
          cref !== undefined ? `names no AlertCondition document: ${written(cref)}` : "must be a conditionRef or an inline AlertCondition",
        );
        return;
      }
      const id = condition.metadata?.name as TierId;
      if (!TIER_IDS.includes(id)) {
        add(doc, `${cfield}.metadata.name`, `must name a burn-rate tier (${TIER_IDS.join(", ")}), got ${written(id)}`);
        return;
      }
      const spec = condition.spec ?? {};
      const cond = spec.condition ?? {};
      if (cond.kind !== "burnrate") add(doc, `${cfield}.spec.condition.kind`, `must be burnrate, got ${written(cond.kind)}`);
      if (cond.op !== "gt" && cond.op !== "gte") add(doc, `${cfield}.spec.condition.op`, `must be gt or gte, got ${written(cond.op)}`);
      const long = parseDuration(cond.lookbackWindow);
      if (long === undefined)
        add(doc, `${cfield}.spec.condition.lookbackWindow`, `must be a duration such as "1h", got ${written(cond.lookbackWindow)}`);
      if (typeof cond.threshold !== "number")
        add(doc, `${cfield}.spec.condition.threshold`, "must be the burn rate, a number such as 14.4");
      if (cond.alertAfter !== undefined && parseDuration(cond.alertAfter) !== 0)
        add(doc, `${cfield}.spec.condition.alertAfter`, "is not supported: the short window (1/12 of the lookback) confirms the burn");
      if (!SEVERITIES.includes(spec.severity))
        add(doc, `${cfield}.spec.severity`, `must be one of ${SEVERITIES.join(", ")}, got ${written(spec.severity)}`);
      const windowSeconds = parseDuration(doc.value.spec?.timeWindow?.[0]?.duration);
      if (long !== undefined && typeof cond.threshold === "number" && windowSeconds) {
        tiers[id] = {
          // The model derives the factor from share and windows: the share that gives this burn rate.
          budgetShare: (cond.threshold * long) / windowSeconds,
          longWindow: cond.lookbackWindow,
          severity: spec.severity as Severity,
        };
      }
    });
  });
  return tiers;
}
