import type { MentorPathState } from '../../workflows/mentor/messages';
import { pathChecklist, PathRequirements } from './path-checklist';

const PIFT: PathRequirements = {
  policyVersion: 2,
  screeningSteps: ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'],
  courseRequired: true,
};
const path = (changes: Partial<MentorPathState>) => ({ phase: 'screening' as const, screening: [], ...changes });
const passed = (step: MentorPathState['screening'][number]['step'], at: string) => ({ step, result: 'passed' as const, by: 'c', at });

describe("a mentor's path as a checklist of what her program's policy requires", () => {
  it('in screening: the steps passed with their day, the others outstanding, then the course and the approval', () => {
    const checklist = pathChecklist(path({ screening: [passed('interview', '2026-11-02T09:00:00Z')] }), PIFT);
    expect(checklist).toEqual({
      policyVersion: 2,
      screening: [
        { step: 'interview', status: 'passed', at: '2026-11-02T09:00:00Z' },
        { step: 'references', status: 'outstanding', at: null },
        { step: 'criminal-record-check', status: 'outstanding', at: null },
        { step: 'child-offence-certificate', status: 'outstanding', at: null },
      ],
      course: { status: 'outstanding', enrolledAt: null, completedAt: null },
      approval: { status: 'outstanding', at: null },
    });
  });

  it('on the course and after: enrolled, completed, approved, each with its moment', () => {
    const enrolled = pathChecklist(path({ phase: 'course', courseEnrolledAt: '2026-11-10T09:00:00Z' }), PIFT);
    expect(enrolled.course).toEqual({ status: 'enrolled', enrolledAt: '2026-11-10T09:00:00Z', completedAt: null });
    const approved = pathChecklist(
      path({
        phase: 'available',
        courseEnrolledAt: '2026-11-10T09:00:00Z',
        courseCompletedAt: '2026-11-20T09:00:00Z',
        approvedAt: '2026-11-21',
      }),
      PIFT,
    );
    expect([approved.course.status, approved.approval]).toEqual(['completed', { status: 'approved', at: '2026-11-21' }]);
  });

  it('a course the policy does not require is said so; a path that ended leaves the rest not reached, the failed step failed', () => {
    const noCourse = pathChecklist(path({ phase: 'awaiting-approval' }), { policyVersion: 1, screeningSteps: [], courseRequired: false });
    expect([noCourse.screening, noCourse.course.status, noCourse.approval.status]).toEqual([[], 'not-required', 'outstanding']);
    const failed = { step: 'references' as const, result: 'failed' as const, by: 'c', at: '2026-11-03T09:00:00Z' };
    const rejected = pathChecklist(path({ phase: 'rejected', screening: [passed('interview', '2026-11-02T09:00:00Z'), failed] }), PIFT);
    expect(rejected.screening.map((step) => step.status)).toEqual(['passed', 'failed', 'not-reached', 'not-reached']);
    expect([rejected.course.status, rejected.approval.status]).toEqual(['not-reached', 'not-reached']);
  });

  it('keeps a step recorded that the policy no longer names, after those it names', () => {
    const checklist = pathChecklist(path({ screening: [passed('child-offence-certificate', '2026-11-02T09:00:00Z')] }), {
      ...PIFT,
      screeningSteps: ['interview'],
    });
    expect(checklist.screening.map((step) => `${step.step} ${step.status}`)).toEqual([
      'interview outstanding',
      'child-offence-certificate passed',
    ]);
  });
});
