import { nudgeTarget } from './nudge-target';

const id = '0b6a2f8e-5d0c-4a43-9d8e-2f3c1b7a9e10';

describe('nudgeTarget', () => {
  it('links a course nudge to the course, and a referrer to her referrals (she sees no course page)', () => {
    const nudge = { subjectWorkflowId: `mentorship-${id}`, subjectId: id };
    expect(nudgeTarget(nudge, 'staff')).toEqual({ path: `/mentorships/${id}`, text: 'course' });
    expect(nudgeTarget(nudge, 'mentor')).toEqual({ path: `/mentorships/${id}`, text: 'course' });
    expect(nudgeTarget(nudge, 'referrer')).toEqual({ path: '/my-referrals', text: 'referrals' });
  });

  it("links a mentor's path to the coordinators' mentor page, and the mentor to her own path", () => {
    const nudge = { subjectWorkflowId: `mentor-${id}`, subjectId: id };
    expect(nudgeTarget(nudge, 'staff')).toEqual({ path: `/mentors/${id}`, text: 'mentor' });
    expect(nudgeTarget(nudge, 'mentor')).toEqual({ path: `/mentors/${id}/path`, text: 'path' });
  });

  it('links an escalation and a quota (the program workflow) to their pages; a subject without one gets no link', () => {
    expect(nudgeTarget({ subjectWorkflowId: `escalation-${id}`, subjectId: id }, 'staff')).toEqual({
      path: `/escalations/${id}`,
      text: 'escalation',
    });
    expect(nudgeTarget({ subjectWorkflowId: 'program-pift', subjectId: id }, 'staff')).toEqual({ path: '/programs', text: 'programs' });
    expect(nudgeTarget({ subjectWorkflowId: `retention-${id}`, subjectId: id }, 'staff')).toBeUndefined();
  });
});
