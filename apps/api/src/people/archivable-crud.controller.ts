import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query, Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { DeepPartial } from 'typeorm';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { RowPermission } from '../../../../libs/access/relations';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import type { ArchivableStore } from '../../../../libs/people/archivable-store';
import type { Archivable } from '../../../../libs/persistence/entities/archivable';
import { CurrentUser } from '../auth/decorators';
import { IdParam } from '../params';
import type { ListQuery } from './shared.dto';

/** The DTOs of one kind: its create and patch bodies, its list query and (for the docs) its view. */
export interface CrudTypes {
  create: Type;
  update: Type;
  query: Type<ListQuery>;
  view: Type;
}

/**
 * Who may do what with one kind: the permission to read a row (and list
 * them), to change or archive one, and, for a create or a patch, what the
 * body points to (a mentor's program, a young person's municipality) and
 * the permission needed there. Without a placement, creating needs `write`
 * by role alone.
 */
export interface CrudAccess {
  read: Permission;
  write: Permission;
  placedBy?: { field: string; permission: RowPermission };
}

/**
 * The routes every archivable kind has: POST, GET (list), GET /:id, PATCH /:id
 * and DELETE /:id, which archives. A controller extends the class this returns
 * and declares its own path, tags and roles; each route asks the access
 * module first.
 */
export function ArchivableCrudController<T extends Archivable>(types: CrudTypes, rules: CrudAccess) {
  abstract class ArchivableCrudRoutes {
    protected constructor(
      protected readonly store: ArchivableStore<T>,
      protected readonly access: AccessService,
    ) {}

    @Post()
    @ApiCreatedResponse({ type: types.view })
    async create(@Body() dto: DeepPartial<T>, @CurrentUser() user: AuthenticatedUser): Promise<T> {
      await this.requirePlacement(user, dto, true);
      return this.store.create(dto);
    }

    /** Live rows matching the filters; archived ones too with includeArchived=true. */
    @Get()
    @ApiOkResponse({ type: [types.view] })
    async list(@Query() { includeArchived, ...filters }: ListQuery, @CurrentUser() user: AuthenticatedUser): Promise<T[]> {
      return this.store.list(filters, includeArchived === 'true', await this.access.scope(user, rules.read));
    }

    /** Archived rows too. */
    @Get(':id')
    @ApiOkResponse({ type: types.view })
    async get(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<T> {
      await this.access.requireAccess(user, rules.read, id);
      return this.store.get(id);
    }

    /** Changes the fields given; refused for an archived row. Moving it to another program or municipality needs access there too. */
    @Patch(':id')
    @ApiOkResponse({ type: types.view })
    async update(@Param() { id }: IdParam, @Body() dto: DeepPartial<T>, @CurrentUser() user: AuthenticatedUser): Promise<T> {
      await this.access.requireAccess(user, rules.write, id);
      await this.requirePlacement(user, dto, false);
      return this.store.update(id, dto);
    }

    /** Archives: the row stays readable by id and with includeArchived=true, so what refers to it keeps its history. */
    @Delete(':id')
    @HttpCode(200)
    @ApiOkResponse({ type: types.view })
    async archive(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<T> {
      await this.access.requireAccess(user, rules.write, id);
      return this.store.archive(id);
    }

    /** Where a new or moved row goes must be the caller's: the ids the body names in the placing field. */
    private async requirePlacement(user: AuthenticatedUser, dto: DeepPartial<T>, creating: boolean): Promise<void> {
      const placed = rules.placedBy ? (dto as Record<string, unknown>)[rules.placedBy.field] : undefined;
      if (rules.placedBy && placed !== undefined && placed !== null)
        await this.access.requirePlacement(user, rules.placedBy.permission, placed as string | string[]);
      else if (creating && !rules.placedBy) await this.access.requireAccess(user, rules.write);
    }
  }

  // TypeScript records a generic parameter's type as Object, which the validation
  // pipe passes unchecked and Swagger cannot describe: name the real DTOs for both.
  Reflect.defineMetadata(PARAMTYPES_METADATA, [types.create, Object], ArchivableCrudRoutes.prototype, 'create');
  Reflect.defineMetadata(PARAMTYPES_METADATA, [types.query, Object], ArchivableCrudRoutes.prototype, 'list');
  Reflect.defineMetadata(PARAMTYPES_METADATA, [IdParam, types.update, Object], ArchivableCrudRoutes.prototype, 'update');
  return ArchivableCrudRoutes;
}
