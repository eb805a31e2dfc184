/**
 * One cloud resource, one owner. Stacks are separate Terraform states: two of them that manage a
 * resource of one name in one place (a CloudWatch alarm name in an account and region, a log
 * bucket in a project, a Grafana folder uid in one Grafana, a PagerDuty service name) would each
 * overwrite the other's on every apply, and a destroy in one would delete the other's. Read from
 * the synthesized stacks of every environment, before the output is swapped in.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../engine/model/problems";

type Values = Record<string, unknown>;
interface StackJson {
  provider?: Record<string, Values[]>;
  resource?: Record<string, Record<string, Values>>;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The provider block a resource uses: its `provider = "<type>.<alias>"`, or the default one. */
function providerOf(stack: StackJson, kind: string, values: Values): Values {
  const blocks = stack.provider?.[kind] ?? [];
  const alias = str(values.provider)?.split(".")[1];
  return blocks.find((b) => (alias === undefined ? b.alias === undefined : b.alias === alias)) ?? {};
}

function awsPlace(stack: StackJson, values: Values, regional = true): string {
  const p = providerOf(stack, "aws", values);
  const account = ((p.allowed_account_ids as string[] | undefined) ?? ["an unnamed account"]).join(",");
  return regional ? `AWS account ${account} in ${str(p.region) ?? "the default region"}` : `AWS account ${account}`;
}
const gcpPlace = (stack: StackJson, values: Values) =>
  `Google Cloud project ${str(values.project) ?? str(providerOf(stack, "google", values).project) ?? "(the provider's)"}`;
const grafanaPlace = (stack: StackJson, values: Values) => `the Grafana at ${str(providerOf(stack, "grafana", values).url) ?? "(unnamed)"}`;

/** Per resource type: where its name must be unique, and the name. */
const UNIQUE: Record<string, (stack: StackJson, v: Values) => { place: string; name: string | undefined }> = {
  aws_cloudwatch_metric_alarm: (s, v) => ({ place: awsPlace(s, v), name: str(v.alarm_name) }),
  aws_cloudwatch_composite_alarm: (s, v) => ({ place: awsPlace(s, v), name: str(v.alarm_name) }),
  aws_sns_topic: (s, v) => ({ place: awsPlace(s, v), name: str(v.name) }),
  aws_cloudwatch_log_group: (s, v) => ({ place: awsPlace(s, v), name: str(v.name) }),
  aws_cloudwatch_dashboard: (s, v) => ({ place: awsPlace(s, v), name: str(v.dashboard_name) }),
  aws_cloudwatch_log_metric_filter: (s, v) => ({ place: awsPlace(s, v), name: `${str(v.log_group_name)}: ${str(v.name)}` }),
  aws_kms_alias: (s, v) => ({ place: awsPlace(s, v), name: str(v.name) }),
  aws_iam_role: (s, v) => ({ place: awsPlace(s, v, false), name: str(v.name) }),
  google_logging_project_bucket_config: (s, v) => ({ place: gcpPlace(s, v), name: `${str(v.location)}/${str(v.bucket_id)}` }),
  google_logging_project_sink: (s, v) => ({ place: gcpPlace(s, v), name: str(v.name) }),
  google_logging_metric: (s, v) => ({ place: gcpPlace(s, v), name: str(v.name) }),
  google_monitoring_custom_service: (s, v) => ({ place: gcpPlace(s, v), name: str(v.service_id) }),
  // google_monitoring_dashboard is not here: Cloud Monitoring names each dashboard it creates
  // (projects/<project>/dashboards/<generated id>), so two stacks' dashboards never overwrite each
  // other, and their display names (engine/model/naming/gcp.ts) carry the environment and team.
  grafana_folder: (s, v) => ({ place: grafanaPlace(s, v), name: str(v.uid) }),
  grafana_rule_group: (s, v) => ({ place: grafanaPlace(s, v), name: `${str(v.folder_uid)}/${str(v.name)}` }),
  grafana_contact_point: (s, v) => ({ place: grafanaPlace(s, v), name: str(v.name) }),
  grafana_data_source: (s, v) => ({ place: grafanaPlace(s, v), name: str(v.uid) ?? str(v.name) }),
  grafana_dashboard: (s, v) => ({ place: grafanaPlace(s, v), name: dashboardUid(v.config_json) }),
  // An organisation has one notification policy tree: a second stack setting it replaces the first's.
  grafana_notification_policy: (s, v) => ({ place: grafanaPlace(s, v), name: "the notification policy tree" }),
  // PagerDuty names services uniquely in an account; escalation policies, schedules and teams are
  // one per on-call team, named the same in every paging environment, whose tokens may well be
  // different accounts: only services, which carry the environment, are compared.
  pagerduty_service: (_s, v) => ({ place: "PagerDuty", name: str(v.name) }),
};

