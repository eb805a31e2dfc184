/**
 * What AWS accepts, checked before synth so that a definition that cannot fit fails with its
 * id and field, not at `terraform apply`.
 */
import type { CloudWatchMetricModel, EnvironmentModel, Model, ServiceModel } from "../../engine/model";
import type { Problem } from "../../engine/model/problems";
import { channelsUsed } from "../../engine/model/routing";
import { runsOn, targetView } from "../../engine/model/views";
import { chatbotRoleName } from "../../engine/model/naming/aws";
import { awsSends } from "./sends";
import { healthCheckPath } from "./health-checks";

/**
 * CloudFront publishes its metrics in US East (N. Virginia) only
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html):
 * an alarm on them in any other region never sees a datapoint.
 */
export const CLOUDFRONT_METRICS_REGION = "us-east-1";

/** retention_in_days values CloudWatch Logs accepts. */
export const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
/**
 * PutMetricAlarm: period x evaluation periods at most 7 days, and at most 1 day for periods
 * under an hour. Burn-rate windows are alarm periods, so they share the 7-day bound.
 */
export const CLOUDWATCH_MAX_EVALUATION_SECONDS = 7 * 86400;
export const CLOUDWATCH_MAX_SHORT_PERIOD_EVALUATION_SECONDS = 86400;
/** Route 53 HealthCheckConfig.ResourcePath: "Maximum length of 255" (Route 53 API reference). */
export const ROUTE53_MAX_RESOURCE_PATH = 255;

/** The field a problem of an endpoint's URL in an environment names: `url` when one URL serves every environment, else `url.<env>`. */
function urlField(e: ServiceModel["endpoints"][number], env: string): string {
  return new Set(Object.values(e.urls)).size === 1 ? "url" : `url.${env}`;
}
/** Metrics (not expressions) one metric-math alarm may query. */
export const CLOUDWATCH_MAX_ALARM_METRICS = 10;
/** Dimensions a metric filter may publish. */
export const CLOUDWATCH_MAX_FILTER_DIMENSIONS = 3;

export function nearestRetentions(days: number): number[] {
  const below = [...CLOUDWATCH_RETENTION_DAYS].reverse().find((d) => d < days);
  const above = CLOUDWATCH_RETENTION_DAYS.find((d) => d > days);
  return [below, above].filter((d): d is (typeof CLOUDWATCH_RETENTION_DAYS)[number] => d !== undefined);
}

function nearestText(values: readonly number[]): string {
  return values.length === 1 ? `the nearest allowed value is ${values[0]}` : `the nearest allowed values are ${values.join(" and ")}`;
}

export function validPeriod(seconds: number): boolean {
  return [10, 20, 30].includes(seconds) || (seconds > 0 && seconds % 60 === 0);
}

