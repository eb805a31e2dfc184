/**
 * Gathers every definition the app synthesizes. An SLO or alert added as a new export in an
 * existing file of slos/ or alerts/ is picked up here; a new file is added to its list below.
 */
import * as awsAlarms from "./alerts/aws";
import * as criticalAlerts from "./alerts/critical";
import * as highAlerts from "./alerts/high";
import * as mediumAlerts from "./alerts/medium";
import { channels } from "./config/channels";
import { environments } from "./config/environments";
import { errorBudgetPolicy } from "./config/error-budget-policy";
import { onCall } from "./config/oncall";
import { repositoryUrl } from "./config/repository";
import { routing } from "./config/routing";
import { services } from "./config/services";
import { severities } from "./config/severities";
import { logClasses } from "./logs/classes";
import { logMetrics } from "./logs/metrics";
import * as agentPerformance from "./dashboards/agent-performance";
import * as businessMetrics from "./dashboards/business-metrics";
import * as systemHealth from "./dashboards/system-health";
import * as apiSlos from "./slos/api";
import * as dataSyncSlos from "./slos/data-sync";
import { collect, type Definitions } from "./engine/definitions";

export const definitions: Definitions = {
  severities,
  channels,
  environments,
  routing,
  errorBudgetPolicy,
  services,
  slos: collect("slo", [apiSlos, dataSyncSlos]),
  alerts: collect("alert", [criticalAlerts, highAlerts, mediumAlerts]),
  logClasses,
  logMetrics,
  onCall,
  dashboards: collect("dashboard", [systemHealth, agentPerformance, businessMetrics]),
  repositoryUrl,
  cloudWatchAlarms: collect(["cloudwatch-alarm", "cloudwatch-composite"], [awsAlarms]),
};
