/**
 * What synth tells the user it did: the stacks written with their resource counts, where, and
 * the SLOs a target left out because they have no source it reads.
 */
import { relative } from "node:path";
import { alertmanagerSecretFiles, SECRETS_DIR } from "../engine/exporters/alertmanager";
import type { Model } from "../engine/model";
import { targetView } from "../engine/model/views";
import { readStacks } from "../engine/review/stacks";
import type { Target } from "./target";
import { TARGETS } from "./targets";

const SOURCE: Readonly<Record<string, string>> = { gcp: "Cloud Monitoring", aws: "CloudWatch", grafana: "Prometheus" };

export function synthSummary(model: Model, outdir: string, only?: string, targets: readonly Target[] = TARGETS): string {
  const stacks = readStacks(outdir);
  const shown = relative(process.cwd(), outdir);
  const lines = [`Synthesized ${stacks.size} stack${stacks.size === 1 ? "" : "s"} to ${shown.startsWith("..") ? outdir : shown || "."}:`];
  const width = Math.max(...[...stacks.keys()].map((s) => s.length));
  for (const [name, resources] of stacks) lines.push(`  ${name.padEnd(width)}  ${resources.size} resources`);
  const skipped: string[] = [];
  for (const env of model.environments) {
    if (only !== undefined && env.id !== only) continue;
    const m = model.environmentModels[env.id] ?? model;
    for (const t of targets.filter((x) => x.scopedByRunsOn && x.enabled(env, m))) {
      const left = targetView(m, t.id, env.id).slos.filter((s) => !t.renders.slo(s));
      if (left.length) skipped.push(`  ${t.id}-${env.id}: ${left.map((s) => s.id).join(", ")} (no ${SOURCE[t.id] ?? t.id} source)`);
    }
  }
  if (skipped.length) lines.push("SLOs a target left out:", ...skipped);
  lines.push("Prometheus rules, the Alertmanager configuration and summary.json are written beside them.");
  // The configuration holds no secret: each is a file the operator must create before it loads.
  const secrets = alertmanagerSecretFiles(model).map((f) => (f.startsWith(`${SECRETS_DIR}/`) ? f.slice(SECRETS_DIR.length + 1) : f));
  if (secrets.length)
    lines.push(
      `The Alertmanager configuration reads ${secrets.length} secret file${secrets.length === 1 ? "" : "s"} from ${SECRETS_DIR} (docs/reference/prometheus-export.md):`,
      `  ${secrets.join(", ")}`,
    );
  return `${lines.join("\n")}\n`;
}
