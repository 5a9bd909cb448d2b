import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MentorHistoryService } from '../../../../libs/mentors/mentor-history.service';
import { GroupMeeting } from '../../../../libs/persistence/entities';
import { CurrentUser, Roles } from '../auth/decorators';
import { GroupMeetingDto } from './mentor-path.dto';
import { GroupMeetingView } from './mentor-path.view';

/** Coordinators record mentor group meetings (sparring, further training) and who attended. */
@ApiTags('mentor path')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('group-meetings')
export class GroupMeetingsController {
  constructor(
    private readonly history: MentorHistoryService,
    private readonly access: AccessService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: GroupMeetingView })
  /** For a coordinator of the program whose mentors attended. */
  async record(@Body() dto: GroupMeetingDto, @CurrentUser() user: AuthenticatedUser): Promise<GroupMeeting> {
    // Body references: what names nothing is the body's validation's (400), what is not hers refused.
    await this.access.requirePlacement(user, Permission.ProgramCoordinate, dto.programId);
    await this.access.requirePlacement(user, Permission.MentorManage, dto.attendeeMentorIds);
    return this.history.recordGroupMeeting(dto, user.id);
  }
}
