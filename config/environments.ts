import { environment } from "../engine/definitions";

export const environments = [
  environment({
    id: "prod",
    name: "Production",
    pages: true,
    gcp: { project: "nous-prod", region: "southamerica-east1" },
    aws: { account: "111111111111", region: "us-east-1" },
    grafana: {
      url: "https://grafana.nous.com",
      prometheusUrl: "http://frontend.gmp-system.svc:9090",
      // The GMP frontend serves queries only: Grafana SLO writes its recording rules to Mimir.
      sloDestination: { kind: "mimir", url: "https://mimir.nous.com/prometheus" },
    },
    labels: { environment: "prod" },
  }),
  environment({
    id: "staging",
    name: "Staging",
    // Staging never pages: routing a staging alert to PagerDuty is a validation error.
    pages: false,
    // Staging runs on smaller capacity and deploys often: a looser availability objective.
    overrides: { slos: { "api-availability": { objective: 99.5 } } },
    gcp: { project: "nous-staging", region: "southamerica-east1" },
    aws: { account: "222222222222", region: "us-east-1" },
    grafana: {
      url: "https://grafana.staging.nous.com",
      prometheusUrl: "http://frontend.gmp-system.svc:9090",
      sloDestination: { kind: "mimir", url: "https://mimir.staging.nous.com/prometheus" },
    },
    labels: { environment: "staging" },
  }),
];
