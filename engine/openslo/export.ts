/**
 * The model's SLOs as OpenSLO v1 documents: a Service per service, and per SLO an SLO with
 * its ratio SLI (Prometheus counters) and an alert policy whose burn-rate conditions are the
 * tiers. Importing the result gives the same model (tested).
 */
import { stringify } from "yaml";
import type { Model, SloModel } from "../model";
import { formatDuration } from "../model/duration";
import { formatSelector, type VectorSelector } from "../model/promql";
import { ANNOTATIONS } from "./import";
import { groupingText } from "../model/group-by";

const source = (query: string) => ({ metricSource: { type: "Prometheus", spec: { query } } });
/** Counters added up, as the importer reads them back. */
const sumOf = (counters: readonly VectorSelector[]) => counters.map(formatSelector).join(" + ");

/** The SLO's documents, or why it cannot be expressed in OpenSLO v1 here. */
export function sloDocuments(slo: SloModel): object[] | string {
  const p = slo.sli.prometheus;
  if (!p) return "has no Prometheus source";
  if (p.kind === "minutes") return `is a ${slo.sli.kind} SLI, which OpenSLO v1 cannot express as a ratio of counters`;
  // OpenSLO v1's SLO judges its SLI as a whole: exported without the grouping it would be another SLO.
  if (slo.groupBy.length) return `is judged ${groupingText(slo.groupBy)} (groupBy), which an OpenSLO v1 SLO cannot express`;
  const annotations: Record<string, string> = { [ANNOTATIONS.runbook]: slo.runbook };
  let ratioMetric: object;
  if (p.kind === "latency") {
    annotations[ANNOTATIONS.sliKind] = "latency";
    annotations[ANNOTATIONS.threshold] = `${p.threshold}${p.unit === "milliseconds" ? "ms" : "s"}`;
    if (p.unit !== "seconds") annotations[ANNOTATIONS.unit] = p.unit;
    ratioMetric = { counter: true, good: source(formatSelector(p.bucket)), total: source(formatSelector(p.count)) };
  } else {
    ratioMetric = {
      counter: true,
      ...(p.errors ? { bad: source(sumOf(p.errors)) } : { good: source(sumOf(p.good!)) }),
      total: source(sumOf(p.total)),
    };
  }
  const policy = {
    kind: "AlertPolicy",
    metadata: { name: `${slo.id}-burn-rate` },
    spec: {
      description: "Multiwindow burn-rate alerts (SRE Workbook); each condition's short window is 1/12 of its lookback",
      alertWhenBreaching: true,
      alertWhenResolved: true,
      conditions: slo.tiers.map((t) => ({
        kind: "AlertCondition",
        metadata: { name: t.id },
        spec: {
          severity: t.severity,
          condition: {
            kind: "burnrate",
            op: "gt",
            threshold: t.factor,
            lookbackWindow: formatDuration(t.longWindowSeconds),
            alertAfter: "0m",
          },
        },
      })),
    },
  };
  return [
    {
      apiVersion: "openslo/v1",
      kind: "SLO",
      metadata: { name: slo.id, displayName: slo.name, annotations },
      spec: {
        description: slo.description,
        service: slo.service.id,
        indicator: { metadata: { name: `${slo.id}-sli` }, spec: { ratioMetric } },
        timeWindow: [{ duration: `${slo.windowDays}d`, isRolling: true }],
        budgetingMethod: "Occurrences",
        objectives: [{ displayName: `${slo.objective}%`, target: slo.goal }],
        alertPolicies: [policy],
      },
    },
  ];
}

/** File name -> YAML for every SLO that OpenSLO can express; `skipped` says why others are not. */
export function exportOpenSlo(model: Model): { files: Map<string, string>; skipped: string[] } {
  const files = new Map<string, string>();
  const skipped: string[] = [];
  for (const slo of model.slos) {
    const docs = sloDocuments(slo);
    if (typeof docs === "string") {
      skipped.push(`slo "${slo.id}" ${docs}`);
      continue;
    }
    const service = {
      apiVersion: "openslo/v1",
      kind: "Service",
      metadata: { name: slo.service.id, displayName: slo.service.name },
      spec: { description: slo.service.description },
    };
    files.set(`${slo.id}.yaml`, [service, ...docs].map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join("---\n"));
    if (slo.sli.cloudWatch) skipped.push(`slo "${slo.id}": its CloudWatch source (dimensions per environment) is not in the OpenSLO file`);
  }
  return { files, skipped };
}
