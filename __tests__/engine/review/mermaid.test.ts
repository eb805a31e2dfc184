import { review } from "../../../engine/review/diff";
import { mermaidLabel } from "../../../engine/review/mermaid";
import { summary, type Summary } from "../../../engine/review/summary";
import { defaults, model } from "../../helpers";

/** The review of two definitions' meanings alone: no stacks, so only the summary sections show. */
const reviewOf = (before: Summary, after: Summary) =>
  review({ baseLabel: "main", headLabel: "change", base: new Map(), head: new Map(), baseSummary: before, headSummary: after });
const base = summary(model());
const mermaidBlocks = (text: string) => [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);

test("a routing change draws the changed environment's severities -> destinations, the new edge marked added", () => {
  const defs = defaults();
  defs.routing = { ...defs.routing, prod: { ...defs.routing.prod, P1: ["pagerduty-oncall", "slack-alerts-critical"] } };
  const blocks = mermaidBlocks(reviewOf(base, summary(model(defs))));
  expect(blocks).toHaveLength(1);
  const [diagram] = blocks;
  expect(diagram.startsWith("flowchart LR\n")).toBe(true);
  expect(diagram).toContain('subgraph r0["prod"]');
  // #alerts-critical is the destination added to P1, #alerts-high the one removed; PagerDuty stays.
  const id = (label: string) => new RegExp(`(d\\d+)\\[${label.replace(/[#;]/g, "\\$&")}\\]`).exec(diagram)![1];
  expect(diagram).toContain(`r0_P1 ==>|added| ${id('"#35;alerts-critical"')}`);
  expect(diagram).toContain(`r0_P1 -.->|removed| ${id('"#35;alerts-high"')}`);
  expect(diagram).toContain(`r0_P1 --> ${id('"PagerDuty"')}`);
  // Staging's routes did not change: not drawn.
  expect(diagram).not.toContain("staging");
});

test("no change, no diagram; a change to an alert alone draws none either", () => {
  expect(reviewOf(base, base)).not.toContain("```mermaid");
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) => (a.id === "api-down" ? { ...a, severity: "P1" as const } : a));
  const text = reviewOf(base, summary(model(defs)));
  expect(text).toContain("- changed `api-down`");
  expect(text).not.toContain("```mermaid");
});

test("a changed objective draws the SLO's tiers old -> new, with factor, windows and threshold", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, objective: 99.5 } : s));
  const [diagram] = mermaidBlocks(reviewOf(base, summary(model(defs))));
  expect(diagram).toContain('subgraph s0["SLO api-availability"]');
  expect(diagram).toMatch(
    /s0_\d+a\["page-fast: P1 14\.4x over 1h\/5m #40;error ratio #62; 0\.0144#41;"\] -->\|now\| s0_\d+b\["page-fast: P1 14\.4x over 1h\/5m #40;error ratio #62; 0\.072#41;"\]/,
  );
});

test("user text in labels is escaped: quotes, brackets, pipes and backticks never reach Mermaid or the fence", () => {
  expect(mermaidLabel('te"am [x] (y) {z} <a|b> `c` #d;')).toBe(
    '"te#34;am #91;x#93; #40;y#41; #123;z#125; #60;a#124;b#62; #96;c#96; #35;d#59;"',
  );
  const team = 'prod/o"brien [ops]';
  const after: Summary = { ...base, routes: { ...base.routes, [team]: { P0: ["#war-room ]"], P1: [], P2: [], P3: [] } } };
  const [diagram] = mermaidBlocks(reviewOf(base, after));
  expect(diagram).toContain('subgraph r0["prod/o#34;brien #91;ops#93; #40;added#41;"]');
  expect(diagram).toMatch(/r0_P0 ==>\|added\| d0/);
  expect(diagram).toContain('d0["#35;war-room #93;"]');
  // Every quote in the diagram opens or closes a label: none comes from the user's text.
  for (const line of diagram.split("\n")) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
});
