/**
 * OpenSLO v1 documents as SLO definitions. Supported: SLO (rolling window, one objective,
 * Occurrences budgeting) with an inline or referenced SLI whose ratioMetric names Prometheus
 * counters (bad or good, and total); Service; AlertPolicy with burn-rate AlertConditions named
 * after this project's tiers (page-fast, page-slow, ticket); AlertNotificationTarget naming a
 * channel of the routing. Anything else is an error naming the file and the field: nothing is
 * dropped silently.
 */
import { parseAllDocuments } from "yaml";
import type { BurnRateTierOverride, Duration, Severity, SloDefinition, TierId } from "../definitions/types";
import { SEVERITIES } from "../definitions/types";
import type { Problem } from "../model/problems";
import { parseDuration } from "../model/duration";

export const TIER_IDS: readonly TierId[] = ["page-fast", "page-slow", "ticket"];
const KINDS = ["SLO", "SLI", "Service", "AlertPolicy", "AlertCondition", "AlertNotificationTarget"];
/** Annotations carrying what OpenSLO has no field for. */
export const ANNOTATIONS = {
  runbook: "monitoring/runbook",
  sliKind: "monitoring/sli-kind",
  threshold: "monitoring/latency-threshold",
  bucket: "monitoring/latency-bucket",
} as const;

interface Doc {
  file: string;
  index: number;
  // YAML documents have no shape until each field is checked where it is read.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
}

export interface OpenSloInput {
  readonly file: string;
  readonly text: string;
}

export interface OpenSloResult {
  readonly slos: SloDefinition[];
  readonly problems: Problem[];
}

