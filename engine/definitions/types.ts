/**
 * The shapes users write in config/, slos/, alerts/ and logs/.
 * Nothing here is validated yet: the model validates every definition at once so that
 * a run reports all problems together.
 */

/** A Prometheus-style duration: 30s, 5m, 1h, 3d, 1w. */
export type Duration = `${number}${"s" | "m" | "h" | "d" | "w"}`;

/** One value for every environment, or a value per environment id (environments without one are skipped). */
export type PerEnvironment<T> = T | { readonly [environment: string]: T };

export const SEVERITIES = ["P0", "P1", "P2", "P3"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a severity means to the people who receive it. */
export interface SeverityDefinition {
  /** Set by `severity()`: what definition folders are collected by. */
  readonly kind?: "severity";
  readonly id: Severity;
  readonly name: string;
  readonly description: string;
  /** How fast a human must respond. */
  readonly responseTime: Duration;
  /** True when alerts of this severity wake someone up; such alerts must link a runbook. */
  readonly onCall: boolean;
}

/**
 * Pages through PagerDuty: an alert routed here opens an incident on the PagerDuty service of
 * the alert's own service (one PagerDuty service per monitored service, see config/oncall.ts).
 */
export interface PagerDutyChannelDefinition {
  readonly kind: "pagerduty";
  readonly id: string;
}

export interface SlackChannelDefinition {
  readonly kind: "slack";
  readonly id: string;
  /** Slack channel name, with the leading '#'. */
  readonly channel: string;
  /** Slack workspace (team) id and channel id, e.g. "T0123ABCD" and "C0123ABCD": AWS Chatbot addresses channels by id. */
  readonly slackIds?: { readonly workspace: string; readonly channel: string };
  /**
   * For a channel in another Slack workspace than the organisation's: a name for that workspace's
   * credential (kebab-case, e.g. "payments"), so each workspace is posted to with its own token.
   * Cloud Monitoring then reads the sensitive variable `slack_auth_token_<credential>` and Grafana
   * `grafana_slack_token_<credential>`; without it, the organisation's `slack_auth_token` and
   * `grafana_slack_token`. AWS Chatbot addresses the workspace by `slackIds.workspace`. The
   * exported Alertmanager configuration does not use it: every Slack channel there reads its own
   * incoming-webhook URL from the file `slack-webhook-url-<channel id>`.
   */
  readonly credential?: string;
}

export interface EmailChannelDefinition {
  readonly kind: "email";
  readonly id: string;
  readonly address: string;
}

/**
 * A generic webhook (an incident tool, a chat bridge). Its URL usually carries a token, so it is
 * never written here: every target reads it from the sensitive variable `webhook_url_<id>`.
 */
export interface WebhookChannelDefinition {
  readonly kind: "webhook";
  readonly id: string;
  /** What receives it, for people reading the catalog, e.g. "Opsgenie payments". */
  readonly description: string;
}

export type ChannelDefinition = PagerDutyChannelDefinition | SlackChannelDefinition | EmailChannelDefinition | WebhookChannelDefinition;

/** Severity -> channel ids. Every severity must be routed somewhere: an unrouted alert is a silent alert. */
export type Routes = { readonly [S in Severity]: readonly string[] };

/** Routing per environment id. */
export type RoutingDefinition = { readonly [environment: string]: Routes };

/**
 * A service team (the `team` its services name): the destinations it owns and where its alerts
 * go. Without a team definition, a team's alerts follow the organisation's routing.
 */
export interface TeamDefinition {
  /** Set by `team()`: what definition folders are collected by. */
  readonly kind?: "team";
  /** The id services name in their `team`. */
  readonly id: string;
  readonly name?: string;
  /** Channels the team owns: its Slack channels, email lists, webhooks. Ids are unique across the project. */
  readonly channels?: readonly ChannelDefinition[];
  /** Where the team's alerts of a severity go in every environment, replacing the organisation's route for it. */
  readonly routes?: Partial<Routes>;
  /** Per environment id: routes replacing, for that environment, both the organisation's and the team's `routes`. */
  readonly environmentRoutes?: { readonly [environment: string]: Partial<Routes> };
  /** Where the team's services run unless a service says otherwise; default everywhere. */
  readonly runsOn?: RunsOn;
  /** How fast this team responds, where it differs from the organisation's severities. */
  readonly response?: TeamResponseDefinition;
  /** The team's own error-budget policy for its SLOs' budget alerts, instead of the organisation's. */
  readonly errorBudgetPolicy?: Omit<ErrorBudgetPolicyDefinition, "kind">;
  /**
   * Per environment id, the team's own Google Cloud project, AWS account or Grafana instance:
   * its services are monitored there, in a stack of their own (`gcp-prod-<team>`), instead of in
   * the environment's.
   */
  readonly environments?: { readonly [environment: string]: TeamCloudsDefinition };
}

/** A team's response expectations: what a severity means stays the organisation's. */
export interface TeamResponseDefinition {
  /** Per severity, how fast a human of this team responds (overrides the severity's `responseTime`). */
  readonly respondWithin?: { readonly [S in Severity]?: Duration };
  /**
   * Working hours: low-urgency pages (P2, P3) opened outside them wait, and turn high-urgency
   * when the hours start (PagerDuty support hours); P0 and P1 page at any hour.
   */
  readonly supportHours?: {
    readonly timeZone: string;
    readonly days: readonly Weekday[];
    /** "09:00" */
    readonly start: `${number}:${number}`;
    /** "17:00" */
    readonly end: `${number}:${number}`;
  };
  /**
   * Per severity, who is paged and when, instead of the owning on-call team's escalation policy:
   * levels as in `onCallTeam()` (`"rotation"` or a member of that on-call team), e.g. P1 to the
   * rotation, then the team lead after 15 minutes. PagerDuty gives a service one escalation
   * policy, so each monitored service of the team gets a PagerDuty service of its own for such a
   * severity, `[<env>] <service name> (P1)`, which the targets page for that severity.
   */
  readonly escalation?: { readonly [S in Severity]?: readonly EscalationLevelDefinition[] };
  /**
   * Per severity, the urgency of its PagerDuty incidents: `"high"` notifies responders by their
   * high-urgency rules (phone, push) at any hour; `"low"` by their low-urgency rules, and with
   * `supportHours`, outside working hours the incident waits and turns high-urgency when they
   * start. Default: P0 and P1 high, P2 and P3 low (from the event's severity). Like `escalation`,
   * a severity set here gets a PagerDuty service of its own per monitored service.
   */
  readonly urgency?: { readonly [S in Severity]?: "high" | "low" };
}

/** A team's own places in one environment; each left out is the environment's. */
export interface TeamCloudsDefinition {
  readonly gcp?: EnvironmentDefinition["gcp"];
  readonly aws?: EnvironmentDefinition["aws"];
  readonly grafana?: EnvironmentDefinition["grafana"];
}

export interface EnvironmentDefinition {
  /** Set by `environment()`: what definition folders are collected by. */
  readonly kind?: "environment";
  readonly id: string;
  readonly name: string;
  /** False for environments that must never page a human (staging): routing them to PagerDuty is an error. */
  readonly pages: boolean;
  readonly gcp?: {
    readonly project: string;
    readonly region: string;
  };
  readonly aws?: {
    /** 12-digit account id. */
    readonly account: string;
    readonly region: string;
  };
  readonly grafana?: {
    /** The Grafana instance, e.g. "https://grafana.nous.com". */
    readonly url: string;
    /** The Prometheus-compatible query endpoint dashboards and rules read, e.g. the GMP frontend. */
    readonly prometheusUrl: string;
    /**
     * Where Grafana SLO writes each SLO's recording rules: a Prometheus-compatible data source
     * that accepts recording rules (its ruler API), such as Grafana Mimir, Grafana Cloud's hosted
     * Prometheus (Mimir) or Cortex. Needed where the environment has SLOs with a Prometheus
     * source. A query-only endpoint such as the Managed Service for Prometheus frontend, or a
     * Prometheus server (rules from files only), is rejected.
     */
    readonly sloDestination?: GrafanaSloDestination;
  };
  /**
   * Where this environment's stacks take PagerDuty integration keys from: "stack" (default),
   * cross-stack references to this environment's PagerDuty stack; "variables", sensitive
   * Terraform variables, for running the stacks apart.
   */
  readonly pagerDutyKeys?: "stack" | "variables";
  /**
   * Where this environment's stacks keep Terraform state: "local" (default),
   * "gcs://<bucket>/<prefix>" or "s3://<bucket>/<prefix>?region=<region>[&lock=<table>]".
   * MONITORING_STATE_<ENV> or MONITORING_STATE in the environment override it.
   */
  readonly state?: string;
  /**
   * "team": one stack per service team and target (gcp-prod-backend, ...) besides the shared
   * stack of each target, so each state stays small and plans run in parallel.
   */
  readonly split?: "team";
  /**
   * How the exported Prometheus rules of this environment are split into files: "environment"
   * (default), `<env>/slo.rules.yml` and `<env>/alerts.rules.yml`; "team", the same two files per
   * service team, `<env>/<team>/...`, so that a team's own Prometheus loads only its own rules.
   */
  readonly ruleFiles?: "environment" | "team";
  /** Switch targets off for this environment by id (gcp, aws, grafana, pagerduty); each is on where it is configured. */
  readonly targets?: { readonly [target: string]: boolean };
  /** Values that differ in this environment, merged over the shared definitions by id. */
  readonly overrides?: EnvironmentOverrides;
  /** Labels added to every alert and resource of this environment. */
  readonly labels?: { readonly [key: string]: string };
  /**
   * Label matchers added to every series selector of this environment's exported Prometheus
   * rules (SLI recording rules, no-data alerts, alert rules), for one Prometheus that scrapes
   * several environments: `{ env: "prod" }` makes `http_requests_total{job="api"}` read
   * `http_requests_total{job="api",env="prod"}`. A selector that already matches the label keeps
   * its own matcher. Default: none, each environment has a Prometheus of its own.
   */
  readonly seriesMatchers?: { readonly [label: string]: string };
}

/** Per-environment changes to shared definitions, by id. */
export interface EnvironmentOverrides {
  readonly slos?: { readonly [id: string]: { readonly objective?: number; readonly alerting?: SloAlerting } };
  readonly alerts?: { readonly [id: string]: { readonly severity?: Severity; readonly for?: Duration; readonly enabled?: boolean } };
  readonly cloudWatchAlarms?: {
    readonly [id: string]: { readonly threshold?: number; readonly severity?: Severity; readonly enabled?: boolean };
  };
}

export interface EndpointDefinition {
  readonly id: string;
  /** One URL for every environment, or a URL per environment id (environments without one get no check). */
  readonly url: PerEnvironment<string>;
  /** Severity of the alert when the check fails. Default P1. */
  readonly severity?: Severity;
  /** Default 60s. */
  readonly period?: Duration;
  /** Default 10s. */
  readonly timeout?: Duration;
  /** Required when the severity pages. */
  readonly runbook?: string;
}

/**
 * The places a definition can run on: the targets of the registry (stacks/targets.ts) and
 * "prometheus", the exported Prometheus rules and Alertmanager routes. A target added to the
 * registry adds its id here too, so that `runsOn` takes it.
 */
export const TARGET_IDS = ["gcp", "aws", "grafana", "pagerduty", "prometheus"] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/**
 * Where a service is monitored: target ids (Google Cloud "gcp", "aws", "grafana", "pagerduty",
 * and "prometheus" for the exported Prometheus rules and Alertmanager routes) and environment ids.
 * Each list left out means all of them; an empty list is refused (it would monitor nothing).
 */
export interface RunsOn {
  readonly targets?: readonly TargetId[];
  readonly environments?: readonly string[];
}

export interface ServiceDefinition {
  /** Set by `service()`: what definition folders are collected by. */
  readonly kind?: "service";
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly description?: string;
  readonly endpoints?: readonly EndpointDefinition[];
  /** Where the service runs, and so is monitored; default: its team's `runsOn`, else everywhere. */
  readonly runsOn?: RunsOn;
}

/**
 * A Prometheus instant-vector selector naming a counter, e.g.
 * `http_requests_total{job="nous-api",status=~"5.."}`. The model derives the rate
 * expression for every window and the Cloud Monitoring filter for Managed Prometheus.
 */
export type Selector = string;

/**
 * Counters whose events add up: one selector, or a list of them, e.g. a total that a team only
 * counts as `["success_total", "failed_total"]`. The model writes `sum(rate(a)) + sum(rate(b))`.
 */
export type Counters = Selector | readonly Selector[];

export interface RatioSli extends CloudWatchSource {
  readonly kind: "ratio";
  /**
   * Counters of bad and all events; give either `errors` or `good` with `total`. Each may be a
   * list of counters added up; Cloud Monitoring filters select one metric, so an SLO on Google
   * Cloud with such a sum needs explicit `cloudMonitoring` filters, unless the total is the good
   * (or errors) counter plus one other: that is good + bad, which Cloud Monitoring takes as such.
   */
  readonly prometheus?: { readonly errors?: Counters; readonly good?: Counters; readonly total: Counters };
  /**
   * Cloud Monitoring filters, any two of good, bad and total (its good_total_ratio); derived from
   * `prometheus` (Managed Service for Prometheus) when absent, a total of the good or errors counter
   * plus one other counter becoming good and bad.
   */
  readonly cloudMonitoring?: { readonly bad?: string; readonly good?: string; readonly total?: string };
}

/** The unit a latency histogram records its observations in. */
export type HistogramUnit = "seconds" | "milliseconds";

export interface LatencySli extends CloudWatchSource {
  readonly kind: "latency";
  /** A request is good when it completes within this time. */
  readonly threshold: Duration | `${number}ms`;
  /**
   * The unit of the histogram (and of the Cloud Monitoring distribution): "seconds" (default,
   * the Prometheus convention) or "milliseconds". Every target's threshold is written in it:
   * the bucket's `le` label and the distribution cut of `300ms` are 0.3 in seconds, 300 in milliseconds.
   */
  readonly unit?: HistogramUnit;
  readonly prometheus?: {
    /** The histogram's base name and matchers, e.g. `http_request_duration_seconds{job="nous-api"}`. */
    readonly histogram: Selector;
    /**
     * The `le` label value of the bucket at the threshold, in the histogram's unit, when the client
     * prints it in a form of its own (e.g. "2.00"). Prometheus 2's `le="2"` and Prometheus 3's
     * normalised `le="2.0"` both match without it.
     */
    readonly bucket?: string;
  };
  /** A Cloud Monitoring distribution filter; derived from `prometheus` when absent. */
  readonly cloudMonitoring?: { readonly distribution: string };
  /**
   * A CloudWatch metric with one datapoint per request duration (an ALB's TargetResponseTime, in
   * seconds), instead of `cloudWatch` counts: good requests are its trimmed count up to the
   * threshold, `TC(:0.3)`, all requests its SampleCount. `unit` is the metric's, default the SLI's.
   */
  readonly cloudWatchLatency?: {
    readonly namespace: string;
    readonly metric: string;
    readonly dimensions?: { readonly [name: string]: PerEnvironment<string> };
    readonly unit?: HistogramUnit;
  };
}

export interface FreshnessSli extends CloudWatchSource {
  readonly kind: "freshness";
  /** Data older than this is stale. Each minute is good when the age stays within it. */
  readonly maxAge: Duration;
  /** A gauge of the data's age in seconds, e.g. `time_since_last_sync_seconds{job="nous-sync"}`. */
  readonly prometheus?: { readonly ageSeconds: Selector };
  /** A Cloud Monitoring gauge filter of the age in seconds; derived from `prometheus` when absent. */
  readonly cloudMonitoring?: { readonly ageSeconds: string };
}

/**
 * Time-based (windows-based): each minute is good or bad by a gauge's value, e.g. uptime from
 * `up`: `good: { atLeast: 1 }`. Freshness is the case of an age gauge `atMost` its limit.
 */
export interface TimeBasedSli extends CloudWatchSource {
  readonly kind: "time-based";
  /** Bounds, inclusive, within which every series of the gauge must stay for the minute to be good. */
  readonly good: { readonly atLeast?: number; readonly atMost?: number };
  /** The gauge, e.g. `up{job="nous-api"}`. */
  readonly prometheus?: { readonly gauge: Selector };
  /** A Cloud Monitoring gauge filter; derived from `prometheus` (Managed Service for Prometheus) when absent. */
  readonly cloudMonitoring?: { readonly gauge: string };
}

/** What a Grafana SLO destination is: "mimir" and "cortex" accept recording rules; the others serve reads only. */
export const GRAFANA_SLO_DESTINATION_KINDS = ["mimir", "cortex", "prometheus", "managed-prometheus-frontend"] as const;

export interface GrafanaSloDestination {
  /** The data source's Prometheus API root, e.g. "https://mimir.example.com/prometheus". */
  readonly url: string;
  readonly kind: (typeof GRAFANA_SLO_DESTINATION_KINDS)[number];
}

/** A CloudWatch metric, e.g. an ALB's RequestCount. Dimension values may differ per environment. */
export interface CloudWatchMetric {
  readonly namespace: string;
  readonly metric: string;
  readonly dimensions?: { readonly [name: string]: PerEnvironment<string> };
  /** Sum, Average, Minimum, Maximum, SampleCount or a percentile such as p99. */
  readonly statistic: string;
}

/** Counts of bad (or good) and all events in CloudWatch; SLOs on AWS are metric-math burn-rate alarms. */
export interface CloudWatchSli {
  /** A metric, or a list of metrics whose counts add up (metric math), e.g. a total of successes and failures. */
  readonly errors?: CloudWatchMetric | readonly CloudWatchMetric[];
  readonly good?: CloudWatchMetric | readonly CloudWatchMetric[];
  readonly total: CloudWatchMetric | readonly CloudWatchMetric[];
  /**
   * Failures the load balancer answers itself, counted as bad AND as total events: an ALB's
   * HTTPCode_ELB_5XX_Count, which neither HTTPCode_Target_5XX_Count nor RequestCount includes
   * for requests refused before a target was chosen (no healthy target: 503).
   */
  readonly loadBalancerErrors?: CloudWatchMetric;
}

/** Every SLI kind may also be counted in CloudWatch, as bad (or good) and total events. */
export interface CloudWatchSource {
  readonly cloudWatch?: CloudWatchSli;
}

export type SliDefinition = RatioSli | LatencySli | FreshnessSli | TimeBasedSli;

export type TierId = "page-fast" | "page-slow" | "ticket";

export interface BurnRateTierOverride {
  /** Share of the whole window's error budget this tier may consume in its long window, e.g. 0.02 for 2%. */
  readonly budgetShare?: number;
  readonly longWindow?: Duration;
  /** Default: 1/12 of the long window. */
  readonly shortWindow?: Duration;
  readonly severity?: Severity;
}

export interface SloAlerting {
  /** Override single tiers of the SRE Workbook defaults, or switch one off with `false`. */
  readonly tiers?: { readonly [T in TierId]?: BurnRateTierOverride | false };
  /** Error-budget policy alerts (warning / critical / exhausted); default on. */
  readonly budgetAlerts?: boolean;
  /**
   * The ticket raised when the SLI's series stop (every target's no-data alert); default on. Turn
   * it off for a workload idle by design, such as a queue-fed worker that sees no requests for
   * hours: no data is then no outage. A broken metric pipeline then goes unnoticed by this SLO.
   */
  readonly noData?: boolean;
}

/**
 * One status level of an SLO (SloDefinition.levels): given on the error budget left or on the SLI,
 * exactly one of the two.
 */
export interface SloLevelDefinition {
  /** Fraction of the window's error budget left at or below which the SLO is in this state, e.g. 0.5; 0 means exhausted. */
  readonly budgetLeft?: number;
  /**
   * The SLI in percent over the SLO's window at or below which the SLO is in this state, e.g. 99.5:
   * from the objective (all the budget spent) up to, not including, 100. It means the budget left
   * 1 - (100 - sliBelow) / (100 - objective).
   */
  readonly sliBelow?: number;
  /** How loud the level's alert is. Default: the error-budget policy's severity for this level. */
  readonly severity?: Severity;
}

/** An SLO's own status levels, each replacing the same level of its team's or the organisation's error-budget policy. */
export interface SloLevelsDefinition {
  readonly warning?: SloLevelDefinition;
  readonly critical?: SloLevelDefinition;
  readonly exhausted?: SloLevelDefinition;
}

export interface SloDefinition {
  readonly kind: "slo";
  /** Stable identity: names every resource the SLO creates. Never change it; retitle with `name`. */
  readonly id: string;
  readonly name?: string;
  readonly service: string;
  /** Percent, e.g. 99.9. */
  readonly objective: number;
  /** Rolling window in whole days, e.g. "30d", "28d", "7d". */
  readonly window: Duration;
  readonly sli: SliDefinition;
  readonly runbook: string;
  readonly description?: string;
  readonly alerting?: SloAlerting;
  /**
   * Prometheus label names the SLI is judged by: one SLO per value (per route, tenant, endpoint),
   * e.g. `["route"]`. Every query of the SLI sums `by` them, and an outage of one route fires an
   * alert carrying that route alone. Needs a Prometheus source; CloudWatch sources cannot group.
   * See docs/guides/one-slo-per-route.md.
   */
  readonly groupBy?: readonly string[];
  /**
   * The SLO's status levels (healthy, warning, critical, exhausted) where they differ from its
   * team's or the organisation's error-budget policy, level by level: `{ warning: { sliBelow: 99.5 } }`.
   * They set the budget alerts and colour the dashboards. See docs/concepts/burn-rate-tiers.md.
   */
  readonly levels?: SloLevelsDefinition;
}

export interface AlertRuleDefinition {
  readonly kind: "alert";
  /** Stable identity, kebab-case. */
  readonly id: string;
  /** Alert name as Prometheus shows it (alertname), e.g. "APIDown". */
  readonly name: string;
  readonly service: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly description?: string;
  /** Required when the severity is on call. */
  readonly runbook?: string;
  /** How long the condition must hold before the alert fires. */
  readonly for: Duration;
  /**
   * How long the alert keeps firing after its condition stops holding (Prometheus's and Grafana's
   * `keep_firing_for`), so a condition that flaps pages once and resolves once, e.g. "10m". Google
   * Cloud has no such setting: its incident closes when the condition stops holding, and the
   * policy's documentation says so. Default: resolve at once.
   */
  readonly keepFiringFor?: Duration;
  /**
   * While the alert fires, how often its Slack, email and webhook notifications are sent again:
   * the alert's own `repeat_interval` in the exported Alertmanager tree and in Grafana's policy
   * tree, and Cloud Monitoring's renotify interval for those channels. A multiple of 5m (both trees
   * send at each 5-minute group interval), e.g. "30m". Default: every 4h in Alertmanager and
   * Grafana, never again on Google Cloud. Pages are PagerDuty's: an open incident is not paged twice.
   */
  readonly repeatEvery?: Duration;
  /** At least one of `prometheus` and `googleCloud`. */
  readonly condition: {
    /**
     * A PromQL expression that returns series while the alert condition holds, over the series a
     * Prometheus server (or Managed Service for Prometheus) holds: the exported Prometheus rules,
     * Grafana and, without `googleCloud`, the Google Cloud alert policy evaluate it.
     */
    readonly prometheus?: string;
    /**
     * A PromQL expression over Cloud Monitoring metrics, named as Cloud Monitoring's PromQL names
     * them (https://cloud.google.com/monitoring/promql/promql-mapping): the metric type
     * `run.googleapis.com/request_count` is `run_googleapis_com:request_count`, the monitored
     * resource type is the `monitored_resource` label, a distribution adds `_bucket`, `_sum` or
     * `_count`. Google Cloud system metrics exist only there, so only the Google Cloud alert policy
     * evaluates it (instead of `prometheus`); an alert with only this condition renders nowhere
     * else, and its service must run on `gcp` in some environment.
     */
    readonly googleCloud?: string;
  };
  readonly labels?: { readonly [key: string]: string };
}

export interface LogClassDefinition {
  /** Set by `logClass()`: what definition folders are collected by. */
  readonly kind?: "log-class";
  readonly id: string;
  readonly description: string;
  readonly retentionDays: number;
  /** Cloud Logging filter of the entries that belong to this class. */
  readonly filter: string;
  /**
   * The service team whose logs these are: the class's bucket, sink and log group exist only
   * where the team runs (its services' `runsOn`, Google Cloud and AWS), in the team's own project
   * or account where it has one. Without it the class is the organisation's: in every
   * environment's own project and account, never in a team's.
   */
  readonly team?: string;
  /** Security checks (checkov ids) this class deliberately fails, each with the reason. */
  readonly checkovSkips?: { readonly [checkId: string]: string };
  /**
   * The class's stores hold data that must outlive a careless change: the review refuses a
   * shorter retention (as it refuses, for every class, destroying or replacing a store) unless
   * `acknowledge` says why.
   */
  readonly protected?: boolean;
  /**
   * Stop managing the class: Terraform forgets its log bucket and log group (a `removed` block
   * with `destroy = false`) and the logs stay where they are. Deleting a class from the list
   * instead would destroy them, and the review refuses that.
   */
  readonly retired?: boolean;
  /**
   * Lock the class's Cloud Logging buckets (Cloud Logging's bucket lock) so that no one, this
   * project included, can delete their logs early. **Irreversible**: Cloud Logging cannot unlock a
   * bucket, its retention can never be changed again (longer or shorter), and the bucket can be
   * deleted only once empty (LogBucket.locked in the Cloud Logging API). The review refuses a
   * change that unlocks a locked class or changes its buckets' retention. For logs that must be
   * immutable (audit, regulated records); CloudWatch log groups have no such lock: make the class
   * `protected` too, so a shorter retention there needs `acknowledge`.
   */
  readonly locked?: boolean;
  /**
   * Why a change the review would refuse for this class's stores is intended, e.g. a shorter
   * retention. In a pull request's review it approves the change it comes with: a reason already
   * there at the base approved an earlier change, so a later cut needs a new one. (The deploy's
   * plan gate sees only the definitions being deployed, and takes the reason as written.)
   */
  readonly acknowledge?: string;
}

export interface LogMetricDefinition {
  /** Set by `logMetric()`: what definition folders are collected by. */
  readonly kind?: "log-metric";
  readonly id: string;
  readonly description: string;
  /** The log class whose entries are counted (on AWS, the log group the metric filter watches). */
  readonly logClass: string;
  /** JSON fields and the values an entry must have, e.g. { category: "security", event: "failed_login" }. */
  readonly match: { readonly [field: string]: string | number | boolean };
  /** Metric label -> JSON field it is taken from. Keep cardinality low (no user ids). */
  readonly labels?: { readonly [label: string]: string };
}

export type Comparison = ">" | ">=" | "<" | "<=";

/** How an alarm treats periods without data: chosen per alarm, never left to a default. */
export type MissingData = "missing" | "notBreaching" | "breaching" | "ignore";

/** A CloudWatch alarm on one metric. The catalog in engine/definitions/cloudwatch.ts builds the common ones. */
export interface CloudWatchAlarmDefinition {
  readonly kind: "cloudwatch-alarm";
  readonly id: string;
  readonly service: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly runbook?: string;
  readonly metric: CloudWatchMetric;
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly period: Duration;
  readonly evaluationPeriods: number;
  /** Default: evaluationPeriods. */
  readonly datapointsToAlarm?: number;
  readonly treatMissingData: MissingData;
  /** Why this missing-data treatment: shown in the alarm description. */
  readonly missingDataReason: string;
}

/** A CloudWatch composite alarm over other alarms of the definitions, by id. */
export interface CompositeAlarmDefinition {
  readonly kind: "cloudwatch-composite";
  readonly id: string;
  readonly service: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly runbook?: string;
  /** Fires when all of these alarms are in ALARM. */
  readonly allOf: readonly string[];
}

export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

/** One level of an escalation policy. */
export interface EscalationLevelDefinition {
  /** "rotation" (whoever is on call) or a member's email. */
  readonly notify: string;
  /**
   * Time from the start of the incident by which this level must acknowledge; the next level
   * is notified then. Increases level by level (the NOUS example: 5m, 15m, 30m, 1h).
   */
  readonly respondWithin: Duration;
}

/** An on-call team in PagerDuty. People are referenced by email, never created. */
export interface OnCallTeamDefinition {
  /** Set by `onCallTeam()`: what definition folders are collected by. */
  readonly kind?: "on-call-team";
  readonly id: string;
  readonly name: string;
  /** Service teams (config/services.ts `team`) whose services this on-call team answers for. */
  readonly owns: readonly string[];
  /** Everyone the team references, by their PagerDuty login email. */
  readonly members: readonly string[];
  readonly rotation: {
    /** Members taking turns, in order. */
    readonly responders: readonly string[];
    /** Default 1w. */
    readonly turn?: Duration;
    /** Default Monday 09:00 in America/Sao_Paulo. */
    readonly handoff?: { readonly day: Weekday; readonly time: `${number}:${number}` };
    readonly timeZone?: string;
  };
  readonly escalation: readonly EscalationLevelDefinition[];
  /** How many times the whole policy repeats when nobody acknowledges. Default 2. */
  readonly repeat?: number;
}

/** The Prometheus data source dashboards query, as foundation-sdk panels reference it. */
export interface DataSourceRef {
  readonly type: string;
  readonly uid: string;
}

/** Anything with a foundation-sdk `build()`: a DashboardBuilder. */
export interface DashboardBuilderLike {
  build(): unknown;
}

/** A Grafana dashboard built with @grafana/grafana-foundation-sdk builders, never hand-written JSON. */
export interface DashboardDefinition {
  readonly kind: "dashboard";
  /** Stable identity: the dashboard's uid. */
  readonly id: string;
  /** The service team whose Grafana folder holds it. */
  readonly team: string;
  readonly build: (prometheus: DataSourceRef) => DashboardBuilderLike;
}

/** One state of the error-budget policy: an alert when the remaining budget is at or below `remainingAtOrBelow`. */
export interface BudgetStateDefinition {
  /** Fraction of the window's budget still left, e.g. 0.5; 0 means exhausted. */
  readonly remainingAtOrBelow: number;
  readonly severity: Severity;
}

/** Healthy above 50% remaining, warning 20-50%, critical below 20%, exhausted at 0. */
export interface ErrorBudgetPolicyDefinition {
  /** Set by `errorBudgetPolicy()`: what definition folders are collected by. */
  readonly kind?: "error-budget-policy";
  readonly warning: BudgetStateDefinition;
  readonly critical: BudgetStateDefinition;
  readonly exhausted: BudgetStateDefinition;
}

/**
 * How files in openslo/ that other tools wrote (OpenSLO v1 and v1alpha, Sloth's prometheus/v1)
 * fill what they leave out. At most one per project; without it such a file must say everything.
 */
export interface OpenSloImportDefinition {
  /** Set by `openSloImport()`: what definition folders are collected by. */
  readonly kind?: "openslo-import";
  /**
   * Team owning a service that a file defines without naming one (OpenSLO `metadata.labels.team`,
   * Sloth `labels.team` or `labels.owner`).
   */
  readonly defaultTeam?: string;
  /** Runbook of imported SLOs that name none (OpenSLO annotation `monitoring/runbook`, Sloth `alerting.annotations.runbook`). */
  readonly defaultRunbook?: string;
  /**
   * Values of the `severity` label of Sloth's page and ticket alerts, as severities, e.g.
   * `{ critical: "P1", warning: "P3" }`. Values that are severities (P0-P3) need no entry.
   */
  readonly severityLabels?: { readonly [label: string]: Severity };
}

/** The Alertmanager releases the exported configuration can be written for. */
export const ALERTMANAGER_VERSIONS = ["0.25", "0.26"] as const;

/**
 * How the exported Alertmanager configuration (cdktf.out/alertmanager/alertmanager.yml) is
 * written: at most one per project. Without it, the configuration has no SMTP relay (a route to
 * an email channel is then refused) and its fallback is the first environment's P2 route.
 */
export interface AlertmanagerDefinition {
  /** Set by `alertmanager()`: what definition folders are collected by. */
  readonly kind?: "alertmanager";
  /**
   * The SMTP relay email channels are sent through, e.g. { smarthost: "smtp.example.com:587", from: "alertmanager@example.com" }.
   * `authUsername`: the user the relay authenticates; its password is read from the file
   * `smtp-password` of the secrets folder, never written here.
   */
  readonly smtp?: { readonly smarthost: string; readonly from: string; readonly authUsername?: string };
  /**
   * Where an alert goes that names no environment the routing knows: ids of the organisation's
   * channels (never a team's, nor PagerDuty). Default: the first environment's P2 route.
   */
  readonly fallback?: readonly string[];
  /**
   * The Alertmanager release the configuration is for: "0.26" (default), and newer, read a
   * webhook's secret URL from a file (`url_file`); "0.25" (Debian 12's package) cannot, so
   * webhook channels reached through Alertmanager are refused for it.
   */
  readonly version?: (typeof ALERTMANAGER_VERSIONS)[number];
}

/** Everything the project is built from: what the definition folders hold, collected by kind. */
export interface Definitions {
  readonly severities: readonly SeverityDefinition[];
  readonly channels: readonly ChannelDefinition[];
  readonly environments: readonly EnvironmentDefinition[];
  readonly routing: RoutingDefinition;
  readonly errorBudgetPolicy: ErrorBudgetPolicyDefinition;
  readonly services: readonly ServiceDefinition[];
  /** Service teams with their own destinations and routes; optional. */
  readonly teams?: readonly TeamDefinition[];
  readonly slos: readonly SloDefinition[];
  readonly alerts: readonly AlertRuleDefinition[];
  readonly logClasses: readonly LogClassDefinition[];
  readonly logMetrics: readonly LogMetricDefinition[];
  readonly cloudWatchAlarms: readonly (CloudWatchAlarmDefinition | CompositeAlarmDefinition)[];
  readonly onCall: readonly OnCallTeamDefinition[];
  readonly dashboards: readonly DashboardDefinition[];
  /** Where this repository's files are browsable: runbooks/<name>.md links resolve against it. */
  readonly repositoryUrl: string;
  /** How OpenSLO and Sloth files in openslo/ are read, when they leave something out. */
  readonly openSlo?: OpenSloImportDefinition;
  /** How the exported Alertmanager configuration is written: SMTP relay, fallback, release. */
  readonly alertmanager?: AlertmanagerDefinition;
  /** The project folder the definitions were read from; openslo/ and runbooks/ are read under it. */
  readonly root?: string;
  /** Where each definition was written, by the name problems give it (`slo "api-availability"`). */
  readonly origins?: Readonly<Record<string, { readonly file: string; readonly line: number }>>;
}
