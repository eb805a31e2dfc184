import { Testing } from "cdktf";

Testing.setupJest();

/**
 * Jest maps every stack trace to the TypeScript sources, frame by frame. cdktf captures a whole
 * stack on a plain object for every reference it makes (kept for its error messages), and mapping
 * those cost about a fifth of the CPU of every test that synthesizes. Stacks captured on plain
 * objects are formatted as Node formats them outside Jest: errors keep their mapped stacks, and
 * the creation stacks cdktf quotes in its own error messages name compiled lines, as in synth.
 */
const mapped = Error.prepareStackTrace;
if (mapped)
  Error.prepareStackTrace = (error, frames) =>
    Object.getPrototypeOf(error) === Object.prototype
      ? [String(error), ...frames.map((frame) => `    at ${frame}`)].join("\n")
      : mapped(error, frames);
