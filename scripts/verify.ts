/**
 * npm run verify: synthesize, then let the real engines judge the exports (see verify-run.ts).
 * Exits 0 only when every check passes; 2 when promtool, amtool or checkov is missing.
 */
import { projectDefinitions } from "../engine/discover";
import { runCommand } from "./cli";
import { runVerify } from "./verify-run";

runCommand({
  usage: "npm run verify",
  summary:
    "Synthesizes, then lets the real engines judge the exports: promtool, amtool, checkov, and one outage on real Prometheus and Alertmanager servers on loopback. Each check's lines print as it finishes.",
  options: {
    json: {
      type: "boolean",
      description:
        "print one JSON document at the end (checks, problems with kind, id, field, file, line, message); progress goes to stderr",
    },
  },
  run: ({ json }) => runVerify(projectDefinitions, json ?? false),
});
