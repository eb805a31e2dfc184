/**
 * The benchmark's floor: a minimal cdktf app that loads the same provider modules as the real
 * app (their files are given after the output folder) and writes one resource. Synth of the
 * real definitions is compared against it.
 */
import { App, TerraformStack } from "cdktf";
import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";

const [outdir, ...providerModules] = process.argv.slice(2);
for (const file of providerModules) require(file);
const app = new App({ outdir });
const stack = new TerraformStack(app, "floor");
new GoogleProvider(stack, "google", { project: "floor" });
new MonitoringAlertPolicy(stack, "policy", {
  displayName: "floor",
  combiner: "OR",
  conditions: [{ displayName: "c", conditionPrometheusQueryLanguage: { query: "up == 0" } }],
});
app.synth();
