/** The Terraform names the PagerDuty target makes from on-call members' addresses, for the naming check (check.ts). */
import type { Model } from "../types";
import type { Made } from "./made";
import { emailId } from "./pagerduty";

/**
 * Each member is looked up under a Terraform name made from the address (`a.b@x` and `a-b@x` both
 * make `user_a_b_at_x`): two addresses that make one name would look up one person, and the
 * other would never be paged. One address in two teams is one person, not a collision.
 */
export function pagerDutyNamesMade(model: Pick<Model, "onCall">): Made[] {
  return model.onCall.flatMap((t) =>
    t.members.map((email) => ({
      place: "the PagerDuty stack",
      what: "Terraform name",
      name: `user_${emailId(email)}`,
      origin: { where: `on-call team "${t.id}"`, field: "members", value: JSON.stringify(email) },
      identity: email.toLowerCase(),
    })),
  );
}
