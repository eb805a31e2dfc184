/** The Terraform names the PagerDuty target makes from on-call members' addresses, for the naming check (check.ts). */
import type { Model } from "../types";
import type { Made } from "./made";
import { emailId } from "./pagerduty";

/**
 * Each member is looked up under a Terraform name made from the address (`a.b@x` and `a-b@x` both
 * make `user_a_b_at_x`): two addresses that make one name would look up one person, and the
 * other would never be paged. One address in two teams is one lookup, shared (constructs/pagerduty/oncall.ts),
 * so each address is listed once, for the first team that has it.
 */
export function pagerDutyNamesMade(model: Pick<Model, "onCall" | "services">): Made[] {
  return [...serviceIds(model), ...memberNames(model)];
}

/**
 * A team that answers a severity its own way gets a PagerDuty service `<id>-<severity>`: one
 * service's id must not be another's such service (one Terraform name, integration key and
 * SNS topic for two services).
 */
function serviceIds(model: Pick<Model, "services">): Made[] {
  const place = "the PagerDuty stack";
  const what = "PagerDuty service id";
  return [
    ...model.services.flatMap((s) =>
      Object.entries(s.pagerDuty)
        .filter(([, id]) => id !== s.id)
        .map(([severity, id]) => ({
          place,
          what,
          name: id,
          origin: { where: `service "${s.id}"`, field: "team", value: `answers ${severity} its own way` },
        })),
    ),
    ...model.services.map((s) => ({ place, what, name: s.id, origin: { where: `service "${s.id}"`, field: "id" } })),
  ];
}

function memberNames(model: Pick<Model, "onCall">): Made[] {
  const listed = new Set<string>();
  return model.onCall.flatMap((t) =>
    // A member that is no string is reported where members are checked.
    t.members
      // Addresses are compared as PagerDuty finds users, without regard to case (Alice@ is alice@).
      .filter((m) => typeof m === "string" && !listed.has(m.toLowerCase()) && listed.add(m.toLowerCase()))
      .map((email) => ({
        place: "the PagerDuty stack",
        what: "Terraform name",
        name: `user_${emailId(email)}`,
        origin: { where: `on-call team "${t.id}"`, field: "members", value: JSON.stringify(email) },
      })),
  );
}
