/**
 * cdktf keys a stack's JSON by address: two elements with one logical id leave only the last.
 * The net under the model's collision checks finds every such pair before anything is written.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformOutput, TerraformResource, TerraformStack } from "cdktf";
import { duplicateAddresses } from "../../stacks/addresses";

function twoWithOneId() {
  const outdir = mkdtempSync(join(tmpdir(), "addresses-"));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "gcp-prod");
  for (const id of ["alert-a", "alert-b"])
    new TerraformResource(stack, id, { terraformResourceType: "terraform_data" }).overrideLogicalId("alert_same");
  new TerraformOutput(stack, "kept", { value: "x" });
  return { app, outdir };
}

test("cdktf itself keeps only the last of two resources given one logical id (why the check exists)", () => {
  const { app, outdir } = twoWithOneId();
  app.synth();
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "gcp-prod", "cdk.tf.json"), "utf8"));
  expect(Object.keys(json.resource.terraform_data)).toEqual(["alert_same"]);
  expect(json.resource.terraform_data.alert_same["//"].metadata.path).toBe("gcp-prod/alert-b");
});

test("two elements of one stack with one address are reported, naming both constructs", () => {
  expect(duplicateAddresses(twoWithOneId().app)).toEqual([
    {
      where: 'stack "gcp-prod"',
      field: "terraform_data.alert_same",
      message:
        "is made by both gcp-prod/alert-a and gcp-prod/alert-b: Terraform would keep only the last; two definitions make one name here, rename one of them",
    },
  ]);
});

test("one logical id in two stacks, or under two kinds, is no collision", () => {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), "addresses-")) });
  for (const name of ["gcp-prod", "gcp-staging"]) {
    const stack = new TerraformStack(app, name);
    new TerraformResource(stack, "r", { terraformResourceType: "terraform_data" }).overrideLogicalId("same");
    new TerraformOutput(stack, "o", { value: "x" }).overrideLogicalId("same");
  }
  expect(duplicateAddresses(app)).toEqual([]);
});
