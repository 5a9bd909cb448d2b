import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { Erasure, PersonalData } from '../../../../libs/gdpr/personal-data';
import { CurrentUser, Roles } from '../auth/decorators';
import { IdParam } from '../params';

/** The export: when it was made, her record, and each kind of row about her (libs/gdpr/personal-data.ts), by name. */
const EXPORT_SCHEMA = {
  type: 'object',
  required: ['exportedAt', 'youngPerson'],
  properties: { exportedAt: { type: 'string', format: 'date-time' }, youngPerson: { type: 'object' } },
  additionalProperties: { type: 'array', items: { type: 'object' } },
};

class ErasureView implements Erasure {
  @ApiProperty({ format: 'uuid' }) youngPersonId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Her courses, kept under ids and codes' }) courses!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) measurementsStripped!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) agreementsStripped!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) escalationsStripped!: number;
}

/** A young person's rights of access and erasure (GDPR art. 15 and 17), exercised through her coordinator. */
@ApiTags('young-people')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('young-people/:id')
export class GdprController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly access: AccessService,
  ) {}

  /** Everything the engine holds about her, with who has read or changed it. */
  @Get('export')
  @ApiOkResponse({ schema: EXPORT_SCHEMA })
  async export(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<Record<string, unknown>> {
    await this.access.requireAccess(user, Permission.YoungPersonManage, id);
    return this.personalData.export(id);
  }

  /** Removes what identifies her; the counts in reports stay. Refused (409) while a course of hers runs. */
  @Post('erasure')
  @HttpCode(200)
  @ApiOkResponse({ type: ErasureView })
  async erase(@Param() { id }: IdParam, @CurrentUser() user: AuthenticatedUser): Promise<Erasure> {
    await this.access.requireAccess(user, Permission.YoungPersonManage, id);
    return this.personalData.erase(id);
  }
}
