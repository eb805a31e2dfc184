import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { terraformVariable } from "../engine/model/naming/variables";

/**
 * The sensitive variables a target posts to Slack with, one per workspace credential
 * (SlackChannelDefinition.credential), each made when a channel of it is first used:
 * `<base>` for the organisation's workspace, `<base>_<credential>` for another.
 */
export function slackTokens(scope: Construct, base: string, description: string): (credential: string | undefined) => TerraformVariable {
  const made = new Map<string, TerraformVariable>();
  return (credential) => {
    const name = terraformVariable.slackToken(base, credential);
    if (!made.has(name))
      made.set(
        name,
        new TerraformVariable(scope, name, {
          type: "string",
          sensitive: true,
          description: `${description}${credential === undefined ? "" : ` in the workspace "${credential}"`}`,
        }),
      );
    return made.get(name)!;
  };
}
