import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthenticatedUser, personIdAs, personIds, Principal } from '../auth/roles';
import { ACCOUNT_KINDS, AccountKind } from '../persistence/entities/identity.entities';
import { coordinatorScope, CoordinatorScope, RelatedScope, relatedScope } from './access-scope';
import { Permission, Relation } from './permission';
import { CREATE_ROLES, RELATIONS, RowPermission } from './relations';
import { coded } from '../validation/coded-exceptions';

/** What a list query must filter by: everything (a program administrator's or operator's view), or a coordinator's part of her programs. */
export type ListScope = 'all' | CoordinatorScope;

/** Permissions whose lists a program administrator sees whole. */
const ADMIN_SEES_ALL = new Set<Permission>([
  Permission.ProgramRead,
  Permission.MunicipalityRead,
  Permission.CoordinatorManage,
  Permission.PanelMemberRead,
  Permission.QuotaRead,
]);

/** What making an account of each kind, or giving an account that kind, needs. */
const GRANT_OF_KIND: Record<AccountKind, Permission> = {
  operator: Permission.OperatorAccountGrant,
  'program-admin': Permission.ProgramAdminAccountGrant,
};

/**
 * The one place access is decided. A route calls requireAccess once, at its
 * start, with the permission it needs and the ids it acts on; a list asks
 * scope() for what to filter by. Rules are data (relations.ts), one query per
 * permission and call however many ids, so a bulk check costs what one does.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Refuses (403) unless the user holds the permission on every id; an id
   * that names nothing is 404. Answers her relation to the (first) id, which
   * decides how much of it she is shown. Without ids, a permission to create.
   */
  async requireAccess(user: AuthenticatedUser, permission: Permission, ids?: string | string[]): Promise<Relation> {
    const wanted = [...new Set(ids === undefined ? [] : [ids].flat())];
    // No row named: a creation, decided by role (an empty list of ids is refused, as it names nothing to check).
    if (wanted.length === 0) return this.requireRole(user, permission);
    const relations = await this.relationsOf(user, permission as RowPermission, wanted);
    const { noun } = RELATIONS[permission as RowPermission];
    const unknown = wanted.find((id) => !relations.has(id));
    if (unknown) throw coded(NotFoundException, 'not-found', { thing: noun, id: unknown });
    if (wanted.some((id) => !relations.get(id))) throw coded(ForbiddenException, 'not-yours', { thing: noun });
    return relations.get(wanted[0]) as Relation;
  }

  /** What a list for this permission is narrowed to. */
  async scope(user: AuthenticatedUser, permission: Permission): Promise<ListScope> {
    if (ADMIN_SEES_ALL.has(permission) && user.roles.includes('program-admin')) return 'all';
    if (permission === Permission.MunicipalityRead && user.roles.includes('coordinator')) return 'all';
    if (permission === Permission.ReportRead && user.roles.includes('operator')) return 'all';
    return coordinatorScope(this.dataSource, user);
  }

  /** The kinds of account a list shows her: those AccountRead lets her read. */
  accountKinds(user: AuthenticatedUser): AccountKind[] {
    if (user.roles.includes('operator')) return [...ACCOUNT_KINDS];
    return user.roles.includes('program-admin') ? ['program-admin'] : [];
  }

  /** Refuses (403) unless she may make an account of this kind, or give one this kind. */
  async requireGrant(user: AuthenticatedUser, kind: AccountKind): Promise<void> {
    await this.requireAccess(user, GRANT_OF_KIND[kind]);
  }

  /**
   * Who may sign in, and who may make tokens, is decided by a person signed
   * in as herself: a machine's token cannot make itself a colleague or a
   * token that outlives its own revocation.
   */
  requireSignedInAsHerself(principal: Pick<Principal, 'via'>): void {
    if (principal.via === 'api-token') throw coded(ForbiddenException, 'needs-person-signed-in');
  }

  /** What concerns her in each of her roles, for lists of escalations and nudges. */
  related(user: AuthenticatedUser): Promise<RelatedScope> {
    return relatedScope(this.dataSource, user);
  }

  /**
   * The municipality a list or report of a coordinator's is narrowed to: a
   * municipal coordinator's own (refused when she asks for another), anyone
   * else's choice.
   */
  async municipalityFilter(user: AuthenticatedUser, permission: Permission, asked: string | undefined): Promise<string | undefined> {
    const scope = await this.scope(user, permission);
    if (scope === 'all' || !scope.municipalityId) return asked;
    if (asked !== undefined && asked !== scope.municipalityId) throw coded(ForbiddenException, 'other-municipality');
    return scope.municipalityId;
  }

  /**
   * Where a new or moved row goes (its program, its municipality) must be
   * hers; ids that name nothing are left to the body's validation, which
   * answers 400 naming the field.
   */
  async requirePlacement(user: AuthenticatedUser, permission: RowPermission, ids: string | string[]): Promise<void> {
    const wanted = [ids].flat();
    const relations = await this.relationsOf(user, permission, wanted);
    const refused = wanted.find((id) => relations.get(id) === null);
    if (refused) throw coded(ForbiddenException, 'placement-not-yours', { id: refused });
  }

  /**
   * A referral: a referrer refers in her own name; a coordinator to a program
   * she coordinates, a young person she may see, through a referrer of her
   * part (a municipal coordinator's municipality: the course will be hers).
   * What does not exist is left to the referral's own validation (400).
   */
  async requireReferral(
    user: AuthenticatedUser,
    referral: { programId: string; referrerId: string; youngPersonId: string },
  ): Promise<Relation> {
    if (user.roles.includes('referrer') && referral.referrerId === personIdAs(user, 'referrer')) return 'referrer';
    const [program, youngPerson, referrer] = await Promise.all([
      this.relationsOf(user, Permission.ProgramCoordinate, [referral.programId]),
      this.relationsOf(user, Permission.YoungPersonManage, [referral.youngPersonId]),
      this.relationsOf(user, Permission.ReferrerManage, [referral.referrerId]),
    ]);
    // A missing row is undefined (left to validation), a row that is not hers null.
    const refused = [program.get(referral.programId), youngPerson.get(referral.youngPersonId), referrer.get(referral.referrerId)].some(
      (relation) => relation === null,
    );
    if (refused) throw coded(ForbiddenException, user.roles.includes('coordinator') ? 'referral-not-yours' : 'refer-in-own-name');
    return 'coordinator';
  }

  /**
   * Her own referrer row, whose referrals and municipality's quotas she follows (OwnReferralsRead) or in whose name she refers
   * (OwnReferralMake); refused (403) to anyone not a referrer.
   */
  async requireOwnReferrals(
    user: AuthenticatedUser,
    permission: Permission.OwnReferralsRead | Permission.OwnReferralMake = Permission.OwnReferralsRead,
  ): Promise<string> {
    await this.requireAccess(user, permission);
    return personIdAs(user, 'referrer');
  }

  private requireRole(user: AuthenticatedUser, permission: Permission): Relation {
    const role = user.roles.find((held) => CREATE_ROLES[permission]?.includes(held));
    if (!role) throw coded(ForbiddenException, 'needs-role', { roles: [...(CREATE_ROLES[permission] ?? [])] });
    return role as Relation;
  }

  /** Her relation to each row the ids name (null: none), in one query; for shaping what a list she may read shows of each row. */
  async relationsOf(user: AuthenticatedUser, permission: RowPermission, ids: string[]): Promise<Map<string, Relation | null>> {
    const scope = await coordinatorScope(this.dataSource, user);
    const found: Array<{ id: string; relation: Relation | null }> = await this.dataSource.query(RELATIONS[permission].sql, [
      ids,
      personIds(user),
      scope.programIds,
      scope.municipalityId,
      scope.programSlugs,
      user.roles,
    ]);
    return new Map(found.map((row) => [row.id, row.relation]));
  }
}
