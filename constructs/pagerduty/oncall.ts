import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataPagerdutyUser } from "@cdktf/provider-pagerduty/lib/data-pagerduty-user";
import { escalationPolicyName, pagerDutyAddress, scheduleName } from "../../engine/model/naming/pagerduty";
import { EscalationPolicy } from "@cdktf/provider-pagerduty/lib/escalation-policy";
import { Schedule } from "@cdktf/provider-pagerduty/lib/schedule";
import { Team } from "@cdktf/provider-pagerduty/lib/team";
import { TeamMembership } from "@cdktf/provider-pagerduty/lib/team-membership";
import type { Severity } from "../../engine/definitions/types";
import type { EscalationLevelModel, OnCallTeamModel, TeamModel } from "../../engine/model";

/** Each stack's member lookups by address: made once, by the first team that lists the person. */
const lookups = new WeakMap<TerraformStack, Map<string, DataPagerdutyUser>>();

/**
 * The lookup of one person by email, shared by every on-call team of the stack: a person in two
 * teams (a lead on two rotations) is one user, and two lookups would make one Terraform name twice.
 */
function userLookup(scope: Construct, email: string): DataPagerdutyUser {
  const stack = TerraformStack.of(scope);
  let users = lookups.get(stack);
  if (!users) lookups.set(stack, (users = new Map()));
  // One person however the address is capitalised: email addresses are matched without regard to case.
  const key = email.toLowerCase();
  let user = users.get(key);
  if (!user) {
    user = new DataPagerdutyUser(scope, `user-${email}`, { email });
    user.overrideLogicalId(pagerDutyAddress.user(email));
    users.set(key, user);
  }
  return user;
}

export interface PagerDutyOnCallProps {
  readonly team: OnCallTeamModel;
}

/**
 * An on-call team: its members (looked up by email, never created), the weekly rotation and
 * the escalation policy every PagerDuty service of the team uses.
 */
export class PagerDutyOnCall extends Construct {
  readonly escalationPolicy: EscalationPolicy;

  constructor(scope: Construct, id: string, { team }: PagerDutyOnCallProps) {
    super(scope, id);
    const users = new Map(team.members.map((email) => [email, userLookup(this, email)]));
    const pdTeam = new Team(this, "team", {
      name: team.name,
      description: `On-call team ${team.id}, managed by the monitoring definitions`,
    });
    pdTeam.overrideLogicalId(pagerDutyAddress.team(team.id));
    for (const [email, user] of users) {
      new TeamMembership(this, `member-${email}`, { teamId: pdTeam.id, userId: user.id, role: "responder" }).overrideLogicalId(
        pagerDutyAddress.membership(team.id, email),
      );
    }

    const r = team.rotation;
    const schedule = new Schedule(this, "schedule", {
      name: scheduleName(team.name),
      timeZone: r.timeZone,
      teams: [pdTeam.id],
      layer: [
        {
          name: "Primary",
          start: r.start,
          rotationVirtualStart: r.start,
          rotationTurnLengthSeconds: r.turnSeconds,
          users: r.responders.map((email) => users.get(email)!.id),
        },
      ],
    });
    schedule.overrideLogicalId(pagerDutyAddress.schedule(team.id));

    this.policy = { team, pdTeam: pdTeam.id, schedule: schedule.id, users };
    this.escalationPolicy = this.newPolicy("escalation", escalationPolicyName(team.name), team.escalation);
    this.escalationPolicy.overrideLogicalId(pagerDutyAddress.escalationPolicy(team.id));
  }

  /**
   * The escalation policy of one severity of a service team that answers it its own way, on this
   * on-call team's rotation and members.
   */
  severityPolicy(serviceTeam: TeamModel, severity: Severity, levels: readonly EscalationLevelModel[]): EscalationPolicy {
    const policy = this.newPolicy(`escalation-${serviceTeam.id}-${severity}`, escalationPolicyName(serviceTeam.name, severity), levels);
    policy.overrideLogicalId(pagerDutyAddress.escalationPolicy(serviceTeam.id, severity));
    return policy;
  }

  private readonly policy: { team: OnCallTeamModel; pdTeam: string; schedule: string; users: Map<string, DataPagerdutyUser> };

  private newPolicy(construct: string, name: string, levels: readonly EscalationLevelModel[]): EscalationPolicy {
    const { team, pdTeam, schedule, users } = this.policy;
    return new EscalationPolicy(this, construct, {
      name,
      numLoops: team.repeat,
      teams: [pdTeam],
      rule: levels.map((level) => ({
        escalationDelayInMinutes: level.escalationDelayMinutes,
        target: [
          level.notify === "rotation"
            ? { type: "schedule_reference", id: schedule }
            : { type: "user_reference", id: users.get(level.notify)!.id },
        ],
      })),
    });
  }
}
