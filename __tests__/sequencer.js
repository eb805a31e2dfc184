/**
 * The suite's order: the files known to take longest start first, whatever jest's cache holds (a
 * fresh clone has none, and jest then orders by file size). The live servers' test mostly waits
 * and the delivery test runs processes of its own, so both workers stay busy to the end instead
 * of one long file running alone at the tail.
 */
const Sequencer = require("@jest/test-sequencer").default;

const FIRST = [
  "__tests__/engine/verify/e2e-live.test.ts",
  "__tests__/delivery/cli.test.ts",
  "__tests__/second-team.test.ts",
  "__tests__/scripts/cdktf-app.test.ts",
  "__tests__/delivery/workflows.test.ts",
  "__tests__/docs-drift.test.ts",
];

class LongestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const i = FIRST.findIndex((file) => test.path.endsWith(file));
      return i < 0 ? FIRST.length : i;
    };
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirst;
