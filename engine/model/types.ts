/**
 * The validated, normalized model every target renders. Every number a target needs is
 * computed here once; constructs only map these fields onto resources.
 */
import type { GrafanaSloDestination, HistogramUnit, Severity, TierId } from "../definitions/types";
import type { VectorSelector } from "./promql";

export interface SeverityModel {
  readonly id: Severity;
  readonly name: string;
  readonly description: string;
  readonly responseTimeSeconds: number;
  readonly onCall: boolean;
}

export type ChannelModel =
  | { readonly kind: "pagerduty"; readonly id: string }
  | {
      readonly kind: "slack";
      readonly id: string;
      readonly channel: string;
      readonly slackIds?: { readonly workspace: string; readonly channel: string };
      /** The Slack credential that posts here, when not the organisation's (SlackChannelDefinition.credential). */
      readonly credential?: string;
    }
  | { readonly kind: "email"; readonly id: string; readonly address: string }
  | { readonly kind: "webhook"; readonly id: string; readonly description: string };

/** Where each severity goes. */
export type RoutesModel = Readonly<Record<Severity, readonly ChannelModel[]>>;

/**
 * That a target notifies someone about this service at this severity in an environment: an alert,
 * SLO tier, budget, no-data or uptime alert it renders. Channels, topics, contact points and
 * PagerDuty integrations exist only for what some send uses.
 */
export interface Send {
  readonly service: Pick<ServiceModel, "id" | "team" | "pagerDuty">;
  readonly severity: Severity;
}

/** A service team's response expectations, every severity resolved. */
export interface TeamModel {
  readonly id: string;
  readonly name: string;
  /** Per severity: the team's own, else the organisation's response time. */
  readonly respondWithinSeconds: Readonly<Record<Severity, number>>;
  /** PagerDuty support hours: days 1 (Monday) to 7, times "HH:MM:SS". */
  readonly supportHours?: { readonly timeZone: string; readonly days: readonly number[]; readonly start: string; readonly end: string };
  /**
   * Severities the team answers its own way in PagerDuty (their own PagerDuty service per
   * monitored service, see ServiceModel.pagerDuty): an escalation policy of its own, an urgency.
   */
  readonly pagerDuty: {
    readonly [S in Severity]?: { readonly escalation?: readonly EscalationLevelModel[]; readonly urgency?: "high" | "low" };
  };
}

/** One level of an escalation policy. */
export interface EscalationLevelModel {
  /** "rotation" or a member's email. */
  readonly notify: string;
  readonly respondWithinSeconds: number;
  /** Minutes this level has before the next one is notified. */
  readonly escalationDelayMinutes: number;
}

export interface EnvironmentModel {
  readonly id: string;
  readonly name: string;
  readonly pages: boolean;
  readonly gcp?: { readonly project: string; readonly region: string };
  readonly aws?: { readonly account: string; readonly region: string };
  readonly grafana?: {
    readonly url: string;
    readonly prometheusUrl: string;
    /** Where Grafana SLO writes recording rules; validated to accept them. */
    readonly sloDestination?: GrafanaSloDestination;
  };
  readonly pagerDutyKeys: "stack" | "variables";
  readonly split?: "team";
  /** Exported Prometheus rule files: one pair per environment, or per team in it. */
  readonly ruleFiles: "environment" | "team";
  /** Targets switched off (false) for this environment by id; a target is on where it is configured otherwise. */
  readonly targets: { readonly [target: string]: boolean };
  readonly state?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Added to every series selector of the environment's exported Prometheus rules (EnvironmentDefinition.seriesMatchers). */
  readonly seriesMatchers: Readonly<Record<string, string>>;
  /** The organisation's routing matrix row of this environment: where each severity goes. */
  readonly routes: RoutesModel;
  /**
   * Where each service team's alerts go in this environment: the organisation's routes with the
   * team's overrides on top. Every team with a service that runs here is listed, and no other
   * (see runsIn); read it with routesFor.
   */
  readonly teamRoutes: Readonly<Record<string, RoutesModel>>;
  /** Teams with their own project, account or Grafana here, by team id: keyed like the environment's own (gcp, aws, grafana). */
  readonly teamClouds: Readonly<Record<string, Pick<EnvironmentModel, "gcp" | "aws" | "grafana">>>;
}

