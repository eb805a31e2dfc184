/**
 * The detection times `npm run verify` observed, kept as JSON next to the synth output so the
 * catalog can plot them against the model's predictions. Synth replaces the output folder, so
 * the catalog reads them before it synthesizes and writes them back after.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Observation } from "./index";

/** Relative to the output folder (cdktf.out). */
export const OBSERVED_FILE = join("verify", "observed.json");

/** Per environment, SLO and tier: the predicted and the observed seconds to the first firing under a total outage. */
export function writeObserved(outdir: string, observations: readonly Observation[]): string {
  const file = join(outdir, OBSERVED_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const sorted = [...observations].sort(
    (a, b) => a.environment.localeCompare(b.environment) || a.slo.localeCompare(b.slo) || a.tier.localeCompare(b.tier),
  );
  writeFileSync(file, `${JSON.stringify({ observations: sorted }, null, 2)}\n`);
  return file;
}

/** What the last verify wrote, or undefined when it has not run (or wrote something unreadable). */
export function readObserved(outdir: string): Observation[] | undefined {
  const file = join(outdir, OBSERVED_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { observations?: unknown };
    return Array.isArray(parsed.observations) ? (parsed.observations as Observation[]) : undefined;
  } catch {
    return undefined;
  }
}
