import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Erasure, PersonalData } from '../../../../libs/gdpr/personal-data';
import { Roles } from '../auth/decorators';

/** A young person's rights of access and erasure (GDPR art. 15 and 17), exercised through her coordinator. */
@ApiTags('young-people')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('young-people/:id')
export class GdprController {
  constructor(private readonly personalData: PersonalData) {}

  /** Everything the engine holds about her, with who has read or changed it. */
  @Get('export')
  export(@Param('id', ParseUUIDPipe) id: string): Promise<Record<string, unknown>> {
    return this.personalData.export(id);
  }

  /** Removes what identifies her; the counts in reports stay. Refused (409) while a course of hers runs. */
  @Post('erasure') @HttpCode(200)
  erase(@Param('id', ParseUUIDPipe) id: string): Promise<Erasure> {
    return this.personalData.erase(id);
  }
}
