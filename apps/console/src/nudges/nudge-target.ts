import type { Nudge } from './nudge-data';

/** Where what a nudge is about is dealt with, and the text of the link there (`nudges.links.<text>`). */
export interface NudgeTarget {
  path: string;
  text: 'course' | 'referrals' | 'mentor' | 'path' | 'escalation' | 'programs';
}

/** Who opens the page, as far as her links go: a mentor and a referrer have their own pages for the same things. */
export type NudgeReader = 'staff' | 'mentor' | 'referrer';

/**
 * The page a nudge's subject is dealt with on, by its workflow's kind (the engine names each subject's workflow `<kind>-<id>`):
 * a course, a mentor's path, an escalation, or the programs (a municipality's quota); undefined for a subject the console has no
 * page for.
 */
export function nudgeTarget(nudge: Pick<Nudge, 'subjectWorkflowId' | 'subjectId'>, reader: NudgeReader): NudgeTarget | undefined {
  const kind = /^([a-z]+)-/.exec(nudge.subjectWorkflowId)?.[1];
  switch (kind) {
    case 'mentorship':
      return reader === 'referrer'
        ? { path: '/my-referrals', text: 'referrals' }
        : { path: `/mentorships/${nudge.subjectId}`, text: 'course' };
    case 'mentor':
      return reader === 'mentor'
        ? { path: `/mentors/${nudge.subjectId}/path`, text: 'path' }
        : { path: `/mentors/${nudge.subjectId}`, text: 'mentor' };
    case 'escalation':
      return { path: `/escalations/${nudge.subjectId}`, text: 'escalation' };
    case 'program':
      return { path: '/programs', text: 'programs' };
    default:
      return undefined;
  }
}
