import { alert } from "../engine/definitions";

/** P0 rules of the bundled NOUS example. */

export const apiDown = alert({
  id: "api-down",
  name: "APIDown",
  service: "api",
  severity: "P0",
  summary: "API error rate >50% for 1 minute",
  for: "1m",
  condition: {
    prometheus: 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.5',
  },
  runbook: "https://docs.nous.com/runbooks/api-down",
});

export const databaseUnreachable = alert({
  id: "database-unreachable",
  name: "DatabaseUnreachable",
  service: "database",
  severity: "P0",
  summary: "Firestore is unreachable",
  for: "30s",
  condition: { prometheus: "firestore_health == 0" },
  runbook: "https://docs.nous.com/runbooks/database-down",
});

export const securityBreachDetected = alert({
  id: "security-breach-detected",
  name: "SecurityBreachDetected",
  service: "api",
  severity: "P0",
  summary: "Critical security incident detected",
  for: "0s",
  condition: { prometheus: 'sum(security_incidents{severity="critical"}) > 0' },
  runbook: "https://docs.nous.com/runbooks/security-breach",
});
