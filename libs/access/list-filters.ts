import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CoordinatorScope } from './access-scope';

/**
 * How a list query keeps to a coordinator's part of her programs: the same
 * rules as relations.ts, for a query over many rows instead of named ids.
 */

/** Rows of her programs; none when she coordinates nothing. */
export function inHerPrograms<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, scope: CoordinatorScope): void {
  if (scope.programIds.length === 0) query.andWhere('1 = 0');
  else query.andWhere(`${column} IN (:...scopeProgramIds)`, { scopeProgramIds: scope.programIds });
}

/** Rows of her municipality, for a municipal coordinator; anything for a program-wide one (who must coordinate something). */
export function inHerMunicipality<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, scope: CoordinatorScope): void {
  if (scope.programIds.length === 0) query.andWhere('1 = 0');
  if (scope.municipalityId) query.andWhere(`${column} = :scopeMunicipalityId`, { scopeMunicipalityId: scope.municipalityId });
}

/** Her part of her programs, for rows that carry both. */
export function inHerPart<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  programColumn: string,
  municipalityColumn: string,
  scope: CoordinatorScope,
): void {
  inHerPrograms(query, programColumn, scope);
  if (scope.municipalityId) query.andWhere(`${municipalityColumn} = :scopeMunicipalityId`, { scopeMunicipalityId: scope.municipalityId });
}

/** Young people referred to her programs, or referred nowhere yet (of her municipality, for a municipal one). */
export function herYoungPeople<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, scope: CoordinatorScope): void {
  inHerMunicipality(query, `${alias}.municipalityId`, scope);
  if (scope.programIds.length === 0) return;
  query.andWhere(
    `(NOT EXISTS (SELECT 1 FROM referrals r WHERE r.young_person_id = ${alias}.id)
      OR EXISTS (SELECT 1 FROM referrals r WHERE r.young_person_id = ${alias}.id AND r.program_id IN (:...scopeProgramIds)))`,
    { scopeProgramIds: scope.programIds },
  );
}

/** Which columns of a raw SQL query's rows place them in a program and a municipality (see herPartSql). */
export interface PlacedBy {
  /** The program by id, or by slug (nudges and escalations name their program so). */
  program: { id: string } | { slug: string };
  municipality: string;
  /** A row of no municipality is the whole program's: a municipal coordinator sees it too (a mentor of none, a program's nudge). */
  noneIsEveryones?: boolean;
}

/**
 * The same rules for a raw SQL query: her part of her programs, or everything for a program administrator's 'all'. Appends its values to
 * `params` and answers the condition naming them ($n), so a query of several conditions numbers them in order.
 */
export function herPartSql(scope: 'all' | CoordinatorScope, placedBy: PlacedBy, params: unknown[]): string {
  if (scope === 'all') return 'TRUE';
  if (scope.programIds.length === 0) return 'FALSE';
  const { program: column } = placedBy;
  params.push('id' in column ? scope.programIds : scope.programSlugs);
  const program = 'id' in column ? `${column.id} = ANY($${params.length}::uuid[])` : `${column.slug} = ANY($${params.length}::text[])`;
  if (!scope.municipalityId) return program;
  params.push(scope.municipalityId);
  const municipality = `${placedBy.municipality} = $${params.length}::uuid`;
  return `${program} AND (${placedBy.noneIsEveryones ? `${placedBy.municipality} IS NULL OR ` : ''}${municipality})`;
}

/** As inHerPrograms for a raw SQL query (rows of her programs, whatever their municipality): appends its value to `params`. */
export function herProgramsSql(scope: 'all' | CoordinatorScope, programColumn: string, params: unknown[]): string {
  if (scope === 'all') return 'TRUE';
  if (scope.programIds.length === 0) return 'FALSE';
  params.push(scope.programIds);
  return `${programColumn} = ANY($${params.length}::uuid[])`;
}
