import { CourseChangeParts, writeCourseChange } from './course-change.activities';

/** Each part called records its name and input, and may fail once. */
function recordingParts(failOnce?: keyof CourseChangeParts) {
  const calls: Array<[string, unknown]> = [];
  let failed = false;
  const part =
    (name: keyof CourseChangeParts) =>
    async (input: unknown): Promise<void> => {
      calls.push([name, input]);
      if (name === failOnce && !failed) {
        failed = true;
        throw new Error(`${name} failed`);
      }
    };
  const parts: CourseChangeParts = {
    releaseMentorSlot: part('releaseMentorSlot'),
    recordMatchAttempt: part('recordMatchAttempt'),
    recordMentorshipPhase: part('recordMentorshipPhase'),
    welcomeMatch: part('welcomeMatch'),
    raiseNudges: part('raiseNudges'),
    resolveNudges: part('resolveNudges'),
  };
  return { parts, calls };
}

const slot = { mentorId: 'mentor-1', mentorshipId: 'course-1' };
const attempt = {
  mentorshipId: 'course-1',
  attempt: 1,
  mentorId: 'mentor-1',
  proposedBy: 'coordinator-1',
  proposedAt: '2026-01-05T10:00:00.000Z',
  outcome: 'closed',
  endedAt: '2026-12-01T10:00:00.000Z',
};
const phase = {
  mentorshipId: 'course-1',
  phase: 'closing',
  phaseSince: '2026-12-01T10:00:00.000Z',
  mentorId: null,
  matchStartedAt: '2026-01-06T10:00:00.000Z',
  closure: null,
};
const resolved = [
  { keys: ['mentorship-course-1/maximum-reached'], reason: 'course closing' },
  { keys: ['mentorship-course-1/review-due:P6M'], reason: 'review held' },
];

describe('writeCourseChange', () => {
  it('writes the parts present, the slot before the attempt that held it, and the nudges last', async () => {
    const { parts, calls } = recordingParts();
    await writeCourseChange(parts, { releasedSlot: slot, attempt, phase, resolved });
    expect(calls).toEqual([
      ['releaseMentorSlot', slot],
      ['recordMatchAttempt', attempt],
      ['recordMentorshipPhase', phase],
      ['resolveNudges', resolved[0]],
      ['resolveNudges', resolved[1]],
    ]);
  });

  it('calls nothing for a change without parts, nor for empty lists of nudges', async () => {
    const { parts, calls } = recordingParts();
    await writeCourseChange(parts, { raised: [], resolved: [] });
    expect(calls).toEqual([]);
  });

  it('fails as its part fails, and a retry writes the whole change again (each part is idempotent)', async () => {
    const { parts, calls } = recordingParts('recordMentorshipPhase');
    await expect(writeCourseChange(parts, { releasedSlot: slot, phase })).rejects.toThrow('recordMentorshipPhase failed');
    await writeCourseChange(parts, { releasedSlot: slot, phase });
    expect(calls.map(([name]) => name)).toEqual([
      'releaseMentorSlot',
      'recordMentorshipPhase',
      'releaseMentorSlot',
      'recordMentorshipPhase',
    ]);
  });
});
