const { writeFileSync } = require('node:fs');

/**
 * Ends every run with one plain line, "N passed, N failed, N skipped", that
 * tools reading CI logs understand whatever the test runner. When
 * MENTORFLOW_TEST_SUMMARY names a file, the counts go there instead: the test
 * command runs two jest processes side by side and prints one line for both
 * (test/support/print-summary.js).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const counts = { passed: numPassedTests, failed: numFailedTests, skipped: numPendingTests + numTodoTests };
    if (process.env.MENTORFLOW_TEST_SUMMARY) writeFileSync(process.env.MENTORFLOW_TEST_SUMMARY, JSON.stringify(counts));
    else process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