function dashboardUid(config: unknown): string | undefined {
  try {
    return str((JSON.parse(String(config)) as Values).uid);
  } catch {
    return undefined;
  }
}

/** `${grafana_folder.x.uid}` read from the stack itself where that attribute is written as text. */
function resolved(stack: StackJson, text: string | undefined): string | undefined {
  return text?.replace(/\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)\}/g, (whole, type: string, id: string, attr: string) => {
    const value = stack.resource?.[type]?.[id]?.[attr];
    return typeof value === "string" && !value.includes("${") ? value : whole;
  });
}

/**
 * Every cloud resource that two addresses (in one stack or two) would manage: one problem per
 * pair of stacks and place, naming what they share (an environment pointed at another's Grafana
 * shares every folder, dashboard and its notification policy tree).
 */
export function sharedCloudResources(outdir: string, current: (stack: string) => boolean = () => true): Problem[] {
  const dir = join(outdir, "stacks");
  if (!existsSync(dir)) return [];
  const owners = new Map<string, { stack: string; address: string }>();
  const shared = new Map<string, { stack: string; other: string; place: string; address: string; names: string[] }>();
  for (const stackName of readdirSync(dir).sort().filter(current)) {
    const file = join(dir, stackName, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const stack = JSON.parse(readFileSync(file, "utf8")) as StackJson;
    for (const [type, resources] of Object.entries(stack.resource ?? {})) {
      const identify = UNIQUE[type];
      if (!identify) continue;
      for (const [id, values] of Object.entries(resources)) {
        const { place, name: written } = identify(stack, values);
        const name = resolved(stack, written);
        // A name Terraform computes (a reference) is not known here; the provider names it uniquely.
        if (name === undefined || name.includes("${")) continue;
        const key = `${type}\u0000${place}\u0000${name}`;
        const first = owners.get(key);
        if (first === undefined) {
          owners.set(key, { stack: stackName, address: `${type}.${id}` });
          continue;
        }
        const pair = `${stackName}\u0000${first.stack}\u0000${place}`;
        const entry = shared.get(pair) ?? { stack: stackName, other: first.stack, place, address: `${type}.${id}`, names: [] };
        entry.names.push(`${type} "${name}"` + (first.stack === stackName ? ` (also ${first.address})` : ""));
        shared.set(pair, entry);
      }
    }
  }
  return [...shared.values()].map(({ stack, other, place, address, names }) => ({
    where: `stack "${stack}"`,
    field: address,
    message:
      `manages ${names.length === 1 ? "a resource" : `${names.length} resources`} in ${place} that ${other === stack ? "it also manages under another address" : `stack ${other} manages too`}: ` +
      `${names.slice(0, 4).join(", ")}${names.length > 4 ? ` and ${names.length - 4} more` : ""}. ` +
      "Each apply would overwrite the other's, and a destroy would delete it: give each environment (or team) its own place (its gcp.project, aws.account and region, or grafana.url), or the definitions different names",
  }));
}
