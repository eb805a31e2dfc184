/** Writes every export of the model next to the synthesized stacks. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../model";
import { alertmanagerYaml } from "./alertmanager";
import { prometheusRuleFiles } from "./prometheus-rules";

export const PROMETHEUS_DIR = "prometheus";
export const ALERTMANAGER_FILE = join("alertmanager", "alertmanager.yml");

/** Writes cdktf.out/prometheus/*.rules.yml and cdktf.out/alertmanager/alertmanager.yml; returns the paths. */
export function writeExports(model: Model, outdir: string): string[] {
  const written: string[] = [];
  mkdirSync(join(outdir, PROMETHEUS_DIR), { recursive: true });
  for (const [name, content] of prometheusRuleFiles(model)) {
    const path = join(outdir, PROMETHEUS_DIR, name);
    writeFileSync(path, content);
    written.push(path);
  }
  mkdirSync(join(outdir, "alertmanager"), { recursive: true });
  writeFileSync(join(outdir, ALERTMANAGER_FILE), alertmanagerYaml(model));
  written.push(join(outdir, ALERTMANAGER_FILE));
  return written;
}
