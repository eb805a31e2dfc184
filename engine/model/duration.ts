/** Durations in whole seconds, parsed from the Prometheus-style strings definitions use. */

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/;

/**
 * The longest duration Prometheus and Alertmanager parse: an int64 of nanoseconds (about 292
 * years). promtool refuses a longer one ("duration out of range") and with it the whole rules file.
 */
export const MAX_DURATION_SECONDS = Math.floor(Number(2n ** 63n - 1n) / 1e9);

/** Seconds in the duration, or undefined when the text is not a duration (or one no engine can hold). */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]];
  return seconds > MAX_DURATION_SECONDS ? undefined : seconds;
}

/** Why `text` is no duration: too long for any engine, or not written as one ("such as <example>"). */
export function notADuration(text: unknown, example: string): string {
  return typeof text === "string" && DURATION.test(text)
    ? `is longer than Prometheus and Alertmanager parse (about 292 years), got ${JSON.stringify(text)}`
    : `must be a duration such as ${example}, got ${JSON.stringify(text)}`;
}

/** Shortest exact form: 3600 -> "1h", 90 -> "90s", 259200 -> "3d"; one day reads "24h" as in the SRE Workbook. */
export function formatDuration(seconds: number): string {
  if (seconds >= 2 * 86400 && seconds % 86400 === 0) return `${seconds / 86400}d`;
  for (const [unit, size] of [
    ["h", 3600],
    ["m", 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** Terraform/Google API duration form: "3600s". */
export function apiDuration(seconds: number): string {
  return `${seconds}s`;
}

/**
 * Why a promised response time is refused, or undefined: it is a duration of whole minutes, at
 * least one. Responders read it in the catalog and runbooks as the time they have; "0s" or
 * "100ms" promises what no one can keep, and PagerDuty counts escalation delays in whole minutes
 * (escalation_delay_in_minutes, https://registry.terraform.io/providers/PagerDuty/pagerduty/latest/docs/resources/escalation_policy).
 */
export function responseTimeProblem(text: unknown, example: string): string | undefined {
  const seconds = parseDuration(text);
  if (seconds === undefined) return notADuration(text, example);
  if (seconds < 60 || seconds % 60 !== 0)
    return `must be whole minutes, at least one, such as ${example}: no one answers in ${JSON.stringify(text)}`;
  return undefined;
}
