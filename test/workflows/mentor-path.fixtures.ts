import type { MentorPathActivities, MentorPathEventInput } from '../../activities/mentors/mentor-path.activities';
import type { NudgeActivities, NudgeInput } from '../../activities/nudges/nudge.activities';
import { DURATION_UNITS_MS } from '../../libs/domain/duration';
import type { MentorPathInput, MentorPathPolicy } from '../../workflows/mentor/messages';

/** PIFT-like: every screening step, a course, one mentee at a time. */
export const FULL_SCREENING_POLICY: MentorPathPolicy = {
  policyVersion: 1,
  screeningSteps: ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'],
  stepStalledAfterMs: 21 * DURATION_UNITS_MS.DAY,
  courseRequired: true,
  courseStalledAfterMs: 60 * DURATION_UNITS_MS.DAY,
  capacity: 1,
};

export function mentorInput(mentorId: string, policy: Partial<MentorPathPolicy> = {}): MentorPathInput {
  return {
    mentorId,
    appliedBy: 'coordinator-1',
    programSlug: 'pift',
    municipalityId: 'municipality-odense',
    policy: { ...FULL_SCREENING_POLICY, ...policy },
  };
}

/** Activities with the real ones' contract, keeping what they were asked in memory. */
export function recordingActivities() {
  const events: MentorPathEventInput[] = [];
  const nudges: NudgeInput[] = [];
  const resolved: Array<{ key: string; reason: string }> = [];
  const activities: MentorPathActivities & NudgeActivities = {
    async recordMentorPathEvent(event) {
      if (!events.some((e) => e.eventId === event.eventId)) events.push(event);
    },
    async raiseNudge(nudge) {
      if (!nudges.some((n) => n.key === nudge.key)) nudges.push(nudge);
    },
    async resolveNudges({ keys, reason }) {
      for (const key of keys) if (!resolved.some((r) => r.key === key)) resolved.push({ key, reason });
    },
  } as MentorPathActivities & NudgeActivities;
  return { activities, events, nudges, resolved };
}
