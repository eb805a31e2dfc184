/**
 * Escaping for catalog.html: definitions are user text, and an SLO named `</script>` must show
 * as text, never run. One place for both contexts the page puts data in.
 */

/** Text and attribute values: the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes so no
 * string can close the block or open a comment, and the line separators JavaScript once
 * rejected.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