export interface EndpointModel {
  readonly id: string;
  readonly service: string;
  /** URL per environment id; environments without one get no check. */
  readonly urls: Readonly<Record<string, string>>;
  readonly severity: Severity;
  readonly periodSeconds: number;
  readonly timeoutSeconds: number;
  readonly runbook?: string;
}

export interface ServiceModel {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly description: string;
  readonly endpoints: readonly EndpointModel[];
  /** Target and environment ids the service runs on; a list left out means all. */
  readonly runsOn: { readonly targets?: readonly string[]; readonly environments?: readonly string[] };
  /**
   * Per severity, the id of the PagerDuty service its pages open incidents in: the service's id,
   * or `<id>-p1` where its team answers that severity its own way (TeamModel.pagerDuty). Every
   * target pages, and the PagerDuty stack keys its integrations, by this id.
   */
  readonly pagerDuty: Readonly<Record<Severity, string>>;
}

/** Cloud Monitoring form of an SLI, when the SLO has one. */
export type CloudMonitoringSli =
  /** Any two of good, bad and total, as Cloud Monitoring's good_total_ratio takes them. */
  | { readonly kind: "ratio"; readonly good?: string; readonly bad?: string; readonly total?: string }
  /** `max`: the threshold in the distribution's unit. */
  | { readonly kind: "distribution"; readonly filter: string; readonly max: number; readonly unit: HistogramUnit }
  /** Windows-based: a minute is good when the gauge's mean stays within [min, max]. */
  | { readonly kind: "gauge-range"; readonly filter: string; readonly min?: number; readonly max?: number };

/**
 * Prometheus form of an SLI, when the SLO has one. `groupBy`: the label names every query of it
 * sums by (the SLO's `groupBy`), absent for an SLO judged as a whole.
 */
export type PrometheusSli = { readonly groupBy?: readonly string[] } &
  /** Each part is one or more counters whose events add up. */
  (
    | {
        readonly kind: "ratio";
        readonly errors?: readonly VectorSelector[];
        readonly good?: readonly VectorSelector[];
        readonly total: readonly VectorSelector[];
      }
    /** `threshold`: the bucket's upper bound in the histogram's unit; `bucket` matches its `le` in every form Prometheus writes. */
    | {
        readonly kind: "latency";
        readonly bucket: VectorSelector;
        readonly count: VectorSelector;
        readonly threshold: number;
        readonly unit: HistogramUnit;
      }
    /**
     * Judged per minute: good while every series of the gauge stays within [atLeast, atMost]
     * (freshness: age at most its limit). `stepSeconds` is the minute (verify scales it down with
     * the windows).
     */
    | {
        readonly kind: "minutes";
        readonly gauge: VectorSelector;
        readonly stepSeconds: number;
        readonly atLeast?: number;
        readonly atMost?: number;
      }
  );

