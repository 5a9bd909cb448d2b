import type { Client } from '@temporalio/client';
import { MentorSlotActivities } from '../../activities/mentors/mentor-slots.activities';
import { CourseChange, CourseChangeParts, writeCourseChange } from '../../activities/mentorships/course-change.activities';
import type { MentorshipActivities } from '../../activities/mentorships/mentorship.activities';
import type { RaiseEscalation } from '../../activities/escalations/escalation-triggers.activities';
import type { NudgeInput, WelcomeMatch } from '../../activities/nudges/nudge.activities';
import { contactLog } from './contact-log';
import { mentorshipPolicy } from '../../libs/programs/mentorship-policy';
import { findPreset } from '../../libs/domain/policy/presets';
import type { MentorshipInput } from '../../workflows/mentorship/messages';

export function mentorshipInput(mentorshipId: string, presetSlug = 'pift'): MentorshipInput {
  return {
    mentorshipId,
    programSlug: presetSlug,
    municipalityId: 'municipality-odense',
    policy: mentorshipPolicy(findPreset(presetSlug)!.policy, 1),
  };
}

/**
 * The real slot activities (they command real mentor workflows on the test
 * server) and in-memory stand-ins, with the same contract, for the Postgres
 * writes and the nudges, which the integration tests run for real.
 */
export function mentorshipActivities(client: Client) {
  const phases: string[] = [];
  const attempts: Array<{ attempt: number; mentorId: string; outcome: string | null }> = [];
  const nudges: NudgeInput[] = [];
  const resolved: Array<{ key: string; reason: string }> = [];
  /** Every key a write asked to resolve, raised or not: a key asked before its nudge was raised resolves nothing, as in Postgres. */
  const resolving: string[] = [];
  let held: { kind: string; entered: () => void; released: Promise<void> } | undefined;
  const welcomes: WelcomeMatch[] = [];
  const missedMeetings: string[] = [];
  const escalations: RaiseEscalation[] = [];
  const openedEscalations: string[] = [];
  const slots = new MentorSlotActivities(client);
  const recorded: Pick<MentorshipActivities, 'recordMentorshipPhase' | 'recordMatchAttempt'> = {
    async recordMentorshipPhase({ phase }) {
      if (phases.at(-1) !== phase) phases.push(phase);
    },
    async recordMatchAttempt({ attempt, mentorId, outcome }) {
      const existing = attempts.find((a) => a.attempt === attempt);
      if (existing) existing.outcome = outcome;
      else attempts.push({ attempt, mentorId, outcome });
    },
  };
  const activities = {
    ...recorded,
    reserveMentorSlot: slots.reserveMentorSlot.bind(slots),
    releaseMentorSlot: slots.releaseMentorSlot.bind(slots),
    async raiseNudge(nudge: NudgeInput) {
      if (!nudges.some((n) => n.key === nudge.key)) nudges.push(nudge);
    },
    async raiseNudges({ nudges: raised }: { nudges: NudgeInput[] }) {
      const hold = held;
      if (hold && raised.some((nudge) => nudge.kind === hold.kind)) {
        held = undefined;
        hold.entered();
        await hold.released;
      }
      for (const nudge of raised) if (!nudges.some((n) => n.key === nudge.key)) nudges.push(nudge);
    },
    async resolveNudges({ keys, reason }: { keys: string[]; reason: string }) {
      resolving.push(...keys);
      for (const key of keys) if (nudges.some((n) => n.key === key) && !resolved.some((r) => r.key === key)) resolved.push({ key, reason });
    },
    async welcomeMatch(match: WelcomeMatch) {
      if (!welcomes.some((w) => w.attempt === match.attempt && w.subjectWorkflowId === match.subjectWorkflowId)) welcomes.push(match);
    },
    // The mentor workflows these tests start record their own path too.
    async recordMentorPathEvent() {},
    async recordMissedMeeting({ missedMeetingId }: { missedMeetingId: string }) {
      if (!missedMeetings.includes(missedMeetingId)) missedMeetings.push(missedMeetingId);
    },
    async raiseEscalation(request: RaiseEscalation): Promise<string> {
      if (!escalations.some((e) => e.key === request.key)) escalations.push(request);
      return `escalation-for-${request.key}`;
    },
    async openRequestedEscalation({ escalationId }: { escalationId: string }) {
      if (!openedEscalations.includes(escalationId)) openedEscalations.push(escalationId);
    },
    readRecordedContact: contactLog.readRecordedContact.bind(contactLog),
  };
  /** Holds the next write that raises a nudge of this kind until released: `entered` once it is waiting. */
  const holdRaising = (kind: string) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const entered = new Promise<void>((resolve) => (held = { kind, entered: resolve, released }));
    return { entered, release };
  };
  return {
    activities: withCourseChanges(activities),
    holdRaising,
    resolving,
    phases,
    attempts,
    nudges,
    resolved,
    welcomes,
    missedMeetings,
    escalations,
    openedEscalations,
  };
}

/** The parts a course's one write per step is made of, and that write composed over them as the real activity composes it. */
export function withCourseChanges<Parts extends CourseChangeParts>(
  parts: Parts,
): Parts & { recordCourseChange(change: CourseChange): Promise<void> } {
  return { ...parts, recordCourseChange: (change: CourseChange) => writeCourseChange(parts, change) };
}