export function importOpenSlo(
  inputs: readonly OpenSloInput[],
  knownServices: readonly string[],
  knownChannels: readonly string[],
): OpenSloResult {
  const problems: Problem[] = [];
  const docs: Doc[] = [];
  for (const input of inputs) {
    parseAllDocuments(input.text).forEach((d, index) => {
      const where = `openslo file "${input.file}"`;
      if (d.errors.length) {
        problems.push({ where, field: `document ${index + 1}`, message: `is not valid YAML: ${d.errors[0].message.split("\n")[0]}` });
        return;
      }
      const value = d.toJSON();
      if (value === null || value === undefined) return;
      docs.push({ file: input.file, index, value });
    });
  }
  const add = (doc: Doc, field: string, message: string) =>
    problems.push({
      where: `openslo file "${doc.file}"`,
      field: `${doc.value?.kind ?? "document"} "${doc.value?.metadata?.name ?? doc.index + 1}" ${field}`,
      message,
    });

  const byKind = new Map<string, Map<string, Doc>>(KINDS.map((k) => [k, new Map()]));
  for (const doc of docs) {
    const v = doc.value;
    if (v.apiVersion !== "openslo/v1") {
      add(doc, "apiVersion", `must be openslo/v1, got ${JSON.stringify(v.apiVersion)}`);
      continue;
    }
    if (!KINDS.includes(v.kind)) {
      add(doc, "kind", `is not supported; supported kinds: ${KINDS.join(", ")}`);
      continue;
    }
    if (typeof v.metadata?.name !== "string") {
      add(doc, "metadata.name", "is required");
      continue;
    }
    byKind.get(v.kind)!.set(v.metadata.name, doc);
  }

  for (const doc of byKind.get("Service")!.values()) {
    if (!knownServices.includes(doc.value.metadata.name)) {
      add(doc, "metadata.name", `names no service of config/services.ts; defined services: ${knownServices.join(", ")}`);
    }
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

  const slos: SloDefinition[] = [];
  for (const doc of byKind.get("SLO")!.values()) {
    const before = problems.length;
    const spec = doc.value.spec ?? {};
    const allowed = ["description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives", "alertPolicies"];
    for (const key of Object.keys(spec)) if (!allowed.includes(key)) add(doc, `spec.${key}`, "is not supported");
    const windows = spec.timeWindow ?? [];
    if (windows.length !== 1) add(doc, "spec.timeWindow", "must hold exactly one window");
    const window = windows[0] ?? {};
    if (window.isRolling !== true) add(doc, "spec.timeWindow[0].isRolling", "must be true: calendar windows are not supported");
    if (spec.budgetingMethod !== "Occurrences")
      add(doc, "spec.budgetingMethod", `must be Occurrences (a ratio of events), got ${JSON.stringify(spec.budgetingMethod)}`);
    const objectives = spec.objectives ?? [];
    if (objectives.length !== 1) add(doc, "spec.objectives", "must hold exactly one objective");
    const target = objectives[0]?.target;
    if (typeof target !== "number") add(doc, "spec.objectives[0].target", "must be a number such as 0.999");
    for (const key of Object.keys(objectives[0] ?? {})) {
      if (!["target", "displayName"].includes(key)) add(doc, `spec.objectives[0].${key}`, "is not supported");
    }

    // The SLI: inline, or a reference to an SLI document.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let sliDoc: any = spec.indicator;
    let sliField = "spec.indicator";
    if (spec.indicatorRef !== undefined) {
      const ref = byKind.get("SLI")!.get(spec.indicatorRef);
      if (!ref) add(doc, "spec.indicatorRef", `names no SLI document: ${JSON.stringify(spec.indicatorRef)}`);
      sliDoc = ref?.value;
      sliField = `SLI "${spec.indicatorRef}"`;
    }
    const ratio = sliDoc?.spec?.ratioMetric;
    if (sliDoc && !ratio) add(doc, `${sliField}.spec`, "must be a ratioMetric: threshold metrics are not supported");
    if (!sliDoc) add(doc, "spec.indicator", "is required (or spec.indicatorRef)");
    const query = (part: string) => {
      const source = ratio?.[part]?.metricSource;
      if (!source) return undefined;
      if (source.type !== "Prometheus")
        add(doc, `${sliField}.spec.ratioMetric.${part}.metricSource.type`, `must be Prometheus, got ${JSON.stringify(source.type)}`);
      return source.spec?.query as string | undefined;
    };
    const good = query("good");
    const bad = query("bad");
    const total = query("total");
    if (ratio && ratio.counter !== true) add(doc, `${sliField}.spec.ratioMetric.counter`, "must be true: the queries name counters");
    if (ratio && (good === undefined) === (bad === undefined))
      add(doc, `${sliField}.spec.ratioMetric`, "give exactly one of good or bad, with total");
    if (ratio && total === undefined) add(doc, `${sliField}.spec.ratioMetric.total`, "is required");

    const annotations = doc.value.metadata.annotations ?? {};
    const sliKind = annotations[ANNOTATIONS.sliKind] ?? "ratio";
    const tiers = alertTiers(doc, spec.alertPolicies, byKind, add);
    if (problems.length > before) continue;
    const name = doc.value.metadata.displayName;
    const base = {
      kind: "slo" as const,
      id: doc.value.metadata.name as string,
      ...(name ? { name } : {}),
      service: spec.service,
      objective: Number((target * 100).toPrecision(12)),
      window: window.duration as Duration,
      runbook: annotations[ANNOTATIONS.runbook],
      ...(spec.description ? { description: spec.description } : {}),
      ...(tiers ? { alerting: { tiers } } : {}),
    };
    if (sliKind === "latency") {
      const histogram = (good as string)
        .replace(/_bucket(\{|$)/, "$1")
        .replace(/,?le="[^"]*"/, "")
        .replace("{}", "");
      slos.push({
        ...base,
        sli: {
          kind: "latency",
          threshold: annotations[ANNOTATIONS.threshold],
          prometheus: { histogram, ...(annotations[ANNOTATIONS.bucket] ? { bucket: annotations[ANNOTATIONS.bucket] } : {}) },
        },
      });
    } else {
      slos.push({ ...base, sli: { kind: "ratio", prometheus: { ...(bad ? { errors: bad } : { good }), total: total! } } });
    }
  }
  return { slos, problems };
}

/** Burn-rate tiers from the SLO's alert policies; undefined when it has none (workbook defaults). */
function alertTiers(
  doc: Doc,
  policies: unknown,
  byKind: Map<string, Map<string, Doc>>,
  add: (doc: Doc, field: string, message: string) => void,
): { [T in TierId]?: BurnRateTierOverride | false } | undefined {
  if (policies === undefined) return undefined;
  if (!Array.isArray(policies)) {
    add(doc, "spec.alertPolicies", "must be a list");
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
        ref !== undefined ? `names no AlertPolicy document: ${JSON.stringify(ref)}` : "must be an alertPolicyRef or an inline AlertPolicy",
      );
      return;
    }
    for (const key of Object.keys(policy.spec ?? {})) {
      if (!["description", "conditions", "notificationTargets", "alertWhenBreaching", "alertWhenResolved", "alertWhenNoData"].includes(key))
        add(doc, `${field}.spec.${key}`, "is not supported");
    }
    if (policy.spec?.alertWhenNoData === true)
      add(doc, `${field}.spec.alertWhenNoData`, "is not supported: burn-rate alerts treat no data as no errors");
    for (const [j, t] of (policy.spec?.notificationTargets ?? []).entries()) {
      const name = t?.targetRef ?? t?.metadata?.name;
      if (!byKind.get("AlertNotificationTarget")!.has(name))
        add(doc, `${field}.spec.notificationTargets[${j}]`, `names no AlertNotificationTarget document: ${JSON.stringify(name)}`);
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
          cref !== undefined
            ? `names no AlertCondition document: ${JSON.stringify(cref)}`
            : "must be a conditionRef or an inline AlertCondition",
        );
        return;
      }
      const id = condition.metadata?.name as TierId;
      if (!TIER_IDS.includes(id)) {
        add(doc, `${cfield}.metadata.name`, `must name a burn-rate tier (${TIER_IDS.join(", ")}), got ${JSON.stringify(id)}`);
        return;
      }
      const spec = condition.spec ?? {};
      const cond = spec.condition ?? {};
      if (cond.kind !== "burnrate") add(doc, `${cfield}.spec.condition.kind`, `must be burnrate, got ${JSON.stringify(cond.kind)}`);
      if (cond.op !== "gt" && cond.op !== "gte")
        add(doc, `${cfield}.spec.condition.op`, `must be gt or gte, got ${JSON.stringify(cond.op)}`);
      const long = parseDuration(cond.lookbackWindow);
      if (long === undefined)
        add(doc, `${cfield}.spec.condition.lookbackWindow`, `must be a duration such as "1h", got ${JSON.stringify(cond.lookbackWindow)}`);
      if (typeof cond.threshold !== "number")
        add(doc, `${cfield}.spec.condition.threshold`, "must be the burn rate, a number such as 14.4");
      if (cond.alertAfter !== undefined && parseDuration(cond.alertAfter) !== 0)
        add(doc, `${cfield}.spec.condition.alertAfter`, "is not supported: the short window (1/12 of the lookback) confirms the burn");
      if (!SEVERITIES.includes(spec.severity))
        add(doc, `${cfield}.spec.severity`, `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(spec.severity)}`);
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
