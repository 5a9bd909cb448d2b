export const ROLES = ['coordinator', 'mentor', 'panel', 'referrer', 'operator', 'program-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the subject's id and the roles her rows give her. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
}

/** How the caller showed who she is. */
export const PRINCIPAL_SOURCES = ['session', 'api-token', 'dev-token', 'oidc-token'] as const;
export type PrincipalSource = (typeof PRINCIPAL_SOURCES)[number];

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

/** The principal's field that holds her row's id in each role. */
export const ROW_ID_OF_ROLE: Record<Role, 'coordinatorId' | 'mentorId' | 'panelMemberId' | 'referrerId' | 'accountId'> = {
  coordinator: 'coordinatorId',
  mentor: 'mentorId',
  panel: 'panelMemberId',
  referrer: 'referrerId',
  operator: 'accountId',
  'program-admin': 'accountId',
};

/**
 * Her row's id in a role. One address can stand for several rows (a
 * coordinator who also sits on the panel), so the subject id names only one
 * of them; a caller known only by its subject is that row in every role.
 */
export function personIdAs(user: AuthenticatedUser, role: Role): string {
  const id = (user as Partial<Principal>)[ROW_ID_OF_ROLE[role]];
  return typeof id === 'string' ? id : user.id;
}

/** Every row id she is, for a relation that may hold through any of them. */
export function personIds(user: AuthenticatedUser): string[] {
  return [...new Set([user.id, ...user.roles.map((role) => personIdAs(user, role))])];
}
