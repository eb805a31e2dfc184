import { alert } from "../../src/definitions";
import { defaults, problemsOf } from "../helpers";

test("names that end up in cloud resources are checked against the clouds' limits before synth", () => {
  const defs = defaults();
  const longId = "an-alert-id-that-is-much-too-long-for-grafana";
  defs.alerts = [...defs.alerts, alert({ id: longId, name: "Long", service: "api", severity: "P3", summary: "x", for: "5m", condition: { prometheus: "up == 0" } })];
  const qa = "qa-environment-with-a-very-long-name-for-iam";
  defs.environments = [...defs.environments, { id: qa, name: "QA", pages: false, aws: { account: "333333333333", region: "us-east-1" } }];
  defs.routing = { ...defs.routing, [qa]: defs.routing.staging };
  expect(problemsOf(defs)).toEqual([
    `environment "${qa}": id: names the IAM role "${qa}-chatbot-cloudwatch-read", 68 characters; IAM allows 64, so keep environment ids to 39`,
    `alert "${longId}": id: becomes the Grafana alert rule uid "${longId}", 45 characters; Grafana allows 40`,
  ]);
});
