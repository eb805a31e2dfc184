/** One typed preset per AWS managed service: the alarms a team wants on one resource, and its SLIs. */
export * from "./preset";
export * from "./lambda";
export * from "./sqs";
export * from "./dynamodb";
export * from "./api-gateway";
export * from "./step-functions";
export * from "./kinesis";
export * from "./elasticache";
export * from "./network-load-balancer";
export * from "./opensearch";
export * from "./sns";
export * from "./cloudfront";
export * from "./aurora";
export * from "./auto-scaling";
