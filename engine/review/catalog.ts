/**
 * CATALOG.md: what the definitions produce, for reviewers and on-call engineers: SLOs with
 * their tiers, alert rules with where they go, the routing matrix, resources per stack, and an
 * estimate of the monthly cost of the alerting resources.
 */
import { SEVERITIES, type Severity } from "../definitions/types";
import { overlapText, pageOverlaps } from "./page-overlaps";
import type { BurnRateTier, EnvironmentModel, Model, ServiceModel, SloModel } from "../model";
import { BURN_RATE_LOOKBACK_LIMITS } from "../model/burn-rate";
import { formatDuration } from "../model/duration";
import { channelText, routesFor } from "../model/routing";
import { onGoogleCloud } from "../model/views";
import { typeOf, type Resources } from "./stacks";
import { GROUPED_ON_GOOGLE_CLOUD, groupingText } from "../model/group-by";
import { sloOnGoogleCloud } from "../model/slos";

/**
 * Unit prices, USD per month: Amazon CloudWatch and Route 53 pricing pages (us-east-1) and
 * Google Cloud Observability pricing (alerting charged since 2025), as consulted on the date
 * below. Free tiers are ignored, so the estimate is an upper bound.
 */
export const PRICES = {
  date: "2026-11-22",
  cloudWatchMetricPerAlarm: 0.1, // standard-resolution alarm, per metric it evaluates
  cloudWatchCompositeAlarm: 0.5,
  cloudWatchDashboard: 3,
  route53HealthCheck: 0.75, // basic health check of an endpoint outside AWS
  cloudMonitoringCondition: 1.5, // per alerting-policy condition, plus $0.35 per million time series returned (not estimated)
} as const;

export interface CostLine {
  readonly stack: string;
  readonly item: string;
  readonly count: number;
  readonly unit: number;
}

export function costLines(stacks: ReadonlyMap<string, Resources>): CostLine[] {
  const lines: CostLine[] = [];
  for (const [stack, resources] of stacks) {
    let alarmMetrics = 0;
    let composites = 0;
    let dashboards = 0;
    let healthChecks = 0;
    let conditions = 0;
    for (const [address, attrs] of resources) {
      switch (typeOf(address)) {
        case "aws_cloudwatch_metric_alarm": {
          const queries = (attrs.metric_query as { metric?: unknown }[] | undefined) ?? [];
          alarmMetrics += queries.length ? queries.filter((q) => q.metric).length : 1;
          break;
        }
        case "aws_cloudwatch_composite_alarm":
          composites++;
          break;
        case "aws_cloudwatch_dashboard":
          dashboards++;
          break;
        case "aws_route53_health_check":
          healthChecks++;
          break;
        case "google_monitoring_alert_policy":
          conditions += ((attrs.conditions as unknown[]) ?? []).length;
          break;
      }
    }
    const add = (item: string, count: number, unit: number) => count && lines.push({ stack, item, count, unit });
    add("CloudWatch alarm metrics", alarmMetrics, PRICES.cloudWatchMetricPerAlarm);
    add("CloudWatch composite alarms", composites, PRICES.cloudWatchCompositeAlarm);
    add("CloudWatch dashboards", dashboards, PRICES.cloudWatchDashboard);
    add("Route 53 health checks", healthChecks, PRICES.route53HealthCheck);
    add("Cloud Monitoring alert conditions", conditions, PRICES.cloudMonitoringCondition);
  }
  return lines;
}

/** The alerting of one SLO in one stack: what it is billed for, and the monthly sum. */
export interface SloCost {
  readonly slo: string;
  readonly stack: string;
  /** Cloud Monitoring conditions, CloudWatch alarm metrics, CloudWatch composite alarms. */
  readonly conditions: number;
  readonly alarmMetrics: number;
  readonly composites: number;
  readonly monthly: number;
}

/**
 * Per SLO and stack, the alerting resources labelled with the SLO (Cloud Monitoring policies'
 * `slo` user label, CloudWatch alarms' `slo` tag) at the unit prices above. Prometheus and
 * Grafana rules cost nothing per rule.
 */
