/** Writes every export of the model next to the synthesized stacks. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Model } from "../model";
import { alertmanagerYaml } from "./alertmanager";
import { prometheusRuleFiles } from "./prometheus-rules";
import { summary, SUMMARY_FILE } from "../review/summary";

export const PROMETHEUS_DIR = "prometheus";
export const ALERTMANAGER_FILE = join("alertmanager", "alertmanager.yml");

/** Writes the Prometheus rule files (one folder per environment), the Alertmanager configuration and summary.json; returns the paths. */
export function writeExports(model: Model, outdir: string): string[] {
  const written: string[] = [];
  for (const [name, content] of prometheusRuleFiles(model)) {
    const path = join(outdir, PROMETHEUS_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(path);
  }
  mkdirSync(join(outdir, "alertmanager"), { recursive: true });
  writeFileSync(join(outdir, ALERTMANAGER_FILE), alertmanagerYaml(model));
  written.push(join(outdir, ALERTMANAGER_FILE));
  writeFileSync(join(outdir, SUMMARY_FILE), `${JSON.stringify(summary(model), null, 2)}\n`);
  written.push(join(outdir, SUMMARY_FILE));
  return written;
}
