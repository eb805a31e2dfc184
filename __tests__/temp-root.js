/**
 * One temporary folder for the whole run: every test's mkdtemp (and every process a test starts)
 * lands under it through TMPDIR, which os.tmpdir() reads and the workers inherit, and the
 * teardown removes it, so a run leaves nothing behind in the system's temporary folder.
 */
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = {
  setup() {
    process.env.MONITORING_TEST_TMP = mkdtempSync(join(tmpdir(), "monitoring-tests-"));
    process.env.TMPDIR = process.env.MONITORING_TEST_TMP;
  },
  teardown() {
    const root = process.env.MONITORING_TEST_TMP;
    if (!root) return;
    // A server a failed test started may still be writing its last files as it stops.
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`could not remove ${root}: ${error.message}\n`);
    }
  },
};
