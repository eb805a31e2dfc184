/** Alert rules with a PromQL condition: over Prometheus series, over Cloud Monitoring metrics, or both. */
import { SEVERITIES, type Definitions } from "../definitions/types";
import { goTemplateError } from "./go-template";
import { checkId, checkRunbook, checkText, checkUnique, isSeverity } from "./checks";
import { formatDuration, notADuration, parseDuration } from "./duration";
import type { Problems } from "./problems";
import { alertConditionTypeError, promqlSyntaxError, promqlTypeError } from "./promql";
import { checkAlertLabels } from "./text-checks";
import { inexactMetricNameError, quotedMetricTypeHint } from "./cloud-monitoring-promql";
import { NOTIFY_TIMERS, pages } from "./routing";
import { resolveRunbook } from "./services";
import { onGoogleCloud } from "./views";
import type { AlertRuleModel, EnvironmentModel, ServiceModel, SeverityModel } from "./types";

export function buildAlerts(
  defs: Definitions,
  services: Map<string, ServiceModel>,
  severities: readonly SeverityModel[],
  environments: readonly EnvironmentModel[],
  problems: Problems,
): AlertRuleModel[] {
  checkUnique("alert", defs.alerts, problems);
  return defs.alerts.flatMap((a) => {
    const where = `alert "${a.id}"`;
    const before = problems.all.length;
    checkId(where, a.id, problems);
    if (typeof a.name !== "string" || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(a.name)) {
      problems.add(where, "name", `must be a Prometheus alert name (letters, digits, underscores), got ${JSON.stringify(a.name)}`);
    }
    const service = services.get(a.service);
    if (!service) problems.add(where, "service", `unknown service "${a.service}"; defined services: ${[...services.keys()].join(", ")}`);
    checkText(where, "summary", a.summary, problems);
    if (a.description !== undefined) checkText(where, "description", a.description, problems);
    // Prometheus and Grafana read the text as a Go template: one it cannot parse loses the whole rules file.
    // Label values are templates to Prometheus too.
    const labelTexts = Object.entries(typeof a.labels === "object" && a.labels !== null ? a.labels : {}).map(
      ([k, v]) => [`labels.${k}`, v] as const,
    );
    for (const [field, text] of [["summary", a.summary], ["description", a.description], ...labelTexts] as const) {
      const error = typeof text === "string" ? goTemplateError(text) : undefined;
      // A {{define}} writes nothing where it stands: its text is shown only where {{template}} calls it,
      // so an alert's text holding one loses it (promtool test rules expands such a summary to "").
      if (!error && typeof text === "string" && /\{\{-?\s*define\b/.test(text))
        problems.add(
          where,
          field,
          "holds a {{define}}, whose text Prometheus does not show where it stands (only a {{template}} call shows it); write the text itself",
        );
      if (error)
        problems.add(
          where,
          field,
          `is not a template Prometheus can read (${error}); write {{ "{{" }} for braces meant as text, e.g. {{ $labels.instance }} for a label`,
        );
    }
    if (!isSeverity(a.severity)) {
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(a.severity)}`);
    } else {
      checkRunbook(
        where,
        a.runbook,
        pages(a.severity, severities, environments, service?.team) ? `severity ${a.severity} pages` : undefined,
        problems,
      );
    }
    const forSeconds = wholeSeconds(where, "for", a.for, problems);
    const keepFiringForSeconds =
      a.keepFiringFor === undefined ? undefined : wholeSeconds(where, "keepFiringFor", a.keepFiringFor, problems);
    const repeatEverySeconds = a.repeatEvery === undefined ? undefined : wholeSeconds(where, "repeatEvery", a.repeatEvery, problems);
    const groupInterval = NOTIFY_TIMERS.groupIntervalSeconds;
    if (repeatEverySeconds !== undefined && (repeatEverySeconds < groupInterval || repeatEverySeconds % groupInterval !== 0))
      problems.add(
        where,
        "repeatEvery",
        `must be a multiple of ${formatDuration(groupInterval)} such as "30m": Alertmanager and Grafana send notifications only at their ${formatDuration(groupInterval)} group interval, so ${JSON.stringify(a.repeatEvery)} would repeat at another pace than written`,
      );
    if (keepFiringForSeconds === 0)
      problems.add(where, "keepFiringFor", `must be longer than 0s (leave it out to resolve as soon as the condition stops holding)`);
    const condition: { prometheus?: unknown; googleCloud?: unknown } =
      typeof a.condition === "object" && a.condition !== null ? a.condition : {};
    const expr = condition.prometheus;
    const googleCloud = condition.googleCloud;
    if (expr === undefined && googleCloud === undefined)
      problems.add(where, "condition", "needs a condition for at least one backend (prometheus, googleCloud)");
    for (const [field, text] of [
      ["condition.prometheus", expr],
      ["condition.googleCloud", googleCloud],
    ] as const) {
      if (text === undefined) continue;
      const syntax =
        typeof text === "string"
          ? (promqlSyntaxError(text) ?? alertConditionTypeError(text) ?? promqlTypeError(text))
          : "must be a PromQL expression";
      if (syntax) {
        // A metric type quoted as Prometheus 3 writes it: say the name Cloud Monitoring's PromQL gives it.
        const hint = field === "condition.googleCloud" && typeof text === "string" ? quotedMetricTypeHint(text) : undefined;
        problems.add(where, field, hint ? `${syntax}. ${hint}` : syntax);
      } else if (field === "condition.googleCloud") {
        const inexact = inexactMetricNameError(text as string);
        if (inexact) problems.add(where, field, inexact);
      }
    }
    // Only the Google Cloud alert policy evaluates googleCloud: without a Prometheus condition, the
    // alert fires nowhere unless its service runs on gcp in an environment that has Google Cloud.
    if (expr === undefined && googleCloud !== undefined && service && !environments.some((e) => onGoogleCloud(service, e)))
      problems.add(
        where,
        "condition.googleCloud",
        `only Google Cloud evaluates this condition, and service "${service.id}" runs on gcp in no environment with gcp settings ` +
          `(its runsOn: targets ${service.runsOn.targets?.join(", ") ?? "all"}, environments ${service.runsOn.environments?.join(", ") ?? "all"}): ` +
          `let the service run on "gcp" (runsOn.targets of the service or its team) in an environment with gcp settings, or give the alert a condition.prometheus`,
      );
    // Only Prometheus and Grafana keep an alert firing; a Google Cloud incident closes when its condition stops holding.
    if (a.keepFiringFor !== undefined && expr === undefined && googleCloud !== undefined)
      problems.add(
        where,
        "keepFiringFor",
        "only Prometheus and Grafana keep an alert firing after its condition stops holding, and this alert runs on Google Cloud alone: leave it out",
      );
    checkAlertLabels(where, a.labels, problems);
    if (problems.all.length > before || !service) return [];
    return [
      {
        id: a.id,
        name: a.name,
        service,
        severity: a.severity,
        summary: a.summary,
        description: a.description ?? a.summary,
        runbook: resolveRunbook(defs, a.runbook),
        forSeconds: forSeconds!,
        ...(keepFiringForSeconds ? { keepFiringForSeconds } : {}),
        ...(repeatEverySeconds ? { repeatEverySeconds } : {}),
        prometheus: expr as string | undefined,
        googleCloud: googleCloud as string | undefined,
        labels: { ...a.labels },
      },
    ];
  });
}

/** A duration in whole seconds, as Prometheus reads `for` and `keep_firing_for` ("0.5s" is refused) and every target is given. */
function wholeSeconds(where: string, field: string, value: unknown, problems: Problems): number | undefined {
  const seconds = parseDuration(value as string);
  if (seconds === undefined) problems.add(where, field, notADuration(value, '"5m" or "0s"'));
  else if (/\./.test(String(value)) || !Number.isInteger(seconds))
    problems.add(where, field, `must be a whole number of seconds, minutes or hours such as "30s" or "5m", got ${JSON.stringify(value)}`);
  else return seconds;
  return undefined;
}