export function sloCosts(stacks: ReadonlyMap<string, Resources>): SloCost[] {
  const costs = new Map<string, { slo: string; stack: string; conditions: number; alarmMetrics: number; composites: number }>();
  for (const [stack, resources] of stacks) {
    for (const [address, attrs] of resources) {
      const type = typeOf(address);
      const labels = (type === "google_monitoring_alert_policy" ? attrs.user_labels : attrs.tags) as Record<string, string> | undefined;
      const slo = labels?.slo;
      if (!slo) continue;
      const key = `${slo} ${stack}`;
      const c = costs.get(key) ?? { slo, stack, conditions: 0, alarmMetrics: 0, composites: 0 };
      if (type === "google_monitoring_alert_policy") c.conditions += ((attrs.conditions as unknown[]) ?? []).length;
      else if (type === "aws_cloudwatch_metric_alarm") {
        const queries = (attrs.metric_query as { metric?: unknown }[] | undefined) ?? [];
        c.alarmMetrics += queries.length ? queries.filter((q) => q.metric).length : 1;
      } else if (type === "aws_cloudwatch_composite_alarm") c.composites++;
      costs.set(key, c);
    }
  }
  return [...costs.values()].map((c) => ({
    ...c,
    monthly:
      c.conditions * PRICES.cloudMonitoringCondition +
      c.alarmMetrics * PRICES.cloudWatchMetricPerAlarm +
      c.composites * PRICES.cloudWatchCompositeAlarm,
  }));
}

const usd = (n: number) => `$${n.toFixed(2)}`;

/** Where an alert of this service and severity goes in an environment, or that the service does not run there. */
function destinationsIn(env: EnvironmentModel, service: ServiceModel, severity: Severity): string {
  if (service.runsOn.environments !== undefined && !service.runsOn.environments.includes(env.id)) return "(does not run here)";
  return routesFor(env, service.team)[severity].map(channelText).join(", ");
}

/**
 * An SLO's status levels: the budget left at each, the SLI over the window that means, the
 * severity of its alert, and whether the SLO sets it or follows its error-budget policy.
 */
function levelRows(slo: SloModel): string[] {
  const alerting = slo.budgetAlerts.length > 0;
  return [
    `| status level | budget left at or below | SLI over ${slo.windowDays} days at or below | severity | set by |`,
    "|---|---|---|---|---|",
    `| healthy | above ${slo.levels[0]?.remainingPercent ?? 0}% | above ${slo.levels[0]?.sliAtOrBelow ?? slo.objective}% | none | |`,
    ...slo.levels.map(
      (l) =>
        `| ${l.state} | ${l.remainingPercent}% (${l.remainingAtOrBelow}) | ${l.sliAtOrBelow}% | ${alerting ? l.severity : "no alert"} | ${l.own ? "this SLO" : "error-budget policy"} |`,
    ),
    "",
    ...(alerting ? [] : ["- Budget alerts are off (`alerting.budgetAlerts: false`): the levels only colour the dashboards.", ""]),
  ];
}

