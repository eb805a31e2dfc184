/**
 * cdktf records a full stack trace for every token it creates (each reference and each nested
 * block of a provider resource) and reads it only to explain a token that fails to resolve.
 * With our resource sizes that is a third of synth time and most of its memory at 1,000 SLOs
 * (hashicorp/terraform-cdk#3892, open upstream). Definitions are validated before any token
 * exists, so such a failure is a bug in the constructs: set MONITORING_STACK_TRACES=1 to get the
 * traces back while debugging one.
 */
// The module's exports object itself (not an import copy): cdktf looks the function up on it per call.
const traces: { captureStackTrace: (below?: unknown) => string[] } = require("cdktf/lib/tokens/private/stack-trace");

const original = traces.captureStackTrace;

/** Applies MONITORING_STACK_TRACES from the given environment; call before building stacks. */
export function configureTokenStackTraces(env: NodeJS.ProcessEnv = process.env): void {
  traces.captureStackTrace = env.MONITORING_STACK_TRACES === "1" ? original : () => [];
}
