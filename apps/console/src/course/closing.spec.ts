import { closingOutstanding, continuationAskedOn, continuationOpen, exitParties } from './closing';
import type { ClosingPolicy, CourseView } from './course-data';

const policy: ClosingPolicy = { closingInstruments: ['who5', 'status'], continuation: { followUp: true, askAfter: 'P3M' } };

function course(changes: Partial<CourseView>): CourseView {
  return {
    phase: 'closing',
    attempts: [{ attempt: 1, mentorId: 'm', proposedAt: '2026-01-01T10:00:00Z', answers: {}, outcome: 'accepted' }],
    matchStartedAt: '2026-01-02T10:00:00Z',
    exitConversations: [],
    exitConversationsHeld: {},
    measurements: [],
    closure: { kind: 'early', reason: 'moved', outcome: 'none', by: 'c', at: '2026-03-01T10:00:00Z' },
    ...changes,
  } as CourseView;
}

describe('what closing a course waits for', () => {
  it('holds exit conversations with both parties of a match, and with the young person alone when there never was one', () => {
    expect(exitParties(course({}))).toEqual(['young-person', 'mentor']);
    expect(exitParties(course({ attempts: [] }))).toEqual(['young-person']);
  });

  it('lists the exit conversations not recorded and the closing measurements not in, of a course that started', () => {
    expect(closingOutstanding(course({ exitConversations: ['young-person'], measurements: ['who5@close'] }), policy)).toEqual({
      exitConversations: ['mentor'],
      measurements: ['status'],
    });
    // A course closed before its match started takes no closing measurement, as the engine has it.
    expect(closingOutstanding(course({ attempts: [], matchStartedAt: undefined }), policy)).toEqual({
      exitConversations: ['young-person'],
      measurements: [],
    });
  });

  it("dates the continuation question by the policy's askAfter after the closure (a month of 30 days); none without a follow-up", () => {
    expect(continuationAskedOn(course({ phase: 'closed' }), policy)?.toISOString()).toBe('2026-05-30T10:00:00.000Z');
    expect(continuationAskedOn(course({ phase: 'closed' }), { ...policy, continuation: { followUp: false, askAfter: 'P3M' } })).toBe(
      undefined,
    );
  });

  it('takes the continuation answer only once asked and not yet answered or left unanswered', () => {
    expect(continuationOpen(course({ phase: 'closed' }))).toBe(false);
    expect(continuationOpen(course({ phase: 'closed', continuation: { askedAt: '2026-05-30T10:00:00Z' } }))).toBe(true);
    const answered = { askedAt: '2026-05-30T10:00:00Z', answeredAt: '2026-06-01T10:00:00Z', keptInTouch: true };
    expect(continuationOpen(course({ phase: 'closed', continuation: answered }))).toBe(false);
    const unanswered = { askedAt: '2026-05-30T10:00:00Z', unansweredAt: '2026-08-28T10:00:00Z' };
    expect(continuationOpen(course({ phase: 'closed', continuation: unanswered }))).toBe(false);
  });
});
