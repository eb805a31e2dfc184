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
  /** SLOs that page for the service here (one page each: a CloudWatch SLO's tiers suppress each other). */
  readonly slos: readonly string[];
  /** The other policies or alarms that page for it: alert rules, uptime and health checks. */
  readonly others: readonly string[];
}

/** A paging policy or alarm: its service, and the SLO or the name it goes by. */
function paging(address: string, attrs: Record<string, unknown>): { service: string; slo?: string; name: string } | undefined {
  const type = typeOf(address);
  if (type === "google_monitoring_alert_policy") {
    const channels = (attrs.notification_channels as string[] | undefined) ?? [];
    if (!channels.some((c) => c.includes("google_monitoring_notification_channel.channel_pagerduty"))) return undefined;
    const labels = (attrs.user_labels as Record<string, string> | undefined) ?? {};
    if (!labels.service) return undefined;
    const name = labels.alert ?? (labels.endpoint ? `uptime ${labels.endpoint}` : String(attrs.display_name ?? address));
    return { service: labels.service, slo: labels.slo, name };
  }
  if (type === "aws_cloudwatch_metric_alarm" || type === "aws_cloudwatch_composite_alarm") {
    const actions = (attrs.alarm_actions as string[] | undefined) ?? [];
    if (!actions.some((a) => a.includes("aws_sns_topic.topic_pagerduty"))) return undefined;
    const tags = (attrs.tags as Record<string, string> | undefined) ?? {};
    if (!tags.service) return undefined;
    return { service: tags.service, slo: tags.slo, name: String(attrs.alarm_name ?? address) };
  }
  return undefined;
}

export function pageOverlaps(stacks: ReadonlyMap<string, Resources>): PageOverlap[] {
  const overlaps: PageOverlap[] = [];
  for (const [stack, resources] of [...stacks].sort(([a], [b]) => a.localeCompare(b))) {
    const byService = new Map<string, { slos: Set<string>; others: Set<string> }>();
    for (const [address, attrs] of resources) {
      const p = paging(address, attrs);
      if (!p) continue;
      const entry = byService.get(p.service) ?? { slos: new Set(), others: new Set() };
      if (p.slo) entry.slos.add(p.slo);
      else entry.others.add(p.name);
      byService.set(p.service, entry);
    }
    for (const [service, { slos, others }] of [...byService].sort(([a], [b]) => a.localeCompare(b)))
      if (slos.size > 0 && slos.size + others.size > 1)
        overlaps.push({ stack, service, slos: [...slos].sort(), others: [...others].sort() });
  }
  return overlaps;
}

/** One line per overlap, for the catalog and the review. */
export function overlapText(o: PageOverlap): string {
  const pages = o.slos.length + o.others.length;
  return (
    `\`${o.stack}\` service \`${o.service}\`: up to ${pages} incidents for one outage: SLO pages ${o.slos.map((s) => `\`${s}\``).join(", ")}` +
    (o.others.length ? `; also paging: ${o.others.map((s) => `\`${s}\``).join(", ")}` : "")
  );
}
