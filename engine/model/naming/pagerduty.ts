/**
 * Names of the PagerDuty target's resources. Service names are unique in a PagerDuty account,
 * so each carries the environment; the on-call team's users are looked up under a Terraform name
 * made from their address.
 */

/**
 * The id of a service's PagerDuty service for a severity: the service's own id, or
 * `<id>-<severity>` where its team answers that severity its own way.
 */
export const pagerDutyServiceId = (serviceId: string, severity?: string): string =>
  severity === undefined ? serviceId : `${serviceId}-${severity.toLowerCase()}`;

/** A PagerDuty service: `[<environment>] <service name>`, and the severity when it has one per severity. */
export const pagerDutyServiceName = (env: { readonly id: string }, serviceName: string, severity?: string): string =>
  `[${env.id}] ${serviceName}${severity ? ` (${severity})` : ""}`;

/** The part of Terraform names made from an email address: `pia.b@zeta.example` -> `pia_b_at_zeta_example`. */
export function emailId(email: string): string {
  return email
    .toLowerCase()
    .replace("@", "_at_")
    .replace(/[^a-z0-9_]/g, "_");
}

/** An on-call team's schedule. */
export const scheduleName = (teamName: string): string => `${teamName} rotation`;

/** An on-call team's escalation policy, or a service team's per-severity one (`severity`). */
export const escalationPolicyName = (teamName: string, severity?: string): string =>
  severity ? `${teamName} ${severity} escalation` : `${teamName} escalation`;

/** Terraform addresses (logical ids) of the PagerDuty stack's resources. */
export const pagerDutyAddress = {
  /** An on-call member, looked up by address (see emailId). */
  user: (email: string): string => `user_${emailId(email)}`,
  team: (teamId: string): string => `team_${teamId}`,
  membership: (teamId: string, email: string): string => `team_${teamId}_member_${emailId(email)}`,
  schedule: (teamId: string): string => `schedule_${teamId}`,
  /** An on-call team's escalation policy, or a service team's for one severity. */
  escalationPolicy: (teamId: string, severity?: string): string =>
    severity === undefined ? `escalation_policy_${teamId}` : `escalation_policy_${teamId}_${severity.toLowerCase()}`,
  vendor: (sender: string): string => `vendor_${sender}`,
  service: (pagerDutyService: string): string => `service_${pagerDutyService}`,
  integration: (pagerDutyService: string, sender: string): string => `integration_${pagerDutyService}_${sender}`,
};
