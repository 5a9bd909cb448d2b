import { ConflictException, NotFoundException } from '@nestjs/common';
import type { DeepPartial, FindOptionsOrder, FindOptionsWhere, Repository } from 'typeorm';
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
    /** What a person calls one row, for messages: "mentor", "young person". */
    protected readonly noun: string,
    private readonly references: References<T> = {},
  ) {}

  /** Rows matching every given filter; filters left undefined match anything. */
  list(filters: Partial<Record<keyof T, unknown>>, includeArchived: boolean): Promise<T[]> {
    const where = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
    return this.repository.find({ where: where as FindOptionsWhere<T>, withDeleted: includeArchived, order: { createdAt: 'ASC' } as FindOptionsOrder<T> });
  }

  async get(id: string): Promise<T> {
    const found = await this.repository.findOne({ where: { id } as FindOptionsWhere<T>, withDeleted: true });
    if (!found) throw new NotFoundException(`no such ${this.noun}: ${id}`);
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
    if (current.archivedAt) throw new ConflictException(`refused: the ${this.noun} is archived and can no longer be changed`);
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
