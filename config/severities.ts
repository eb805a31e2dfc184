import { severity } from "../engine/definitions";

/** What each severity means in the bundled NOUS example. `onCall` severities page and must link a runbook. */
export const severities = [
  severity({ id: "P0", name: "Critical", description: "System down or data breach", responseTime: "5m", onCall: true }),
  severity({ id: "P1", name: "High", description: "Significant degradation", responseTime: "30m", onCall: true }),
  severity({ id: "P2", name: "Medium", description: "Minor issues, can wait", responseTime: "4h", onCall: false }),
  severity({ id: "P3", name: "Low", description: "FYI, no action needed", responseTime: "24h", onCall: false }),
];
