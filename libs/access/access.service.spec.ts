import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/roles';
import { AccessService } from './access.service';
import { Permission } from './permission';

const PROGRAM = '11111111-1111-4111-8111-111111111111';
const HER_MUNICIPALITY = '22222222-2222-4222-8222-222222222222';

/**
 * A database that answers the coordinator's row and then each rule's query
 * with the rows given, counting the queries: the SQL itself runs in the
 * access matrix, against PostgreSQL.
 */
function database(row: { municipality_id: string | null } | undefined, found: Array<{ id: string; relation: string | null }>) {
  const queries: string[] = [];
  const dataSource = {
    query: async (sql: string) => {
      queries.push(sql);
      if (sql.includes('FROM coordinators c')) return row ? [{ id: PROGRAM, slug: 'pift', ...row }] : [];
      return found;
    },
  } as unknown as DataSource;
  return { access: new AccessService(dataSource), queries };
}

const coordinator = (): AuthenticatedUser => ({ id: 'c-1', roles: ['coordinator'] });

describe('the access service', () => {
  it('answers the relation to what was asked for, checking many ids with one query per permission', async () => {
    const { access, queries } = database({ municipality_id: null }, [
      { id: 'a', relation: 'coordinator' },
      { id: 'b', relation: 'coordinator' },
    ]);
    const user = coordinator();
    await expect(access.requireAccess(user, Permission.MentorManage, ['a', 'b'])).resolves.toBe('coordinator');
    await access.requireAccess(user, Permission.MentorManage, ['a', 'b']);
    // Her row is read once for the request (the same principal), each check is one query.
    expect(queries.filter((sql) => sql.includes('FROM coordinators c'))).toHaveLength(1);
    expect(queries).toHaveLength(3);
  });

  it('refuses (403) when any id is not hers, and answers 404 for an id that names nothing', async () => {
    const { access } = database({ municipality_id: null }, [
      { id: 'a', relation: 'coordinator' },
      { id: 'b', relation: null },
    ]);
    await expect(access.requireAccess(coordinator(), Permission.YoungPersonManage, ['a', 'b'])).rejects.toThrow(ForbiddenException);
    await expect(access.requireAccess(coordinator(), Permission.YoungPersonManage, ['a', 'c'])).rejects.toThrow(NotFoundException);
  });

  it('leaves an id that names nothing to the validation of a placement, but refuses one not hers', async () => {
    const { access } = database({ municipality_id: null }, [{ id: 'theirs', relation: null }]);
    await expect(access.requirePlacement(coordinator(), Permission.ProgramCoordinate, 'unknown')).resolves.toBeUndefined();
    await expect(access.requirePlacement(coordinator(), Permission.ProgramCoordinate, 'theirs')).rejects.toThrow(ForbiddenException);
  });

  it("decides a creation without a row by role: programs are the program administrators'", async () => {
    const { access } = database(undefined, []);
    await expect(access.requireAccess({ id: 'a-1', roles: ['program-admin'] }, Permission.ProgramCreate)).resolves.toBe('program-admin');
    await expect(access.requireAccess(coordinator(), Permission.ProgramCreate)).rejects.toThrow(ForbiddenException);
  });

  it("narrows a municipal coordinator's list or report to her municipality, and refuses another", async () => {
    const { access } = database({ municipality_id: HER_MUNICIPALITY }, []);
    const user = coordinator();
    await expect(access.municipalityFilter(user, Permission.ReportRead, undefined)).resolves.toBe(HER_MUNICIPALITY);
    await expect(access.municipalityFilter(user, Permission.ReportRead, 'elsewhere')).rejects.toThrow(ForbiddenException);
    await expect(access.scope(user, Permission.QuotaRead)).resolves.toEqual({
      programIds: [PROGRAM],
      programSlugs: ['pift'],
      municipalityId: HER_MUNICIPALITY,
    });
  });

  it('gives operators every report and program administrators every program, and a coordinator without a row nothing', async () => {
    const { access } = database(undefined, []);
    await expect(access.municipalityFilter({ id: 'o-1', roles: ['operator'] }, Permission.ReportRead, 'any')).resolves.toBe('any');
    await expect(access.scope({ id: 'a-1', roles: ['program-admin'] }, Permission.ProgramRead)).resolves.toBe('all');
    await expect(access.scope({ id: 'a-1', roles: ['program-admin'] }, Permission.YoungPersonManage)).resolves.toEqual({
      programIds: [],
      programSlugs: [],
      municipalityId: null,
    });
    await expect(access.scope(coordinator(), Permission.YoungPersonManage)).resolves.toEqual({
      programIds: [],
      programSlugs: [],
      municipalityId: null,
    });
  });

  it("lets operators make and list every kind of account, program administrators only their own kind's", async () => {
    const { access } = database(undefined, []);
    const operator: AuthenticatedUser = { id: 'o-1', roles: ['operator'] };
    const admin: AuthenticatedUser = { id: 'a-1', roles: ['program-admin'] };
    await expect(access.requireGrant(operator, 'operator')).resolves.toBeUndefined();
    await expect(access.requireGrant(operator, 'program-admin')).resolves.toBeUndefined();
    await expect(access.requireGrant(admin, 'program-admin')).resolves.toBeUndefined();
    await expect(access.requireGrant(admin, 'operator')).rejects.toThrow(ForbiddenException);
    await expect(access.requireGrant(coordinator(), 'program-admin')).rejects.toThrow(ForbiddenException);
    expect(access.accountKinds(operator)).toEqual(['operator', 'program-admin']);
    expect(access.accountKinds(admin)).toEqual(['program-admin']);
    expect(access.accountKinds(coordinator())).toEqual([]);
    expect(() => access.requireSignedInAsHerself({ via: 'api-token' })).toThrow(ForbiddenException);
    expect(() => access.requireSignedInAsHerself({ via: 'session' })).not.toThrow();
  });
});
