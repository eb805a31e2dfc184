/**
 * Alert text as Prometheus reads it: a Go text/template, parsed when the rule loads. A template
 * Prometheus cannot parse makes it refuse the whole rules file (`promtool check rules` says
 * which), so validation parses summaries and descriptions the way Go's text/template/parse does:
 * delimiters and trim markers, comments, quoted and raw strings, the control structures and their
 * {{end}}, pipelines, the functions Prometheus defines, and variables in scope ($labels, $value,
 * $externalLabels and $externalURL are Prometheus' own). It checks what parsing checks, not what
 * executing would. A test holds it to promtool on generated templates.
 *
 * Text that is data, not a template (an SLO's name in a generated summary), goes through
 * `templateLiteral`, so `{{` in it is shown, not run.
 */

/**
 * Go's builtins and Prometheus' template functions (promql/template), as Prometheus 2.42 (the
 * release verify runs) defines them; later ones (toDuration, now) are refused as it refuses them.
 */
const FUNCTIONS = new Set([
  // text/template
  "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery",
  "eq", "ge", "gt", "le", "lt", "ne",
  // Prometheus
  "query", "first", "label", "value", "strvalue", "args", "reReplaceAll", "safeHtml", "match", "title", "toUpper", "toLower",
  "graphLink", "tableLink", "sortByLabel", "humanize", "humanize1024", "humanizeDuration", "humanizePercentage",
  "humanizeTimestamp", "toTime", "pathPrefix", "externalURL", "parseDuration", "stripPort", "stripDomain",
]); // prettier-ignore

/** Variables Prometheus defines before an alert's text: `{{$labels := .Labels}}` and the like. */
const PREDEFINED = ["$", "$labels", "$externalLabels", "$externalURL", "$value"];

/** `{{` in text that is data: written so a Go template shows it rather than starting an action. */
export function templateLiteral(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

/** What a Go template shows for text written with `templateLiteral`: the text as it was. */
export function shownLiteral(text: string): string {
  return text.replaceAll('{{ "{{" }}', "{{");
}

/** Generated annotations, which hold user text (an SLO's name, a selector) as data: shown as written, never run. */
export function literalAnnotations(annotations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).map(([k, v]) => [k, templateLiteral(v)]));
}

type Token = {
  kind:
    | "string"
    | "number"
    | "char"
    | "bool"
    | "nil"
    | "field"
    | "variable"
    | "identifier"
    | "pipe"
    | "open"
    | "close"
    | "declare"
    | "assign"
    | "comma";
  text: string;
};

/** Single-character tokens. */
const PUNCTUATION: Readonly<Record<string, Token["kind"]>> = { "|": "pipe", "(": "open", ")": "close", ",": "comma" };
const OPERAND_END = new Set<Token["kind"]>(["string", "number", "char", "bool", "nil", "field", "variable", "identifier", "close"]);
const OPERAND_START = new Set<Token["kind"]>(["string", "number", "char", "bool", "nil", "field", "variable", "identifier", "open"]);
const KEYWORDS = new Set(["if", "else", "end", "range", "with", "define", "template", "block", "break", "continue"]);

class TemplateError extends Error {}

/**
 * Why Prometheus could not parse the text as a template, or could parse but never run it ({{ nil }}),
 * in Go's words; undefined when it can.
 */
export function goTemplateError(text: string): string | undefined {
  try {
    check(text);
    return undefined;
  } catch (error) {
    if (error instanceof TemplateError) return error.message;
    throw error;
  }
}

function check(text: string): void {
  const blocks: Block[] = [];
  const scopes: Set<string>[] = [new Set(PREDEFINED)];
  let at = 0;
  for (;;) {
    const open = text.indexOf("{{", at);
    if (open < 0) break;
    let i = open + 2;
    // A trim marker is "-" followed by white space; "{{-3}}" is the number -3.
    if (text[i] === "-" && /[ \t\r\n]/.test(text[i + 1] ?? "")) i += 2;
    while (/[ \t\r\n]/.test(text[i] ?? "")) i++;
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new TemplateError("unclosed comment");
      let j = end + 2;
      if (text.startsWith(" -}}", j)) j += 4;
      else if (text.startsWith("}}", j)) j += 2;
      else throw new TemplateError("comment ends before closing delimiter");
      at = j;
      continue;
    }
    const { tokens, next } = lexAction(text, i);
    at = next;
    action(tokens, blocks, scopes);
  }
  if (blocks.length) throw new TemplateError(`unexpected EOF`);
}

