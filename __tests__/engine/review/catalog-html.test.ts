/**
 * catalog.html's data and markup, from the engine's fixture organisation: the chart series agree
 * with the model's detection times, staging never pages, user text stays text, and the same
 * model gives the same bytes. The browser test (catalog-browser.test.ts) renders it.
 */
import { catalogHtml } from "../../../engine/review/catalog-html";
import { routingGraph } from "../../../engine/review/catalog-routing";
import { secondsToFire, sloCharts } from "../../../engine/review/catalog-series";
import type { Observation } from "../../../engine/verify";
import { defaults, model } from "../../helpers";

const m = model();
const charts = sloCharts(m);
const sloIn = (env: string, id: string) => (m.environmentModels[env] ?? m).slos.find((s) => s.id === id)!;

test("one chart per SLO and distinct tiers: staging's looser api-availability objective gets its own", () => {
  expect(charts.map((c) => `${c.slo} ${c.environments.join(",")}`)).toEqual(
    m.slos.flatMap((s) => (s.id === "api-availability" ? [`${s.id} prod`, `${s.id} staging`] : [`${s.id} prod,staging`])),
  );
  const staging = charts.find((c) => c.slo === "api-availability" && c.environments.includes("staging"))!;
  expect(staging.objective).toBe(99.5);
  expect(staging.curves.find((c) => c.tier === "page-fast")!.errorRatioThreshold).toBe(
    sloIn("staging", "api-availability").tiers[0].errorRatioThreshold,
  );
});

test("every tier's line at 100% errors is the model's detection time; at its threshold, its long window", () => {
  for (const chart of charts) {
    const env = chart.environments[0];
    const slo = sloIn(env, chart.slo);
    expect(chart.errorRates.at(-1)).toBe(1);
    expect(chart.curves.filter((c) => !c.deployedOn).map((c) => c.tier)).toEqual(slo.tiers.map((t) => t.id));
    for (const curve of chart.curves) {
      const tier = curve.deployedOn
        ? Object.values(slo.deployedTiers)
            .flat()
            .find((t) => t.id === curve.tier && t.replaces)!
        : slo.tiers.find((t) => t.id === curve.tier)!;
      expect(curve.seconds.at(-1)).toBe(tier.detectionSeconds);
      // Rates at or below the threshold never fire the tier; just above it, it takes the whole long
      // window (less one step for SLIs judged per minute, which cross at the step before).
      const first = curve.seconds.findIndex((s) => s !== null);
      expect(chart.errorRates[first]).toBeGreaterThan(tier.errorRatioThreshold);
      expect(chart.errorRates.slice(0, first).every((r) => r <= tier.errorRatioThreshold)).toBe(true);
      const step = slo.sli.kind === "freshness" || slo.sli.kind === "time-based" ? 60 : 0;
      expect(tier.longWindowSeconds - curve.seconds[first]!).toBeGreaterThanOrEqual(0);
      expect(tier.longWindowSeconds - curve.seconds[first]!).toBeLessThanOrEqual(step + tier.longWindowSeconds * 0.001);
      // Higher error rates fire sooner.
      const defined = curve.seconds.filter((s): s is number => s !== null);
      expect(defined.every((s, i) => i === 0 || s <= defined[i - 1])).toBe(true);
    }
  }
});

test("the formula: a steady rate fires a tier when rate x t / long window reaches the threshold", () => {
  const slo = sloIn("prod", "api-availability");
  const fast = slo.tiers.find((t) => t.id === "page-fast")!;
  // 14.4x of a 0.1% budget is 1.44%; at 10% errors the 1h window crosses after 0.144 x 3600 s.
  expect(fast.errorRatioThreshold).toBe(0.0144);
  expect(secondsToFire(slo, fast, 0.1)).toBeCloseTo(518.4, 6);
  expect(secondsToFire(slo, fast, 0.0144)).toBeNull();
});

test("the Cloud Monitoring ticket fitted to 24h is its own dashed line, and the budget line spends the window", () => {
  const chart = charts.find((c) => c.slo === "api-availability" && c.environments.includes("prod"))!;
  const fitted = chart.curves.find((c) => c.deployedOn === "Cloud Monitoring")!;
  expect([fitted.tier, fitted.longWindowSeconds, fitted.factor]).toEqual(["ticket", 86400, 3]);
  const atBudget = chart.errorRates.indexOf(chart.errorBudget);
  expect(chart.budgetExhausted[atBudget]).toBeCloseTo(chart.windowSeconds, 0);
  expect(chart.budgetExhausted[atBudget - 1]).toBeNull();
  expect(chart.budgetExhausted.at(-1)).toBeCloseTo(sloIn("prod", "api-availability").errorBudgetMinutes * 60, 6);
});

