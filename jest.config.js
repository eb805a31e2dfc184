/** Tests run against the TypeScript sources; `npm test` type-checks first with tsc. */
const { availableParallelism } = require("node:os");

module.exports = {
  testEnvironment: "node",
  // One and a half workers per core: the suite is mostly synths and real engines, and its longest
  // files wait on servers (the live end-to-end check, the cdktf CLI) for much of their time. On
  // 2 cores, 3 workers took 0.80x the wall time of 2 (paired runs of the whole suite).
  maxWorkers: Math.max(1, Math.floor(availableParallelism() * 1.5)),
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  // No wall-clock limit a loaded machine can miss: the system tests run real engines and the cdktf
  // CLI, whose time grows with the machine's load; the limit only ends a test that truly hangs.
  testTimeout: 15 * 60 * 1000,
  testSequencer: "<rootDir>/__tests__/sequencer.js",
  reporters: ["default", "<rootDir>/__tests__/summary-reporter.js"],
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  globalSetup: "<rootDir>/__tests__/global-setup.js",
  globalTeardown: "<rootDir>/__tests__/global-teardown.js",
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
};
