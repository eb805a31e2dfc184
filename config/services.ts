import { service } from "../engine/definitions";

/** The NOUS OS services of the bundled example, with their public endpoints. */
export const services = [
  service({
    id: "api",
    name: "NOUS API (CORE Agent)",
    team: "backend",
    endpoints: [
      {
        id: "api-health",
        url: { prod: "https://api.nous.com/health", staging: "https://api.staging.nous.com/health" },
        severity: "P1",
        runbook: "https://docs.nous.com/runbooks/api-down",
      },
    ],
  }),
  service({
    id: "frontend",
    name: "NOUS Frontend (Next.js)",
    team: "frontend",
    endpoints: [
      {
        id: "web-app",
        url: { prod: "https://app.nous.com/", staging: "https://app.staging.nous.com/" },
        severity: "P1",
        runbook: "https://docs.nous.com/runbooks/frontend-down",
      },
    ],
  }),
  service({ id: "agents", name: "NOUS Agents (Python)", team: "agents" }),
  service({ id: "data-sync", name: "Data sync", team: "backend" }),
  service({ id: "database", name: "Firestore", team: "platform" }),
];
