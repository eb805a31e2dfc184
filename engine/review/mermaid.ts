/**
 * Mermaid diagrams for the review's Markdown (GitHub renders a ```mermaid block): the routes of
 * every environment or team whose routing changed, severity -> destinations with added and
 * removed edges marked, and the burn-rate tiers of every SLO whose tiers changed, before -> after.
 * Drawn from summary.json (the model's meaning), never from Terraform. Ids, channels and team
 * names are user text, so every label is quoted and escaped; node ids are generated.
 */
import { SEVERITIES } from "../definitions/types";
import type { MeaningChange } from "./changes";
import type { Summary } from "./summary";

/** User text as a Mermaid label: quoted, with what Mermaid or the Markdown fence would read escaped. */
export function mermaidLabel(text: string): string {
  const escaped = text.replace(/\s+/g, " ").replace(/[#"[\](){}<>|`;\\]/g, (c) => `#${c.charCodeAt(0)};`);
  return `"${escaped}"`;
}

const fence = (lines: readonly string[]) => ["```mermaid", "flowchart LR", ...lines, "```"].join("\n");

/** severity -> destination for the changed routes: kept edges plain, added thick, removed dotted. */
export function routesDiagram(changes: readonly MeaningChange[], before: Summary["routes"], after: Summary["routes"]): string | undefined {
  const routes = changes.filter((c) => c.kind === "route").map((c) => c.id);
  if (!routes.length) return undefined;
  const lines: string[] = [];
  const destinations = new Map<string, string>();
  const node = (name: string) => {
    if (!destinations.has(name)) {
      destinations.set(name, `d${destinations.size}`);
      lines.push(`  d${destinations.size - 1}[${mermaidLabel(name)}]`);
    }
    return destinations.get(name)!;
  };
  routes.forEach((route, r) => {
    const was = before[route] ?? {};
    const now = after[route] ?? {};
    const status = !before[route] ? " (added)" : !after[route] ? " (removed)" : "";
    lines.push(`  subgraph r${r}[${mermaidLabel(`${route}${status}`)}]`);
    const severities = SEVERITIES.filter((s) => (was[s] ?? []).length || (now[s] ?? []).length);
    for (const s of severities) lines.push(`    r${r}_${s}[${mermaidLabel(s)}]`);
    lines.push("  end");
    for (const s of severities) {
      const old = new Set(was[s] ?? []);
      const current = new Set(now[s] ?? []);
      for (const d of [...new Set([...old, ...current])].sort()) {
        const edge = !old.has(d) ? "==>|added|" : !current.has(d) ? "-.->|removed|" : "-->";
        lines.push(`  r${r}_${s} ${edge} ${node(d)}`);
      }
    }
  });
  return fence(lines);
}

/** For each SLO whose tiers changed: each changed tier's old text -> new text. */
export function tiersDiagram(changes: readonly MeaningChange[], before: Summary["slos"], after: Summary["slos"]): string | undefined {
  const slos = changes.filter((c) => c.kind === "slo" && c.change === "changed" && c.paths.some((p) => p.path.startsWith("tiers")));
  if (!slos.length) return undefined;
  const lines: string[] = [];
  slos.forEach(({ id }, i) => {
    const [was, now] = [before[id].tiers, after[id].tiers];
    lines.push(`  subgraph s${i}[${mermaidLabel(`SLO ${id}`)}]`, "    direction LR");
    const tiers = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((t) => was[t] !== now[t]).sort();
    tiers.forEach((tier, t) => {
      const box = (n: string, text: string | undefined) => `s${i}_${t}${n}[${mermaidLabel(`${tier}: ${text ?? "(none)"}`)}]`;
      lines.push(`    ${box("a", was[tier])} -->|now| ${box("b", now[tier])}`);
    });
    lines.push("  end");
  });
  return fence(lines);
}
