/**
 * Stores that hold data (log buckets, log groups) leave only on purpose. Comparing two
 * synthesized revisions, a store that disappears without a `removed { lifecycle { destroy =
 * false } }` block, a store replaced, or a protected class's retention shortened is a problem
 * that fails the review, unless the log class acknowledges it. A class protected on either side
 * counts as protected: a change that unprotects a class and shortens its retention at once
 * would otherwise pass, judged by the flag it removes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPLACING_ATTRIBUTES, changedPaths } from "./diff";
import { typeOf, type Resources } from "./stacks";
import type { Summary } from "./summary";

/** Resource types that hold data, the attribute of their retention, and their address prefix per log class. */
export const STORES: Record<string, { retention: string; prefix: string }> = {
  google_logging_project_bucket_config: { retention: "retention_days", prefix: "log_bucket_" },
  aws_cloudwatch_log_group: { retention: "retention_in_days", prefix: "log_group_" },
};

/** stack -> addresses its `removed` blocks forget without destroying. */
export function readForgotten(outdir: string): Map<string, Set<string>> {
  const forgotten = new Map<string, Set<string>>();
  const dir = join(outdir, "stacks");
  if (!existsSync(dir)) return forgotten;
  for (const stack of readdirSync(dir)) {
    const file = join(dir, stack, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, "utf8")) as { removed?: { from: string; lifecycle?: { destroy?: boolean } }[] };
    forgotten.set(stack, new Set((json.removed ?? []).filter((r) => r.lifecycle?.destroy === false).map((r) => r.from)));
  }
  return forgotten;
}

export interface StoreProblem {
  readonly stack: string;
  readonly address: string;
  readonly message: string;
}

export function formatStoreProblem(p: StoreProblem): string {
  return `\`${p.stack}\` \`${p.address}\`: ${p.message}`;
}

export function protectedStoreProblems(
  base: ReadonlyMap<string, Resources>,
  head: ReadonlyMap<string, Resources>,
  headForgotten: ReadonlyMap<string, ReadonlySet<string>>,
  headSummary: Summary,
  baseSummary?: Summary,
): StoreProblem[] {
  const problems: StoreProblem[] = [];
  for (const [stack, resources] of [...base].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [address, before] of resources) {
      const store = STORES[typeOf(address)];
      if (!store) continue;
      const name = address.slice(address.indexOf(".") + 1);
      const classId = name.startsWith(store.prefix) ? name.slice(store.prefix.length) : undefined;
      const logClass = classId === undefined ? undefined : headSummary.logClasses?.[classId];
      const protectedAtBase = classId !== undefined && Boolean(baseSummary?.logClasses?.[classId]?.protected);
      // The lock is Cloud Logging's: a CloudWatch log group of the class keeps the protected rules.
      // A reason counts for the change that brings it: one already at the base approved an earlier
      // change, and would otherwise approve every later cut or replacement of the class.
      const acknowledged =
        Boolean(logClass?.acknowledged) && logClass?.acknowledged !== baseSummary?.logClasses?.[classId ?? ""]?.acknowledged;
      const lockedAtBase =
        typeOf(address) === "google_logging_project_bucket_config" &&
        classId !== undefined &&
        Boolean(baseSummary?.logClasses?.[classId]?.locked);
      const after = head.get(stack)?.get(address);
      if (after === undefined) {
        if (headForgotten.get(stack)?.has(address)) continue;
        problems.push({
          stack,
          address,
          message:
            "would be destroyed with the data it holds. Mark its log class `retired: true` to keep the data and stop managing it" +
            (head.has(stack) ? "" : " (the whole stack is gone)"),
        });
        continue;
      }
      const paths = changedPaths(before, after);
      const replacing = paths.map((p) => p.path.split(/[.[]/)[0]).filter((a) => (REPLACING_ATTRIBUTES[typeOf(address)] ?? []).includes(a));
      if (replacing.length && !acknowledged)
        problems.push({
          stack,
          address,
          message: `would be replaced (${[...new Set(replacing)].join(", ")} forces a new resource), destroying the data it holds`,
        });
      const [was, now] = [before[store.retention], after[store.retention]];
      // Cloud Logging's bucket lock cannot be undone, and it fixes the retention for good: the
      // apply would fail, and the class was locked so that its logs stay as they are everywhere.
      if (lockedAtBase) {
        if (typeof was === "number" && typeof now === "number" && now !== was)
          problems.push({
            stack,
            address,
            message: `retention changed from ${was} to ${now} days on a locked bucket: Cloud Logging never changes a locked bucket's retention (the apply would fail)`,
          });
        if (after.locked === undefined && before.locked === true && !logClass?.retired)
          problems.push({
            stack,
            address,
            message: "would be unlocked: Cloud Logging cannot unlock a locked bucket (the apply would fail); keep `locked: true`",
          });
        continue;
      }
      if (typeof was === "number" && typeof now === "number" && now < was && (logClass?.protected || protectedAtBase) && !acknowledged)
        problems.push({
          stack,
          address,
          message:
            `retention shortened from ${was} to ${now} days on a protected log class` +
            (logClass?.protected ? "" : " (protected at the base; this change also unprotects it)") +
            `: logs older than ${now} days would be deleted. Say why in the class's \`acknowledge\` if this is intended`,
        });
    }
  }
  return problems;
}
