/**
 * The deploy's last check: what a Terraform plan (`terraform show -json`) would do to the stores
 * that hold data, judged before anything is applied. The review compares synthesized revisions
 * in a pull request; this reads what Terraform itself decided against the deployed state, so a
 * push to main or a manual run cannot delete logs unchecked either: a store deleted (a class
 * dropped instead of retired), replaced (Terraform's own decision, e.g. a new project), or a
 * protected class's retention shortened without the class's `acknowledge`. Protection is judged on
 * both sides: a class protected in the deployed record (the stack's `terraform_data` protection
 * record, its prior value in the plan) stays protected for the change that unprotects it, and a
 * reason the record holds already approves no new cut.
 */
import { LOG_PROTECTION, type ProtectionRecord } from "../model/protection";
import { STORES, type StoreProblem } from "./protected";
import type { Summary } from "./summary";

/** The part of Terraform's JSON plan format this reads (format_version 1.x). */
export interface PlanJson {
  readonly resource_changes?: readonly {
    readonly address: string;
    readonly type: string;
    readonly name: string;
    readonly change: { readonly actions: readonly string[]; readonly before?: unknown; readonly after?: unknown };
  }[];
}

const attribute = (values: unknown, name: string): unknown =>
  typeof values === "object" && values !== null ? (values as Record<string, unknown>)[name] : undefined;

/** What the deployed record said before this plan: empty when the stack has none yet. */
function deployedRecord(plan: PlanJson): ProtectionRecord {
  const rc = (plan.resource_changes ?? []).find((r) => r.type === "terraform_data" && r.name === LOG_PROTECTION);
  const input = attribute(rc?.change.before, "input");
  return typeof input === "object" && input !== null ? (input as ProtectionRecord) : {};
}

export function planStoreProblems(stack: string, plan: PlanJson, summary: Summary): StoreProblem[] {
  const problems: StoreProblem[] = [];
  const deployed = deployedRecord(plan);
  for (const rc of plan.resource_changes ?? []) {
    const store = STORES[rc.type];
    if (!store) continue;
    const classId = rc.name.startsWith(store.prefix) ? rc.name.slice(store.prefix.length) : undefined;
    const logClass = classId === undefined ? undefined : summary.logClasses?.[classId];
    const was = classId === undefined ? undefined : deployed[classId];
    const isProtected = Boolean(logClass?.protected || was?.protected || was?.locked);
    const acknowledged = Boolean(logClass?.acknowledged) && logClass?.acknowledged !== was?.acknowledged;
    const { actions, before, after } = rc.change;
    const add = (message: string) => problems.push({ stack, address: rc.address, message });
    // A retired class's stores appear as "forget" (a removed block): Terraform keeps their data.
    if (actions.includes("delete") && actions.includes("create")) {
      if (!acknowledged) add("would be replaced (Terraform's plan: delete and create), destroying the data it holds");
    } else if (actions.includes("delete")) {
      add("would be destroyed with the data it holds. Mark its log class `retired: true` to keep the data and stop managing it");
    } else if (actions.includes("update")) {
      const [then, now] = [attribute(before, store.retention), attribute(after, store.retention)];
      if (typeof then === "number" && typeof now === "number" && now < then && isProtected && !acknowledged)
        add(
          `retention shortened from ${then} to ${now} days on a protected log class: logs older than ${now} days would be deleted. Say why in the class's \`acknowledge\` if this is intended`,
        );
    }
  }
  return problems;
}
