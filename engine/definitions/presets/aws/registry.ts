/**
 * Every AWS preset with an example, from which docs/reference/presets.md is written (npm run
 * docs:presets), so the page lists what the code creates.
 */
import type { CloudWatchAlarmDefinition } from "../../types";
import {
  apiGatewayRestApi,
  auroraCluster,
  autoScalingGroup,
  cloudFrontDistribution,
  dynamoDbTable,
  elastiCacheRedisNode,
  kinesisStream,
  lambdaFunction,
  networkLoadBalancer,
  openSearchDomain,
  snsTopic,
  sqsQueue,
  stepFunctionsStateMachine,
} from "./index";

export interface PresetEntry {
  /** The preset function's name. */
  readonly preset: string;
  /** What one call of it watches. */
  readonly resource: string;
  /** The service's CloudWatch metrics page. */
  readonly docs: string;
  /** SLI helpers for SLOs on the service, by name. */
  readonly slis: readonly string[];
  /** The preset applied to sample names, with every optional resource given. */
  readonly example: () => readonly CloudWatchAlarmDefinition[];
}

const service = "orders";

export const AWS_PRESETS: readonly PresetEntry[] = [
  {
    preset: "lambdaFunction",
    resource: "AWS Lambda function",
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html",
    slis: ["lambdaAvailability", "lambdaLatency"],
    example: () => lambdaFunction({ id: "orders-fn", service, functionName: "orders-handler" }),
  },
  {
    preset: "sqsQueue",
    resource: "Amazon SQS queue",
    docs: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html",
    slis: [],
    example: () => sqsQueue({ id: "orders-queue", service, queueName: "orders", deadLetterQueueName: "orders-dlq" }),
  },
  {
    preset: "dynamoDbTable",
    resource: "Amazon DynamoDB table",
    docs: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html",
    slis: [],
    example: () => dynamoDbTable({ id: "orders-table", service, tableName: "orders" }),
  },
  {
    preset: "apiGatewayRestApi",
    resource: "Amazon API Gateway REST API stage",
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html",
    slis: ["apiGatewayAvailability", "apiGatewayLatency"],
    example: () => apiGatewayRestApi({ id: "orders-api", service, apiName: "orders", stage: "prod" }),
  },
  {
    preset: "stepFunctionsStateMachine",
    resource: "AWS Step Functions state machine",
    docs: "https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html",
    slis: ["stepFunctionsAvailability"],
    example: () =>
      stepFunctionsStateMachine({
        id: "orders-flow",
        service,
        stateMachineArn: "arn:aws:states:us-east-1:111111111111:stateMachine:orders",
      }),
  },
  {
    preset: "kinesisStream",
    resource: "Amazon Kinesis data stream",
    docs: "https://docs.aws.amazon.com/streams/latest/dev/monitoring-with-cloudwatch.html",
    slis: [],
    example: () => kinesisStream({ id: "orders-stream", service, streamName: "orders" }),
  },
  {
    preset: "elastiCacheRedisNode",
    resource: "Amazon ElastiCache (Redis OSS, Valkey) node",
    docs: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html",
    slis: [],
    example: () => elastiCacheRedisNode({ id: "orders-cache", service, cacheClusterId: "orders-001" }),
  },
  {
    preset: "networkLoadBalancer",
    resource: "Network Load Balancer target group",
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html",
    slis: [],
    example: () =>
      networkLoadBalancer({
        id: "orders-nlb",
        service,
        loadBalancer: "net/orders/50dc6c495c0c9188",
        targetGroup: "targetgroup/orders/943f017f100becff",
      }),
  },
  {
    preset: "openSearchDomain",
    resource: "Amazon OpenSearch Service domain",
    docs: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudwatchmetrics.html",
    slis: [],
    example: () => openSearchDomain({ id: "orders-search", service, domainName: "orders", clientId: "111111111111" }),
  },
  {
    preset: "snsTopic",
    resource: "Amazon SNS topic",
    docs: "https://docs.aws.amazon.com/sns/latest/dg/sns-monitoring-using-cloudwatch.html",
    slis: ["snsDelivery"],
    example: () => snsTopic({ id: "orders-events", service, topicName: "orders-events" }),
  },
  {
    preset: "cloudFrontDistribution",
    resource: "Amazon CloudFront distribution (environments in us-east-1 only)",
    docs: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html",
    slis: [],
    example: () => cloudFrontDistribution({ id: "orders-cdn", service, distributionId: "E2EXAMPLE1" }),
  },
  {
    preset: "auroraCluster",
    resource: "Amazon Aurora DB cluster",
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html",
    slis: [],
    example: () => auroraCluster({ id: "orders-db", service, clusterIdentifier: "orders" }),
  },
  {
    preset: "autoScalingGroup",
    resource: "Amazon EC2 Auto Scaling group (group metrics collection on)",
    docs: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html",
    slis: [],
    example: () => autoScalingGroup({ id: "orders-asg", service, groupName: "orders", minInServiceCapacity: 2 }),
  },
];
