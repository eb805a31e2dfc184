import { Construct } from "constructs";
import { Slo, type SloQuery } from "../../.gen/providers/grafana/slo";
import type { PrometheusSli, SloModel } from "../../engine/model";
import { formatDuration } from "../../engine/model/duration";
import { formatSelector } from "../../engine/model/promql";
import { errorRatioQuery } from "../../engine/model/sli";
import type { GrafanaFolders } from "./folders-and-sources";
import { grafanaAddress } from "../../engine/model/naming/grafana";

/**
 * Grafana SLO queries: a good/total ratio of counters, or a freeform success ratio over
 * $__rate_interval. A grouped SLO is a multidimensional SLI in Grafana's words: the ratio query
 * takes the labels as `group_by_labels`, a freeform query sums `by` them in numerator and
 * denominator (https://grafana.com/docs/grafana-cloud/alerting-and-irm/slo/sli-examples/multidimensional/).
 */
export function sloQuery(sli: PrometheusSli): SloQuery {
  // Grafana's ratio query names one counter each; counters added up go in a freeform query.
  if (sli.kind === "ratio" && sli.good?.length === 1 && sli.total.length === 1) {
    const ratio = { successMetric: formatSelector(sli.good[0]), totalMetric: formatSelector(sli.total[0]) };
    return { type: "ratio", ratio: [sli.groupBy?.length ? { ...ratio, groupByLabels: [...sli.groupBy] } : ratio] };
  }
  // errorRatioQuery writes [window]; Grafana substitutes its own rate interval.
  const errors = errorRatioQuery(sli, 300).replace(/\[5m(:1m)?\]/g, (_, sub: string | undefined) =>
    sub ? "[$__rate_interval:1m]" : "[$__rate_interval]",
  );
  return { type: "freeform", freeform: [{ query: `1 - (${errors})` }] };
}

export interface GrafanaSlosProps {
  readonly folders: GrafanaFolders;
  /** The data source Grafana SLO writes recording rules to; validation requires it where SLOs render. */
  readonly destinationUid?: string;
  readonly slos: readonly SloModel[];
}

/** The grafana_slo description: the SLO's own, then its budget. */
export function grafanaSloDescription(slo: SloModel): string {
  return `${slo.description}. ${slo.errorBudgetMinutes} minutes of budget over ${formatDuration(slo.windowSeconds)}.`;
}

/**
 * A grafana_slo per SLO with a Prometheus source: its SLI, objective, error budget and reports.
 * Its alerting stays off: Grafana would generate a fast-burn rule (both page tiers) and a
 * slow-burn rule (both ticket windows) with its own fixed windows and rates, a second page for
 * the same outage next to the SLO's rule group (GrafanaSloRuleGroups), which alerts on the
 * SLO's own tiers: one page rule (fast OR slow), one ticket rule, and a no-data ticket.
 */
export class GrafanaSlos extends Construct {
  constructor(scope: Construct, id: string, { folders, destinationUid, slos }: GrafanaSlosProps) {
    super(scope, id);
    for (const slo of slos) {
      if (!slo.sli.prometheus) continue;
      if (!destinationUid) throw new Error(`slo "${slo.id}": the Grafana environment declares no sloDestination`);
      new Slo(this, slo.id, {
        name: slo.name,
        description: grafanaSloDescription(slo),
        folderUid: folders.uid(slo.service.team),
        query: [sloQuery(slo.sli.prometheus)],
        objectives: [{ value: slo.goal, window: formatDuration(slo.windowSeconds) }],
        destinationDatasource: [{ uid: destinationUid }],
        label: [
          { key: "team", value: slo.service.team },
          { key: "service", value: slo.service.id },
        ],
      }).overrideLogicalId(grafanaAddress.slo(slo.id));
    }
  }
}
