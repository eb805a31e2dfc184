/** Where alerts can go: PagerDuty, Slack, email, webhooks; the organisation's and each team's own. */
import type { Definitions } from "../definitions/types";
import { checkId, checkText, checkUnique } from "./checks";
import type { Problems } from "./problems";
import type { ChannelModel } from "./types";

export function buildChannels(defs: Definitions, problems: Problems): ChannelModel[] {
  const all = [...defs.channels, ...(defs.teams ?? []).flatMap((t) => t.channels ?? [])];
  for (const c of all) {
    const where = `channel "${c.id}"`;
    checkId(where, c.id, problems);
    switch (c.kind) {
      case "pagerduty":
        break;
      case "slack":
        if (typeof c.channel !== "string" || !/^#[a-z0-9][a-z0-9_-]{0,79}$/.test(c.channel)) {
          problems.add(where, "channel", `must be a Slack channel name such as "#alerts-critical", got ${JSON.stringify(c.channel)}`);
        }
        if (c.credential !== undefined && (typeof c.credential !== "string" || !/^[a-z][a-z0-9-]{0,39}$/.test(c.credential)))
          problems.add(
            where,
            "credential",
            `must name the workspace's credential in kebab-case (lowercase letters, digits, dashes; up to 40), got ${JSON.stringify(c.credential)}`,
          );
        if (c.slackIds && (!/^[A-Z0-9]{8,12}$/.test(c.slackIds.workspace) || !/^[A-Z0-9]{8,12}$/.test(c.slackIds.channel))) {
          problems.add(
            where,
            "slackIds",
            `must be Slack ids such as { workspace: "T0123ABCD", channel: "C0123ABCD" }, got ${JSON.stringify(c.slackIds)}`,
          );
        }
        break;
      case "email":
        if (typeof c.address !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.address)) {
          problems.add(where, "address", `must be an email address, got ${JSON.stringify(c.address)}`);
        } else if (/[^\x21-\x7e]/.test(c.address)) {
          // A look-alike domain (a Cyrillic "о" in "nоus.com") reads the same and delivers elsewhere.
          problems.add(
            where,
            "address",
            `must be written in ASCII, got ${JSON.stringify(c.address)}: write an internationalised domain in its xn-- form, so no look-alike letter of another script can hide in it`,
          );
        }
        break;
      case "webhook":
        checkText(where, "description", c.description, problems);
        break;
      default:
        problems.add(where, "kind", `must be pagerduty, slack, email or webhook, got ${JSON.stringify((c as { kind: unknown }).kind)}`);
    }
  }
  checkUnique("channel", all, problems);
  return all.map((c) => ({ ...c }));
}
