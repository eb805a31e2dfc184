/**
 * Google Cloud presets: the alert policies a team wants for a managed service, over the metrics
 * the service writes to Cloud Monitoring (`condition.googleCloud`, rendered on Google Cloud only).
 */
import type { AlertRuleDefinition } from "../../types";
import { cloudFunction } from "./cloud-functions";
import { cloudRun } from "./cloud-run";
import { cloudSql } from "./cloud-sql";
import { gkeWorkload } from "./gke";
import { httpsLoadBalancer } from "./https-load-balancer";
import { memorystoreRedis } from "./memorystore-redis";
import { pubSubSubscription } from "./pubsub";

export * from "./cloud-functions";
export * from "./cloud-run";
export * from "./cloud-sql";
export * from "./gke";
export * from "./https-load-balancer";
export * from "./memorystore-redis";
export * from "./pubsub";
export type { PresetAlertOptions, GcpPresetOptions } from "./preset";

/** One Google Cloud preset, for the reference page: its function, the monitored resource it reads, its metrics' documentation, an example. */
export interface GcpPresetEntry {
  /** The function's name, e.g. "cloudRun". */
  readonly preset: string;
  /** The Cloud Monitoring monitored resource type its metrics are written against. */
  readonly resource: string;
  /** Where Google documents the metrics it reads. */
  readonly docs: string;
  /** The preset called with sample resource names. */
  readonly example: () => readonly AlertRuleDefinition[];
}

const METRICS_GCP = "https://cloud.google.com/monitoring/api/metrics_gcp";

/** Every Google Cloud preset, with sample resource names. */
export const GCP_PRESETS: readonly GcpPresetEntry[] = [
  {
    preset: "cloudRun",
    resource: "cloud_run_revision",
    docs: METRICS_GCP,
    example: () =>
      cloudRun({ id: "checkout", service: "checkout", serviceName: "checkout-api", runbook: "https://runbooks.example.com/checkout" }),
  },
  {
    preset: "cloudSql",
    resource: "cloudsql_database",
    docs: "https://cloud.google.com/sql/docs/mysql/admin-api/metrics",
    example: () =>
      cloudSql({
        id: "orders-db",
        service: "checkout",
        databaseId: { prod: "acme-prod:orders", staging: "acme-staging:orders" },
        runbook: "https://runbooks.example.com/orders-db",
      }),
  },
  {
    preset: "pubSubSubscription",
    resource: "pubsub_subscription",
    docs: METRICS_GCP,
    example: () =>
      pubSubSubscription({
        id: "order-events",
        service: "checkout",
        subscription: "order-events-worker",
        runbook: "https://runbooks.example.com/order-events",
      }),
  },
  {
    preset: "gkeWorkload",
    resource: "k8s_container",
    docs: "https://cloud.google.com/monitoring/api/metrics_kubernetes",
    example: () =>
      gkeWorkload({
        id: "checkout-pods",
        service: "checkout",
        namespace: "checkout",
        workload: "checkout-api",
        runbook: "https://runbooks.example.com/checkout",
      }),
  },
  {
    preset: "cloudFunction",
    resource: "cloud_function",
    docs: METRICS_GCP,
    example: () =>
      cloudFunction({
        id: "thumbnails",
        service: "media",
        functionName: "make-thumbnail",
        runbook: "https://runbooks.example.com/thumbnails",
      }),
  },
  {
    preset: "httpsLoadBalancer",
    resource: "https_lb_rule",
    docs: METRICS_GCP,
    example: () =>
      httpsLoadBalancer({
        id: "storefront-lb",
        service: "checkout",
        urlMap: "storefront-url-map",
        runbook: "https://runbooks.example.com/storefront",
      }),
  },
  {
    preset: "memorystoreRedis",
    resource: "redis_instance",
    docs: METRICS_GCP,
    example: () =>
      memorystoreRedis({
        id: "sessions-redis",
        service: "checkout",
        instance: "projects/acme-prod/locations/us-central1/instances/sessions",
        runbook: "https://runbooks.example.com/sessions-redis",
      }),
  },
];
