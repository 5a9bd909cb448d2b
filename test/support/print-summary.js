const { existsSync, readFileSync } = require('node:fs');
const { summaryLines } = require('./summary-lines');

/**
 * The summary (what failed, then "N passed, N failed, N skipped") of the jest
 * runs whose summary reporter wrote to the files named on the command line. A
 * run that wrote none (it crashed before its end) counts as one failure.
 */
const summaries = process.argv.slice(2).map((file) => {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const failure = { file, test: '(no summary)', message: 'that jest run did not finish' };
  return { passed: 0, failed: 1, skipped: 0, failures: [failure] };
});
process.stdout.write(summaryLines(summaries));
