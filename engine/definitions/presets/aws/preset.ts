/**
 * What every AWS preset shares: its options (id prefix, service, severity, runbook, per-alarm
 * overrides) and the one function that turns a preset's table of alarms into alarm definitions,
 * so each preset file holds only its metrics and the reasons for their defaults.
 */
import type { CloudWatchAlarmDefinition, Severity } from "../../types";

/** Changes to one alarm of a preset; `enabled: false` leaves it out. */
export interface PresetAlarmOverride {
  readonly threshold?: number;
  readonly severity?: Severity;
  readonly runbook?: string;
  readonly enabled?: boolean;
}

/** The options every preset takes; `K` are its alarm keys. */
export interface AwsPresetOptions<K extends string> {
  /** Prefix of the alarm ids: an alarm's id is `<id>-<alarm key in kebab-case>`. */
  readonly id: string;
  /** The service the alarms belong to (config/services.ts). */
  readonly service: string;
  /** Severity of every alarm of the preset; default: each alarm's own (P2 or P3, none pages). */
  readonly severity?: Severity;
  /** Runbook of every alarm of the preset; required when a severity pages. */
  readonly runbook?: string;
  /** Per-alarm overrides, by alarm key. */
  readonly alarms?: { readonly [A in K]?: PresetAlarmOverride };
}

/** One alarm of a preset, as its table writes it: an alarm without its identity, severity optional (default P2). */
export type PresetAlarm = Omit<CloudWatchAlarmDefinition, "kind" | "id" | "service" | "severity" | "runbook"> & {
  readonly severity?: Severity;
  /** False when the resource the alarm watches was not given (an optional dead-letter queue). */
  readonly available?: boolean;
};

/** `oldestMessageAge` -> `oldest-message-age`. */
export function kebab(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/**
 * The alarm definitions of a preset: each alarm of `table` that is available and not disabled,
 * with the options' severity, runbook and overrides applied (an alarm's own override first).
 */
export function presetAlarms<K extends string>(
  options: AwsPresetOptions<K>,
  table: { readonly [A in K]: PresetAlarm },
): readonly CloudWatchAlarmDefinition[] {
  return (Object.keys(table) as K[]).flatMap((key) => {
    const alarm = table[key];
    const override: PresetAlarmOverride = options.alarms?.[key] ?? {};
    if (alarm.available === false || override.enabled === false) return [];
    const { available: _available, severity, ...rest } = alarm;
    return [
      {
        kind: "cloudwatch-alarm" as const,
        ...rest,
        id: `${options.id}-${kebab(key)}`,
        service: options.service,
        severity: override.severity ?? options.severity ?? severity ?? "P2",
        runbook: override.runbook ?? options.runbook,
        threshold: override.threshold ?? alarm.threshold,
      },
    ];
  });
}
