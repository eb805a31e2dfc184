import { Fn, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { DataSource } from "../../.gen/providers/grafana/data-source";
import { Folder } from "../../.gen/providers/grafana/folder";
import type { EnvironmentModel } from "../../engine/model";
import { PROMETHEUS_DATASOURCE } from "../../engine/model/dashboards";
import { folderUid, grafanaAddress } from "../../engine/model/naming/grafana";
import { terraformVariable } from "../../engine/model/naming/variables";

type GrafanaEnvironment = EnvironmentModel & { grafana: NonNullable<EnvironmentModel["grafana"]> };

export interface GrafanaFoldersProps {
  readonly teams: readonly string[];
}

/** A folder per service team; dashboards, rule groups and SLO alerts live in their team's folder. */
export class GrafanaFolders extends Construct {
  private readonly folders = new Map<string, Folder>();

  constructor(scope: Construct, id: string, { teams }: GrafanaFoldersProps) {
    super(scope, id);
    for (const team of teams) {
      const folder = new Folder(this, team, { uid: folderUid(team), title: team });
      folder.overrideLogicalId(grafanaAddress.folder(team));
      this.folders.set(team, folder);
    }
  }

  uid(team: string): string {
    return this.folders.get(team)!.uid;
  }
}

export interface GrafanaDataSourcesProps {
  readonly env: GrafanaEnvironment;
  /** The clouds whose monitoring this Grafana reads: those where a service it shows runs. */
  readonly reads: { readonly gcp: boolean; readonly aws: boolean };
}

/**
 * Data sources per environment: Prometheus (the query endpoint of Managed Service for
 * Prometheus) for dashboards, SLO queries and rules; the SLO destination that holds Grafana
 * SLO's recording rules (Mimir or Cortex); Google Cloud Monitoring and CloudWatch where the
 * environment runs on those clouds. Credentials come from sensitive variables.
 */
export class GrafanaDataSources extends Construct {
  readonly prometheus: DataSource;
  /** Where Grafana SLO writes recording rules (environment's grafana.sloDestination), when declared. */
  readonly sloDestination?: DataSource;

  constructor(scope: Construct, id: string, { env, reads }: GrafanaDataSourcesProps) {
    super(scope, id);
    this.prometheus = new DataSource(this, "prometheus", {
      uid: PROMETHEUS_DATASOURCE.uid,
      name: "Prometheus",
      type: "prometheus",
      url: env.grafana.prometheusUrl,
      isDefault: true,
      jsonDataEncoded: JSON.stringify({ httpMethod: "POST", prometheusType: "Prometheus" }),
    });
    this.prometheus.overrideLogicalId("datasource_prometheus");

    const destination = env.grafana.sloDestination;
    if (destination) {
      this.sloDestination = new DataSource(this, "slo-destination", {
        uid: "slo-destination",
        name: "SLO recording rules",
        type: "prometheus",
        url: destination.url,
        jsonDataEncoded: JSON.stringify({ httpMethod: "POST", prometheusType: destination.kind === "cortex" ? "Cortex" : "Mimir" }),
      });
      this.sloDestination.overrideLogicalId("datasource_slo_destination");
    }

    if (env.gcp && reads.gcp) {
      const key = new TerraformVariable(scope, terraformVariable.grafanaGcpServiceAccountKey, {
        type: "string",
        sensitive: true,
        description: "Private key (PEM) of the service account Grafana reads Cloud Monitoring with",
      });
      const email = new TerraformVariable(scope, terraformVariable.grafanaGcpServiceAccountEmail, {
        type: "string",
        description: "Email of the service account Grafana reads Cloud Monitoring with",
      });
      new DataSource(this, "cloud-monitoring", {
        uid: "cloud-monitoring",
        name: "Google Cloud Monitoring",
        type: "stackdriver",
        jsonDataEncoded: Fn.jsonencode({
          authenticationType: "jwt",
          defaultProject: env.gcp.project,
          clientEmail: email.stringValue,
          tokenUri: "https://oauth2.googleapis.com/token",
        }),
        secureJsonDataEncoded: Fn.jsonencode({ privateKey: key.stringValue }),
      }).overrideLogicalId("datasource_cloud_monitoring");
    }

    if (env.aws && reads.aws) {
      const accessKey = new TerraformVariable(scope, terraformVariable.grafanaAwsAccessKeyId, {
        type: "string",
        sensitive: true,
        description: "Access key id Grafana reads CloudWatch with",
      });
      const secretKey = new TerraformVariable(scope, terraformVariable.grafanaAwsSecretAccessKey, {
        type: "string",
        sensitive: true,
        description: "Secret access key Grafana reads CloudWatch with",
      });
      new DataSource(this, "cloudwatch", {
        uid: "cloudwatch",
        name: "CloudWatch",
        type: "cloudwatch",
        jsonDataEncoded: JSON.stringify({ authType: "keys", defaultRegion: env.aws.region }),
        secureJsonDataEncoded: Fn.jsonencode({ accessKey: accessKey.stringValue, secretKey: secretKey.stringValue }),
      }).overrideLogicalId("datasource_cloudwatch");
    }
  }
}