export function catalog(model: Model, stacks: ReadonlyMap<string, Resources>): string {
  const out: string[] = ["# Monitoring catalog", "", "Generated from the definitions by `npm run catalog`. Do not edit.", ""];

  out.push("## SLOs", "");
  for (const slo of model.slos) {
    const sources = [slo.sli.prometheus && "Prometheus", slo.sli.cloudMonitoring && "Cloud Monitoring", slo.sli.cloudWatch && "CloudWatch"]
      .filter(Boolean)
      .join(", ");
    out.push(`### ${slo.name} (\`${slo.id}\`)`, "");
    out.push(
      `Service ${slo.service.name} (\`${slo.service.id}\`, team ${slo.service.team}); ${slo.sli.kind} SLI from ${sources}${slo.groupBy.length ? `, ${groupingText(slo.groupBy)} (one SLO, alert and page per value of ${slo.groupBy.map((l) => `\`${l}\``).join(", ")})` : ""}. Objective ${slo.objective}% over ${slo.windowDays} days: error budget ${slo.errorBudget} = ${slo.errorBudgetMinutes} minutes of full outage. Runbook: ${slo.runbook}`,
      "",
    );
    out.push(
      "| tier | severity | long / short window | budget share | burn rate | error ratio threshold | total outage detected after |",
      "|---|---|---|---|---|---|---|",
    );
    const row = (t: BurnRateTier, label: string) =>
      `| ${label} | ${t.severity} | ${formatDuration(t.longWindowSeconds)} / ${formatDuration(t.shortWindowSeconds)} | ${t.budgetSharePercent}% | ${t.factor}x | ${t.errorRatioThreshold} | ${t.detectionSeconds} s |`;
    for (const t of slo.tiers) out.push(row(t, t.id));
    const groupedNote = slo.groupBy.length && sloOnGoogleCloud(slo) ? [`- Google Cloud: ${GROUPED_ON_GOOGLE_CLOUD}.`, ""] : [];
    // An environment whose overrides change the SLO alerts on its own thresholds: say which.
    for (const env of model.environments) {
      const own = model.environmentModels[env.id]?.slos.find((s) => s.id === slo.id);
      if (
        !own ||
        JSON.stringify([own.objective, own.windowSeconds, own.tiers]) === JSON.stringify([slo.objective, slo.windowSeconds, slo.tiers])
      )
        continue;
      for (const t of own.tiers) out.push(row(t, `${t.id} in ${env.id} (objective ${own.objective}% over ${own.windowDays} days)`));
    }
    // What a target with a shorter lookback deploys instead, so the table says what really runs there.
    const fitted = Object.entries(slo.deployedTiers).flatMap(([target, tiers]) =>
      tiers.filter((t) => t.replaces).map((t) => ({ target, t })),
    );
    for (const { target, t } of fitted) out.push(row(t, `${t.id} on ${BURN_RATE_LOOKBACK_LIMITS[target]?.engine ?? target}`));
    out.push("");
    for (const { t } of fitted) out.push(`- ${t.replaces!.reason}.`);
    if (fitted.length) out.push("");
    out.push(...levelRows(slo), ...groupedNote);
  }

  out.push("## Alert rules", "");
  out.push(`| alert | service | severity | for | ${model.environments.map((e) => e.id).join(" | ")} | runbook |`);
  out.push(`|---|---|---|---|${model.environments.map(() => "---|").join("")}---|`);
  for (const a of model.alerts) {
    // A condition over Cloud Monitoring metrics alone is evaluated only by Google Cloud.
    const gcpOnly = a.prometheus === undefined;
    const perEnv = model.environments.map((e) =>
      gcpOnly && !onGoogleCloud(a.service, e) ? "(not on Google Cloud here)" : destinationsIn(e, a.service, a.severity),
    );
    out.push(
      `| ${a.name} (\`${a.id}\`${gcpOnly ? ", Google Cloud only" : ""}) | ${a.service.id} | ${a.severity} | ${formatDuration(a.forSeconds)}${a.keepFiringForSeconds ? `, keeps firing ${formatDuration(a.keepFiringForSeconds)} (Prometheus, Grafana)` : ""}${a.repeatEverySeconds ? `, repeats every ${formatDuration(a.repeatEverySeconds)}` : ""} | ${perEnv.join(" | ")} | ${a.runbook ?? "none"} |`,
    );
  }
  for (const a of model.cloudWatchAlarms) {
    const perEnv = model.environments.map((e) => destinationsIn(e, a.service, a.severity));
    out.push(
      `| ${a.id} (CloudWatch ${a.kind}) | ${a.service.id} | ${a.severity} | ${a.kind === "metric" ? `${a.evaluationPeriods} x ${formatDuration(a.periodSeconds)}` : "-"} | ${perEnv.join(" | ")} | ${a.runbook ?? "none"} |`,
    );
  }
  out.push("");

  out.push("## Pages for one outage of a service", "");
  out.push(
    "Alertmanager and Grafana send a service's pages as one group: one PagerDuty incident per outage of the service. Google Cloud opens an incident per alert policy and CloudWatch one per alarm: where these page for a service beside its SLO's page, one outage can page that many times. Retire the alert rules an SLO covers, or give them a severity that does not page.",
    "",
  );
  const overlaps = pageOverlaps(stacks);
  out.push(
    ...(overlaps.length ? overlaps.map((o) => `- ${overlapText(o)}`) : ["None: each service pages once per outage on every target."]),
    "",
  );

  out.push("## Routing matrix", "");
  out.push("Each team's routes in each environment: the organisation's, with the team's overrides on top.", "");
  out.push(
    `| environment | team | pages | ${SEVERITIES.map((s) => `${s} (${model.severities.find((x) => x.id === s)?.name})`).join(" | ")} |`,
  );
  out.push(`|---|---|---|${SEVERITIES.map(() => "---|").join("")}`);
  for (const e of model.environments) {
    for (const [team, routes] of Object.entries(e.teamRoutes)) {
      out.push(
        `| ${e.id} | ${team} | ${e.pages ? "yes" : "never"} | ${SEVERITIES.map((s) => routes[s].map(channelText).join(", ")).join(" | ")} |`,
      );
    }
  }
  out.push("");

  out.push("## Teams", "");
  out.push(`| team | ${SEVERITIES.map((s) => `${s} respond within`).join(" | ")} | working hours | own PagerDuty handling |`);
  out.push(`|---|${SEVERITIES.map(() => "---|").join("")}---|---|`);
  for (const t of model.teams) {
    const hours = t.supportHours
      ? `${t.supportHours.start.slice(0, 5)}-${t.supportHours.end.slice(0, 5)} ${t.supportHours.timeZone}, days ${t.supportHours.days.join(",")}; low-urgency pages wait for them`
      : "always";
    const own = SEVERITIES.flatMap((s) => {
      const o = t.pagerDuty[s];
      if (!o) return [];
      const levels = o.escalation?.map((l, i) =>
        i === 0 ? l.notify : `${l.notify} after ${formatDuration(l.respondWithinSeconds - l.escalationDelayMinutes * 60)}`,
      );
      return [
        `${s}: ${[levels ? `escalates ${levels.join(" -> ")}` : "", o.urgency ? `${o.urgency} urgency` : ""].filter(Boolean).join(", ")}`,
      ];
    });
    out.push(
      `| ${t.name} (\`${t.id}\`) | ${SEVERITIES.map((s) => formatDuration(t.respondWithinSeconds[s])).join(" | ")} | ${hours} | ${own.join("; ") || "the on-call team's"} |`,
    );
  }
  out.push("");

  out.push("## Resources per stack", "");
  for (const [stack, resources] of stacks) {
    const byType = new Map<string, number>();
    for (const address of resources.keys()) byType.set(typeOf(address), (byType.get(typeOf(address)) ?? 0) + 1);
    out.push(`- **${stack}** (${resources.size}): ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")}`);
  }
  out.push("");

  const lines = costLines(stacks);
  out.push("## Estimated monthly cost of alerting resources", "");
  out.push(
    `Unit prices in USD per month from the AWS (us-east-1) and Google Cloud pricing pages, consulted ${PRICES.date}; free tiers ignored; metric ingestion, queried time series ($0.35 per million on Google Cloud) and notifications are not included.`,
    "",
  );
  out.push("| stack | item | count | unit price | monthly |", "|---|---|---|---|---|");
  for (const l of lines) out.push(`| ${l.stack} | ${l.item} | ${l.count} | ${usd(l.unit)} | ${usd(l.count * l.unit)} |`);
  out.push(`| **total** | | | | **${usd(lines.reduce((s, l) => s + l.count * l.unit, 0))}** |`, "");

  out.push("### Alerting cost per SLO and target", "");
  out.push(
    "What each SLO's alerting is billed for in each stack: Cloud Monitoring conditions (one page and one ticket condition, the budget alerts, a no-data condition), CloudWatch alarm metrics and composite alarms. Prometheus and Grafana rules are not billed per rule.",
    "",
  );
  out.push(
    "| SLO | stack | Cloud Monitoring conditions | CloudWatch alarm metrics | CloudWatch composites | monthly |",
    "|---|---|---|---|---|---|",
  );
  for (const c of sloCosts(stacks).sort((a, b) => a.slo.localeCompare(b.slo) || a.stack.localeCompare(b.stack)))
    out.push(`| ${c.slo} | ${c.stack} | ${c.conditions} | ${c.alarmMetrics} | ${c.composites} | ${usd(c.monthly)} |`);
  out.push("");
  return out.join("\n");
}
