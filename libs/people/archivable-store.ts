import { NotFoundException } from '@nestjs/common';
import type { Thing } from '../contracts/things';
import { coded, refused } from '../validation/coded-exceptions';
import type { DeepPartial, FindOptionsWhere, Repository, SelectQueryBuilder } from 'typeorm';
import type { ListScope } from '../access/access.service';
import type { Archivable } from '../persistence/entities/archivable';
import { assertReferencesUsable, References } from './references';

/**
 * Create, read, update and archive for a kind of row people manage. Archiving
 * is a soft delete: the row stays readable by id and in lists that ask for
 * archived rows, and is never changed again.
 */
export abstract class ArchivableStore<T extends Archivable> {
  protected constructor(
    protected readonly repository: Repository<T>,
    /** What kind of row, for errors: "mentor", "young-person". */
    protected readonly thing: Thing,
    private readonly references: References<T> = {},
  ) {}

  /** Rows matching every given filter (filters left undefined match anything), within what the caller may see. */
  list(filters: Partial<Record<keyof T, unknown>>, includeArchived: boolean, scope: ListScope): Promise<T[]> {
    const query = this.repository.createQueryBuilder('row').orderBy('row.createdAt', 'ASC');
    if (includeArchived) query.withDeleted();
    for (const [field, value] of Object.entries(filters))
      if (value !== undefined) query.andWhere(`row.${field} = :${field}`, { [field]: value });
    if (scope !== 'all') this.narrowTo(query, scope);
    return query.getMany();
  }

  /**
   * Narrows a list to a coordinator's part of her programs. A kind of row
   * that belongs to no program (a municipality) is not narrowed; every kind
   * that does says how.
   */
  protected narrowTo(_query: SelectQueryBuilder<T>, _scope: Exclude<ListScope, 'all'>): void {}

  async get(id: string): Promise<T> {
    const found = await this.repository.findOne({ where: { id } as FindOptionsWhere<T>, withDeleted: true });
    if (!found) throw coded(NotFoundException, 'not-found', { thing: this.thing, id });
    return found;
  }

  async create(input: DeepPartial<T>): Promise<T> {
    await assertReferencesUsable(this.repository.manager, input, this.references);
    await this.assertFits(input);
    return this.repository.save(this.repository.create(input));
  }

  /** Changes only what the patch gives (also inside embedded parts such as contact details); null clears a field. */
  async update(id: string, patch: DeepPartial<T>): Promise<T> {
    const current = await this.get(id);
    if (current.archivedAt) throw refused('archived', { thing: this.thing });
    await assertReferencesUsable(this.repository.manager, patch, this.references);
    await this.assertFits(patch, current);
    return this.repository.save(this.repository.merge(current, patch));
  }

  /**
   * A kind's own rules beyond its references, checked once those are known
   * usable: on a create's input, or on an update's patch with the row it changes.
   */
  protected async assertFits(_input: DeepPartial<T>, _current?: T): Promise<void> {}

  /** Archives the row; archiving it again changes nothing. */
  async archive(id: string): Promise<T> {
    const current = await this.get(id);
    if (current.archivedAt) return current;
    await this.repository.softDelete(id);
    return this.get(id);
  }
}
