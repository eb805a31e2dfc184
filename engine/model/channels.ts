/** Where alerts can go: PagerDuty, Slack, email, webhooks; the organisation's and each team's own. */
import type { Definitions } from "../definitions/types";
import { checkId, checkText, checkUnique, emailProblem } from "./checks";
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
        // Slack's ids say what they are: a workspace T (or an Enterprise Grid E), a channel C (or a private G).
        if (c.slackIds && (!/^[TE][A-Z0-9]{7,11}$/.test(c.slackIds.workspace) || !/^[CG][A-Z0-9]{7,11}$/.test(c.slackIds.channel))) {
          problems.add(
            where,
            "slackIds",
            `must be Slack ids such as { workspace: "T0123ABCD", channel: "C0123ABCD" }, got ${JSON.stringify(c.slackIds)}`,
          );
        }
        break;
      case "email":
        if (emailProblem(c.address)) problems.add(where, "address", emailProblem(c.address)!);
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
