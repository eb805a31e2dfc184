/**
 * The exported Alertmanager tree pages through PagerDuty with keys it reads from files
 * (`/etc/alertmanager/secrets/pagerduty-<PagerDuty service>`). The PagerDuty stack of each
 * environment that pages makes an Events API v2 integration for Alertmanager on exactly the
 * PagerDuty services those files name, and hands each key out as a sensitive output that
 * `terraform output -raw` prints into the file.
 */
import { parse } from "yaml";
import { alertmanagerYaml } from "../../engine/exporters/alertmanager";
import type { Model } from "../../engine/model";
import { join } from "node:path";
import { discoverDefinitions } from "../../engine/discover";
import { pagingIntegrations, validate } from "../../stacks/app";
import { TARGETS } from "../../stacks/targets";
import { model, synthPagerDuty, type SynthesizedStack } from "../helpers";
import { withIngressTeam } from "./routing-helpers";
import { terraform, terraformDir, terraformOk } from "../terraform";

interface Route {
  receiver?: string;
  matchers?: string[];
  routes?: Route[];
}

/** The PagerDuty services whose key files the exported tree reads under an environment's route, from the YAML itself. */
function keyFiles(m: Model, environment: string): string[] {
  const config = parse(alertmanagerYaml(m)) as {
    route: Route;
    receivers: { name: string; pagerduty_configs?: { routing_key_file: string }[] }[];
  };
  const envRoute = config.route.routes!.find((r) => r.matchers?.[0] === `environment="${environment}"`)!;
  const names = new Set<string>();
  const walk = (r: Route) => {
    if (r.receiver) names.add(r.receiver);
    (r.routes ?? []).forEach(walk);
  };
  walk(envRoute);
  const files = config.receivers
    .filter((r) => names.has(r.name))
    .flatMap((r) => (r.pagerduty_configs ?? []).map((c) => c.routing_key_file));
  for (const f of files) expect(f).toMatch(/^\/etc\/alertmanager\/secrets\/pagerduty-[a-z0-9-]+$/);
  return [...new Set(files.map((f) => f.slice("/etc/alertmanager/secrets/pagerduty-".length)))].sort();
}

/** The PagerDuty services with an Alertmanager integration in a PagerDuty stack. */
function alertmanagerIntegrations(pd: SynthesizedStack): string[] {
  return Object.keys(pd.resource.pagerduty_service_integration)
    .filter((i) => i.endsWith("_alertmanager"))
    .map((i) => i.slice("integration_".length, -"_alertmanager".length))
    .sort();
}

const outputName = (service: string) => `alertmanager_pagerduty_key_${service.replace(/-/g, "_")}`;

describe("the fixture organisation", () => {
  const m = model();
  const pd = synthPagerDuty(m);

  test("the PagerDuty stack has an Alertmanager integration on exactly the PagerDuty services the exported tree pages in prod", () => {
    const paged = keyFiles(m, "prod");
    expect(paged.length).toBeGreaterThan(1);
    expect(alertmanagerIntegrations(pd)).toEqual(paged);
    for (const service of paged)
      expect(pd.resource.pagerduty_service_integration[`integration_${service}_alertmanager`]).toEqual({
        name: "Prometheus Alertmanager (Events API v2)",
        service: `\${pagerduty_service.service_${service}.id}`,
        type: "events_api_v2_inbound_integration",
      });
  });

  test("each key is a sensitive output, named for the file it fills, its value wrapped in sensitive()", () => {
    const outputs = Object.entries<any>(pd.raw.output ?? {}).filter(([name]) => name.startsWith("alertmanager_pagerduty_key_"));
    expect(outputs.map(([name]) => name).sort()).toEqual(keyFiles(m, "prod").map(outputName).sort());
    for (const [name, output] of outputs) {
      const service = keyFiles(m, "prod").find((s) => outputName(s) === name)!;
      expect(output).toEqual({
        value: `\${sensitive(pagerduty_service_integration.integration_${service}_alertmanager.integration_key)}`,
        sensitive: true,
        description: `Events API v2 routing key Alertmanager reads from /etc/alertmanager/secrets/pagerduty-${service}`,
      });
    }
  });

  test("staging never pages: its tree reads no key and no Alertmanager integration is asked for there", () => {
    expect(keyFiles(m, "staging")).toEqual([]);
    const staging = m.environments.find((e) => e.id === "staging")!;
    expect(pagingIntegrations(m, staging, TARGETS).map((i) => i.sender)).not.toContain("alertmanager");
  });
});

