import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { FaultStack } from './fault-stack';
import { faultTable, faultsFor, FaultResult, LONG, passed, runFault, SHORT } from './faults';

/**
 * `./mentorflow faults [--short] [--only TEXT] [--cluster]`: runs each fault
 * against a stack of its own (PostgreSQL, the Temporal dev server on a file
 * or, with --cluster, a fresh real cluster, workers, the API), prints the
 * table, and exits 1 unless every fault lost and doubled nothing. CI runs the
 * short version on the dev server through test/faults.e2e.ts.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { short: { type: 'boolean', default: false }, only: { type: 'string' }, cluster: { type: 'boolean', default: false } },
  });
  const scale = values.short ? SHORT : LONG;
  const engine = values.cluster ? 'cluster' : 'dev-server';
  const faults = faultsFor(engine).filter((fault) => !values.only || fault.name.includes(values.only));
  const startedAt = Date.now();
  process.stdout.write(`[faults] starting a stack on the ${engine}\n`);
  const stack = await FaultStack.start(engine);
  process.stdout.write(`[faults] stack ready after ${Math.round((Date.now() - startedAt) / 1000)} s\n`);
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
  process.stdout.write(`\n[faults] on the ${engine}, ${Math.round((Date.now() - startedAt) / 1000)} s in all\n`);
  process.exitCode = results.every(passed) ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