test("staging never pages; prod's P0 and P1 reach PagerDuty, P2 and P3 do not", () => {
  const staging = routingGraph(
    m,
    m.environments.find((e) => e.id === "staging")!,
  );
  expect(staging.pages).toBe(false);
  expect(staging.destinations.filter((d) => d.kind === "pagerduty")).toEqual([]);
  expect(staging.edges.length).toBeGreaterThan(0);
  const prod = routingGraph(
    m,
    m.environments.find((e) => e.id === "prod")!,
  );
  const paged = (s: string) =>
    prod.edges.some((e) => e.severity === s && prod.destinations.find((d) => d.key === e.destination)!.kind === "pagerduty");
  expect(["P0", "P1", "P2", "P3"].map(paged)).toEqual([true, true, false, false]);
  expect(prod.destinations.find((d) => d.kind === "pagerduty")!.text).toMatch(/^PagerDuty service \S+, high urgency/);
});

test("observed times: plotted when verify measured these tiers, dropped (with the hint) when they are stale", () => {
  const slo = sloIn("prod", "api-availability");
  const fast = slo.tiers[0];
  const obs: Observation[] = [
    { environment: "prod", slo: slo.id, tier: fast.id, predictedSeconds: fast.detectionSeconds, observedSeconds: 60, sampleSeconds: 15 },
    { environment: "prod", slo: slo.id, tier: "ticket", predictedSeconds: 1, observedSeconds: 30, sampleSeconds: 15 },
  ];
  const chart = sloCharts(m, obs).find((c) => c.slo === slo.id && c.environments.includes("prod"))!;
  expect(chart.observed).toEqual([{ environment: "prod", tier: fast.id, seconds: 60 }]);
  expect(catalogHtml(m)).toContain("run <code>npm run verify</code> to add observed times");
  expect(catalogHtml(m, obs)).toContain("page-fast observed in prod (npm run verify)");
});

test("an SLO verify never measures (no Prometheus SLI) says its times are the model's, not 'run verify'", () => {
  const defs = defaults();
  defs.slos = defs.slos.map((s) => (s.id === "api-availability" ? { ...s, sli: { ...s.sli, prometheus: undefined } as typeof s.sli } : s));
  const cloudOnly = model(defs);
  const charts = sloCharts(cloudOnly).filter((c) => c.slo === "api-availability");
  expect(charts.length).toBeGreaterThan(0);
  expect(charts.every((c) => !c.observable)).toBe(true);
  // Every SLO with a Prometheus SLI stays observable.
  expect(
    sloCharts(cloudOnly)
      .filter((c) => c.slo !== "api-availability")
      .every((c) => c.observable),
  ).toBe(true);
  const html = catalogHtml(cloudOnly);
  const section = html.slice(
    html.indexOf('data-slo="api-availability"'),
    html.indexOf("</section>", html.indexOf('data-slo="api-availability"')),
  );
  expect(section).toContain("Times from the model only");
  expect(section).not.toContain("to add observed times");
});

test("user text is data: an SLO name with markup is escaped in the page and in its JSON", () => {
  const defs = defaults();
  const evil = `</script><script>window.pwned=1</script><img src=x onerror="alert(1)"> & 'x'`;
  defs.slos = defs.slos.map((s, i) => (i === 0 ? { ...s, name: evil } : s));
  const html = catalogHtml(model(defs));
  expect(html).not.toContain("window.pwned=1</script>");
  expect(html).not.toContain("<img src=x");
  expect(html).toContain(
    "&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;",
  );
  // Only the page's own three scripts: the data, uPlot, the drawing code.
  expect(html.match(/<script/g)).toHaveLength(3);
  expect(html.match(/<\/script/g)).toHaveLength(3);
});

test("self-contained and deterministic: nothing loaded from elsewhere, the same bytes twice", () => {
  const html = catalogHtml(m);
  expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=|<link\b|@import|url\(\s*['"]?https?:/i);
  expect(html).toContain(`content="default-src 'none';`);
  expect(html).toContain("uPlot");
  expect(catalogHtml(model())).toBe(html);
});
