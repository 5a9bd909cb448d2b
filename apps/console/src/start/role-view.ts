import type { Session } from '../api/session';

/**
 * Which pages she gets: the coordinators' (staff), or a mentor's, a panel member's or a referrer's own phone pages. Staff roles
 * come first.
 */
export type RoleView = 'staff' | 'mentor' | 'panel' | 'referrer';

export function roleView(session: Session | undefined): RoleView {
  const roles = session?.principal.roles ?? [];
  if (roles.some((role) => role === 'coordinator' || role === 'program-admin' || role === 'operator')) return 'staff';
  if (roles.includes('mentor') && session?.principal.mentorId) return 'mentor';
  if (roles.includes('panel')) return 'panel';
  if (roles.includes('referrer')) return 'referrer';
  return 'staff';
}
