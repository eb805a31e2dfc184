/** Names shared by every target. */

/**
 * `text` cut to at most `max` characters (code points, so no character is split), ending in
 * "..." when cut. For display text the clouds bound but nothing refers to.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 3)).join("")}...`;
}
