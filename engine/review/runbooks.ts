/**
 * Runbook skeletons for runbooks/<name>.md links that have no file yet, following the
 * runbook template the SRE practice recommends (severity, summary, impact, diagnosis, resolution, escalation,
 * post-incident) and filled with what the model knows.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Severity } from "../definitions/types";
import type { Model } from "../model";
import { formatDuration } from "../model/duration";
import type { Problem } from "../model/problems";
import { channelText, routesFor } from "../model/routing";

interface Use {
  readonly where: string;
  readonly title: string;
  readonly severity: Severity;
  readonly service: string;
  readonly summary: string;
  readonly query?: string;
  /** The alert's query over Cloud Monitoring metrics, run in Cloud Monitoring (Metrics Explorer, PromQL). */
  readonly googleCloudQuery?: string;
}

/** Everything that links each in-repository runbook file, by file. */
export function runbookUses(model: Model): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  const add = (runbook: string | undefined, use: Use) => {
    if (!runbook?.startsWith(model.repositoryUrl)) return;
    const file = runbook.slice(model.repositoryUrl.length);
    uses.set(file, [...(uses.get(file) ?? []), use]);
  };
  for (const a of model.alerts) {
    add(a.runbook, {
      where: `alert "${a.id}"`,
      title: a.name,
      severity: a.severity,
      service: a.service.id,
      summary: `${a.summary}: fires when the query below holds for ${formatDuration(a.forSeconds)}${a.keepFiringForSeconds ? `, and keeps firing for ${formatDuration(a.keepFiringForSeconds)} after it stops (Prometheus and Grafana)` : ""}.`,
      query: a.prometheus,
      googleCloudQuery: a.googleCloud,
    });
  }
  for (const s of model.slos) {
    for (const t of s.tiers) {
      add(s.runbook, {
        where: `slo "${s.id}"`,
        title: `${s.name}, ${t.id}`,
        severity: t.severity,
        service: s.service.id,
        summary: `${s.name} (${s.objective}% over ${s.windowDays}d, ${s.errorBudgetMinutes} minutes of budget) burns its budget at ${t.factor}x: error ratio above ${t.errorRatioThreshold} over ${formatDuration(t.longWindowSeconds)} and ${formatDuration(t.shortWindowSeconds)}. A total outage trips it after ${t.detectionSeconds} s.`,
      });
    }
  }
  for (const svc of model.services)
    for (const e of svc.endpoints) {
      add(e.runbook, {
        where: `endpoint "${e.id}"`,
        title: `${e.id} down`,
        severity: e.severity,
        service: svc.id,
        summary: `The uptime check of ${Object.values(e.urls).join(", ")} fails.`,
      });
    }
  for (const a of model.cloudWatchAlarms) {
    add(a.runbook, { where: `cloudwatch alarm "${a.id}"`, title: a.id, severity: a.severity, service: a.service.id, summary: a.summary });
  }
  return uses;
}

/** A problem per in-repository runbook link whose file does not exist under `root`. */
export function missingRunbooks(model: Model, root: string): Problem[] {
  return [...runbookUses(model)].flatMap(([file, uses]) =>
    existsSync(join(root, file))
      ? []
      : uses
          .filter((u, i) => uses.findIndex((x) => x.where === u.where) === i)
          .map((u) => ({
            where: u.where,
            field: "runbook",
            message: `${file} does not exist in the repository; run npm run runbooks to write a skeleton`,
          })),
  );
}

export function runbookSkeleton(model: Model, file: string, uses: readonly Use[]): string {
  const name = file.replace(/^runbooks\//, "").replace(/\.md$/, "");
  const title = name
    .split("-")
    .map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(" ");
  const severities = [...new Set(uses.map((u) => u.severity))].sort();
  const services = [...new Set(uses.map((u) => u.service))];
  const teams = [...new Set(model.services.filter((s) => services.includes(s.id)).map((s) => s.team))];
  const dashboards = model.dashboards.filter((d) => teams.includes(d.team));
  const oncall = model.onCall.filter((t) => t.services.some((s) => services.includes(s)));
  const out: string[] = [`# ${title}`, "", `Linked from ${uses.map((u) => `${u.where} (${u.title}, ${u.severity})`).join("; ")}.`, ""];

  out.push("## Severity", "");
  for (const s of severities) {
    const meaning = model.severities.find((x) => x.id === s)!;
    // Each team may answer faster or slower than the organisation's response time.
    const within = [
      ...new Set(teams.map((t) => model.teams.find((x) => x.id === t)?.respondWithinSeconds[s] ?? meaning.responseTimeSeconds)),
    ];
    const respond =
      within.length === 1
        ? formatDuration(within[0])
        : teams.map((t) => `${formatDuration(model.teams.find((x) => x.id === t)!.respondWithinSeconds[s])} (${t})`).join(", ");
    out.push(`**${s} ${meaning.name}**: ${meaning.description}. Respond within ${respond}${meaning.onCall ? "; pages the on-call" : ""}.`);
    for (const env of model.environments)
      for (const team of teams)
        out.push(`- ${env.id}${teams.length > 1 ? ` (${team})` : ""}: ${routesFor(env, team)[s].map(channelText).join(", ")}`);
    out.push("");
  }

  out.push("## Summary", "", ...uses.map((u) => `- ${u.title}: ${u.summary}`), "");
  out.push("## Impact", "", "Fill in: what users experience while this fires, and which services depend on it.", "");

  out.push("## Diagnosis", "");
  let step = 1;
  if (dashboards.length)
    out.push(`**Step ${step++}:** Check the dashboards: ${dashboards.map((d) => `${d.title} (\`${d.id}\`)`).join(", ")}.`, "");
  for (const u of uses.filter((x) => x.query)) {
    out.push(`**Step ${step++}:** Run the alert's query (${u.title}):`, "", "```promql", u.query!, "```", "");
  }
  for (const u of uses.filter((x) => x.googleCloudQuery)) {
    out.push(
      `**Step ${step++}:** Run the alert's Google Cloud query (${u.title}) in Cloud Monitoring's Metrics Explorer (PromQL):`,
      "",
      "```promql",
      u.googleCloudQuery!,
      "```",
      "",
    );
  }
  out.push(`**Step ${step}:** Check recent deployments of ${services.join(", ")} and their logs.`, "");

  out.push(
    "## Resolution",
    "",
    "**Option 1 (Quick Fix):** Fill in: the fastest safe mitigation (rollback, scale up, feature flag).",
    "",
    "**Option 2 (Root Cause):** Fill in: the permanent fix and who owns it.",
    "",
  );

  out.push("## Escalation", "");
  for (const t of oncall) {
    const levels = t.escalation.map(
      (l) => `${l.notify === "rotation" ? "the on-call of the rotation" : l.notify} by ${formatDuration(l.respondWithinSeconds)}`,
    );
    out.push(`${t.name} (PagerDuty): if not acknowledged, PagerDuty escalates: ${levels.join(", then ")}.`);
  }
  if (oncall.length === 0) out.push("Fill in: who to escalate to and when.");
  out.push("");

  out.push(
    "## Post-Incident",
    "",
    "- [ ] Write incident report",
    "- [ ] Identify root cause",
    "- [ ] Create a ticket for the permanent fix",
    "- [ ] Update this runbook with lessons learned",
    "",
  );
  return out.join("\n");
}

/** File -> skeleton, for each in-repository runbook without a file under `root`. */
export function missingRunbookSkeletons(model: Model, root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, uses] of runbookUses(model)) if (!existsSync(join(root, file))) out.set(file, runbookSkeleton(model, file, uses));
  return out;
}
