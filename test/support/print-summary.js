const { existsSync, readFileSync } = require('node:fs');

/**
 * The one line "N passed, N failed, N skipped" for the jest runs whose counts
 * the summary reporter wrote to the files named on the command line. A run
 * that wrote none (it crashed before its end) fails the line too.
 */
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    process.stderr.write(`no test counts in ${file}: that jest run did not finish\n`);
    totals.failed += 1;
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
