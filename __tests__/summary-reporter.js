/**
 * Prints one closing line, "N passed, N failed[, N skipped]", after Jest's own summary so
 * any CI can read the result without parsing Jest's output.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    // Jest prints its own summary and "Ran all test suites." after reporters finish: write at
    // exit so this stays the last line.
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
