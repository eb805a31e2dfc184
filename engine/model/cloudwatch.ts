/** CloudWatch metrics and alarms: dimensions resolved per environment, references checked. */
import { SEVERITIES, type CloudWatchMetric, type Definitions, type PerEnvironment, type Severity } from "../definitions/types";
import { checkId, checkRunbook, checkText, checkUnique, isSeverity } from "./checks";
import { notADuration, parseDuration } from "./duration";
import type { Problems } from "./problems";
import { describeNumber } from "./text-checks";
import type { CloudWatchAlarmModel, CloudWatchMetricModel, CompositeAlarmModel, ServiceModel } from "./types";

const STATISTIC = /^(Sum|Average|Minimum|Maximum|SampleCount|p\d{1,2}(\.\d{1,2})?|p100)$/;

/** The value for each environment id: one value for all, or the map as given. */
export function perEnvironment<T>(value: PerEnvironment<T>, environments: readonly string[]): Record<string, T> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ...(value as Record<string, T>) };
  return Object.fromEntries(environments.map((env) => [env, value as T]));
}

export function buildMetric(
  where: string,
  field: string,
  metric: CloudWatchMetric,
  environments: readonly string[],
  problems: Problems,
): CloudWatchMetricModel {
  checkText(where, `${field}.namespace`, metric?.namespace, problems);
  checkText(where, `${field}.metric`, metric?.metric, problems);
  // PutMetricAlarm (CloudWatch API reference): Namespace and MetricName 1-255 characters, a
  // Namespace not starting with ":", at most 30 Dimensions, each Name and Value 1-255 characters.
  for (const [key, value] of [
    ["namespace", metric?.namespace],
    ["metric", metric?.metric],
  ] as const)
    if (typeof value === "string" && value.length > 255)
      problems.add(where, `${field}.${key}`, `is ${value.length} characters; CloudWatch allows 255`);
  if (typeof metric?.namespace === "string" && metric.namespace.startsWith(":"))
    problems.add(where, `${field}.namespace`, `must not start with ":", got ${JSON.stringify(metric.namespace)}`);
  const dimensionsGiven = metric?.dimensions;
  if (dimensionsGiven !== undefined && (typeof dimensionsGiven !== "object" || dimensionsGiven === null || Array.isArray(dimensionsGiven)))
    problems.add(where, `${field}.dimensions`, `must be an object of dimension names and values, got ${JSON.stringify(dimensionsGiven)}`);
  else if (Object.keys(dimensionsGiven ?? {}).length > 30)
    problems.add(where, `${field}.dimensions`, `has ${Object.keys(dimensionsGiven!).length} dimensions; CloudWatch allows 30`);
  for (const [name, value] of Object.entries(typeof dimensionsGiven === "object" && dimensionsGiven !== null ? dimensionsGiven : {})) {
    if (name.trim() === "" || name.length > 255)
      problems.add(where, `${field}.dimensions`, `has a dimension name of ${name.length} characters; CloudWatch takes 1-255`);
    const values = typeof value === "string" ? [value] : typeof value === "object" && value !== null ? Object.values(value) : [value];
    for (const v of values)
      if (typeof v !== "string" || v.trim() === "" || v.length > 255)
        problems.add(
          where,
          `${field}.dimensions.${name}`,
          `must be a value of 1-255 characters (or one per environment), got ${JSON.stringify(v)}`,
        );
  }
  if (typeof metric?.statistic !== "string" || !STATISTIC.test(metric.statistic)) {
    problems.add(
      where,
      `${field}.statistic`,
      `must be Sum, Average, Minimum, Maximum, SampleCount or a percentile such as p99, got ${JSON.stringify(metric?.statistic)}`,
    );
  }
  const perDimension = Object.entries(metric?.dimensions ?? {}).map(([name, value]) => {
    const values = perEnvironment(value, environments);
    for (const env of Object.keys(values)) {
      if (!environments.includes(env)) problems.add(where, `${field}.dimensions.${name}.${env}`, `unknown environment "${env}"`);
    }
    return [name, values] as const;
  });
  // A metric exists in an environment only when every dimension has a value there.
  const dimensions: Record<string, Record<string, string>> = {};
  for (const env of environments) {
    if (perDimension.every(([, values]) => values[env] !== undefined)) {
      dimensions[env] = Object.fromEntries(perDimension.map(([name, values]) => [name, values[env]]));
    }
  }
  return { namespace: metric?.namespace, metric: metric?.metric, statistic: metric?.statistic, dimensions };
}