/** A CloudWatch metric with its dimensions resolved per environment id (absent: not in that environment). */
export interface CloudWatchMetricModel {
  readonly namespace: string;
  readonly metric: string;
  readonly statistic: string;
  readonly dimensions: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Each part is one or more metrics whose counts add up. */
export interface CloudWatchSliModel {
  readonly errors?: readonly CloudWatchMetricModel[];
  readonly good?: readonly CloudWatchMetricModel[];
  readonly total: readonly CloudWatchMetricModel[];
  /** Counted as bad and as total events (CloudWatchSli.loadBalancerErrors). */
  readonly loadBalancerErrors?: CloudWatchMetricModel;
}

export interface SliModel {
  readonly kind: "ratio" | "latency" | "freshness" | "time-based";
  readonly prometheus?: PrometheusSli;
  readonly cloudMonitoring?: CloudMonitoringSli;
  readonly cloudWatch?: CloudWatchSliModel;
}

/** One multiwindow burn-rate alert: fires when both windows burn faster than `factor`. */
export interface BurnRateTier {
  readonly id: TierId;
  readonly severity: Severity;
  /** Share of the window's budget spent in the long window when the tier fires, e.g. 0.02. */
  readonly budgetShare: number;
  /** The same share in percent, as texts show it (2 for 0.02). */
  readonly budgetSharePercent: number;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
  /** Burn rate: budgetShare x SLO window / long window (14.4 for 2% in 1h of 30d). */
  readonly factor: number;
  /** Error ratio the burn rate corresponds to: factor x (1 - objective) (0.0144 for 14.4x at 99.9%). */
  readonly errorRatioThreshold: number;
  /** Seconds from the start of a total outage (100% errors) until both windows exceed the threshold. */
  readonly detectionSeconds: number;
  /** Set when a backend's lookback limit made this tier replace a wider one. */
  readonly replaces?: {
    readonly longWindowSeconds: number;
    readonly shortWindowSeconds: number;
    readonly factor: number;
    readonly reason: string;
  };
}

export interface BudgetAlertModel {
  readonly state: "warning" | "critical" | "exhausted";
  readonly remainingAtOrBelow: number;
  /** The same level in whole percent, as texts show it (20 for 0.2). */
  readonly remainingPercent: number;
  readonly severity: Severity;
}

/** One status level of one SLO: its policy's level or its own (SloDefinition.levels), with the SLI value it means. */
export interface SloLevelModel extends BudgetAlertModel {
  /** The SLI over the SLO's window, in percent, at which this much budget is left: 100 - (1 - left) x (100 - objective). */
  readonly sliAtOrBelow: number;
  /** Set by the SLO itself (SloDefinition.levels), not taken from its error-budget policy. */
  readonly own: boolean;
}

export interface SloModel {
  readonly id: string;
  readonly name: string;
  readonly service: ServiceModel;
  readonly description: string;
  /** Percent, e.g. 99.9. */
  readonly objective: number;
  /** Fraction, e.g. 0.999. */
  readonly goal: number;
  /** Allowed bad fraction, e.g. 0.001. */
  readonly errorBudget: number;
  readonly windowSeconds: number;
  readonly windowDays: number;
  /** Minutes of total outage the window's budget allows (43.2 for 99.9% over 30 days). */
  readonly errorBudgetMinutes: number;
  readonly sli: SliModel;
  readonly tiers: readonly BurnRateTier[];
  /** The tiers a target with a limited burn-rate lookback really deploys, by target id (see tiersOn). */
  readonly deployedTiers: Readonly<Record<string, readonly BurnRateTier[]>>;
  /** The SLO's status levels, warning, critical and exhausted: its own where it sets them, else its policy's. */
  readonly levels: readonly SloLevelModel[];
  /** The levels that alert: all of them, none where the SLO turns budget alerts off. */
  readonly budgetAlerts: readonly SloLevelModel[];
  /** False where the SLO turns its no-data ticket off (`alerting.noData`). */
  readonly noDataAlert: boolean;
  readonly runbook: string;
  /** Label names the SLO is judged by, one SLO per value (see SloDefinition.groupBy); empty for an SLO judged as a whole. */
  readonly groupBy: readonly string[];
}

export interface AlertRuleModel {
  readonly id: string;
  readonly name: string;
  readonly service: ServiceModel;
  readonly severity: Severity;
  readonly summary: string;
  readonly description: string;
  readonly runbook?: string;
  readonly forSeconds: number;
  /** How long Prometheus and Grafana keep the alert firing after its condition stops holding. */
  readonly keepFiringForSeconds?: number;
  /** How often its Slack, email and webhook notifications repeat while it fires. */
  readonly repeatEverySeconds?: number;
  /** What Prometheus, Grafana and (without `googleCloud`) Google Cloud evaluate. */
  readonly prometheus?: string;
  /** What the Google Cloud alert policy evaluates instead of `prometheus`: PromQL over Cloud Monitoring metrics. */
  readonly googleCloud?: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface LogClassModel {
  readonly id: string;
  readonly description: string;
  readonly retentionDays: number;
  readonly filter: string;
  /** checkov check id -> why this class deliberately fails it. */
  readonly checkovSkips: Readonly<Record<string, string>>;
  /** Retention may shrink only with `acknowledged`. */
  readonly protected: boolean;
  /** Terraform forgets the class's stores; their data stays. */
  readonly retired: boolean;
  /** Cloud Logging's bucket lock: irreversible; the retention can never change again. */
  readonly locked: boolean;
  /** Why a change to the stores that the review would refuse is intended. */
  readonly acknowledged?: string;
  /** The service team whose logs these are: stored only where it runs, in its own project or account; absent: the organisation's. */
  readonly team?: string;
}

export interface LogMetricModel {
  readonly id: string;
  readonly description: string;
  readonly logClass: string;
  /** The match as a Cloud Logging filter over jsonPayload. */
  readonly cloudLoggingFilter: string;
  /** The match as a CloudWatch Logs JSON filter pattern. */
  readonly cloudWatchPattern: string;
  /** Metric label -> JSON field. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface CloudWatchAlarmModel {
  readonly kind: "metric";
  readonly id: string;
  readonly service: ServiceModel;
  readonly severity: Severity;
  readonly summary: string;
  readonly runbook?: string;
  readonly metric: CloudWatchMetricModel;
  readonly comparison: ">" | ">=" | "<" | "<=";
  readonly threshold: number;
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
  readonly missingDataReason: string;
}

export interface CompositeAlarmModel {
  readonly kind: "composite";
  readonly id: string;
  readonly service: ServiceModel;
  readonly severity: Severity;
  readonly summary: string;
  readonly runbook?: string;
  /** Ids of the alarms that must all be in ALARM. */
  readonly allOf: readonly string[];
}

export interface OnCallTeamModel {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
  /** Ids of the services whose pages this team answers. */
  readonly services: readonly string[];
  readonly rotation: {
    readonly responders: readonly string[];
    readonly turnSeconds: number;
    readonly handoffDay: string;
    readonly handoffTime: string;
    readonly timeZone: string;
    /** First handoff, ISO 8601 with the zone's offset, on a fixed past date so output is stable. */
    readonly start: string;
  };
  readonly escalation: readonly EscalationLevelModel[];
  readonly repeat: number;
}

export interface DashboardModel {
  /** Also the dashboard's uid. */
  readonly id: string;
  readonly team: string;
  readonly title: string;
  /**
   * A definition's dashboard JSON from its foundation-sdk builder, with every panel query (checked
   * with the PromQL grammar); or the SLO overview a team's Prometheus SLOs generate.
   */
  readonly content:
    | {
        readonly kind: "definition";
        readonly json: Readonly<Record<string, unknown>>;
        readonly queries: readonly { readonly panel: string; readonly refId: string; readonly expr: string }[];
      }
    | { readonly kind: "slo-overview"; readonly slos: readonly SloModel[] };
  /** The definition and field the uid comes from: the dashboard's id, or the team of a generated SLO overview. */
  readonly uidFrom: { readonly where: string; readonly field: string };
}

/** The exported Alertmanager configuration's settings (AlertmanagerDefinition), resolved. */
export interface AlertmanagerModel {
  readonly smtp?: { readonly smarthost: string; readonly from: string; readonly authUsername?: string };
  /** Where an alert of no known environment goes: the organisation's channels, no pager. */
  readonly fallback: readonly ChannelModel[];
  readonly version: "0.25" | "0.26";
}

export interface Model {
  readonly severities: readonly SeverityModel[];
  readonly channels: readonly ChannelModel[];
  readonly environments: readonly EnvironmentModel[];
  readonly services: readonly ServiceModel[];
  readonly slos: readonly SloModel[];
  readonly alerts: readonly AlertRuleModel[];
  readonly logClasses: readonly LogClassModel[];
  readonly logMetrics: readonly LogMetricModel[];
  readonly cloudWatchAlarms: readonly (CloudWatchAlarmModel | CompositeAlarmModel)[];
  readonly onCall: readonly OnCallTeamModel[];
  /** Every service team, with its response expectations. */
  readonly teams: readonly TeamModel[];
  readonly dashboards: readonly DashboardModel[];
  /** Runbook links are resolved against it; a link under it names a file of this repository. */
  readonly repositoryUrl: string;
  readonly alertmanager: AlertmanagerModel;
  /** The model as an environment with overrides sees it; environments without overrides use this one. */
  readonly environmentModels: Readonly<Record<string, Model>>;
}
