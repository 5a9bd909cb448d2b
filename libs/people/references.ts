import type { EntityManager, EntityTarget } from 'typeorm';
import type { Archivable } from '../persistence/entities/archivable';
import { Municipality, Program } from '../persistence/entities';
import { invalidInput } from '../validation/coded-exceptions';
import type { Thing } from '../contracts/things';
import { Problem, problemAt } from '../validation/problems';

/** Something an input may point at by id, and what a person calls it. */
export interface ReferenceTarget {
  entity: EntityTarget<Archivable>;
  thing: Thing;
}

export const MUNICIPALITY: ReferenceTarget = { entity: Municipality, thing: 'municipality' };
export const PROGRAM: ReferenceTarget = { entity: Program, thing: 'program' };

/** Which fields of an input are ids of what. */
export type References<T> = Partial<Record<keyof T & string, ReferenceTarget>>;

/**
 * Why a field cannot point at this row, or undefined when it can. An archived
 * row stays readable, but nothing new may come to depend on it.
 */
export function referenceProblem(path: string, thing: Thing, row: Archivable | null): Problem | undefined {
  if (!row) return problemAt(path, 'no-such', { thing });
  if (row.archivedAt) return problemAt(path, 'reference-archived', { thing });
  return undefined;
}

/**
 * Refuses, with a 400 naming each field, an input whose ids point at nothing
 * usable, so the caller learns which id is wrong instead of meeting a bare
 * foreign-key error. Ids that are absent or null are not checked.
 */
export async function assertReferencesUsable<T>(manager: EntityManager, input: T, references: References<T>): Promise<void> {
  const checks = Object.entries(references).flatMap(([path, target]) => {
    const { entity, thing } = target as ReferenceTarget;
    return idsAt(input, path).map(async ([idPath, id]) =>
      referenceProblem(idPath, thing, await manager.findOne(entity, { where: { id }, withDeleted: true })),
    );
  });
  const problems = (await Promise.all(checks)).filter((problem): problem is Problem => problem !== undefined);
  if (problems.length > 0) throw invalidInput(problems);
}

/** The ids a field holds, with the path of each: one for an id, one per element for a list of ids. */
function idsAt(input: unknown, path: string): Array<[path: string, id: string]> {
  const value = (input as Record<string, unknown>)[path];
  if (typeof value === 'string') return [[path, value]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id, index): Array<[string, string]> => (typeof id === 'string' ? [[`${path}[${index}]`, id]] : []));
}
