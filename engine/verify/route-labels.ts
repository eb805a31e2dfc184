/**
 * Which labels an Alertmanager routing tree reads. A route matches on its matchers alone, so two
 * alerts that agree on every label the tree names reach the same receivers: amtool needs to route
 * one of them. At a hundred SLOs that is a few dozen `amtool config routes test` runs instead of
 * over a thousand. https://prometheus.io/docs/alerting/latest/configuration/#route
 */

interface Route {
  matchers?: unknown;
  match?: unknown;
  match_re?: unknown;
  routes?: Route[];
}

/** One matcher as the exported configuration writes it: `name="value"`, `name=~"a|b"`, `name!="x"`. */
const MATCHER = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)\s*(?:"(?:[^"\\]|\\.)*"|[^",{}\s]*)\s*$/;

/**
 * The label names every route's `matchers`, `match` and `match_re` name, the tree's root
 * included; undefined when a matcher is in a form this does not read (several in one string, a
 * quoted label name), so that the caller routes every alert with all its labels.
 */
export function routedLabels(route: Route | undefined): Set<string> | undefined {
  const names = new Set<string>();
  const walk = (r: Route): boolean => {
    if (r.matchers !== undefined) {
      if (!Array.isArray(r.matchers)) return false;
      for (const m of r.matchers) {
        const found = typeof m === "string" ? MATCHER.exec(m) : null;
        if (!found) return false;
        names.add(found[1]);
      }
    }
    for (const map of [r.match, r.match_re]) {
      if (map === undefined) continue;
      if (typeof map !== "object" || map === null) return false;
      for (const name of Object.keys(map)) names.add(name);
    }
    return (r.routes ?? []).every(walk);
  };
  return route && walk(route) ? names : undefined;
}

/** The labels routing reads, as a key: alerts with the same key reach the same receivers. */
export function routingKey(labels: Readonly<Record<string, string>>, routed: ReadonlySet<string> | undefined): string {
  const entries = Object.entries(labels).filter(([name]) => !routed || routed.has(name));
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
