/** Field checks shared by every kind of definition. */
import { SEVERITIES, type Severity } from "../definitions/types";
import type { Problems } from "./problems";

/** Identity of a definition: kebab-case, so it can name resources in every cloud. */
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 48;

export function checkId(where: string, id: unknown, problems: Problems): void {
  if (typeof id !== "string" || !ID.test(id)) {
    problems.add(
      where,
      "id",
      `must be kebab-case (lowercase letters, digits and single dashes, starting with a letter), got ${JSON.stringify(id)}`,
    );
  } else if (id.length > MAX_ID_LENGTH) {
    problems.add(where, "id", `must be at most ${MAX_ID_LENGTH} characters, got ${id.length}`);
  }
}

/** Reports every id that appears more than once among definitions of one kind. */
export function checkUnique(kind: string, items: readonly { readonly id: string }[], problems: Problems): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id) && !reported.has(item.id)) {
      problems.add(`${kind} "${item.id}"`, "id", `is defined more than once; ids must be unique among ${kind} definitions`);
      reported.add(item.id);
    }
    seen.add(item.id);
  }
}

export function checkText(where: string, field: string, value: unknown, problems: Problems): void {
  if (typeof value !== "string" || value.trim() === "") problems.add(where, field, "must be a non-empty string");
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A runbook kept in this repository: runbooks/<name>.md, linked through the repository's URL. */
export const REPO_RUNBOOK = /^runbooks\/[a-z0-9][a-z0-9-]*\.md$/;

/** Runbooks are absolute http(s) URLs, or files in this repository, so every notification can link them. */
export function checkRunbook(where: string, runbook: unknown, required: string | undefined, problems: Problems): void {
  if (runbook === undefined || runbook === "") {
    if (required) problems.add(where, "runbook", `is required: ${required}`);
    return;
  }
  if (!isHttpUrl(runbook) && !(typeof runbook === "string" && REPO_RUNBOOK.test(runbook))) {
    problems.add(
      where,
      "runbook",
      `must be an absolute http(s) URL or a runbooks/<name>.md file of this repository, got ${JSON.stringify(runbook)}`,
    );
  }
}

export function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value);
}
