import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { Erasure, PersonalData } from '../../../../libs/gdpr/personal-data';
import { CurrentUser, Roles } from '../auth/decorators';

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
  async export(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Record<string, unknown>> {
    await this.access.requireAccess(user, Permission.YoungPersonManage, id);
    return this.personalData.export(id);
  }

  /** Removes what identifies her; the counts in reports stay. Refused (409) while a course of hers runs. */
  @Post('erasure')
  @HttpCode(200)
  async erase(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Erasure> {
    await this.access.requireAccess(user, Permission.YoungPersonManage, id);
    return this.personalData.erase(id);
  }
}
