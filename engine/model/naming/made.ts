/** One name a target makes, where it must be unique, and the definition field it comes from. */

/** A definition and field: `slo "api"`, `alerting.tiers.page-fast`. */
export interface Origin {
  readonly where: string;
  readonly field: string;
  /** The value in the field that makes the name, where the field holds several (an on-call team's members). */
  readonly value?: string;
}

export interface Made {
  /** Where the name must be unique: `AWS account 1234 in us-east-1`, `the Grafana at https://...`. */
  readonly place: string;
  /** What the name names: `CloudWatch alarm name`, `Grafana rule uid`. */
  readonly what: string;
  /** The name as the target compares it: normalised where the target normalises (a Terraform name made from an address). */
  readonly name: string;
  readonly origin: Origin;
  /** The environment whose stacks make it, and the environment (or team) field that chose its place. */
  readonly environment?: string;
  readonly placedBy?: Origin;
  /** Overrides `the <what> <name> in <place>` in messages. */
  readonly text?: string;
}

/** Where an environment's (or a team's own) cloud is chosen. */
export function placement(environment: string, cloud: "aws" | "gcp" | "grafana", team: string | undefined): Origin {
  const field = { aws: "aws", gcp: "gcp.project", grafana: "grafana.url" }[cloud];
  return team === undefined
    ? { where: `environment "${environment}"`, field }
    : { where: `team "${team}"`, field: `environments.${environment}.${field}` };
}
