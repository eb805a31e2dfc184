/** User text is data in the Prometheus and Grafana template layer; an alert's own template is checked as Prometheus parses it. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { sloRuleGroups } from "../../engine/exporters/prometheus-rules";
import { checkRules, verifySlos } from "../../engine/verify";
import { defaults, model, problemsOf, withoutOverrides } from "../helpers";

test("an SLO named with template braces: the exported rules load, and promtool shows the name as written", async () => {
  const defs = withoutOverrides(defaults());
  defs.slos = defs.slos
    .filter((s) => s.id === "api-availability")
    .map((s) => ({
      ...s,
      name: 'API {{ availability }} {{ "x"',
      alerting: { tiers: { "page-slow": false as const, ticket: false as const } },
    }));
  const m = model(defs);
  const dir = mkdtempSync(join(tmpdir(), "template-text-"));
  writeFileSync(join(dir, "rules.yml"), stringify({ groups: sloRuleGroups(m, "prod") }));
  expect((await checkRules([join(dir, "rules.yml")])).ok).toBe(true);
  // The generated promtool tests expect each annotation as Prometheus renders it: the name, braces and all.
  const result = await verifySlos(m, [{ environment: "prod", slo: sloRuleGroups(m, "prod") }], dir);
  expect(result.lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
  expect(result.ok).toBe(true);
});

test("an alert's summary or description that Prometheus cannot parse as a template is refused, naming the field", () => {
  const defs = defaults();
  defs.alerts = defs.alerts.map((a) =>
    a.id === "api-down" ? { ...a, summary: "API down on {{ $labels.instance ", description: "{{ nosuch $value }}" } : a,
  );
  expect(problemsOf(defs)).toEqual([
    'alert "api-down": summary: is not a template Prometheus can read (unclosed action); write {{ "{{" }} for braces meant as text, e.g. {{ $labels.instance }} for a label',
    'alert "api-down": description: is not a template Prometheus can read (function "nosuch" not defined); write {{ "{{" }} for braces meant as text, e.g. {{ $labels.instance }} for a label',
  ]);
});
