/**
 * The settings of the OpenSLO and Sloth import (openSloImport), checked whether or not files are
 * there to import: a wrong default would otherwise wait, unreported, for the first file that needs it.
 */
import { SEVERITIES, type Definitions } from "../definitions/types";
import { isHttpUrl, isSeverity, REPO_RUNBOOK, urlProblem } from "./checks";
import type { Problems } from "./problems";

const WHERE = "openSlo";
/** Service team ids are kebab-case: they become label values on every target (team="backend"). */
const TEAM = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Reports every setting of `defs.openSlo` that an import could not use. */
export function checkOpenSloSettings(defs: Definitions, problems: Problems): void {
  const s = defs.openSlo;
  if (s === undefined) return;
  if (s.defaultTeam !== undefined && (typeof s.defaultTeam !== "string" || !TEAM.test(s.defaultTeam)))
    problems.add(
      WHERE,
      "defaultTeam",
      `must be a team id (kebab-case, such as "backend"), as services name their team; got ${JSON.stringify(s.defaultTeam)}`,
    );
  const runbook: unknown = s.defaultRunbook;
  if (runbook !== undefined && !(typeof runbook === "string" && REPO_RUNBOOK.test(runbook)))
    if (!isHttpUrl(runbook))
      problems.add(
        WHERE,
        "defaultRunbook",
        `must be an absolute http(s) URL or a runbooks/<name>.md file of this repository, got ${JSON.stringify(runbook)}`,
      );
    else if (urlProblem(runbook)) problems.add(WHERE, "defaultRunbook", urlProblem(runbook)!);
  const labels: unknown = s.severityLabels;
  if (labels !== undefined && (typeof labels !== "object" || labels === null || Array.isArray(labels)))
    problems.add(
      WHERE,
      "severityLabels",
      `must be an object of label values and severities, such as { critical: "P1" }, got ${JSON.stringify(labels)}`,
    );
  else
    for (const [label, severity] of Object.entries(labels ?? {}))
      if (!isSeverity(severity))
        problems.add(WHERE, `severityLabels.${label}`, `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(severity)}`);
}
