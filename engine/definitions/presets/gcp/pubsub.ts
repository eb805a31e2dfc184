/**
 * Pub/Sub subscriptions: alert policies over the metrics Pub/Sub writes to Cloud Monitoring
 * (pubsub.googleapis.com, monitored resource `pubsub_subscription`, labelled `subscription_id`).
 * Metric types, kinds and units from Google's list of Google Cloud metrics, "pubsub" section:
 * https://cloud.google.com/monitoring/api/metrics_gcp
 *
 * - `subscription/oldest_unacked_message_age`: GAUGE, INT64, in seconds.
 * - `subscription/num_undelivered_messages`: GAUGE, INT64, the backlog of unacknowledged messages.
 * - `subscription/dead_letter_message_count`: DELTA, INT64, messages Pub/Sub could not deliver
 *   and published to the subscription's dead-letter topic.
 */
import type { AlertRuleDefinition, PerEnvironment } from "../../types";
import { labelMatcher, presetAlerts, selector, type GcpPresetOptions } from "./preset";

/** The alerts of `pubSubSubscription()`. */
export type PubSubAlert = "oldestUnackedAge" | "backlog" | "deadLetters";

/** Options of `pubSubSubscription()`: the preset's options and the subscription to watch. */
export interface PubSubOptions extends GcpPresetOptions<PubSubAlert> {
  /** The subscription's id (the `subscription_id` label), or one per environment id. */
  readonly subscription: PerEnvironment<string>;
}

const RESOURCE = 'monitored_resource="pubsub_subscription"';

/**
 * Alert policies for a Pub/Sub subscription:
 *
 * - `oldestUnackedAge`: the oldest unacknowledged message older than `threshold` seconds
 *   (default 600: the longest ack deadline a subscription can have, `ackDeadlineSeconds` in
 *   https://cloud.google.com/pubsub/docs/reference/rest/v1/projects.subscriptions, so such a
 *   message was handed out and not acknowledged in time at least once), for 5m, P1. The symptom of subscribers that stopped or fall behind, whatever the traffic.
 * - `backlog`: more than `threshold` undelivered messages (default 1000: a starting point; the
 *   right figure is a few minutes of the topic's publish rate), for 10m, P2.
 * - `deadLetters`: any message dead-lettered in the last 5 minutes (`threshold` default 0), for
 *   0s, P2. Only subscriptions with a dead-letter topic write it; without one, no alert.
 *
 * An empty subscription still reports its gauges (0 messages, age 0); a subscription with no
 * samples at all (deleted, or no data yet) fires nothing.
 */
export function pubSubSubscription(options: PubSubOptions): readonly AlertRuleDefinition[] {
  const subscription = labelMatcher("subscription_id", options.subscription);
  const series = (metric: string) => selector(metric, RESOURCE, subscription);
  return presetAlerts(options, {
    oldestUnackedAge: {
      name: "PubSubOldestUnackedMessageOld",
      summary: (t) => `Pub/Sub subscription holds a message unacknowledged for more than ${t} s`,
      threshold: 600,
      for: "5m",
      severity: "P1",
      condition: (t) => `max(${series("pubsub_googleapis_com:subscription_oldest_unacked_message_age")}) > ${t}`,
    },
    backlog: {
      name: "PubSubBacklogHigh",
      summary: (t) => `Pub/Sub subscription has more than ${t} undelivered messages`,
      threshold: 1000,
      for: "10m",
      severity: "P2",
      condition: (t) => `sum(${series("pubsub_googleapis_com:subscription_num_undelivered_messages")}) > ${t}`,
    },
    deadLetters: {
      name: "PubSubDeadLetters",
      summary: () => "Pub/Sub dead-lettered messages of the subscription",
      threshold: 0,
      for: "0s",
      severity: "P2",
      condition: (t) => `sum(increase(${series("pubsub_googleapis_com:subscription_dead_letter_message_count")}[5m])) > ${t}`,
    },
  });
}
