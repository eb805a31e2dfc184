import { onCallTeam } from "../engine/definitions";

/**
 * The bundled NOUS example: a weekly rotation handed off Monday 09:00 BRT, escalating to the
 * engineering manager, the CTO and the CEO. Replace the emails with your PagerDuty logins;
 * the users must exist in PagerDuty (this project looks them up, it never creates people).
 */
export const onCall = [
  onCallTeam({
    id: "nous-engineering",
    name: "NOUS Engineering",
    owns: ["backend", "frontend", "agents", "platform"],
    members: [
      "alice@nous.com", // backend lead
      "bob@nous.com", // platform engineer
      "carol@nous.com", // SRE
      "dave@nous.com", // backend engineer
      "engineering-manager@nous.com",
      "cto@nous.com",
      "ceo@nous.com",
    ],
    rotation: {
      responders: ["alice@nous.com", "bob@nous.com", "carol@nous.com", "dave@nous.com"],
      turn: "1w",
      handoff: { day: "monday", time: "09:00" },
      timeZone: "America/Sao_Paulo",
    },
    escalation: [
      { notify: "rotation", respondWithin: "5m" },
      { notify: "engineering-manager@nous.com", respondWithin: "15m" },
      { notify: "cto@nous.com", respondWithin: "30m" },
      { notify: "ceo@nous.com", respondWithin: "1h" },
    ],
    repeat: 2,
  }),
];
