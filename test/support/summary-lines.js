/**
 * The end of a test run's log, for one or more jest runs' summaries: each failure with its file and the head of its
 * message, then the one line "N passed, N failed, N skipped".
 */
function summaryLines(summaries) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for (const summary of summaries) {
    for (const key of Object.keys(totals)) totals[key] += summary[key];
    failures.push(...(summary.failures ?? []));
  }
  const listed = failures.map(({ file, test, message }) => `✕ ${file}: ${test}\n${indented(message)}\n`).join('');
  const heading = failures.length > 0 ? `\nfailed:\n${listed}` : '';
  return `${heading}\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}

function indented(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

module.exports = { summaryLines };
