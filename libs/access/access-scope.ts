import type { DataSource } from 'typeorm';
import { AuthenticatedUser, personIdAs, Role } from '../auth/roles';

/**
 * The part of the programs a coordinator works in: the programs on her
 * coordinator row and those she leads and, for a municipal coordinator, her
 * municipality. Anyone
 * else (or a coordinator without a row) has none.
 */
export interface CoordinatorScope {
  programIds: string[];
  /** The same programs by slug: nudges and escalations name their program so. */
  programSlugs: string[];
  /** Set for a municipal coordinator: she sees only this municipality's part of her programs. */
  municipalityId: string | null;
}

/**
 * Whose rows a list of things people are related to (escalations, nudges)
 * holds, by each role she has: her part of her programs as a coordinator, and
 * what concerns her by id as a mentor, panel member or referrer.
 */
export interface RelatedScope {
  coordinator?: CoordinatorScope;
  mentorId?: string;
  panelMemberId?: string;
  referrerId?: string;
}

export const NO_PROGRAMS: CoordinatorScope = { programIds: [], programSlugs: [], municipalityId: null };

/**
 * One query per request: the principal object is made afresh for each
 * request by the auth guard, so keying the cache on it keeps a scope for
 * exactly one request (and lets the accounts work replace the principal
 * without touching this).
 */
const perRequest = new WeakMap<AuthenticatedUser, Promise<CoordinatorScope>>();

export function coordinatorScope(dataSource: DataSource, user: AuthenticatedUser): Promise<CoordinatorScope> {
  if (!user.roles.includes('coordinator')) return Promise.resolve(NO_PROGRAMS);
  let scope = perRequest.get(user);
  if (!scope) {
    scope = load(dataSource, personIdAs(user, 'coordinator'));
    perRequest.set(user, scope);
  }
  return scope;
}

/** What concerns her in each of her roles (see RelatedScope). */
export async function relatedScope(dataSource: DataSource, user: AuthenticatedUser): Promise<RelatedScope> {
  const as = (role: Role) => (user.roles.includes(role) ? personIdAs(user, role) : undefined);
  return {
    coordinator: user.roles.includes('coordinator') ? await coordinatorScope(dataSource, user) : undefined,
    mentorId: as('mentor'),
    panelMemberId: as('panel'),
    referrerId: as('referrer'),
  };
}

async function load(dataSource: DataSource, coordinatorId: string): Promise<CoordinatorScope> {
  // An archived coordinator has no programs. A program's lead answers for its escalations when nobody below does, so she has it too.
  const rows: Array<{ id: string; slug: string; municipality_id: string | null }> = await dataSource.query(
    `SELECT p.id, p.slug, c.municipality_id
       FROM coordinators c JOIN programs p ON p.id = ANY(c.program_ids) OR p.lead_coordinator_id = c.id
      WHERE c.id = $1 AND c.archived_at IS NULL`,
    [coordinatorId],
  );
  if (rows.length === 0) return NO_PROGRAMS;
  return { programIds: rows.map((row) => row.id), programSlugs: rows.map((row) => row.slug), municipalityId: rows[0].municipality_id };
}
