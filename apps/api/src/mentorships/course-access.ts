import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import type { MentorshipState } from '../../../../workflows/mentorship/messages';

/**
 * Who may act on a course: coordinators on any; a mentor only on the course
 * she is matched to (or proposed for). One explicit call at the top of each
 * route, so the rule is read where it applies.
 */
export function requireCoordinatorOrOwnMentor(user: AuthenticatedUser, state: MentorshipState): void {
  if (user.roles.includes('coordinator')) return;
  if (user.roles.includes('mentor') && state.mentorId === user.id) return;
  throw new ForbiddenException('only a coordinator or the mentor of this course may do this');
}
