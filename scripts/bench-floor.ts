/**
 * The benchmark's floor: a minimal cdktf app that loads the same provider modules as the real
 * app and writes one resource. Synth of the real definitions is compared against it.
 */
import { App, TerraformStack } from "cdktf";
import "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import "@cdktf/provider-aws/lib/sns-topic";
import "@cdktf/provider-pagerduty/lib/service";
import "../.gen/providers/grafana/dashboard";
import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "floor");
new GoogleProvider(stack, "google", { project: "floor" });
new MonitoringAlertPolicy(stack, "policy", { displayName: "floor", combiner: "OR", conditions: [{ displayName: "c", conditionPrometheusQueryLanguage: { query: "up == 0" } }] });
app.synth();
