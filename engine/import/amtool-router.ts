/**
 * Which receivers Alertmanager's routing tree picks for a label set, answered by amtool (`amtool
 * config routes test`), the engine that ships with Alertmanager, never by a re-implementation of
 * its matching, `continue` and inheritance rules.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export type Router = (labels: Readonly<Record<string, string>>) => string[];

/** Route fields amtool needs to route; everything else (timers, time intervals) is reported elsewhere. */
const ROUTE_FIELDS = ["receiver", "match", "match_re", "matchers", "continue", "routes"];

function routingOnly(route: unknown): unknown {
  if (typeof route !== "object" || route === null) return route;
  const r = route as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ROUTE_FIELDS) if (r[k] !== undefined) out[k] = k === "routes" && Array.isArray(r[k]) ? r[k].map(routingOnly) : r[k];
  return out;
}

/**
 * A router over the configuration's `route` and receiver names only: amtool then judges the tree
 * whatever integrations, fields or Alertmanager release the file was written for. Throws with
 * amtool's own message when it refuses the tree.
 */
export function amtoolRouter(config: { route?: unknown; receivers?: unknown }): { route: Router; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "alertmanager-import-"));
  const file = join(dir, "routes.yml");
  const names = (Array.isArray(config.receivers) ? config.receivers : []).flatMap((r: { name?: unknown }) =>
    typeof r?.name === "string" ? [{ name: r.name }] : [],
  );
  writeFileSync(file, stringify({ route: routingOnly(config.route), receivers: names }));
  const check = spawnSync("amtool", ["check-config", file], { encoding: "utf8" });
  if (check.error) throw new Error("amtool (Debian package prometheus-alertmanager) not found on PATH: npm run install-engines");
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    const why = `${check.stdout}\n${check.stderr}`.split("\n").find((l) => /FAILED|error/i.test(l)) ?? "refused";
    throw new Error(`amtool refuses the routing tree: ${why.trim()}`);
  }
  return {
    route: (labels) => {
      const args = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      const result = spawnSync("amtool", ["config", "routes", "test", `--config.file=${file}`, ...args], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`amtool could not route ${args.join(" ")}: ${result.stderr.trim()}`);
      return result.stdout
        .trim()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
