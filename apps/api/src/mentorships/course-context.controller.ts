import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { CourseContext, CourseContexts } from '../../../../libs/mentorships/course-contexts';
import { CurrentUser, Roles } from '../auth/decorators';
import { CourseContextView } from './course-context.view';
import { MentorshipIdParam } from './mentorship.dto';

/**
 * A course page's context in one small read from PostgreSQL. The page used to download every referral of her programs (GET /referrals)
 * to find this course's row, then ask for the young person and the policy version. One route rather than GET /referrals/{id}: the page
 * needs three rows that only the referral names (the referral, the young person, the policy version), so a referral route would still
 * leave two requests waiting on the first; here they are one statement behind one access check, asked at the same moment as the
 * course's state, meetings, measurements and escalations (GET /escalations?mentorshipId=…, which keeps one way of listing escalations
 * and of shaping what each reader sees of one).
 */
@ApiTags('mentorships')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentorships/:id/context')
export class CourseContextController {
  constructor(
    private readonly contexts: CourseContexts,
    private readonly access: AccessService,
  ) {}

  /** For the course's coordinators who may also see the young person (a municipal one: a young person of her municipality). */
  @Get()
  @ApiOkResponse({ type: CourseContextView })
  async context(@Param() { id }: MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<CourseContext> {
    await this.access.requireAccess(user, Permission.MentorshipContextRead, id);
    return this.contexts.of(id);
  }
}
