/**
 * The AWS presets, synthesized into the AWS stack: every alarm names the metric, namespace,
 * dimensions and statistic AWS documents for it, compares as its TSDoc says, treats missing data
 * as chosen, and notifies the topic of its severity. The expected identities are written here from
 * AWS's CloudWatch metrics pages and recommended alarms
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html,
 * https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cloudwatch-alarms.html),
 * not read back from the presets.
 */
import "cdktf/lib/testing/adapters/jest";
import {
  apiGatewayAvailability,
  apiGatewayRestApi,
  auroraCluster,
  autoScalingGroup,
  cloudFrontDistribution,
  dynamoDbTable,
  elastiCacheRedisNode,
  kinesisStream,
  lambdaAvailability,
  lambdaFunction,
  latency,
  lambdaLatency,
  networkLoadBalancer,
  openSearchDomain,
  ratio,
  slo,
  snsDelivery,
  snsTopic,
  sqsQueue,
  stepFunctionsAvailability,
  stepFunctionsStateMachine,
  type CloudWatchAlarmDefinition,
} from "../../../engine/definitions";
import { AWS_PRESETS } from "../../../engine/definitions/presets/aws/registry";
import { presetsReference } from "../../../engine/reference/presets";
import { defaults, model, problemsOf, synthAws, withoutOverrides } from "../../helpers";

const service = "api";
const fn = { prod: "orders-prod", staging: "orders-staging" };
const arn = "arn:aws:states:us-east-1:111111111111:stateMachine:orders";
const presets: readonly CloudWatchAlarmDefinition[] = [
  ...lambdaFunction({ id: "fn", service, functionName: fn, timeoutSeconds: 10 }),
  ...sqsQueue({ id: "queue", service, queueName: "orders", deadLetterQueueName: "orders-dlq" }),
  ...dynamoDbTable({ id: "table", service, tableName: "orders" }),
  ...apiGatewayRestApi({ id: "rest", service, apiName: "orders", stage: "v1" }),
  ...stepFunctionsStateMachine({ id: "flow", service, stateMachineArn: arn }),
  ...kinesisStream({ id: "stream", service, streamName: "orders" }),
  ...elastiCacheRedisNode({ id: "cache", service, cacheClusterId: "orders-001" }),
  ...networkLoadBalancer({ id: "nlb", service, loadBalancer: "net/orders/50dc6c495c0c9188", targetGroup: "targetgroup/orders/943f" }),
  ...openSearchDomain({ id: "search", service, domainName: "orders", clientId: "111111111111" }),
  ...snsTopic({ id: "events", service, topicName: "orders-events" }),
  ...cloudFrontDistribution({ id: "cdn", service, distributionId: "E2EXAMPLE1" }),
  ...auroraCluster({ id: "db", service, clusterIdentifier: { prod: "orders-prod", staging: "orders-staging" } }),
  ...autoScalingGroup({ id: "asg", service, groupName: "orders-workers", minInServiceCapacity: 3 }),
];

function withAlarms(alarms: readonly CloudWatchAlarmDefinition[]) {
  const defs = withoutOverrides(defaults());
  defs.cloudWatchAlarms = [...defs.cloudWatchAlarms, ...alarms];
  return defs;
}

const prod = synthAws(model(withAlarms(presets)), "prod");
const alarm = (id: string) => prod.resource.aws_cloudwatch_metric_alarm[`alarm_${id}`];
const topic = (severity: string) => `\${aws_sns_topic.topic_${severity}.arn}`;

type Row = [
  id: string,
  namespace: string,
  metric: string,
  dimensions: Record<string, string>,
  statistic: string,
  op: string,
  threshold: number,
  period: number,
  evaluations: number,
  missing: string,
  severity: string,
];
const GT = "GreaterThanThreshold";
const GE = "GreaterThanOrEqualToThreshold";
const LT = "LessThanThreshold";
const LE = "LessThanOrEqualToThreshold";
const lambda = { FunctionName: "orders-prod" };
const queue = { QueueName: "orders" };
const table = { TableName: "orders" };
const rest = { ApiName: "orders", Stage: "v1" };
const stream = { StreamName: "orders" };
const node = { CacheClusterId: "orders-001" };
const group = { LoadBalancer: "net/orders/50dc6c495c0c9188", TargetGroup: "targetgroup/orders/943f" };
const domain = { DomainName: "orders", ClientId: "111111111111" };
const topicName = { TopicName: "orders-events" };
const cdn = { DistributionId: "E2EXAMPLE1", Region: "Global" };

