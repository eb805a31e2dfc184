/** Ids the summary, the review and the alert catalog know alerts by, for the naming check (check.ts). */
import type { Model } from "../types";
import type { Made } from "./made";

/** Alert definitions and CloudWatch alarm definitions share one namespace of alert ids. */
export function alertIdsMade(model: Pick<Model, "alerts" | "cloudWatchAlarms">): Made[] {
  const place = "the summary, review and alert catalog";
  return [
    ...model.alerts.map((a) => ({ place, what: "alert id", name: a.id, origin: { where: `alert "${a.id}"`, field: "id" } })),
    ...model.cloudWatchAlarms.map((a) => ({
      place,
      what: "alert id",
      name: a.id,
      origin: { where: `cloudwatch alarm "${a.id}"`, field: "id" },
    })),
  ];
}
