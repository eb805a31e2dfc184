import { environment } from "../engine/definitions";

export const environments = [
  environment({
    id: "prod",
    name: "Production",
    pages: true,
    gcp: { project: "nous-prod", region: "southamerica-east1" },
    aws: { account: "111111111111", region: "us-east-1" },
    grafana: { url: "https://grafana.nous.com", prometheusUrl: "http://frontend.gmp-system.svc:9090" },
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
    grafana: { url: "https://grafana.staging.nous.com", prometheusUrl: "http://frontend.gmp-system.svc:9090" },
    labels: { environment: "staging" },
  }),
];
