import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';

/**
 * Who may act on a course: coordinators on any; a mentor only on the course
 * she is matched to (or proposed for), by the workflow's state or the
 * course's row. One explicit call at the top of each route, so the rule is
 * read where it applies.
 */
export function requireCoordinatorOrOwnMentor(user: AuthenticatedUser, course: { mentorId?: string | null }): void {
  if (user.roles.includes('coordinator')) return;
  if (user.roles.includes('mentor') && course.mentorId === user.id) return;
  throw new ForbiddenException('only a coordinator or the mentor of this course may do this');
}