export function buildCloudWatchAlarms(
  defs: Definitions,
  services: Map<string, ServiceModel>,
  environments: readonly string[],
  pages: (severity: Severity, team?: string) => boolean,
  resolveRunbook: (runbook: string | undefined) => string | undefined,
  problems: Problems,
): (CloudWatchAlarmModel | CompositeAlarmModel)[] {
  const alarms = defs.cloudWatchAlarms ?? [];
  checkUnique("cloudwatch alarm", alarms, problems);
  const ids = new Set(alarms.map((a) => a.id));
  const metricIds = new Set(alarms.filter((a) => a.kind === "cloudwatch-alarm").map((a) => a.id));
  return alarms.flatMap((a): (CloudWatchAlarmModel | CompositeAlarmModel)[] => {
    const where = `cloudwatch alarm "${a.id}"`;
    const before = problems.all.length;
    checkId(where, a.id, problems);
    const service = services.get(a.service);
    if (!service) problems.add(where, "service", `unknown service "${a.service}"; defined services: ${[...services.keys()].join(", ")}`);
    checkText(where, "summary", a.summary, problems);
    if (!isSeverity(a.severity))
      problems.add(where, "severity", `must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(a.severity)}`);
    else checkRunbook(where, a.runbook, pages(a.severity, service?.team) ? `severity ${a.severity} pages` : undefined, problems);

    if (a.kind === "cloudwatch-composite") {
      if (!Array.isArray(a.allOf) || a.allOf.length < 2) problems.add(where, "allOf", "must name at least two alarms");
      for (const [i, ref] of (Array.isArray(a.allOf) ? a.allOf : []).entries()) {
        if (ref === a.id) problems.add(where, "allOf", "must not name the alarm itself");
        else if (!ids.has(ref)) problems.add(where, "allOf", `unknown alarm "${ref}"`);
        // Rendered from its metric alarms only: a composite part would leave the composite out of every stack.
        else if (!metricIds.has(ref))
          problems.add(where, "allOf", `names composite alarm "${ref}"; a composite's parts are metric alarms: name those`);
        if (a.allOf.indexOf(ref) !== i) problems.add(where, "allOf", `names "${ref}" twice`);
      }
      if (problems.all.length > before) return [];
      return [
        {
          kind: "composite",
          id: a.id,
          service: service!,
          severity: a.severity,
          summary: a.summary,
          runbook: resolveRunbook(a.runbook),
          allOf: [...a.allOf],
        },
      ];
    }

    const metric = buildMetric(where, "metric", a.metric, environments, problems);
    if (![">", ">=", "<", "<="].includes(a.comparison))
      problems.add(where, "comparison", `must be >, >=, < or <=, got ${JSON.stringify(a.comparison)}`);
    if (typeof a.threshold !== "number" || !Number.isFinite(a.threshold))
      problems.add(where, "threshold", `must be a number, got ${describeNumber(a.threshold)}`);
    const periodSeconds = parseDuration(a.period);
    if (periodSeconds === undefined || periodSeconds <= 0) problems.add(where, "period", notADuration(a.period, '"1m"'));
    if (!Number.isInteger(a.evaluationPeriods) || a.evaluationPeriods < 1) {
      problems.add(where, "evaluationPeriods", `must be a whole number, at least 1, got ${JSON.stringify(a.evaluationPeriods)}`);
    }
    const datapointsToAlarm = a.datapointsToAlarm ?? a.evaluationPeriods;
    if (!Number.isInteger(datapointsToAlarm) || datapointsToAlarm < 1 || datapointsToAlarm > a.evaluationPeriods) {
      problems.add(
        where,
        "datapointsToAlarm",
        `must be a whole number from 1 to evaluationPeriods (${a.evaluationPeriods}), got ${JSON.stringify(a.datapointsToAlarm)}`,
      );
    }
    if (!["missing", "notBreaching", "breaching", "ignore"].includes(a.treatMissingData)) {
      problems.add(
        where,
        "treatMissingData",
        `must be missing, notBreaching, breaching or ignore, got ${JSON.stringify(a.treatMissingData)}`,
      );
    }
    checkText(where, "missingDataReason", a.missingDataReason, problems);
    if (problems.all.length > before) return [];
    return [
      {
        kind: "metric",
        id: a.id,
        service: service!,
        severity: a.severity,
        summary: a.summary,
        runbook: resolveRunbook(a.runbook),
        metric,
        comparison: a.comparison,
        threshold: a.threshold,
        periodSeconds: periodSeconds!,
        evaluationPeriods: a.evaluationPeriods,
        datapointsToAlarm,
        treatMissingData: a.treatMissingData,
        missingDataReason: a.missingDataReason,
      },
    ];
  });
}
