import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** A row's id in the path: a UUID, refused with the one error shape (`problems`) otherwise, and documented as one. */
export class IdParam {
  @ApiProperty() @IsUUID() id!: string;
}

/** A program's slug in a list filter: a slug, or a 400 naming the field. */
export const PROGRAM_SLUG_FILTER = /^[a-z0-9][a-z0-9-]{0,63}$/;
