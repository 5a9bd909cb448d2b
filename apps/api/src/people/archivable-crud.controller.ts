import { Body, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { DeepPartial } from 'typeorm';
import type { ArchivableStore } from '../../../../libs/people/archivable-store';
import type { Archivable } from '../../../../libs/persistence/entities/archivable';
import type { ListQuery } from './shared.dto';

/** The DTOs of one kind: its create and patch bodies, its list query and (for the docs) its view. */
export interface CrudTypes {
  create: Type;
  update: Type;
  query: Type<ListQuery>;
  view: Type;
}

/**
 * The routes every archivable kind has: POST, GET (list), GET /:id, PATCH /:id
 * and DELETE /:id, which archives. A controller extends the class this returns
 * and declares its own path, tags and roles.
 */
export function ArchivableCrudController<T extends Archivable>(types: CrudTypes) {
  abstract class ArchivableCrudRoutes {
    protected constructor(protected readonly store: ArchivableStore<T>) {}

    @Post()
    @ApiCreatedResponse({ type: types.view })
    create(@Body() dto: DeepPartial<T>): Promise<T> {
      return this.store.create(dto);
    }

    /** Live rows matching the filters; archived ones too with includeArchived=true. */
    @Get()
    @ApiOkResponse({ type: [types.view] })
    list(@Query() { includeArchived, ...filters }: ListQuery): Promise<T[]> {
      return this.store.list(filters, includeArchived === 'true');
    }

    /** Archived rows too. */
    @Get(':id')
    @ApiOkResponse({ type: types.view })
    get(@Param('id', ParseUUIDPipe) id: string): Promise<T> {
      return this.store.get(id);
    }

    /** Changes the fields given; refused for an archived row. */
    @Patch(':id')
    @ApiOkResponse({ type: types.view })
    update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DeepPartial<T>): Promise<T> {
      return this.store.update(id, dto);
    }

    /** Archives: the row stays readable by id and with includeArchived=true, so what refers to it keeps its history. */
    @Delete(':id')
    @HttpCode(200)
    @ApiOkResponse({ type: types.view })
    archive(@Param('id', ParseUUIDPipe) id: string): Promise<T> {
      return this.store.archive(id);
    }
  }

  // TypeScript records a generic parameter's type as Object, which the validation
  // pipe passes unchecked and Swagger cannot describe: name the real DTOs for both.
  Reflect.defineMetadata(PARAMTYPES_METADATA, [types.create], ArchivableCrudRoutes.prototype, 'create');
  Reflect.defineMetadata(PARAMTYPES_METADATA, [types.query], ArchivableCrudRoutes.prototype, 'list');
  Reflect.defineMetadata(PARAMTYPES_METADATA, [String, types.update], ArchivableCrudRoutes.prototype, 'update');
  return ArchivableCrudRoutes;
}
