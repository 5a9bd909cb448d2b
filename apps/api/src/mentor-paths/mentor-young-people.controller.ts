import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MentorYoungPeople } from '../../../../libs/mentors/mentor-young-people';
import { CurrentUser, Roles } from '../auth/decorators';
import { MentorIdParam } from './mentor-path.dto';
import { MentorYoungPersonView } from './mentor-young-people.dto';

/** A mentor's own young people with what each course has due: her start page on the phone. Only she reads it. */
@ApiTags('mentor path')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/:id/young-people')
export class MentorYoungPeopleController {
  constructor(
    private readonly youngPeople: MentorYoungPeople,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [MentorYoungPersonView] })
  async list(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<MentorYoungPersonView[]> {
    await this.access.requireAccess(user, Permission.MentorYoungPeopleRead, id);
    return this.youngPeople.of(id);
  }
}
