/** Tests run against the TypeScript sources; `npm test` type-checks first with tsc. */
module.exports = {
  testEnvironment: "node",
  // Both cores: the suite is mostly synths and real engines, which parallelize well.
  maxWorkers: 2,
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  testSequencer: "<rootDir>/__tests__/sequencer.js",
  reporters: ["default", "<rootDir>/__tests__/summary-reporter.js"],
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
};
