/**
 * catalog.html: the catalog's charts, one self-contained file. Per SLO, time to alert against
 * a sustained error rate for every burn-rate tier; per environment, the routing graph. uPlot's
 * script and stylesheet are inlined from node_modules and a Content-Security-Policy forbids every
 * request, so the page opens offline and never reaches the network. The same model gives the
 * same bytes: no dates, no random ids.
 */
import { readFileSync } from "node:fs";
import { SEVERITIES, type Severity } from "../definitions/types";
import type { Model } from "../model";
import { formatDuration } from "../model/duration";
import type { Observation } from "../verify";
import { CLIENT_SCRIPT } from "./catalog-client";
import { KIND_COLORS, routingGraph, routingSvg } from "./catalog-routing";
import { sloCharts, type SloChart } from "./catalog-series";
import { escapeHtml, jsonForScript } from "./html-escape";

const TIER_COLORS: Readonly<Record<string, string>> = { "page-fast": "#c0392b", "page-slow": "#d68910", ticket: "#2471a3" };
const CHART_WIDTH = 760;
const CHART_HEIGHT = 380;
/** Axis ticks (display only): 1-2-5 steps of error rate, and durations people read. */
const X_TICKS = [-6, -5, -4, -3, -2, -1, 0]
  .flatMap((d) => [1, 2, 5].map((m) => Number((m * 10 ** d).toPrecision(3))))
  .filter((x) => x <= 1);
const Y_TICKS = [1, 10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400, 90 * 86400];

/** uPlot's browser build and stylesheet, as installed; throws when uplot is not installed. */
export function uplotAssets(): { script: string; css: string } {
  const read = (file: string) => readFileSync(require.resolve(`uplot/dist/${file}`), "utf8");
  const script = read("uPlot.iife.min.js");
  const css = read("uPlot.min.css");
  // Inlined text must not end its own element early.
  if (/<\/script/i.test(script) || /<\/style/i.test(css)) throw new Error("uPlot's build contains a closing script or style tag");
  return { script, css };
}

const sig = (n: number) => Number(n.toPrecision(6));
const percent = (fraction: number) => `${sig(fraction * 100)}%`;

/** What the page script draws for a chart: the series plus colors, ranges and labels. */
function chartData(chart: SloChart) {
  const values = [...chart.curves.flatMap((c) => c.seconds), ...chart.budgetExhausted, ...chart.observed.map((o) => o.seconds)].filter(
    (v): v is number => v !== null && v > 0,
  );
  const windowDays = sig(chart.windowSeconds / 86400);
  return {
    key: chart.key,
    errorBudget: chart.errorBudget,
    errorRates: chart.errorRates,
    xRange: [chart.errorRates[0], 1],
    yRange: [sig(Math.min(...values) / 1.6), sig(Math.max(...values) * 1.6)],
    curves: chart.curves.map((c) => ({
      label: c.label,
      color: TIER_COLORS[c.tier] ?? "#555",
      ...(c.deployedOn ? { dash: [8, 5] } : {}),
      seconds: c.seconds,
    })),
    budgetExhausted: chart.budgetExhausted,
    budgetCurveLabel: `whole ${windowDays}-day budget spent after`,
    budgetLineLabel: `budget line: ${percent(chart.errorBudget)} errors for ${windowDays} days spend the whole budget`,
    observed: chart.observed.map((o) => ({
      label: `${o.tier} observed in ${o.environment} (npm run verify)`,
      color: TIER_COLORS[o.tier] ?? "#555",
      seconds: o.seconds,
    })),
  };
}

