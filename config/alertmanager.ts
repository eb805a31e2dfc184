import { alertmanager } from "../engine/definitions";

/**
 * The exported Alertmanager configuration (cdktf.out/alertmanager/alertmanager.yml) of the bundled
 * NOUS example: email goes through its SMTP relay. Alerts that name no known environment reach the
 * first environment's P2 channels unless `fallback` names the organisation's channels for them.
 */
export const alertmanagerSettings = alertmanager({
  smtp: { smarthost: "smtp.nous.com:587", from: "alertmanager@nous.com" },
});
