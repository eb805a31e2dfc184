/** Field checks shared by every kind of definition. */
import { SEVERITIES, type Severity, type Weekday } from "../definitions/types";
import type { Problems } from "./problems";
import { controlCharacter, describeNumber } from "./text-checks";

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
  const places = new Map<string, number[]>();
  items.forEach((item, n) => places.set(item.id, [...(places.get(item.id) ?? []), n + 1]));
  for (const [id, at] of places) {
    if (at.length > 1)
      problems.add(
        `${kind} "${id}"`,
        "id",
        `is defined more than once (the ${at.slice(0, -1).map(ordinal).join(", ")} and ${ordinal(at[at.length - 1])} ${kind} definitions); ids must be unique among ${kind} definitions`,
      );
  }
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

export function checkText(where: string, field: string, value: unknown, problems: Problems): void {
  if (typeof value !== "string" || value.trim() === "") {
    problems.add(where, field, `must be a non-empty string, got ${describeNumber(value)}`);
    return;
  }
  const control = controlCharacter(value);
  if (control) problems.add(where, field, `holds the invisible or control character ${control}; write text without it`);
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

/**
 * Why a URL the stacks will hold is refused, or undefined when it is fine: an absolute http(s)
 * URL with a host, no credentials (user:password@ would be written into the stacks, the plan and
 * every alert that shows it), no invisible character, a host written in ASCII (a look-alike
 * letter from another script turns it into another domain: grаfana with a Cyrillic а is
 * xn--grfana-...), and a port a server can listen on.
 */
export function urlProblem(value: unknown): string | undefined {
  if (!isHttpUrl(value) || !/^https?:\/\/[^/\\]/i.test(value)) return `must be an absolute http(s) URL, got ${JSON.stringify(value)}`;
  const control = controlCharacter(value);
  if (control) return `holds the invisible or control character ${control}; write the URL without it`;
  const url = new URL(value);
  if (url.username || url.password)
    return "holds credentials (user:password@), which would be written into the stacks, the plan and every alert that shows the URL; give the service its credentials another way";
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(value)?.[1] ?? "";
  if ([...host].some((c) => c.charCodeAt(0) > 0x7f))
    return `has a host written with letters outside ASCII (${JSON.stringify(host)} is ${url.hostname}): look-alike letters name another domain; write the host in ASCII`;
  if (url.port === "0") return "has port 0, which no server listens on";
  return undefined;
}

/** A runbook kept in this repository: runbooks/<name>.md, linked through the repository's URL. */
export const REPO_RUNBOOK = /^runbooks\/[a-z0-9][a-z0-9-]*\.md$/;

/** Runbooks are absolute http(s) URLs, or files in this repository, so every notification can link them. */
export function checkRunbook(where: string, runbook: unknown, required: string | undefined, problems: Problems): void {
  if (runbook === undefined || runbook === "") {
    if (required) problems.add(where, "runbook", `is required: ${required}`);
    return;
  }
  if (typeof runbook === "string" && REPO_RUNBOOK.test(runbook)) return;
  if (!isHttpUrl(runbook)) {
    problems.add(
      where,
      "runbook",
      `must be an absolute http(s) URL or a runbooks/<name>.md file of this repository, got ${JSON.stringify(runbook)}`,
    );
    return;
  }
  const problem = urlProblem(runbook);
  if (problem) problems.add(where, "runbook", problem);
}

export function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value);
}

export const WEEKDAYS: readonly Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** True for an IANA time zone the runtime knows, e.g. "Europe/Berlin". */
/**
 * Why an email address is refused, or undefined: one address (no list, no display name), a local
 * part of at most 64 characters (RFC 5321), a domain of dot-separated labels that neither start
 * nor end with "-", and only ASCII, so no look-alike letter of another script (a Cyrillic "о" in
 * "nоus.com") can send the mail elsewhere: an internationalised domain is written in its xn-- form.
 */
export function emailProblem(value: unknown): string | undefined {
  const parts = typeof value === "string" ? /^([^@\s,;<>"]+)@([^@\s,;<>"]+)$/.exec(value) : null;
  if (!parts) return `must be one email address such as oncall@example.com, got ${JSON.stringify(value)}`;
  const [, local, domain] = parts;
  if ([...(value as string)].some((c) => c.charCodeAt(0) < 0x21 || c.charCodeAt(0) > 0x7e))
    return `must be written in ASCII, got ${JSON.stringify(value)}: write an internationalised domain in its xn-- form, so no look-alike letter of another script can hide in it`;
  if (local.length > 64) return `has a local part of ${local.length} characters; email allows 64 (RFC 5321)`;
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((l) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)))
    return `has no valid domain (labels of letters, digits and "-", separated by single dots), got ${JSON.stringify(value)}`;
  return undefined;
}

/** Zones already judged: building an Intl formatter is the model's most expensive single step. */
const timeZonesJudged = new Map<string, boolean>();

export function validTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== "string") return false;
  let valid = timeZonesJudged.get(timeZone);
  if (valid === undefined) timeZonesJudged.set(timeZone, (valid = judgeTimeZone(timeZone)));
  return valid;
}

function judgeTimeZone(timeZone: string): boolean {
  try {
    // Intl ignores case; PagerDuty reads zones with Go's time.LoadLocation, which does not:
    // "america/sao_paulo" is refused there. An alias (US/Eastern) resolves to another name and stays.
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
    // The tz database capitalises every part of a name (America/Sao_Paulo, US/Eastern, UTC).
    const capitalised = timeZone.split("/").every((part) => /^[A-Z]/.test(part));
    return capitalised && (resolved === timeZone || resolved.toLowerCase() !== timeZone.toLowerCase());
  } catch {
    return false;
  }
}