/** The tokens of one action from `i`, and where the text continues after its `}}`. */
function lexAction(text: string, start: number): { tokens: Token[]; next: number } {
  const tokens: Token[] = [];
  let i = start;
  let spaced = true;
  const push = (token: Token) => {
    const before = tokens[tokens.length - 1];
    // Operands are separated by white space; a field may follow a parenthesised term directly.
    if (
      !spaced &&
      before &&
      OPERAND_END.has(before.kind) &&
      OPERAND_START.has(token.kind) &&
      !(token.kind === "field" && before.kind === "close")
    )
      throw new TemplateError(`missing space? ${describe(before)} is followed by ${describe(token)}`);
    tokens.push(token);
    spaced = false;
  };
  for (;;) {
    const c = text[i];
    if (c === undefined) throw new TemplateError("unclosed action");
    if (/[ \t\r\n]/.test(c)) {
      // " -}}": the closing trim marker.
      if (/^[ \t\r\n]-\}\}/.test(text.slice(i, i + 4))) return { tokens, next: i + 4 };
      i++;
      spaced = true;
      continue;
    }
    if (text.startsWith("}}", i)) return { tokens, next: i + 2 };
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\n") throw new TemplateError("unterminated quoted string");
        j += text[j] === "\\" ? 2 : 1;
      }
      if (j >= text.length) throw new TemplateError("unterminated quoted string");
      // Go reads the escapes when it unquotes the string: an unknown one is a parse error.
      if (/\\(?![abfnrtv\\"]|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/.test(text.slice(i + 1, j)))
        throw new TemplateError(`bad quoted string ${text.slice(i, j + 1)}`);
      push({ kind: "string", text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (c === "`") {
      const j = text.indexOf("`", i + 1);
      if (j < 0) throw new TemplateError("unterminated raw quoted string");
      push({ kind: "string", text: text.slice(i, j + 1) });
      i = j + 1;
    } else if (c === "'") {
      const m = /^'(\\.[^']*|[^\\'\n])'/.exec(text.slice(i));
      if (!m) throw new TemplateError("unterminated character constant");
      push({ kind: "char", text: m[0] });
      i += m[0].length;
    } else if (PUNCTUATION[c]) {
      push({ kind: PUNCTUATION[c], text: c });
      i++;
    } else if (text.startsWith(":=", i)) {
      push({ kind: "declare", text: ":=" });
      i += 2;
    } else if (c === "=") {
      push({ kind: "assign", text: "=" });
      i++;
    } else {
      const rest = text.slice(i);
      const m =
        /^\$[A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest) ??
        /^(\.[A-Za-z_][A-Za-z0-9_]*)+|^\./.exec(rest) ??
        /^[+-]?(0[xX][0-9a-fA-F_]+(\.[0-9a-fA-F_]*)?([pP][+-]?\d+)?|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?)i?(?![A-Za-z0-9_.])/.exec(
          rest,
        ) ??
        /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest);
      if (!m || m[0] === "") {
        const ch = String.fromCodePoint(rest.codePointAt(0)!);
        throw new TemplateError(
          /[A-Za-z0-9]/.test(ch) ? `bad number syntax: "${rest.split(/[\s}]/)[0]}"` : `unexpected "${ch}" in command`,
        );
      }
      const word = m[0];
      const kind: Token["kind"] = word.startsWith("$")
        ? "variable"
        : word.startsWith(".")
          ? "field"
          : /^[+\-\d.]/.test(word)
            ? "number"
            : word === "true" || word === "false"
              ? "bool"
              : word === "nil"
                ? "nil"
                : "identifier";
      push({ kind, text: word });
      i += word.length;
    }
  }
}

/** One action: a control word with its pipeline, or a pipeline. */
interface Block {
  readonly kind: string;
  /** A plain {{else}} was seen: only {{end}} may follow. */
  closed?: boolean;
}

function action(tokens: Token[], blocks: Block[], scopes: Set<string>[]): void {
  const [first, ...rest] = tokens;
  const word = first?.kind === "identifier" && KEYWORDS.has(first.text.split(".")[0]) ? first.text : undefined;
  switch (word) {
    case "end":
      if (!blocks.length) throw new TemplateError("unexpected {{end}}");
      if (rest.length) throw new TemplateError(`unexpected ${describe(rest[0])} in end`);
      blocks.pop();
      scopes.pop();
      return;
    case "else": {
      const top = blocks[blocks.length - 1];
      if (!top || !["if", "with", "range"].includes(top.kind) || top.closed) throw new TemplateError("unexpected {{else}}");
      // {{else if ...}} chains within an {{if}} and shares its {{end}} (Go 1.19, as Prometheus 2.42
      // is built, has no {{else with}}); variables stay in scope until {{end}}.
      if (rest.length) {
        const chained = rest[0];
        if (top.kind !== "if" || chained.kind !== "identifier" || chained.text !== "if")
          throw new TemplateError(`unexpected ${describe(chained)} in else`);
        pipeline(rest.slice(1), scopes, true, "if");
      } else top.closed = true;
      return;
    }
    case "if":
    case "with":
    case "range":
      scopes.push(new Set());
      pipeline(rest, scopes, true, word, word === "range");
      blocks.push({ kind: word });
      return;
    case "break":
    case "continue":
      if (!blocks.some((b) => b.kind === "range")) throw new TemplateError(`{{${word}}} outside {{range}}`);
      if (rest.length) throw new TemplateError(`unexpected ${describe(rest[0])} in {{${word}}}`);
      return;
    case "define":
    case "block":
    case "template": {
      const name = rest[0];
      if (!name || name.kind !== "string") throw new TemplateError(`unexpected ${name ? describe(name) : "EOF"} in ${word} clause`);
      if (word === "define") {
        if (blocks.length) throw new TemplateError("unexpected <define> in command");
        if (rest.length > 1) throw new TemplateError(`unexpected ${describe(rest[1])} in define clause`);
        blocks.push({ kind: word });
        // A definition is a template of its own: it sees only `$`, none of the variables around it.
        scopes.push(new Set(["$", BARRIER]));
        return;
      }
      if (rest.length > 1) pipeline(rest.slice(1), scopes, false, word);
      if (word === "block") {
        blocks.push({ kind: word });
        // A block defines a template too, run with the pipeline's value as its dot.
        scopes.push(new Set(["$", BARRIER]));
      }
      return;
    }
    default:
      pipeline(tokens, scopes, false, "command");
  }
}

const BARRIER = "#define";

function declared(scopes: Set<string>[], name: string): boolean {
  const base = name.split(".")[0];
  for (let i = scopes.length - 1; i >= 0; i--) {
    if (scopes[i].has(base)) return true;
    if (scopes[i].has(BARRIER)) return false;
  }
  return false;
}

/** A pipeline: an optional declaration, then commands joined by `|`. */
function pipeline(tokens: Token[], scopes: Set<string>[], control: boolean, context: string, range = false): void {
  let i = 0;
  // Declarations: $x := / $x = / (range) $i, $v :=
  const decl: string[] = [];
  const plain = (t: Token | undefined) => t?.kind === "variable" && !t.text.includes(".");
  const binds = (t: Token | undefined) => t?.kind === "declare" || t?.kind === "assign";
  if (plain(tokens[0])) {
    if (binds(tokens[1])) decl.push(tokens[0].text);
    else if (range && tokens[1]?.kind === "comma" && plain(tokens[2]) && binds(tokens[3])) decl.push(tokens[0].text, tokens[2].text);
  }
  if (decl.length) {
    // Go's parser takes `$x = ...` as it takes `$x := ...`; only executing it finds an undeclared $x.
    i = decl.length === 2 ? 4 : 2;
  }
  const commands: Token[][] = [[]];
  let depth = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "pipe" && depth === 0) commands.push([]);
    else {
      if (t.kind === "open") depth++;
      if (t.kind === "close" && --depth < 0) throw new TemplateError("unexpected right paren");
      commands[commands.length - 1].push(t);
    }
  }
  if (depth > 0) throw new TemplateError("unclosed left paren");
  // Go's parser (as Prometheus 2.42 is built) lets a pipeline end in "|" with nothing after it.
  if (commands.length > 1 && commands[commands.length - 1].length === 0) commands.pop();
  if (commands.length === 1 && commands[0].length === 0)
    throw new TemplateError(control ? `missing value for ${context}` : "missing value for command");
  for (const [n, command] of commands.entries()) {
    if (!command.length) throw new TemplateError("missing value for command");
    // Go parses {{ nil }} but cannot run it: Prometheus shows "<error expanding template: ... nil is
    // not a command>" in place of the text (promtool test rules shows it; check rules does not).
    if (n === 0 && command[0].kind === "nil") throw new TemplateError("nil is not a command");
    // With A | B, B is called with A's value: it must be something that can be called.
    if (n > 0 && (["string", "number", "char", "bool", "nil"].includes(command[0].kind) || command[0].text === "."))
      throw new TemplateError(`non executable command in pipeline stage ${n + 1}`);
    operands(command, scopes);
  }
  // Declared for what follows: the rest of the block, or of the template.
  for (const name of decl) scopes[scopes.length - 1].add(name);
}

function operands(tokens: Token[], scopes: Set<string>[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.kind) {
      case "identifier": {
        const name = t.text.split(".")[0];
        if (KEYWORDS.has(name)) throw new TemplateError(`unexpected <${name}> in command`);
        if (!FUNCTIONS.has(name)) throw new TemplateError(`function "${name}" not defined`);
        break;
      }
      case "variable":
        if (!declared(scopes, t.text)) throw new TemplateError(`undefined variable "${t.text.split(".")[0]}"`);
        break;
      case "open": {
        let depth = 1;
        let j = i + 1;
        for (; j < tokens.length && depth > 0; j++) {
          if (tokens[j].kind === "open") depth++;
          if (tokens[j].kind === "close") depth--;
        }
        pipeline(tokens.slice(i + 1, j - 1), scopes, false, "command");
        i = j - 1;
        break;
      }
      case "declare":
      case "assign":
      case "comma":
        throw new TemplateError(`unexpected ${describe(t)} in operand`);
      default:
        break;
    }
  }
}

function describe(t: Token): string {
  return `"${t.text}"`;
}
