import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup, takeBackup } from './backup';
import { defaultBackupDir, localStack } from './local-stack';

/**
 * `./mentorflow backup [--cluster] [--to DIR]` and `./mentorflow restore
 * [--cluster] --from DIR` for this checkout's engine (see local-stack.ts and
 * docs/operations-backup.md). A backup is taken while the engine runs or
 * while it is stopped; a restore goes into an engine that is stopped and whose
 * data was moved aside, and the next `up` (or `cluster start`) carries on from it.
 */
const USAGE = 'usage: ./mentorflow backup [--cluster] [--to DIR] | ./mentorflow restore [--cluster] --from DIR';
const say = (line: string) => process.stdout.write(`[backup] ${line}\n`);

async function main(command: string | undefined, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { cluster: { type: 'boolean', default: false }, to: { type: 'string' }, from: { type: 'string' } },
  });
  const stack = localStack(values.cluster ?? false);
  if (command === 'backup' && !values.from) {
    const dir = values.to ?? defaultBackupDir(stack.root);
    const manifest = await takeBackup(stack.temporal, stack.mentorflow, dir);
    say(`Temporal (${manifest.temporal.kind}) at ${manifest.takenAt.temporal}`);
    say(`Mentorflow's database (${manifest.mentorflow.kind} copy) at ${manifest.takenAt.mentorflow}`);
    say(`backed up into ${resolve(dir)}`);
    return 0;
  }
  if (command === 'restore' && values.from && !values.to) {
    const temporal = stack.temporal.kind === 'dev-server' ? stack.temporal.file : stack.temporal.dataDir;
    const manifest = restoreBackup(values.from, { temporal, mentorflowDataDir: stack.mentorflow.dataDir });
    say(`restored the backup of ${manifest.takenAt.mentorflow}: start the engine as usual, with the payload keys it was taken with`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

const [command, ...args] = process.argv.slice(2);
main(command, args).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`[backup] ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  },
);
