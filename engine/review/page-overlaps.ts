/**
 * Where one outage of a service pages more than once. Alertmanager and Grafana send a service's
 * pages as one group, so one PagerDuty incident; Cloud Monitoring opens an incident per alert
 * policy and CloudWatch one per alarm. Read from the synthesized stacks: per stack and service,
 * the policies and alarms that notify PagerDuty, where an SLO's page is one of them. A team then
 * retires the alert rules the SLO covers, or gives them a severity that does not page.
 */
import { typeOf, type Resources } from "./stacks";

export interface PageOverlap {
  readonly stack: string;
  readonly service: string;
  /** SLOs that page for the service here. */
  readonly slos: readonly string[];
  /** The other policies or alarms that page for it: alert rules, uptime and health checks. */
  readonly others: readonly string[];
  /** Incidents one outage can open here: a Cloud Monitoring policy each, a CloudWatch SLO once (its tiers' alarms suppress each other). */
  readonly incidents: number;
}

interface Paging {
  readonly service: string;
  readonly slo?: string;
  readonly name: string;
  /** What makes it one incident. */
  readonly incident: string;
}

/** A paging policy or alarm; `pagers` are the stack's PagerDuty notification channels, known by their type whatever their id. */
function paging(address: string, attrs: Record<string, unknown>, pagers: ReadonlySet<string>): Paging | undefined {
  const type = typeOf(address);
  if (type === "google_monitoring_alert_policy") {
    const channels = (attrs.notification_channels as string[] | undefined) ?? [];
    if (!channels.some((c) => pagers.has(c.replace(/^\$\{(.*)\.name\}$/, "$1")))) return undefined;
    const labels = (attrs.user_labels as Record<string, string> | undefined) ?? {};
    if (!labels.service) return undefined;
    const name = labels.alert ?? (labels.endpoint ? `uptime ${labels.endpoint}` : String(attrs.display_name ?? address));
    return { service: labels.service, slo: labels.slo, name, incident: address };
  }
  if (type === "aws_cloudwatch_metric_alarm" || type === "aws_cloudwatch_composite_alarm") {
    const actions = (attrs.alarm_actions as string[] | undefined) ?? [];
    if (!actions.some((a) => a.includes("aws_sns_topic.topic_pagerduty"))) return undefined;
    const tags = (attrs.tags as Record<string, string> | undefined) ?? {};
    if (!tags.service) return undefined;
    const name = String(attrs.alarm_name ?? address);
    return { service: tags.service, slo: tags.slo, name, incident: tags.slo ? `slo ${tags.slo}` : name };
  }
  return undefined;
}

export function pageOverlaps(stacks: ReadonlyMap<string, Resources>): PageOverlap[] {
  const overlaps: PageOverlap[] = [];
  for (const [stack, resources] of [...stacks].sort(([a], [b]) => a.localeCompare(b))) {
    const pagers = new Set(
      [...resources]
        .filter(([address, attrs]) => typeOf(address) === "google_monitoring_notification_channel" && attrs.type === "pagerduty")
        .map(([address]) => address),
    );
    const byService = new Map<string, { slos: Set<string>; others: Set<string>; incidents: Set<string> }>();
    for (const [address, attrs] of resources) {
      const p = paging(address, attrs, pagers);
      if (!p) continue;
      const entry = byService.get(p.service) ?? { slos: new Set(), others: new Set(), incidents: new Set() };
      if (p.slo) entry.slos.add(p.slo);
      else entry.others.add(p.name);
      entry.incidents.add(p.incident);
      byService.set(p.service, entry);
    }
    for (const [service, { slos, others, incidents }] of [...byService].sort(([a], [b]) => a.localeCompare(b)))
      if (slos.size > 0 && incidents.size > 1)
        overlaps.push({ stack, service, slos: [...slos].sort(), others: [...others].sort(), incidents: incidents.size });
  }
  return overlaps;
}

/** One line per overlap, for the catalog and the review. */
export function overlapText(o: PageOverlap): string {
  return (
    `\`${o.stack}\` service \`${o.service}\`: up to ${o.incidents} incidents for one outage: SLO pages ${o.slos.map((s) => `\`${s}\``).join(", ")}` +
    (o.others.length ? `; also paging: ${o.others.map((s) => `\`${s}\``).join(", ")}` : "")
  );
}
