/**
 * Services say where they run: a target renders only what runs on it in each environment, and
 * an SLO or alert whose service runs nowhere that has a source for it is refused.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alert, team } from "../../engine/definitions";
import { withIngressTeam } from "./routing-helpers";
import { buildApp } from "../../stacks/app";
import { TARGETS } from "../../stacks/targets";
import { PROMETHEUS_EXPORT } from "../../engine/model/views";
import { model, problemsOf, type Writable } from "../helpers";
import { TARGET_IDS, type Definitions, type TargetId } from "../../engine/definitions/types";

/** A platform team on Kubernetes: Prometheus, Alertmanager and Grafana only. */
function withKubernetesTeam(): Writable<Definitions> {
  const defs = withIngressTeam(["grafana", "prometheus"]);
  defs.alerts = [
    ...defs.alerts,
    alert({
      id: "ingress-down",
      name: "IngressDown",
      service: "ingress",
      severity: "P2",
      summary: "Ingress is down",
      for: "2m",
      condition: { prometheus: 'up{job="ingress"} == 0' },
    }),
  ];
  return defs;
}

function synthesize(defs: Definitions): Map<string, string> {
  const out = join(mkdtempSync(join(tmpdir(), "runs-on-")), "out");
  buildApp(model(defs), out, undefined, {}).synth();
  return new Map(readdirSync(join(out, "stacks")).map((s) => [s, readFileSync(join(out, "stacks", s, "cdk.tf.json"), "utf8")]));
}

test("a Kubernetes-only service produces nothing on Google Cloud or AWS: its SLO and alert are on Grafana, its pages in PagerDuty", () => {
  const stacks = synthesize(withKubernetesTeam());
  for (const [name, json] of stacks) {
    if (name.startsWith("grafana-")) {
      expect(json).toContain("ingress-availability");
      expect(json).toContain("IngressDown");
    } else if (name.startsWith("pagerduty-")) {
      // Its burn-rate pages need a PagerDuty service, wherever it runs.
      expect(JSON.parse(json).resource.pagerduty_service.service_ingress).toBeDefined();
    } else {
      expect(json.includes("ingress") ? `${name} mentions ingress` : "clean").toBe("clean");
    }
  }
  expect([...stacks.keys()].some((s) => s.startsWith("gcp-"))).toBe(true);
});

test("a service limited to one environment is rendered there only", () => {
  const defs = withKubernetesTeam();
  defs.teams = [team({ id: "k8s", runsOn: { environments: ["staging"] } })];
  const stacks = synthesize(defs);
  expect(stacks.get("grafana-staging")).toContain("ingress-availability");
  expect(stacks.get("grafana-prod")).not.toContain("ingress-availability");
  expect(stacks.get("gcp-prod")).not.toContain("ingress-availability");
});

test("an SLO or alert whose service runs nowhere that has a source for it is refused, naming it", () => {
  const defs = withKubernetesTeam();
  defs.teams = [team({ id: "k8s", runsOn: { targets: ["aws"] } })];
  expect(problemsOf(defs)).toEqual([
    'slo "ingress-availability": sli: service "ingress" runs on aws in every environment, and none of those has a source for this SLI (it has: prometheus)',
    'alert "ingress-down": condition: service "ingress" runs on aws in every environment, and none of those evaluates this condition',
  ]);
});

test("runsOn names only environments that exist", () => {
  const defs = withKubernetesTeam();
  defs.services = defs.services.map((s) => (s.id === "ingress" ? { ...s, runsOn: { environments: ["qa"] } } : s));
  expect(problemsOf(defs)).toContain(
    'service "ingress": runsOn.environments: unknown environment "qa"; defined environments: prod, staging',
  );
});

test("a team with its own Google Cloud project in prod gets its resources there, in a stack of its own", () => {
  const defs = withKubernetesTeam();
  defs.teams = [team({ id: "k8s", environments: { prod: { gcp: { project: "k8s-platform-prod", region: "europe-west1" } } } })];
  const stacks = synthesize(defs);
  const own = JSON.parse(stacks.get("gcp-prod-k8s")!);
  expect(own.provider.google).toEqual([expect.objectContaining({ project: "k8s-platform-prod", region: "europe-west1" })]);
  expect(Object.keys(own.resource.google_monitoring_slo)).toEqual(["slo_ingress-availability"]);
  expect(stacks.get("gcp-prod")).not.toContain("ingress");
  // Staging has no project of the team's: its SLO stays in the environment's stack.
  expect(stacks.get("gcp-staging")).toContain("ingress-availability");
  expect(stacks.has("gcp-staging-k8s")).toBe(false);
});

test("a team's own project is checked like an environment's", () => {
  const defs = withKubernetesTeam();
  defs.teams = [team({ id: "k8s", environments: { prod: { gcp: { project: "K8S", region: "europe-west1" } }, qa: {} } })];
  expect(problemsOf(defs)).toEqual(
    expect.arrayContaining([
      'team "k8s": environments.prod.gcp.project: must be a Google Cloud project id (6-30 lowercase letters, digits, dashes), got "K8S"',
      'team "k8s": environments.qa: unknown environment; defined environments: prod, staging',
    ]),
  );
});

test("runsOn names the targets of the registry and Prometheus: a typo or an empty list is refused, never silently monitors nothing", () => {
  expect([...TARGET_IDS].sort()).toEqual([...TARGETS.map((t) => t.id), PROMETHEUS_EXPORT].sort());
  const defs = withKubernetesTeam();
  // Definitions read from untyped sources (or cast) still meet validation.
  defs.teams = [team({ id: "k8s", runsOn: { targets: ["gpc" as TargetId] } })];
  defs.services = defs.services.map((s) => (s.id === "api" ? { ...s, runsOn: { targets: [], environments: [] } } : s));
  expect(problemsOf(defs)).toEqual(
    expect.arrayContaining([
      'team "k8s": runsOn.targets: unknown target "gpc"; targets: gcp, aws, grafana, pagerduty, prometheus',
      'service "api": runsOn.targets: must name at least one target, or be left out to mean all of them; got []',
      'service "api": runsOn.environments: must name at least one environment, or be left out to mean all of them; got []',
    ]),
  );
});

test("a team's routes are checked only where it runs: a prod-only team may page in its routes though staging never pages", () => {
  const defs = withKubernetesTeam();
  defs.teams = [team({ id: "k8s", runsOn: { environments: ["prod"] }, routes: { P0: ["pagerduty-oncall", "slack-alerts-critical"] } })];
  expect(problemsOf(defs)).toEqual([]);
  defs.teams = [team({ id: "k8s", runsOn: { environments: ["prod"] }, environmentRoutes: { staging: { P2: ["slack-alerts-staging"] } } })];
  expect(problemsOf(defs)).toEqual([
    'team "k8s": environmentRoutes.staging: no service of this team runs in environment "staging" (runsOn), so nothing would use these routes',
  ]);
});

test("a target's limits apply only to what reaches it: an SLO above Cloud Monitoring's cap of a team not on Google Cloud is valid", () => {
  const defs = withKubernetesTeam();
  defs.slos = defs.slos.map((s) => (s.id === "ingress-availability" ? { ...s, objective: 99.95 } : s));
  expect(problemsOf(defs)).toEqual([]);
  defs.teams = [team({ id: "k8s" })];
  expect(problemsOf(defs)).toContainEqual(
    expect.stringMatching(/^slo "ingress-availability": objective: Cloud Monitoring SLO goals go up to 99.9%/),
  );
});
