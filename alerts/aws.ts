import {
  alb5xxHigh,
  albLatencyHigh,
  compositeAlarm,
  ecsCpuHigh,
  ecsMemoryHigh,
  rdsConnectionsHigh,
  rdsCpuHigh,
  rdsStorageLow,
} from "../engine/definitions";

/**
 * CloudWatch alarms for the API's AWS footprint: its ECS service, RDS instance and
 * load balancer, by their names in each environment. Replace the names with your own.
 */
export const api = {
  cluster: { prod: "nous-prod", staging: "nous-staging" },
  ecsService: "nous-api",
  database: { prod: "nous-prod-db", staging: "nous-staging-db" },
  /** ARN suffixes of the API's Application Load Balancers. */
  loadBalancer: { prod: "app/nous-prod-api/50dc6c495c0c9188", staging: "app/nous-staging-api/6d0ecf831eec9f09" },
};

export const apiEcsCpu = ecsCpuHigh({ id: "api-ecs-cpu-high", service: "api", cluster: api.cluster, ecsService: api.ecsService });
export const apiEcsMemory = ecsMemoryHigh({ id: "api-ecs-memory-high", service: "api", cluster: api.cluster, ecsService: api.ecsService });
export const apiRdsCpu = rdsCpuHigh({ id: "api-rds-cpu-high", service: "database", instance: api.database });
export const apiRdsConnections = rdsConnectionsHigh({ id: "api-rds-connections-high", service: "database", instance: api.database });
export const apiRdsStorage = rdsStorageLow({ id: "api-rds-storage-low", service: "database", instance: api.database });
export const apiAlb5xx = alb5xxHigh({ id: "api-alb-5xx-high", service: "api", loadBalancer: api.loadBalancer });
export const apiAlbLatency = albLatencyHigh({ id: "api-alb-latency-high", service: "api", loadBalancer: api.loadBalancer });

/** The API is degraded when it is slow AND failing; that pages. */
export const apiDegraded = compositeAlarm({
  id: "api-degraded",
  service: "api",
  severity: "P1",
  summary: "API is degraded (high latency AND high error rate)",
  allOf: [apiAlbLatency.id, apiAlb5xx.id],
  runbook: "https://docs.nous.com/runbooks/api-degraded",
});
