/**
 * Alertmanager receivers as channels. Secrets (PagerDuty keys, Slack and webhook URLs, SMTP
 * passwords) are never carried over: each target reads them from its own sensitive variables or
 * from the PagerDuty stack, so a leftover names the field and never its value.
 */
import type { ChannelDefinition } from "../definitions/types";
import { shortened, uniqueId } from "./ids";

export interface Leftover {
  /** Where in the file: `receivers[2].opsgenie_configs`, `route.routes[0]`. */
  readonly where: string;
  readonly message: string;
}

/** The integrations a channel kind stands for; every other `*_configs` has no channel here. */
const CONFIGS = ["pagerduty_configs", "slack_configs", "email_configs", "webhook_configs"] as const;

/** What each integration's fields become: the ones read, and the secret ones, named in the leftover. */
const READ: Record<(typeof CONFIGS)[number], readonly string[]> = {
  pagerduty_configs: ["send_resolved"],
  slack_configs: ["channel", "send_resolved"],
  email_configs: ["to", "send_resolved"],
  webhook_configs: ["send_resolved"],
};
const SECRET = /(key|url|password|secret|token|credentials)(_file)?$/;

/** A kebab-case id from any text, short enough for the model's ids. */
export function kebab(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
  return shortened(id || "imported");
}

function sameChannel(a: ChannelDefinition, b: ChannelDefinition): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "pagerduty") return true;
  if (a.kind === "email" && b.kind === "email") return a.address.toLowerCase() === b.address.toLowerCase();
  if (a.kind === "slack" && b.kind === "slack") return a.channel === b.channel;
  return false;
}

export interface ImportedReceivers {
  /** Channels to write: the ones the project does not have yet. */
  readonly channels: ChannelDefinition[];
  /** Per receiver name, the ids of its channels (new or the project's own). */
  readonly byReceiver: Map<string, string[]>;
  readonly leftovers: Leftover[];
}

/**
 * Each receiver's integrations as channels, reusing a project channel that is the same (kind and
 * address or Slack channel; the one PagerDuty channel). Ids stay unique across the project.
 */
export function importReceivers(receivers: unknown, existing: readonly ChannelDefinition[]): ImportedReceivers {
  const channels: ChannelDefinition[] = [];
  const byReceiver = new Map<string, string[]>();
  const leftovers: Leftover[] = [];
  const taken = new Set(existing.map((c) => c.id));
  const channelFor = (wanted: ChannelDefinition): string => {
    const known = [...existing, ...channels].find((c) => sameChannel(c, wanted));
    if (known) return known.id;
    const made: ChannelDefinition = { ...wanted, id: uniqueId(wanted.id, taken) };
    channels.push(made);
    return made.id;
  };
  if (!Array.isArray(receivers)) {
    leftovers.push({ where: "receivers", message: "is not a list: no receiver was imported" });
    return { channels, byReceiver, leftovers };
  }
  receivers.forEach((r: Record<string, unknown>, i) => {
    const at = `receivers[${i}]`;
    const name = typeof r?.name === "string" ? r.name : undefined;
    if (!name) {
      leftovers.push({ where: at, message: "has no name: not imported" });
      return;
    }
    const ids: string[] = [];
    for (const [field, configs] of Object.entries(r)) {
      if (field === "name") continue;
      if (!(CONFIGS as readonly string[]).includes(field)) {
        leftovers.push({
          where: `${at}.${field}`,
          message: `receiver "${name}": this integration has no channel kind here (PagerDuty, Slack, email, webhook); route its alerts through a webhook channel or one of those`,
        });
        continue;
      }
      (Array.isArray(configs) ? configs : []).forEach((config: Record<string, unknown>, j) => {
        const where = `${at}.${field}[${j}]`;
        const kind = field as (typeof CONFIGS)[number];
        const dropped = Object.keys(config ?? {}).filter((k) => !READ[kind].includes(k));
        const secrets = dropped.filter((k) => SECRET.test(k));
        const others = dropped.filter((k) => !SECRET.test(k));
        if (kind === "pagerduty_configs") {
          ids.push(channelFor({ kind: "pagerduty", id: "pagerduty" }));
          leftovers.push({
            where,
            message: `receiver "${name}": pages go to the PagerDuty service of the alert's own service, whose integration key the PagerDuty stack makes${secrets.length ? `; ${secrets.join(", ")} not imported` : ""}`,
          });
        } else if (kind === "email_configs") {
          const to = typeof config?.to === "string" ? config.to : "";
          const addresses = to
            .split(",")
            .map((a) => a.trim())
            .filter(Boolean);
          if (addresses.length === 0) leftovers.push({ where, message: `receiver "${name}": no \`to\` address, not imported` });
          for (const address of addresses) ids.push(channelFor({ kind: "email", id: `email-${kebab(address.split("@")[0])}`, address }));
          if (secrets.length)
            leftovers.push({
              where,
              message: `receiver "${name}": ${secrets.join(", ")} not imported; email goes through the exported configuration's SMTP relay (alertmanager({ smtp }))`,
            });
        } else if (kind === "slack_configs") {
          const channel = typeof config?.channel === "string" ? config.channel : undefined;
          if (!channel || !channel.startsWith("#"))
            leftovers.push({
              where,
              message: `receiver "${name}": no Slack channel name such as "#alerts" (${channel === undefined ? "the webhook's own channel" : JSON.stringify(channel)}): not imported; add a slack channel by hand`,
            });
          else ids.push(channelFor({ kind: "slack", id: `slack-${kebab(channel)}`, channel }));
          // The exported configuration reads each channel's own incoming-webhook URL (alertmanager.ts).
          const file = channel?.startsWith("#") ? `slack-webhook-url-${ids[ids.length - 1]}` : "slack-webhook-url-<channel id>";
          if (secrets.length)
            leftovers.push({
              where,
              message: `receiver "${name}": ${secrets.join(", ")} not imported: the targets read the Slack token from their sensitive variables (slack_auth_token, the Alertmanager file ${file})`,
            });
        } else {
          const id = channelFor({ kind: "webhook", id: `webhook-${kebab(name)}`, description: `Alertmanager receiver "${name}"` });
          ids.push(id);
          leftovers.push({
            where,
            message: `receiver "${name}": the URL is a secret and is not imported: every target reads it from the sensitive variable webhook_url_${id}`,
          });
        }
        if (others.length)
          leftovers.push({
            where,
            message: `receiver "${name}": ${others.join(", ")} not imported: the targets write their own messages and resolve notifications`,
          });
      });
    }
    byReceiver.set(name, [...new Set(ids)]);
  });
  return { channels, byReceiver, leftovers };
}
