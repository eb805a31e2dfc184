import { Construct } from "constructs";
import { DataPagerdutyUser } from "@cdktf/provider-pagerduty/lib/data-pagerduty-user";
import { escalationPolicyName, pagerDutyAddress, scheduleName } from "../../engine/model/naming/pagerduty";
import { EscalationPolicy } from "@cdktf/provider-pagerduty/lib/escalation-policy";
import { Schedule } from "@cdktf/provider-pagerduty/lib/schedule";
import { Team } from "@cdktf/provider-pagerduty/lib/team";
import { TeamMembership } from "@cdktf/provider-pagerduty/lib/team-membership";
import type { Severity } from "../../engine/definitions/types";
import type { EscalationLevelModel, OnCallTeamModel, TeamModel } from "../../engine/model";

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
    const users = new Map<string, DataPagerdutyUser>();
    for (const email of team.members) {
      const user = new DataPagerdutyUser(this, `user-${email}`, { email });
      user.overrideLogicalId(pagerDutyAddress.user(email));
      users.set(email, user);
    }
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
