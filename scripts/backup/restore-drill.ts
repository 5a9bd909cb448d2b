import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../libs/config/load-config';
import { newPayloadKey } from '../../libs/temporal/payload-codec';
import { CarefulClient } from '../faults/careful-client';
import { restoreBackup, takeBackup } from './backup';
import { snapshotCourses } from './course-snapshot';
import { driveCourses, logMeeting } from './drill-courses';
import { compare, CourseOutcome, DrillResult } from './drill-verdict';
import { DeploymentSettings, DrillStack } from './drill-stack';
import type { TemporalKind } from './drill-temporal';

const clientOptions = { attemptTimeoutMs: 15_000, giveUpAfterMs: 60_000 };

/**
 * The restore drill: a fresh engine, courses driven into different phases, a
 * snapshot of each, the backup, everything stopped and the engine's folder
 * deleted, the backup restored into new folders, a new engine on new ports
 * started on them, each course's snapshot again, and a meeting logged on each
 * active one. `say` hears each stage.
 */
export async function runRestoreDrill(temporalKind: TemporalKind, say: (line: string) => void): Promise<DrillResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'mentorflow-restore-drill-'));
  // mkdtemp's mode 700 would send PostgreSQL's files (run as the user postgres under root) outside it, where the clean-up misses them.
  chmodSync(workDir, 0o755);
  const namespace = loadConfig().temporal.namespace;
  const settings: DeploymentSettings = {
    MENTORFLOW_JWT_SECRET: randomBytes(32).toString('hex'),
    MENTORFLOW_PAYLOAD_KEYS: newPayloadKey('drill-1'),
    TEMPORAL_TASK_QUEUE: `restore-drill-${randomUUID().slice(0, 8)}`,
    TEMPORAL_NAMESPACE: namespace,
  };
  const adminId = randomUUID();
  const timings = {} as DrillResult['timings'];
  const timed = async <T>(stage: keyof DrillResult['timings'], work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    timings[stage] = (Date.now() - started) / 1000;
    return result;
  };
  const clientsOf = (stack: DrillStack) => ({
    admin: new CarefulClient(stack.apiUrl, stack.token('program-admin', adminId), clientOptions),
    coordinator: (id: string) => new CarefulClient(stack.apiUrl, stack.token('coordinator', id), clientOptions),
  });
  const sourcesOf = (stack: DrillStack, coordinator: CarefulClient) => ({
    coordinator,
    temporalAddress: stack.temporalAddress,
    namespace,
    databaseUrl: stack.databaseUrl,
  });

  const originalDir = join(workDir, 'original');
  const backupDir = join(workDir, 'backup');
  const restoredDir = join(workDir, 'restored');
  let stack: DrillStack | undefined;
  try {
    say(`a fresh engine (Temporal: ${temporalKind}) in ${originalDir}`);
    stack = await timed('firstStack', () => DrillStack.start(originalDir, temporalKind, settings, adminId));
    const first = clientsOf(stack);
    const { coordinatorId, courses } = await timed('courses', () => driveCourses(first.admin, first.coordinator));
    const before = await snapshotCourses(courses, sourcesOf(stack, first.coordinator(coordinatorId)));
    say(`${courses.length} courses driven; backing up (Temporal first, then Mentorflow's database) into ${backupDir}`);
    const sources = stack.sources;
    const manifest = await timed('backup', () => takeBackup(sources.temporal, sources.mentorflow, backupDir));
    await stack.stop();
    stack = undefined;
    rmSync(originalDir, { recursive: true, force: true });

    say(`the first engine is stopped and its folder deleted; restoring into ${restoredDir}`);
    await timed('restore', async () => restoreBackup(backupDir, DrillStack.places(restoredDir, temporalKind)));
    stack = await timed('restoredStack', () => DrillStack.start(restoredDir, temporalKind, settings, adminId));
    const restored = stack;
    const coordinator = clientsOf(restored).coordinator(coordinatorId);
    const outcomes = await timed('checks', async () => {
      const after = await snapshotCourses(courses, sourcesOf(restored, coordinator));
      return Promise.all(
        courses.map(async (course) => {
          const outcome = compare(course, before.get(course.id)!, after.get(course.id)!);
          if (outcome.after.phase === 'active') outcome.meetingAfterRestore = await meetingCounted(coordinator, outcome);
          return outcome;
        }),
      );
    });
    return { outcomes, manifest, timings };
  } finally {
    await stack?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** A meeting logged now must be taken by the restored course (its row read model says active) and kept beside the restored rows. */
async function meetingCounted(coordinator: CarefulClient, { course, after }: CourseOutcome): Promise<string> {
  const answer = await logMeeting(coordinator, course.id);
  if (answer.status !== 200) return `refused ${answer.status} ${answer.body?.code ?? ''}`.trim();
  const counted = answer.body.meetings.count as number;
  if (counted !== after.meetingRows.length + 1) return `counted ${counted}, expected ${after.meetingRows.length + 1}`;
  const rows = await coordinator.send('GET', `/mentorships/${course.id}/meetings`);
  if (rows.body.length !== after.meetingRows.length + 1) return `${rows.body.length} rows, expected ${after.meetingRows.length + 1}`;
  return 'counted';
}