test("teams that route otherwise: the integrations follow each team's branch of the tree", () => {
  const root = join(__dirname, "..", "fixtures", "three-teams");
  const m = validate(discoverDefinitions(root), root, {});
  const paged = keyFiles(m, "prod");
  // Ledger and mesh run on Prometheus and page there; shop runs on AWS only.
  expect(paged).toEqual(expect.arrayContaining(["ledger-api", "mesh-gateway"]));
  expect(paged).not.toContain("shop-web");
  expect(alertmanagerIntegrations(synthPagerDuty(m))).toEqual(paged);
});

/** A team whose service runs on Prometheus only: its pages go through the exported Alertmanager tree alone. */
const withPrometheusOnlyTeam = () => withIngressTeam(["prometheus"]);

test("a service that runs on Prometheus only gets an Alertmanager integration, its only one, and its key as an output", () => {
  const m = model(withPrometheusOnlyTeam());
  const pd = synthPagerDuty(m);
  expect(keyFiles(m, "prod")).toContain("ingress");
  const ofIngress = Object.keys(pd.resource.pagerduty_service_integration).filter((i) => i.startsWith("integration_ingress_"));
  expect(ofIngress).toEqual(["integration_ingress_alertmanager"]);
  expect(pd.raw.output.alertmanager_pagerduty_key_ingress.sensitive).toBe(true);
  expect(alertmanagerIntegrations(pd)).toEqual(keyFiles(m, "prod"));
});

test("terraform keeps the output sensitive in plan and output listings, and `terraform output -raw` prints the key for the file", () => {
  const pd = synthPagerDuty(model());
  const [name, output] = Object.entries<any>(pd.raw.output).find(([n]) => n === "alertmanager_pagerduty_key_api")!;
  const canary = "CANARY-alertmanager-routing-key-4e1d";
  // Offline, a terraform_data resource stands in for the integration, fed by a sensitive variable
  // as the provider's apply would be: the output block is the synthesized one.
  const value = (output.value as string).replace(
    /pagerduty_service_integration\.[A-Za-z0-9_-]+\.integration_key/,
    "terraform_data.key.output",
  );
  expect(value).toBe("${sensitive(terraform_data.key.output)}");
  const config = (out: object) => ({
    variable: { key: { type: "string", sensitive: true } },
    resource: { terraform_data: { key: { input: "${var.key}" } } },
    output: { [name]: out },
  });
  const env = { TF_VAR_key: canary };
  const dir = terraformDir(config({ ...output, value }), "am-key-");
  const plan = terraformOk(dir, ["plan", "-input=false"], env).stdout;
  expect(plan).toContain(`${name} = (sensitive value)`);
  expect(plan.includes(canary) ? "the plan shows the key" : "clean").toBe("clean");
  terraformOk(dir, ["apply", "-input=false", "-auto-approve"], env);
  const listed = terraformOk(dir, ["output"]).stdout;
  expect(listed).toContain(`${name} = <sensitive>`);
  expect(listed).not.toContain(canary);
  expect(terraformOk(dir, ["output", "-raw", name]).stdout).toBe(canary);
  // The mark matters: without it Terraform refuses an output of a sensitive value rather than print it.
  const unmarked = terraformDir(config({ value }), "am-key-");
  expect(terraform(unmarked, ["init", "-input=false", "-no-color"]).status).toBe(0);
  const refused = terraform(unmarked, ["plan", "-input=false", "-no-color"], env);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain("Output refers to sensitive values");
});
