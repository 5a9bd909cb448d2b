import { allHandlersFinished, condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { MentorPathActivities } from '../../activities/mentors/mentor-path.activities';
import type { NudgeActivities } from '../../activities/nudges/nudge.activities';
import { ActivitiesOf, PERSISTENT_WORK } from '../activities';
import { onCommand } from '../commands';
import { DEFAULT_HISTORY_LIMIT, LongRun } from '../long-running';
import { MentorflowMunicipality, MentorflowNextDue, MentorflowPhase, MentorflowPhaseSince, MentorflowProgram } from '../search-attributes';
import { MentorPath } from './mentor-path';
import {
  approveUpdate,
  beginScreeningUpdate,
  completeCourseUpdate,
  enrolInCourseUpdate,
  MentorPathInput,
  MentorPathState,
  mentorStateQuery,
  pauseUpdate,
  recordScreeningStepUpdate,
  rejectUpdate,
  releaseSlotUpdate,
  reserveSlotUpdate,
  resumeUpdate,
  retireUpdate,
  withdrawUpdate,
} from './messages';
import { currentStall, nextStall } from './stalls';

const activities = proxyActivities<ActivitiesOf<MentorPathActivities> & ActivitiesOf<NudgeActivities>>(PERSISTENT_WORK);

export interface MentorPathRun extends MentorPathInput {
  /** Carried across continue-as-new. */
  state?: MentorPathState;
  eventsRecorded?: number;
  /** History events after which the run continues as new; defaults to 2,000. */
  historyLimit?: number;
}

/**
 * One mentor from application to retirement. Coordinators drive it with
 * updates (each refused with a reason when it does not fit the phase); its
 * own timers chase a stalled application, screening or course. A run
 * continues as new after its history's limit, or when the renewal sweep
 * sends `renew` (within MAX_RUN_AGE_MS): no age timer of its own, as an idle
 * path's timer hung the time-skipping test server (docs/NOTES.md).
 */
export async function mentorPath(run: MentorPathRun): Promise<MentorPathState> {
  const { state: carried, eventsRecorded: carriedEvents, historyLimit = DEFAULT_HISTORY_LIMIT, ...input } = run;
  const path = carried ? new MentorPath(input, carried) : MentorPath.fresh(input, new Date());
  let eventsRecorded = carriedEvents ?? 0;
  let revision = 0;
  const { workflowId } = workflowInfo();
  const longRun = new LongRun(historyLimit);

  const publish = () => {
    const stall = nextStall(path);
    upsertSearchAttributes([
      { key: MentorflowProgram, value: input.programSlug },
      { key: MentorflowPhase, value: path.state.phase },
      { key: MentorflowPhaseSince, value: new Date(path.state.phaseSince) },
      { key: MentorflowNextDue, value: stall ? new Date(stall.dueAt) : null },
      ...(input.municipalityId ? [{ key: MentorflowMunicipality, value: input.municipalityId }] : []),
    ]);
  };

  /** Writes one step of the path to Postgres: who, when, what, and the phase after it. */
  const record = (kind: string, by: string, at: Date, detail: Record<string, string> = {}) =>
    activities.recordMentorPathEvent({
      eventId: `${workflowInfo().workflowId}/${++eventsRecorded}`,
      mentorId: input.mentorId,
      kind,
      phase: path.state.phase,
      by,
      at: at.toISOString(),
      detail,
    });

  /** Applies a command, then records it before answering. */
  const command = async (
    kind: string,
    by: string,
    apply: (now: Date) => void,
    detail: Record<string, string> = {},
  ): Promise<MentorPathState> => {
    const now = new Date();
    apply(now);
    revision += 1;
    publish();
    await record(kind, by, now, detail);
    return path.state;
  };

  // ---- message handlers

  setHandler(mentorStateQuery, () => path.state);
  onCommand(
    beginScreeningUpdate,
    () => path.checkBeginScreening(),
    ({ by }) => command('screening-begun', by, (now) => path.beginScreening(now)),
  );
  onCommand(
    recordScreeningStepUpdate,
    (step) => path.checkScreeningStep(step),
    (step) => command('screening-step', step.by, (now) => path.recordScreeningStep(step, now), { step: step.step, result: step.result }),
  );
  onCommand(
    enrolInCourseUpdate,
    () => path.checkEnrol(),
    ({ by }) => command('course-enrolled', by, (now) => path.enrol(now)),
  );
  onCommand(
    completeCourseUpdate,
    () => path.checkCompleteCourse(),
    ({ by }) => command('course-completed', by, (now) => path.completeCourse(now)),
  );
  onCommand(
    approveUpdate,
    () => path.checkApprove(),
    ({ by }) => command('approved', by, (now) => path.approve(by, now)),
  );
  onCommand(
    pauseUpdate,
    () => path.checkPause(),
    ({ by }) => command('paused', by, (now) => path.pause(now)),
  );
  onCommand(
    resumeUpdate,
    () => path.checkResume(),
    ({ by }) => command('resumed', by, (now) => path.resume(now)),
  );
  onCommand(
    retireUpdate,
    () => path.checkRetire(),
    (end) => command('retired', end.by, (now) => path.retire(end, now), { reason: end.reason }),
  );
  onCommand(
    rejectUpdate,
    () => path.checkReject(),
    (end) => command('rejected', end.by, (now) => path.reject(end, now), { reason: end.reason }),
  );
  onCommand(
    withdrawUpdate,
    () => path.checkWithdraw(),
    (end) => command('withdrawn', end.by, (now) => path.withdraw(end, now), { reason: end.reason }),
  );
  // Slots change no phase and belong to the mentorship workflows, which keep their own records.
  setHandler(reserveSlotUpdate, ({ mentorshipId }) => path.reserveSlot(mentorshipId), {
    validator: ({ mentorshipId }) => path.checkReserveSlot(mentorshipId),
  });
  setHandler(releaseSlotUpdate, ({ mentorshipId }) => path.releaseSlot(mentorshipId));

  // ---- main logic
  publish();
  if (!carried) await record('applied', input.appliedBy, new Date(path.state.phaseSince));
  while (!path.ended) {
    await resolveSettledNudges();
    const seen = revision;
    const stall = nextStall(path);
    const wake = await longRun.wait(() => revision !== seen, stall?.dueAt);
    if (wake === 'deadline' && stall) {
      await activities.raiseNudge({
        key: `${workflowId}/${stall.key}`,
        kind: stall.kind,
        recipientRole: 'coordinator',
        programSlug: input.programSlug,
        municipalityId: input.municipalityId ?? undefined,
        subjectWorkflowId: workflowId,
        subjectId: input.mentorId,
      });
      path.state.nudgesSent.push(stall.key);
      path.state.openNudges.push(stall.key);
      publish();
    }
    if (longRun.due) await longRun.continueAsNew<typeof mentorPath>({ ...input, state: path.state, eventsRecorded, historyLimit });
  }
  await resolveSettledNudges();
  await condition(allHandlersFinished);
  return path.state;

  /** A stall nudge ends when the path moves on: a screening step recorded, the course completed, the path ended. */
  async function resolveSettledNudges(): Promise<void> {
    const open = path.state.openNudges;
    const stillStalled = currentStall(path)?.key;
    const settled = open.filter((key) => key !== stillStalled);
    if (settled.length === 0) return;
    path.state.openNudges = open.filter((key) => key === stillStalled);
    await activities.resolveNudges({ keys: settled.map((key) => `${workflowId}/${key}`), reason: `mentor ${path.state.phase}` });
  }
}
