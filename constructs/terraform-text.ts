/**
 * The one place where text becomes Terraform: every literal string of every element of a stack
 * (resources, data sources, providers, outputs, variables) goes through escapeTerraformTemplate as
 * the stack is written, so no user text can become a Terraform expression, whatever field it
 * came in through. References the constructs make (cdktf tokens) stay live: they are the only
 * way this project writes an expression.
 */
import { Aspects, TerraformBackend, TerraformElement, TerraformRemoteState, type IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import { escapeTerraformTemplate } from "../engine/model/text";

/** cdktf's marker of a string token before resolution: `${TfToken[TOKEN.42]}`. */
const TOKEN = /\$\{TfToken\[[^\]]*\]\}/g;

/** Escapes the literal parts of a string that may hold cdktf tokens, leaving the tokens alone. */
export function escapeLiteralParts(value: string): string {
  if (!value.includes("{")) return value;
  let out = "";
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    let literal = escapeTerraformTemplate(value.slice(last, match.index));
    // A literal `$` right before a reference would turn it into the escape `$${`: Terraform's
    // own expression for a dollar sign keeps both.
    if (literal.endsWith("$")) literal = `${literal.slice(0, -1)}\${"$"}`;
    out += literal + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeTerraformTemplate(value.slice(last));
}

function escapeTree(value: unknown): unknown {
  if (typeof value === "string") return escapeLiteralParts(value);
  if (Array.isArray(value)) return value.map(escapeTree);
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeLiteralParts(k), escapeTree(v)]));
  }
  return value;
}

const ESCAPED = Symbol.for("monitoring.terraformTextEscaped");

/** Wraps each element's rendering so its literal text is escaped; cdktf resolves tokens afterwards. */
class EscapeTerraformText implements IAspect {
  visit(node: IConstruct): void {
    if (!TerraformElement.isTerraformElement(node)) return;
    // cdktf writes these itself, with its own expressions (`${terraform.workspace}`), and no user text.
    if (node instanceof TerraformRemoteState || node instanceof TerraformBackend) return;
    const element = node as TerraformElement & { [ESCAPED]?: true };
    if (element[ESCAPED]) return;
    element[ESCAPED] = true;
    const render = element.toTerraform.bind(element);
    element.toTerraform = () => escapeTree(render()) as ReturnType<typeof render>;
  }
}

/** Every stack calls this once: its text reaches Terraform escaped. */
export function escapeTerraformText(scope: IConstruct): void {
  Aspects.of(scope).add(new EscapeTerraformText());
}
