/**
 * The routing definitions as an Alertmanager configuration: the same tree as the Grafana
 * notification policy, one level deeper because one Alertmanager usually serves every
 * environment: environment -> severity -> service. Secrets are read from files, never written.
 */
import { stringify } from "yaml";
import { SEVERITIES, type Severity } from "../definitions/types";
import type { ChannelModel, EnvironmentModel, Model } from "../model";
import { PAGERDUTY_EVENT_SEVERITY, prometheusAlertServices } from "../model/routing";

/** Where Alertmanager reads secrets: mount them there. */
export const SECRETS_DIR = "/etc/alertmanager/secrets";

export interface AlertmanagerOptions {
  /** SMTP relay for email channels. */
  readonly smtpSmarthost: string;
  readonly smtpFrom: string;
}

export const DEFAULT_OPTIONS: AlertmanagerOptions = { smtpSmarthost: "smtp.nous.com:587", smtpFrom: "alertmanager@nous.com" };

interface Receiver {
  name: string;
  slack_configs?: object[];
  email_configs?: object[];
  pagerduty_configs?: object[];
}

interface Route {
  receiver: string;
  matchers?: string[];
  routes?: Route[];
}

export function receiverName(env: string, severity: Severity, service?: string): string {
  return [env, severity, service].filter(Boolean).join("-");
}

function receiver(name: string, channels: readonly ChannelModel[], service?: string, severity?: Severity): Receiver {
  const r: Receiver = { name };
  const slack = channels.flatMap((c) => (c.kind === "slack" ? [c] : []));
  const email = channels.flatMap((c) => (c.kind === "email" ? [c] : []));
  if (slack.length)
    r.slack_configs = slack.map((c) => ({ channel: c.channel, api_url_file: `${SECRETS_DIR}/slack-webhook-url`, send_resolved: true }));
  if (email.length) r.email_configs = email.map((c) => ({ to: c.address, send_resolved: true }));
  if (service && severity && channels.some((c) => c.kind === "pagerduty")) {
    r.pagerduty_configs = [
      { routing_key_file: `${SECRETS_DIR}/pagerduty-${service}`, severity: PAGERDUTY_EVENT_SEVERITY[severity], send_resolved: true },
    ];
  }
  return r;
}

export function alertmanagerConfig(model: Model, options: AlertmanagerOptions = DEFAULT_OPTIONS): object {
  const receivers: Receiver[] = [];
  const services = prometheusAlertServices(model);
  const envRoute = (env: EnvironmentModel): Route => {
    const routes: Route[] = SEVERITIES.map((severity) => {
      const shared = env.routes[severity].filter((c) => c.kind !== "pagerduty");
      const name = receiverName(env.id, severity);
      receivers.push(receiver(name, shared));
      const pages = env.routes[severity].some((c) => c.kind === "pagerduty");
      const children: Route[] = pages
        ? (services.get(severity) ?? []).map((service) => {
            const child = receiverName(env.id, severity, service);
            receivers.push(receiver(child, env.routes[severity], service, severity));
            return { receiver: child, matchers: [`service="${service}"`] };
          })
        : [];
      return { receiver: name, matchers: [`severity="${severity}"`], ...(children.length ? { routes: children } : {}) };
    });
    // Alerts of the environment without a known severity reach P2's receivers rather than nobody.
    return { receiver: receiverName(env.id, "P2"), matchers: [`environment="${env.id}"`], routes };
  };
  const envRoutes = model.environments.map(envRoute);
  // Alerts without an environment label: the first environment's P2 receivers.
  const root: Route & { group_by: string[]; group_wait: string; group_interval: string; repeat_interval: string } = {
    receiver: receiverName(model.environments[0].id, "P2"),
    group_by: ["alertname", "service"],
    group_wait: "30s",
    group_interval: "5m",
    repeat_interval: "4h",
    routes: envRoutes,
  };
  return {
    global: { smtp_smarthost: options.smtpSmarthost, smtp_from: options.smtpFrom, smtp_require_tls: true },
    route: root,
    receivers,
  };
}

export function alertmanagerYaml(model: Model, options?: AlertmanagerOptions): string {
  return stringify(alertmanagerConfig(model, options), { lineWidth: 0, aliasDuplicateObjects: false });
}
