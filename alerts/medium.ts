import { alert } from "../engine/definitions";

/** P2 rules of the bundled NOUS example: Slack and email, nobody is woken. */

export const elevatedErrorRate = alert({
  id: "elevated-error-rate",
  name: "ElevatedErrorRate",
  service: "api",
  severity: "P2",
  summary: "API error rate >5% for 15 minutes",
  for: "15m",
  condition: {
    prometheus: 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05',
  },
  runbook: "runbooks/high-error-rate.md",
});

export const highLlmCost = alert({
  id: "high-llm-cost",
  name: "HighLLMCost",
  service: "agents",
  severity: "P2",
  summary: "LLM cost >$1000 in the last 24 hours",
  for: "1h",
  // Seed: `sum(llm_cost_usd) OVER 1d > 1000`. `OVER` is not PromQL; the spend of the last
  // day is the increase of the cost counter over 1d.
  condition: { prometheus: "sum(increase(llm_cost_usd[1d])) > 1000" },
  runbook: "https://docs.nous.com/runbooks/llm-cost",
});

export const lowCacheHitRate = alert({
  id: "low-cache-hit-rate",
  name: "LowCacheHitRate",
  service: "api",
  severity: "P2",
  summary: "Cache hit rate <50%",
  for: "30m",
  condition: { prometheus: "cache_hit_rate < 0.5" },
});