function chartSection(chart: SloChart, observationsRead: boolean): string {
  const envs = chart.environments.join(", ");
  const windowDays = sig(chart.windowSeconds / 86400);
  const rows = chart.curves.map((c) => {
    const seen = chart.observed.filter((o) => o.tier === c.tier && !c.deployedOn);
    return `<tr data-tier="${escapeHtml(c.tier)}"><td>${escapeHtml(c.tier)}${c.deployedOn ? ` on ${escapeHtml(c.deployedOn)}` : ""}</td><td>${escapeHtml(c.severity)}</td><td>${c.factor}x</td><td>${formatDuration(c.longWindowSeconds)} / ${formatDuration(c.shortWindowSeconds)}</td><td>${percent(c.errorRatioThreshold)}</td><td>${c.detectionSeconds} s</td><td>${seen.length ? seen.map((o) => `${o.seconds} s (${escapeHtml(o.environment)})`).join(", ") : "-"}</td></tr>`;
  });
  const note = chart.observed.length
    ? "Points at 100%: when each tier first fired under a total outage in promtool, from the last <code>npm run verify</code>."
    : !chart.observable
      ? "Times from the model only: <code>npm run verify</code> measures detection on the exported Prometheus rules, and this SLO has no Prometheus SLI here."
      : observationsRead
        ? "The observed detection times on file were measured for other tiers than these: run <code>npm run verify</code> to add observed times."
        : "No observed detection times yet: run <code>npm run verify</code> to add observed times.";
  return [
    `<section class="slo-chart" data-slo="${escapeHtml(chart.slo)}" data-environments="${escapeHtml(envs)}">`,
    `<h3>${escapeHtml(chart.name)} (<code>${escapeHtml(chart.slo)}</code>) in ${escapeHtml(envs)}</h3>`,
    `<p>Objective ${chart.objective}% over ${windowDays} days: error budget ${percent(chart.errorBudget)} of requests. Each line: how long a tier takes to fire once an error rate starts and stays, from its threshold (where it takes the tier's whole long window) to a total outage (the model's detection time). The dashed vertical line is the budget line.</p>`,
    `<div class="chart" id="chart-${escapeHtml(chart.key)}"></div>`,
    `<table class="tiers"><thead><tr><th>tier</th><th>severity</th><th>burn rate</th><th>long / short window</th><th>fires above</th><th>total outage detected after</th><th>observed (verify)</th></tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
    `<p class="observed-note">${note}</p>`,
    "</section>",
  ].join("\n");
}

function routingSection(model: Model): string {
  const name = (s: Severity) => model.severities.find((x) => x.id === s)?.name ?? s;
  const out = [
    `<h2 id="routing">Routing</h2>`,
    `<p>Per environment, where each team's alerts of each severity go, as the model's routing resolves it (the organisation's routes with the team's overrides). Edge colors: ${Object.entries(
      KIND_COLORS,
    )
      .map(([k, c]) => `<span style="color:${c}">${k}</span>`)
      .join(", ")}.</p>`,
  ];
  for (const env of model.environments) {
    const graph = routingGraph(model, env);
    const paged = graph.destinations.some((d) => d.kind === "pagerduty");
    const note = env.pages
      ? `${escapeHtml(env.name)} pages: ${SEVERITIES.filter((s) => graph.edges.some((e) => e.severity === s && e.destination.startsWith("pagerduty:"))).join(", ") || "no severity"} reach PagerDuty.`
      : paged
        ? `${escapeHtml(env.name)} is marked as never paging, yet routes reach PagerDuty.`
        : `${escapeHtml(env.name)} never pages: no route reaches PagerDuty here.`;
    out.push(
      `<section class="routing-env" data-environment="${escapeHtml(env.id)}" data-pages="${env.pages}">`,
      `<h3>${escapeHtml(env.name)} (<code>${escapeHtml(env.id)}</code>)</h3>`,
      `<p class="note${env.pages ? "" : " never-pages"}">${note}</p>`,
      routingSvg(graph, name),
      "</section>",
    );
  }
  return out.join("\n");
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; color: #1c2833; margin: 24px auto; max-width: 900px; padding: 0 16px; }
h1 { font-size: 24px; } h2 { font-size: 20px; margin-top: 32px; border-bottom: 1px solid #d5d8dc; } h3 { font-size: 16px; margin-bottom: 4px; }
code { font: 12px ui-monospace, monospace; background: #f4f6f7; padding: 1px 3px; }
table.tiers { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
table.tiers td, table.tiers th { border: 1px solid #d5d8dc; padding: 3px 7px; text-align: left; }
.chart { margin: 8px 0; }
.note.never-pages { background: #eafaf1; border-left: 4px solid #27ae60; padding: 4px 8px; }
svg.routing text { font: 12px system-ui, sans-serif; fill: #1c2833; }
`;

/**
 * The whole page. `observations`: what `npm run verify` saw, undefined when it has not run;
 * only observations whose predicted time matches a tier's current detection time are drawn.
 */
export function catalogHtml(model: Model, observations?: readonly Observation[]): string {
  const charts = sloCharts(model, observations ?? []);
  const { script, css } = uplotAssets();
  const data = { width: CHART_WIDTH, height: CHART_HEIGHT, xTicks: X_TICKS, yTicks: Y_TICKS, charts: charts.map(chartData) };
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Offline by construction: no request of any kind is allowed, only the inline script and style.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">`,
    "<title>Monitoring catalog</title>",
    `<style>${css}</style>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<h1>Monitoring catalog</h1>",
    "<p>Generated from the definitions by <code>npm run catalog</code>, next to CATALOG.md. Do not edit. This file needs no network: open it from disk.</p>",
    `<h2 id="slos">Time to alert per SLO</h2>`,
    ...charts.map((c) => chartSection(c, observations !== undefined)),
    routingSection(model),
    `<script type="application/json" id="catalog-data">${jsonForScript(data)}</script>`,
    `<script>${script}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
