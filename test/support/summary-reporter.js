const { writeFileSync } = require('node:fs');

/**
 * How much of each failure's message the summary keeps, its stack left out: enough to name the check, short enough for a
 * CI log's tail.
 */
const MESSAGE_LINES = 6;

/** The failed tests of a run (and suites that could not run at all), each with its file and the head of its message. */
function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    const file = suite.testFilePath.replace(`${process.cwd()}/`, '');
    if (suite.testExecError) failures.push({ file, test: '(the file did not run)', message: suite.testExecError.message });
    for (const test of suite.testResults) {
      if (test.status === 'failed') failures.push({ file, test: test.fullName, message: test.failureMessages.join('\n') });
    }
  }
  return failures.map(({ file, test, message }) => ({ file, test, message: headOf(message) }));
}

function headOf(message) {
  // eslint-disable-next-line no-control-regex -- jest colours its messages; a log file wants them plain.
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*at /.test(line))
    .slice(0, MESSAGE_LINES)
    .join('\n');
}

/**
 * Ends every run with one plain line, "N passed, N failed, N skipped", that
 * tools reading CI logs understand whatever the test runner, after a list of
 * what failed: a CI log is often read from its tail, and the failure itself
 * may be far above it. When MENTORFLOW_TEST_SUMMARY names a file, the counts
 * and failures go there instead: the test command runs two jest processes side
 * by side and prints one summary for both (test/support/print-summary.js).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const summary = {
      passed: numPassedTests,
      failed: numFailedTests + numRuntimeErrorTestSuites,
      skipped: numPendingTests + numTodoTests,
      failures: failuresOf(results),
    };
    if (process.env.MENTORFLOW_TEST_SUMMARY) writeFileSync(process.env.MENTORFLOW_TEST_SUMMARY, JSON.stringify(summary));
    else process.stdout.write(require('./summary-lines').summaryLines([summary]));
  }
}
module.exports = SummaryReporter;