// prettier-ignore
const EXPECTED: Row[] = [
  // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
  ["fn-errors", "AWS/Lambda", "Errors", lambda, "Sum", GT, 0, 60, 3, "notBreaching", "p2"],
  ["fn-throttles", "AWS/Lambda", "Throttles", lambda, "Sum", GE, 1, 60, 5, "notBreaching", "p2"],
  ["fn-duration", "AWS/Lambda", "Duration", lambda, "p90", GT, 8000, 60, 15, "notBreaching", "p2"], // 80% of a 10 s timeout, in ms
  ["fn-concurrent-executions", "AWS/Lambda", "ConcurrentExecutions", lambda, "Maximum", GT, 900, 60, 10, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html
  ["queue-oldest-message-age", "AWS/SQS", "ApproximateAgeOfOldestMessage", queue, "Maximum", GE, 900, 60, 15, "notBreaching", "p2"],
  ["queue-messages-visible", "AWS/SQS", "ApproximateNumberOfMessagesVisible", queue, "Maximum", GE, 1000, 60, 15, "notBreaching", "p2"],
  ["queue-dead-letter-messages", "AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: "orders-dlq" }, "Maximum", GT, 0, 60, 1, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
  ["table-read-throttles", "AWS/DynamoDB", "ReadThrottleEvents", table, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  ["table-write-throttles", "AWS/DynamoDB", "WriteThrottleEvents", table, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  ["table-system-errors", "AWS/DynamoDB", "SystemErrors", table, "Sum", GT, 0, 60, 15, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
  ["rest-server-errors", "AWS/ApiGateway", "5XXError", rest, "Average", GT, 0.05, 60, 3, "notBreaching", "p2"],
  ["rest-client-errors", "AWS/ApiGateway", "4XXError", rest, "Average", GT, 0.05, 60, 5, "notBreaching", "p3"],
  ["rest-latency", "AWS/ApiGateway", "Latency", rest, "p90", GE, 2500, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html
  ["flow-executions-failed", "AWS/States", "ExecutionsFailed", { StateMachineArn: arn }, "Sum", GT, 0, 60, 1, "notBreaching", "p2"],
  ["flow-executions-timed-out", "AWS/States", "ExecutionsTimedOut", { StateMachineArn: arn }, "Sum", GT, 0, 60, 1, "notBreaching", "p2"],
  ["flow-executions-aborted", "AWS/States", "ExecutionsAborted", { StateMachineArn: arn }, "Sum", GT, 0, 60, 1, "notBreaching", "p3"],
  ["flow-execution-throttled", "AWS/States", "ExecutionThrottled", { StateMachineArn: arn }, "Sum", GT, 0, 60, 1, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/streams/latest/dev/monitoring-with-cloudwatch.html
  ["stream-iterator-age", "AWS/Kinesis", "GetRecords.IteratorAgeMilliseconds", stream, "Maximum", GT, 600000, 60, 15, "breaching", "p2"],
  ["stream-read-throttles", "AWS/Kinesis", "ReadProvisionedThroughputExceeded", stream, "Average", GT, 0.01, 60, 5, "notBreaching", "p2"],
  ["stream-write-throttles", "AWS/Kinesis", "WriteProvisionedThroughputExceeded", stream, "Average", GT, 0.01, 60, 5, "notBreaching", "p2"],
  ["stream-put-records-failed", "AWS/Kinesis", "PutRecords.FailedRecords", stream, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html
  ["cache-engine-cpu", "AWS/ElastiCache", "EngineCPUUtilization", node, "Average", GT, 90, 60, 5, "missing", "p2"],
  ["cache-memory", "AWS/ElastiCache", "DatabaseMemoryUsagePercentage", node, "Average", GT, 90, 60, 5, "missing", "p2"],
  ["cache-evictions", "AWS/ElastiCache", "Evictions", node, "Sum", GT, 0, 60, 5, "missing", "p3"],
  ["cache-replication-lag", "AWS/ElastiCache", "ReplicationLag", node, "Maximum", GT, 30, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html
  ["nlb-healthy-hosts", "AWS/NetworkELB", "HealthyHostCount", group, "Minimum", LT, 1, 60, 2, "breaching", "p2"],
  ["nlb-unhealthy-hosts", "AWS/NetworkELB", "UnHealthyHostCount", group, "Maximum", GT, 0, 60, 5, "notBreaching", "p3"],
  ["nlb-load-balancer-resets", "AWS/NetworkELB", "TCP_ELB_Reset_Count", { LoadBalancer: group.LoadBalancer }, "Sum", GT, 100, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cloudwatch-alarms.html
  ["search-cluster-red", "AWS/ES", "ClusterStatus.red", domain, "Maximum", GE, 1, 60, 1, "missing", "p2"],
  ["search-cluster-yellow", "AWS/ES", "ClusterStatus.yellow", domain, "Maximum", GE, 1, 60, 5, "missing", "p3"],
  ["search-free-storage", "AWS/ES", "FreeStorageSpace", domain, "Minimum", LE, 20480, 60, 1, "missing", "p2"],
  ["search-index-writes-blocked", "AWS/ES", "ClusterIndexWritesBlocked", domain, "Maximum", GE, 1, 300, 1, "missing", "p2"],
  ["search-snapshot-failure", "AWS/ES", "AutomatedSnapshotFailure", domain, "Maximum", GE, 1, 60, 1, "missing", "p2"],
  ["search-cpu", "AWS/ES", "CPUUtilization", domain, "Maximum", GE, 80, 900, 3, "missing", "p2"],
  ["search-jvm-memory-pressure", "AWS/ES", "JVMMemoryPressure", domain, "Maximum", GE, 95, 60, 3, "missing", "p2"],
  ["search-master-cpu", "AWS/ES", "MasterCPUUtilization", domain, "Maximum", GE, 50, 900, 3, "notBreaching", "p2"],
  ["search-master-jvm-memory-pressure", "AWS/ES", "MasterJVMMemoryPressure", domain, "Maximum", GE, 95, 900, 1, "notBreaching", "p2"],
  ["search-kms-key-error", "AWS/ES", "KMSKeyError", domain, "Maximum", GE, 1, 60, 1, "notBreaching", "p2"],
  ["search-kms-key-inaccessible", "AWS/ES", "KMSKeyInaccessible", domain, "Maximum", GE, 1, 60, 1, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html
  ["events-notifications-failed", "AWS/SNS", "NumberOfNotificationsFailed", topicName, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  ["events-filtered-out-invalid-attributes", "AWS/SNS", "NumberOfNotificationsFilteredOut-InvalidAttributes", topicName, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  ["events-redriven-to-dlq", "AWS/SNS", "NumberOfNotificationsRedrivenToDlq", topicName, "Sum", GT, 0, 60, 5, "notBreaching", "p3"],
  ["events-failed-to-redrive-to-dlq", "AWS/SNS", "NumberOfNotificationsFailedToRedriveToDlq", topicName, "Sum", GT, 0, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html: Region is always "Global"
  ["cdn-server-error-rate", "AWS/CloudFront", "5xxErrorRate", cdn, "Average", GT, 5, 60, 5, "notBreaching", "p2"],
  ["cdn-total-error-rate", "AWS/CloudFront", "TotalErrorRate", cdn, "Average", GT, 10, 60, 5, "notBreaching", "p3"],
  // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/dimensions.html: DBClusterIdentifier with Role WRITER or READER
  ["db-writer-cpu", "AWS/RDS", "CPUUtilization", { DBClusterIdentifier: "orders-prod", Role: "WRITER" }, "Average", GT, 90, 60, 5, "missing", "p2"],
  ["db-reader-cpu", "AWS/RDS", "CPUUtilization", { DBClusterIdentifier: "orders-prod", Role: "READER" }, "Average", GT, 90, 60, 5, "notBreaching", "p2"],
  ["db-writer-freeable-memory", "AWS/RDS", "FreeableMemory", { DBClusterIdentifier: "orders-prod", Role: "WRITER" }, "Average", LT, 268435456, 60, 15, "missing", "p2"],
  ["db-replica-lag", "AWS/RDS", "AuroraReplicaLag", { DBClusterIdentifier: "orders-prod", Role: "READER" }, "Maximum", GT, 2000, 60, 5, "notBreaching", "p2"],
  // https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html
  ["asg-in-service-capacity", "AWS/AutoScaling", "GroupInServiceCapacity", { AutoScalingGroupName: "orders-workers" }, "Average", LT, 3, 60, 10, "breaching", "p2"],
  ["asg-cpu", "AWS/EC2", "CPUUtilization", { AutoScalingGroupName: "orders-workers" }, "Average", GT, 80, 300, 3, "missing", "p2"],
];

test("every preset alarm is in the table, and the table covers fourteen AWS namespaces", () => {
  expect(presets.map((a) => a.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  expect(new Set(EXPECTED.map(([, namespace]) => namespace)).size).toBe(14);
});

test.each(EXPECTED)(
  "%s: %s %s, as AWS documents it",
  (id, namespace, metric, dimensions, statistic, op, threshold, period, evaluations, missing, severity) => {
    const a = alarm(id);
    const percentile = /^p\d/.test(statistic);
    expect(a).toMatchObject({
      alarm_name: `prod-${id}`,
      namespace,
      metric_name: metric,
      comparison_operator: op,
      threshold,
      period,
      evaluation_periods: evaluations,
      treat_missing_data: missing,
      alarm_actions: [topic(severity)],
      ok_actions: [topic(severity)],
    });
    expect(a.dimensions).toEqual(dimensions);
    expect(percentile ? a.extended_statistic : a.statistic).toBe(statistic);
    expect(percentile ? a.statistic : a.extended_statistic).toBeUndefined();
    // The reason for the missing-data treatment reaches whoever reads the alarm.
    expect(a.alarm_description).toContain(`Missing data: ${missing}, because `);
  },
);

test("a resource named per environment gets each environment's name", () => {
  const staging = synthAws(model(withAlarms(presets)), "staging");
  expect(staging.resource.aws_cloudwatch_metric_alarm["alarm_fn-errors"].dimensions).toEqual({ FunctionName: "orders-staging" });
});

test("every preset alarm, and every registry example, validates with no problem", () => {
  expect(problemsOf(withAlarms(presets))).toEqual([]);
  // The registry's examples name the service "orders": give the fixture one.
  const defs = withAlarms(AWS_PRESETS.flatMap((p) => p.example()));
  defs.services = [...defs.services, { kind: "service", id: "orders", name: "Orders", team: "backend" }];
  expect(problemsOf(defs)).toEqual([]);
});

describe("overrides", () => {
  const overridden = lambdaFunction({
    id: "fn",
    service,
    functionName: fn,
    runbook: "https://wiki.example.com/runbooks/orders",
    alarms: {
      errors: { threshold: 5, severity: "P1" },
      throttles: { enabled: false },
      duration: { runbook: "https://wiki.example.com/runbooks/orders-slow" },
    },
  });
  const stack = synthAws(model(withAlarms(overridden)), "prod");
  const get = (id: string) => stack.resource.aws_cloudwatch_metric_alarm[`alarm_${id}`];

  test("threshold and severity take effect; a paging severity reaches the service's PagerDuty topic", () => {
    expect(get("fn-errors")).toMatchObject({ threshold: 5, alarm_actions: [topic("p1"), topic("pagerduty_api")] });
  });

  test("enabled: false leaves the alarm out", () => {
    expect(overridden.map((a) => a.id)).toEqual(["fn-errors", "fn-duration", "fn-concurrent-executions"]);
    expect(get("fn-throttles")).toBeUndefined();
  });

  test("the preset's runbook reaches every alarm, an alarm's own runbook wins", () => {
    expect(get("fn-errors").alarm_description).toContain("Runbook: https://wiki.example.com/runbooks/orders");
    expect(get("fn-duration").alarm_description).toContain("Runbook: https://wiki.example.com/runbooks/orders-slow");
  });

  test("a preset-wide severity applies where an alarm has none of its own", () => {
    const all = apiGatewayRestApi({
      id: "rest",
      service,
      apiName: "orders",
      stage: "v1",
      severity: "P3",
      alarms: { latency: { severity: "P2" } },
    });
    expect(Object.fromEntries(all.map((a) => [a.id, a.severity]))).toEqual({
      "rest-server-errors": "P3",
      "rest-client-errors": "P3",
      "rest-latency": "P2",
    });
  });

  test("a paging severity without a runbook is refused, naming the alarm and the field", () => {
    const paging = sqsQueue({ id: "queue", service, queueName: "orders", alarms: { messagesVisible: { severity: "P1" } } });
    expect(problemsOf(withAlarms(paging))).toEqual([expect.stringMatching(/cloudwatch alarm "queue-messages-visible".*runbook/)]);
  });

  test("without a dead-letter queue the SQS preset has no dead-letter alarm", () => {
    expect(sqsQueue({ id: "queue", service, queueName: "orders" }).map((a) => a.id)).toEqual([
      "queue-oldest-message-age",
      "queue-messages-visible",
    ]);
  });
});

describe("SLI helpers", () => {
  const runbook = "https://wiki.example.com/runbooks/orders-slo";
  const slos = [
    slo({ id: "fn-availability", service, objective: 99.9, window: "7d", runbook, sli: ratio({ cloudWatch: lambdaAvailability(fn) }) }),
    slo({
      id: "rest-availability",
      service,
      objective: 99.9,
      window: "7d",
      runbook,
      sli: ratio({ cloudWatch: apiGatewayAvailability("orders", "v1") }),
    }),
    slo({ id: "flow-success", service, objective: 99, window: "7d", runbook, sli: ratio({ cloudWatch: stepFunctionsAvailability(arn) }) }),
    slo({
      id: "events-delivery",
      service,
      objective: 99.9,
      window: "7d",
      runbook,
      sli: ratio({ cloudWatch: snsDelivery("orders-events") }),
    }),
    slo({
      id: "fn-latency",
      service,
      objective: 99,
      window: "7d",
      runbook,
      sli: latency({ threshold: "500ms", cloudWatchLatency: lambdaLatency(fn) }),
    }),
  ];
  const defs = withAlarms([]);
  defs.slos = [...defs.slos, ...slos];
  const stack = synthAws(model(defs), "prod");
  const queries = (sloId: string) => stack.resource.aws_cloudwatch_metric_alarm[`slo_${sloId}_page-fast-long`].metric_query as any[];
  const metrics = (sloId: string) =>
    queries(sloId).flatMap((q) => (q.metric ? [`${q.id}=${q.metric.namespace}:${q.metric.metric_name}:${q.metric.stat}`] : []));

  test("validate", () => {
    expect(problemsOf(defs)).toEqual([]);
  });

  test("lambdaAvailability: Errors and Throttles are bad, of Invocations plus Throttles (Invocations leaves throttled requests out)", () => {
    expect(
      metrics("fn-availability")
        .filter((m) => m.startsWith("bad"))
        .map((m) => m.split("=")[1])
        .sort(),
    ).toEqual(["AWS/Lambda:Errors:Sum", "AWS/Lambda:Throttles:Sum"]);
    expect(
      metrics("fn-availability")
        .filter((m) => m.startsWith("total"))
        .map((m) => m.split("=")[1])
        .sort(),
    ).toEqual(["AWS/Lambda:Invocations:Sum", "AWS/Lambda:Throttles:Sum"]);
    expect(queries("fn-availability").find((q) => q.metric?.metric_name === "Errors").metric.dimensions).toEqual({
      FunctionName: "orders-prod",
    });
  });

  test("apiGatewayAvailability: 5XXError of Count, both summed, per API and stage", () => {
    expect(metrics("rest-availability")).toEqual(["bad=AWS/ApiGateway:5XXError:Sum", "total=AWS/ApiGateway:Count:Sum"]);
    expect(queries("rest-availability")[0].metric.dimensions).toEqual({ ApiName: "orders", Stage: "v1" });
  });

  test("stepFunctionsAvailability and snsDelivery count failures of started executions and of attempted deliveries", () => {
    expect(
      metrics("flow-success")
        .map((m) => m.split("=")[1])
        .sort(),
    ).toEqual(["AWS/States:ExecutionsFailed:Sum", "AWS/States:ExecutionsStarted:Sum", "AWS/States:ExecutionsTimedOut:Sum"]);
    expect(
      metrics("events-delivery")
        .map((m) => m.split("=")[1])
        .sort(),
    ).toEqual([
      "AWS/SNS:NumberOfNotificationsDelivered:Sum",
      "AWS/SNS:NumberOfNotificationsFailed:Sum",
      "AWS/SNS:NumberOfNotificationsFailed:Sum",
    ]);
  });

  test("lambdaLatency: Duration's trimmed count up to 500 ms (the metric is in milliseconds) of its sample count", () => {
    const stats = queries("fn-latency").flatMap((q) => (q.metric ? [`${q.metric.metric_name}:${q.metric.stat}`] : []));
    expect(stats.sort()).toEqual(["Duration:SampleCount", "Duration:TC(:500)"].sort());
  });
});

describe("CloudFront metrics exist only in us-east-1", () => {
  const inRegion = (region: string, distributionId: Parameters<typeof cloudFrontDistribution>[0]["distributionId"]) => {
    const defs = withAlarms(cloudFrontDistribution({ id: "cdn", service, distributionId }));
    defs.environments = defs.environments.map((e) => (e.id === "staging" ? { ...e, aws: { ...e.aws!, region } } : e));
    // The fixture's endpoints have staging URLs, which Route 53 refuses outside us-east-1 as well: only the alarms' problems matter here.
    return problemsOf(defs).filter((p) => p.startsWith("cloudwatch alarm"));
  };

  test("an environment in another region with a distribution is refused, naming the alarm, the field and the region", () => {
    const problems = inRegion("eu-west-1", { prod: "E2EXAMPLE1", staging: "E3EXAMPLE2" });
    expect(problems).toEqual([
      expect.stringMatching(/^cloudwatch alarm "cdn-server-error-rate".*metric\.namespace.*only in us-east-1.*"staging".*eu-west-1/),
      expect.stringMatching(/^cloudwatch alarm "cdn-total-error-rate".*metric\.namespace.*only in us-east-1.*"staging".*eu-west-1/),
    ]);
  });

  test("an SLO counting CloudFront metrics is refused there too", () => {
    const requests = {
      namespace: "AWS/CloudFront",
      metric: "Requests",
      dimensions: { DistributionId: { prod: "E2EXAMPLE1", staging: "E3EXAMPLE2" }, Region: "Global" },
      statistic: "Sum",
    };
    const defs = withAlarms([]);
    defs.environments = defs.environments.map((e) => (e.id === "staging" ? { ...e, aws: { ...e.aws!, region: "eu-central-1" } } : e));
    defs.slos = [
      ...defs.slos,
      slo({
        id: "cdn-availability",
        service,
        objective: 99.9,
        window: "7d",
        runbook: "https://wiki.example.com/runbooks/cdn",
        // CloudFront counts requests but no failed ones; what is counted does not matter to the refusal.
        sli: ratio({ cloudWatch: { errors: requests, total: requests } }),
      }),
    ];
    expect(problemsOf(defs).filter((p) => p.startsWith("slo"))).toEqual([
      expect.stringMatching(/^slo "cdn-availability".*sli\.cloudWatch.*only in us-east-1.*"staging".*eu-central-1/),
    ]);
  });

  test("a team's own AWS account in another region is refused too: the team's alarms render there", () => {
    const defs = withAlarms(cloudFrontDistribution({ id: "cdn", service, distributionId: "E2EXAMPLE1" }));
    // The fixture's "api" belongs to "backend" (no team definition): give that team its own account for prod, in eu-west-1.
    defs.teams = [{ kind: "team", id: "backend", environments: { prod: { aws: { account: "333333333333", region: "eu-west-1" } } } }];
    expect(problemsOf(defs).filter((p) => p.startsWith("cloudwatch alarm"))).toEqual([
      expect.stringMatching(/^cloudwatch alarm "cdn-server-error-rate".*"prod".*eu-west-1/),
      expect.stringMatching(/^cloudwatch alarm "cdn-total-error-rate".*"prod".*eu-west-1/),
    ]);
  });

  test("a distribution named only for the us-east-1 environment is accepted", () => {
    expect(inRegion("eu-west-1", { prod: "E2EXAMPLE1" })).toEqual([]);
    expect(inRegion("us-east-1", { prod: "E2EXAMPLE1", staging: "E3EXAMPLE2" })).toEqual([]);
  });
});

test("the presets reference lists each preset's alarms with their defaults, as the presets return them", () => {
  const page = presetsReference();
  expect(page).toContain("## `lambdaFunction`: AWS Lambda function");
  // 80% of Lambda's default 3-second timeout, in milliseconds.
  expect(page).toContain("| `-duration` | Duration | AWS/Lambda | FunctionName=orders-handler | p90 | > 2400 | 1m x 15 | notBreaching: ");
  expect(page).toContain(
    "| `-dead-letter-messages` | ApproximateNumberOfMessagesVisible | AWS/SQS | QueueName=orders-dlq | Maximum | > 0 | 1m x 1 |",
  );
  expect(page).toContain(
    "| `-cluster-yellow` | ClusterStatus.yellow | AWS/ES | DomainName=orders, ClientId=111111111111 | Maximum | >= 1 | 1m x 5 |",
  );
  // One section per preset, AWS's before Google Cloud's.
  const aws = page.slice(page.indexOf("\n## AWS\n"), page.indexOf("\n## Google Cloud\n"));
  expect(aws.match(/^## `/gm)).toHaveLength(AWS_PRESETS.length);
});
