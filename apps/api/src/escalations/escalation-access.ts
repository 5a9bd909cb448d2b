import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import type { EscalationScope } from '../../../../libs/escalations/escalation-records';
import type { Escalation, Mentorship } from '../../../../libs/persistence/entities';
import type { ActorRole } from '../../../../workflows/escalation/messages';

/** How much of an escalation a user sees: all of it, or what the panel needs. */
export type Sight = 'whole' | 'panel';

/**
 * Who sees an escalation: coordinators every one; the course's mentor those
 * about her mentee; a panel member those put to her (now or before), and of
 * them only what the panel needs. Everyone else, nothing.
 */
export function sightOf(user: AuthenticatedUser, escalation: Escalation, course: Mentorship): Sight {
  if (user.roles.includes('coordinator')) return 'whole';
  if (user.roles.includes('mentor') && course.mentorId === user.id) return 'whole';
  if (user.roles.includes('panel') && escalation.involvedIds.includes(user.id)) return 'panel';
  throw new ForbiddenException('this escalation is not yours to see');
}

export function scopeOf(user: AuthenticatedUser): EscalationScope {
  if (user.roles.includes('coordinator')) return { all: true };
  if (user.roles.includes('panel')) return { involvedId: user.id };
  return { mentorId: user.id };
}

/** The role in which a user acts on an escalation: a coordinator steers any, a panel member acts on her own. */
export function actingRole(user: AuthenticatedUser): ActorRole {
  return user.roles.includes('coordinator') ? 'coordinator' : 'panel';
}
