/** Names shared by every target. */

/** Terraform identifiers for variables: dashes become underscores. */
export function variableName(...parts: string[]): string {
  return parts.join("_").replace(/-/g, "_");
}
