import { routing, type Routes } from "../engine/definitions";

/** The bundled NOUS example: P0 and P1 page, P2 goes to Slack and email, P3 to email. */
const production: Routes = {
  P0: ["pagerduty-oncall", "slack-alerts-critical"],
  P1: ["pagerduty-oncall", "slack-alerts-high"],
  P2: ["slack-alerts-medium", "email-engineering"],
  P3: ["email-engineering"],
};

/** Staging keeps every alert visible without waking anyone. */
const staging: Routes = {
  P0: ["slack-alerts-staging"],
  P1: ["slack-alerts-staging"],
  P2: ["slack-alerts-staging"],
  P3: ["email-engineering"],
};

export const alertRouting = routing({ prod: production, staging });
