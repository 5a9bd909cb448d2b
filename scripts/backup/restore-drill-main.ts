import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { drillPassed, drillTable } from './drill-verdict';
import { runRestoreDrill } from './restore-drill';

/**
 * `./mentorflow restore-drill [--cluster]`: backs up a fresh engine with courses in
 * every phase, restores it into another and checks each course came back the
 * same (see restore-drill.ts), on the Temporal dev server or, with
 * --cluster, on the real cluster (built by `./mentorflow cluster`); prints the table and the timings, and exits 1
 * on any difference.
 */
const say = (line: string) => process.stdout.write(`[restore-drill] ${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const { values } = parseArgs({ options: { cluster: { type: 'boolean', default: false } } });
  const result = await runRestoreDrill(values.cluster ? 'cluster' : 'dev-server', say);
  const { manifest, timings } = result;
  const { temporal, mentorflow } = manifest.takenAt;
  say(`backup: Temporal (${manifest.temporal.kind}) at ${temporal}, Mentorflow's database (${manifest.mentorflow.kind}) at ${mentorflow}`);
  say(
    `seconds: ${Object.entries(timings)
      .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}`)
      .join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)}`,
  );
  process.stdout.write(`\n${drillTable(result)}\n\n`);
  const passed = drillPassed(result);
  say(passed ? 'passed: every course came back as it was' : 'FAILED: see the table');
  process.exitCode = passed ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
