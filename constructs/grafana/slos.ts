import { Construct } from "constructs";
import { Slo, type SloQuery } from "../../.gen/providers/grafana/slo";
import type { PrometheusSli, SloModel } from "../../engine/model";
import { formatDuration } from "../../engine/model/duration";
import { formatSelector } from "../../engine/model/promql";
import { errorRatioQuery } from "../../engine/model/sli";
import type { GrafanaFolders } from "./folders-and-sources";

/** Grafana SLO queries: a good/total ratio of counters, or a freeform success ratio over $__rate_interval. */
export function sloQuery(sli: PrometheusSli): SloQuery {
  // Grafana's ratio query names one counter each; counters added up go in a freeform query.
  if (sli.kind === "ratio" && sli.good?.length === 1 && sli.total.length === 1) {
    return { type: "ratio", ratio: [{ successMetric: formatSelector(sli.good[0]), totalMetric: formatSelector(sli.total[0]) }] };
  }
  // errorRatioQuery writes [window]; Grafana substitutes its own rate interval.
  const errors = errorRatioQuery(sli, 300).replace(/\[5m(:1m)?\]/g, (_, sub: string | undefined) =>
    sub ? "[$__rate_interval:1m]" : "[$__rate_interval]",
  );
  return { type: "freeform", freeform: [{ query: `1 - (${errors})` }] };
}

export interface GrafanaSlosProps {
  readonly folders: GrafanaFolders;
  readonly datasourceUid: string;
  readonly slos: readonly SloModel[];
}

/**
 * A grafana_slo per SLO with a Prometheus source. Grafana generates its own fast- and
 * slow-burn alert rules; they carry the severity (and service) of the model's page-fast and
 * page-slow tiers, so the notification policy routes them like every other alert.
 */
export class GrafanaSlos extends Construct {
  constructor(scope: Construct, id: string, { folders, datasourceUid, slos }: GrafanaSlosProps) {
    super(scope, id);
    for (const slo of slos) {
      if (!slo.sli.prometheus) continue;
      const tier = (id: string) => slo.tiers.find((t) => t.id === id);
      const labels = (severity: string | undefined) => [
        { key: "severity", value: severity ?? "P3" },
        { key: "service", value: slo.service.id },
        { key: "slo", value: slo.id },
      ];
      const fast = tier("page-fast");
      const slow = tier("page-slow");
      new Slo(this, slo.id, {
        name: slo.name,
        description: `${slo.description}. ${slo.errorBudgetMinutes} minutes of budget over ${formatDuration(slo.windowSeconds)}.`,
        folderUid: folders.uid(slo.service.team),
        query: [sloQuery(slo.sli.prometheus)],
        objectives: [{ value: slo.goal, window: formatDuration(slo.windowSeconds) }],
        destinationDatasource: [{ uid: datasourceUid }],
        label: [
          { key: "team", value: slo.service.team },
          { key: "service", value: slo.service.id },
        ],
        alerting:
          fast || slow
            ? [
                {
                  annotation: [{ key: "runbook_url", value: slo.runbook }],
                  fastburn: fast ? [{ label: labels(fast.severity) }] : undefined,
                  slowburn: slow ? [{ label: labels(slow.severity) }] : undefined,
                },
              ]
            : undefined,
      }).overrideLogicalId(`slo_${slo.id}`);
    }
  }
}
