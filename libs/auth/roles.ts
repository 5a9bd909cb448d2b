export const ROLES = ['coordinator', 'mentor', 'panel', 'referrer', 'operator', 'program-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the subject's id and the roles her rows give her. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
}

/** How the caller showed who she is. */
export type PrincipalSource = 'session' | 'api-token' | 'dev-token';

/**
 * The caller, resolved from PostgreSQL on every request: roles and relations
 * come from her person rows (every row sharing her e-mail address) or her
 * account, never from what a client claims. Program scoping is built on this.
 */
export interface Principal extends AuthenticatedUser {
  coordinatorId?: string;
  mentorId?: string;
  panelMemberId?: string;
  referrerId?: string;
  accountId?: string;
  coordinator: { programIds: string[]; municipalityId: string | null } | undefined;
  language: 'da' | 'en';
  via: PrincipalSource;
}
