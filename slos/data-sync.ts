import { freshness, slo } from "../engine/definitions";

/**
 * The NOUS example: data sync under 5 minutes, over 7 days. The example gives no percentage;
 * 99% of minutes fresh allows about 100 stale minutes a week.
 */
export const dataFreshness = slo({
  id: "data-freshness",
  name: "Data sync freshness under 5m",
  service: "data-sync",
  objective: 99,
  window: "7d",
  sli: freshness({
    maxAge: "5m",
    prometheus: { ageSeconds: 'time_since_last_sync_seconds{job="nous-sync"}' },
  }),
  runbook: "https://docs.nous.com/runbooks/data-sync-stale",
});
