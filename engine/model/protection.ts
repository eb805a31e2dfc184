/**
 * What the deployed stacks record of their log classes' protection (`terraform_data`), so that the
 * deploy's plan gate can read, from the plan's prior value, what was protected before the change
 * it judges.
 */
import type { LogClassModel } from "./types";

/** The record's Terraform name in every stack that holds log stores. */
export const LOG_PROTECTION = "log_protection";

export interface ProtectionRecord {
  readonly [classId: string]: { readonly protected: boolean; readonly locked: boolean; readonly acknowledged?: string };
}

/** The record of the classes a stack holds stores of; undefined when it holds none. */
export function protectionRecord(classes: readonly LogClassModel[]): ProtectionRecord | undefined {
  const live = classes.filter((c) => !c.retired).sort((a, b) => a.id.localeCompare(b.id));
  if (live.length === 0) return undefined;
  return Object.fromEntries(
    live.map((c) => [c.id, { protected: c.protected, locked: c.locked, ...(c.acknowledged ? { acknowledged: c.acknowledged } : {}) }]),
  );
}
