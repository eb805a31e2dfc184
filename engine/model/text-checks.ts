/** Checks of text and numbers as users write them, shared by every kind of definition. */
import { labelNameError } from "./promql";
import type { Problems } from "./problems";

/** Labels every alert gets from the model; a user label of the same name would be silently replaced. */
export const MODEL_LABELS = ["severity", "service", "team", "alert", "slo", "tier", "environment", "alertname"] as const;

/**
 * Labels an SLO's alerts carry to tell their kind (slo_alert: burn-rate, no-data, budget), tiers
 * and budget state; Alertmanager's inhibition and verify read them. On another alert they would
 * make it pass for an SLO's.
 */
export const SLO_ALERT_LABELS = ["slo_alert", "tiers", "budget"] as const;

/** A value as the user wrote it: NaN and Infinity as themselves, not as JSON's null. */
export function describeNumber(value: unknown): string {
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
}

/**
 * Characters a reader cannot see but every engine reads: control characters other than newline
 * and tab, bidirectional controls (which make text display in another order than it is read:
 * "Trojan Source"), zero-width characters, and unpaired UTF-16 surrogates, which are no text at
 * all (promtool refuses a rules file holding one). Returned as U+XXXX.
 */
export function controlCharacter(text: string): string | undefined {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (
      (code < 0x20 && ch !== "\n" && ch !== "\t") ||
      (code >= 0x7f && code <= 0x9f) ||
      INVISIBLE.has(code) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return undefined;
}
/**
 * Zero-width space, word joiner and byte-order mark, and the direction marks. The zero-width
 * joiner and non-joiner stay: emoji sequences and several scripts (Persian, Devanagari) need them.
 */
const INVISIBLE = new Set([0x200b, 0x200e, 0x200f, 0x2060, 0xfeff, 0x061c]);

export function checkAlertLabels(where: string, labels: unknown, problems: Problems): void {
  checkLabels(where, "labels", labels, problems, "must be an object of label names and values", [...MODEL_LABELS, ...SLO_ALERT_LABELS]);
}

/**
 * An object of Prometheus label names and text values at `field`; names in `reserved` are set
 * by the model and refused.
 */
export function checkLabels(
  where: string,
  field: string,
  labels: unknown,
  problems: Problems,
  shape: string,
  reserved: readonly string[] = [],
): void {
  if (labels === undefined) return;
  if (typeof labels !== "object" || labels === null || Array.isArray(labels)) {
    problems.add(where, field, shape);
    return;
  }
  for (const [name, value] of Object.entries(labels)) {
    const error = labelNameError(name);
    if (error) problems.add(where, `${field}.${name}`, error);
    else if (reserved.includes(name))
      problems.add(where, `${field}.${name}`, `is set by the model (${reserved.join(", ")}); choose another label name`);
    if (typeof value !== "string") problems.add(where, `${field}.${name}`, `must be a string, got ${describeNumber(value)}`);
    else if (controlCharacter(value))
      problems.add(where, `${field}.${name}`, `holds the invisible or control character ${controlCharacter(value)}`);
  }
}
