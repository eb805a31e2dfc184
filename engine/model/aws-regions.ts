/**
 * The AWS regions an environment's AWS stack may run in. A region of the right shape that does
 * not exist ("us-moon-1", "eu-west-4") passes every check here and fails only at `terraform
 * plan`, with the provider's "invalid AWS Region"; it is refused here, with the nearest region.
 */

/**
 * Region codes as AWS lists them, commercial, GovCloud and China partitions:
 * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 * (and their billing codes, https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-region-billing-codes.html).
 * A region opened after this list was written is added here.
 */
export const AWS_REGIONS: readonly string[] = [
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-central-1",
  "ca-west-1",
  "cn-north-1",
  "cn-northwest-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-gov-east-1",
  "us-gov-west-1",
  "us-west-1",
  "us-west-2",
];

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The known region nearest to `region` by spelling (ties: the first in the list), to suggest in a problem. */
export function nearestAwsRegion(region: string): string {
  return AWS_REGIONS.reduce((best, r) => (editDistance(region, r) < editDistance(region, best) ? r : best));
}

/** Why `region` is refused, or undefined for a known AWS region. */
export function awsRegionProblem(region: unknown): string | undefined {
  if (typeof region !== "string" || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    return `must be an AWS region such as "us-east-1", got ${JSON.stringify(region)}`;
  if (!AWS_REGIONS.includes(region))
    return `is no AWS region, got ${JSON.stringify(region)}: did you mean "${nearestAwsRegion(region)}"? (regions: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html)`;
  return undefined;
}
