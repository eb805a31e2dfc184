import { Construct } from "constructs";
import { RuleGroup } from "../../.gen/providers/grafana/rule-group";
import type { AlertRuleModel } from "../../engine/model";
import { RULE_EVALUATION_SECONDS } from "../../engine/model/burn-rate";
import { formatDuration } from "../../engine/model/duration";
import type { GrafanaFolders } from "./folders-and-sources";

export interface GrafanaRuleGroupsProps {
  readonly folders: GrafanaFolders;
  readonly datasourceUid: string;
  readonly rules: readonly AlertRuleModel[];
}

/**
 * A Grafana-managed rule group per service for the alert rules with a PromQL condition. The
 * query (A) already holds the comparison, so a rule fires for every series it returns: B takes
 * each series' last value and C is true for any number.
 */
export class GrafanaRuleGroups extends Construct {
  constructor(scope: Construct, id: string, { folders, datasourceUid, rules }: GrafanaRuleGroupsProps) {
    super(scope, id);
    const byService = new Map<string, AlertRuleModel[]>();
    for (const rule of rules) {
      if (rule.prometheus === undefined) continue;
      byService.set(rule.service.id, [...(byService.get(rule.service.id) ?? []), rule]);
    }
    for (const [service, serviceRules] of byService) {
      new RuleGroup(this, service, {
        name: service,
        folderUid: folders.uid(serviceRules[0].service.team),
        intervalSeconds: RULE_EVALUATION_SECONDS,
        rule: serviceRules.map((rule) => ({
          uid: rule.id,
          name: rule.name,
          condition: "C",
          for: formatDuration(rule.forSeconds),
          noDataState: "OK",
          execErrState: "Error",
          labels: { ...rule.labels, severity: rule.severity, service: rule.service.id, team: rule.service.team },
          annotations: { summary: rule.summary, description: rule.description, ...(rule.runbook ? { runbook_url: rule.runbook } : {}) },
          data: [
            {
              refId: "A",
              datasourceUid,
              relativeTimeRange: { from: 600, to: 0 },
              model: JSON.stringify({ refId: "A", expr: rule.prometheus, instant: true }),
            },
            {
              refId: "B",
              datasourceUid: "__expr__",
              relativeTimeRange: { from: 0, to: 0 },
              model: JSON.stringify({ refId: "B", type: "reduce", expression: "A", reducer: "last" }),
            },
            {
              refId: "C",
              datasourceUid: "__expr__",
              relativeTimeRange: { from: 0, to: 0 },
              model: JSON.stringify({ refId: "C", type: "math", expression: "is_number($B)" }),
            },
          ],
        })),
      }).overrideLogicalId(`rule_group_${service}`);
    }
  }
}
