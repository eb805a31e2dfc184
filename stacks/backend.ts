/**
 * Where each stack keeps its Terraform state, chosen per environment without editing code:
 * the environment variable MONITORING_STATE_<ENV> (or MONITORING_STATE for every environment),
 * else the environment's `state` setting, else local files. Values are URLs:
 *   local                                  terraform.<stack>.tfstate in the project root
 *   gcs://<bucket>/<prefix>                GCS, locking built in; state at <prefix>/<stack>
 *   s3://<bucket>/<prefix>?region=<r>[&lock=<dynamodb-table>]
 *                                          S3, encrypted; key <prefix>/<stack>.tfstate, locked
 *                                          with S3's lock file, or the DynamoDB table if given
 */
import { GcsBackend, LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import { localStatePath, stateKey } from "../engine/model/naming/stacks";

export type StateBackend =
  | { readonly kind: "local" }
  | { readonly kind: "gcs"; readonly bucket: string; readonly prefix: string }
  | { readonly kind: "s3"; readonly bucket: string; readonly prefix: string; readonly region: string; readonly lockTable?: string };

/** Parses a state URL; returns a message naming what is wrong instead when it is not one. */
export function parseStateUrl(text: string): StateBackend | string {
  if (text === "local") return { kind: "local" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `must be "local", gcs://<bucket>/<prefix> or s3://<bucket>/<prefix>?region=<region>, got ${JSON.stringify(text)}`;
  }
  if (url.protocol !== "gcs:" && url.protocol !== "s3:") return `must use gcs:// or s3://, got ${JSON.stringify(url.protocol)}`;
  const bucket = url.hostname;
  const prefix = url.pathname.replace(/^\/+|\/+$/g, "");
  if (!/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/.test(bucket)) return `bucket must be a bucket name, got ${JSON.stringify(bucket)}`;
  if (url.protocol === "gcs:") return { kind: "gcs", bucket, prefix };
  const region = url.searchParams.get("region");
  if (!region) return `s3 state needs ?region=<region>, got ${JSON.stringify(text)}`;
  return { kind: "s3", bucket, prefix, region, lockTable: url.searchParams.get("lock") ?? undefined };
}

/** The state setting of an environment: its variable, the shared variable, its definition, or local. */
export function stateSetting(
  environment: string,
  configured: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { source: string; value: string } {
  const own = `MONITORING_STATE_${environment.toUpperCase().replace(/-/g, "_")}`;
  if (env[own]) return { source: own, value: env[own]! };
  if (env.MONITORING_STATE) return { source: "MONITORING_STATE", value: env.MONITORING_STATE };
  if (configured) return { source: `environment "${environment}" state`, value: configured };
  return { source: "default", value: "local" };
}

/** The first Terraform whose S3 backend locks with a lock file (`use_lockfile`). */
export const S3_LOCKFILE_TERRAFORM = ">= 1.10.0";

export function applyBackend(stack: TerraformStack, stackName: string, backend: StateBackend): void {
  switch (backend.kind) {
    case "local":
      // Relative to the stack's folder (cdktf.out/stacks/<stack>): the state lands in the
      // project root and synth output holds no absolute path.
      new LocalBackend(stack, { path: localStatePath(stackName) });
      return;
    case "gcs":
      new GcsBackend(stack, { bucket: backend.bucket, prefix: stateKey(backend.prefix, stackName) });
      return;
    case "s3": {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: `${stateKey(backend.prefix, stackName)}.tfstate`,
        region: backend.region,
        encrypt: true,
        dynamodbTable: backend.lockTable,
      });
      // Terraform 1.10+ locks S3 state with a lock file next to it; cdktf 0.21 has no property for it.
      // An older Terraform would reject the setting, so the stack says which Terraform it needs.
      if (!backend.lockTable) {
        s3.addOverride("use_lockfile", true);
        stack.addOverride("terraform.required_version", S3_LOCKFILE_TERRAFORM);
      }
      return;
    }
  }
}
