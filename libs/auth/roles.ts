export const ROLES = ['coordinator', 'mentor', 'panel', 'referrer', 'operator', 'program-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the token's subject (a person's id) and roles. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
}