export function awsProblems(model: Model): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });
  const awsEnvs = model.environments.filter((e) => e.aws);
  if (awsEnvs.length === 0) return problems;

  for (const c of model.logClasses) {
    if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(c.retentionDays)) {
      add(
        `log class "${c.id}"`,
        "retentionDays",
        `CloudWatch Logs does not accept ${c.retentionDays} days; ${nearestText(nearestRetentions(c.retentionDays))}`,
      );
    }
  }
  for (const m of model.logMetrics) {
    if (Object.keys(m.labels).length > CLOUDWATCH_MAX_FILTER_DIMENSIONS) {
      add(
        `log metric "${m.id}"`,
        "labels",
        `CloudWatch metric filters publish at most ${CLOUDWATCH_MAX_FILTER_DIMENSIONS} dimensions, got ${Object.keys(m.labels).length}`,
      );
    }
  }
  for (const a of model.cloudWatchAlarms) {
    if (a.kind !== "metric") continue;
    const where = `cloudwatch alarm "${a.id}"`;
    if (!validPeriod(a.periodSeconds))
      add(where, "period", `CloudWatch alarm periods are 10s, 20s, 30s or a multiple of 60s, got ${a.periodSeconds}s`);
    const total = a.periodSeconds * a.evaluationPeriods;
    const max = a.periodSeconds < 3600 ? CLOUDWATCH_MAX_SHORT_PERIOD_EVALUATION_SECONDS : CLOUDWATCH_MAX_EVALUATION_SECONDS;
    if (total > max) {
      add(
        where,
        "evaluationPeriods",
        `period x evaluationPeriods is ${total}s; CloudWatch allows at most ${max}s${a.periodSeconds < 3600 ? " for periods under an hour" : ""}`,
      );
    }
  }
  for (const slo of model.slos) {
    const cw = slo.sli.cloudWatch;
    if (!cw) continue;
    const where = `slo "${slo.id}"`;
    for (const tier of slo.tiers) {
      for (const seconds of [tier.longWindowSeconds, tier.shortWindowSeconds]) {
        if (!validPeriod(seconds))
          add(where, `alerting.tiers.${tier.id}`, `CloudWatch alarm periods are a multiple of 60s; window ${seconds}s is not`);
      }
    }
    const metrics = [cw.errors, cw.good, cw.total].reduce((n, list) => n + (list?.length ?? 0), 0) + (cw.loadBalancerErrors ? 1 : 0);
    if (metrics > CLOUDWATCH_MAX_ALARM_METRICS)
      add(
        where,
        "sli.cloudWatch",
        `a metric-math alarm queries at most ${CLOUDWATCH_MAX_ALARM_METRICS} metrics, this SLI needs ${metrics}`,
      );
  }
  for (const env of awsEnvs) {
    // IAM role names hold 64 characters; the Chatbot role is "<environment>-chatbot-cloudwatch-read".
    const role = chatbotRoleName(env);
    if (role.length > 64)
      add(
        `environment "${env.id}"`,
        "id",
        `names the IAM role "${role}", ${role.length} characters; IAM allows 64, so keep environment ids to 39`,
      );
    for (const e of model.services.flatMap((s) => s.endpoints)) {
      const href = e.urls[env.id];
      const path = href ? healthCheckPath(new URL(href)) : "";
      // The health check names its host as FullyQualifiedDomainName, which an IPv6 literal is not:
      // https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html
      if (href && new URL(href).hostname.startsWith("["))
        add(
          `endpoint "${e.id}"`,
          urlField(e, env.id),
          `has the IPv6 address ${new URL(href).hostname} as its host; the Route 53 health check names its host by domain name (FullyQualifiedDomainName): give the endpoint's domain name`,
        );
      if (path.length > ROUTE53_MAX_RESOURCE_PATH)
        add(
          `endpoint "${e.id}"`,
          urlField(e, env.id),
          `its path and query become the Route 53 health check's resource path, ${path.length} characters; Route 53 allows ${ROUTE53_MAX_RESOURCE_PATH}`,
        );
    }
    if (env.aws!.region !== "us-east-1") {
      for (const e of model.services.flatMap((s) => s.endpoints)) {
        if (e.urls[env.id]) {
          add(
            `endpoint "${e.id}"`,
            urlField(e, env.id),
            `Route 53 publishes health-check metrics only in us-east-1, so their alarms need alert topics there; environment "${env.id}" is in ${env.aws!.region}. Give this endpoint no URL for "${env.id}" or run the environment's AWS stack in us-east-1`,
          );
        }
      }
    }
    problems.push(...cloudFrontOutsideItsRegion(model, env));
    // Chatbot serves the Slack channels the environment's alarms notify, by their teams' routes.
    for (const c of channelsUsed(env, awsSends(targetView(model, "aws", env.id), env))) {
      if (c.kind === "slack" && !c.slackIds) {
        add(
          `channel "${c.id}"`,
          "slackIds",
          `AWS Chatbot needs the Slack workspace and channel ids; environment "${env.id}" routes alerts to it`,
        );
      }
    }
  }
  return dedupe(problems);
}

/**
 * CloudWatch alarms and SLOs on AWS/CloudFront metrics in an environment whose AWS stack (or the
 * owning team's own account) runs outside us-east-1, where they would never see a datapoint.
 */
function cloudFrontOutsideItsRegion(model: Model, env: EnvironmentModel): Problem[] {
  const problems: Problem[] = [];
  const onCloudFront = (metrics: readonly CloudWatchMetricModel[]) =>
    metrics.some((m) => m.namespace === "AWS/CloudFront" && m.dimensions[env.id] !== undefined);
  const check = (where: string, field: string, service: ServiceModel, what: string) => {
    // A team with its own account renders its alarms in its own region.
    const region = env.teamClouds[service.team]?.aws?.region ?? env.aws!.region;
    if (region !== CLOUDFRONT_METRICS_REGION && runsOn(service, "aws", env.id))
      problems.push({
        where,
        field,
        message: `CloudFront publishes AWS/CloudFront metrics only in ${CLOUDFRONT_METRICS_REGION}; environment "${env.id}" runs ${what} in ${region}, where it would never see a datapoint. Give the distribution no name for "${env.id}" or run that environment's AWS stack in ${CLOUDFRONT_METRICS_REGION}`,
      });
  };
  for (const a of model.cloudWatchAlarms)
    if (a.kind === "metric" && onCloudFront([a.metric])) check(`cloudwatch alarm "${a.id}"`, "metric.namespace", a.service, "this alarm");
  for (const slo of model.slos) {
    const cw = slo.sli.cloudWatch;
    const metrics = cw
      ? [...(cw.errors ?? []), ...(cw.good ?? []), ...cw.total, ...(cw.loadBalancerErrors ? [cw.loadBalancerErrors] : [])]
      : [];
    if (onCloudFront(metrics)) check(`slo "${slo.id}"`, "sli.cloudWatch", slo.service, "this SLO's alarms");
  }
  return problems;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.where}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
