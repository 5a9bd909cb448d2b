import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { FaultStack } from './fault-stack';
import { faultTable, FAULTS, FaultResult, LONG, passed, runFault, SHORT } from './faults';

/**
 * `./mentorflow faults [--short] [--only TEXT]`: runs each fault against a
 * stack of its own (PostgreSQL, the Temporal dev server on a file, workers,
 * the API), prints the table, and exits 1 unless every fault lost and doubled
 * nothing. CI runs the short version through test/faults.e2e.ts.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { short: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const scale = values.short ? SHORT : LONG;
  const faults = FAULTS.filter((fault) => !values.only || fault.name.includes(values.only));
  const stack = await FaultStack.start();
  const results: FaultResult[] = [];
  try {
    for (const fault of faults) {
      process.stdout.write(`[faults] ${fault.name}: ${scale.courses} courses × ${scale.meetingsPerCourse} meetings\n`);
      const result = await runFault(stack, fault, scale);
      results.push(result);
      for (const problem of result.census.problems) process.stdout.write(`[faults]   ${problem}\n`);
    }
  } finally {
    await stack.stop();
  }
  process.stdout.write(`\n${faultTable(results)}\n`);
  process.exitCode = results.every(passed) ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
