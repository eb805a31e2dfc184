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
