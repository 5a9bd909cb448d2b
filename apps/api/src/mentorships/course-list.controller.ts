import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { CourseList } from '../../../../libs/mentorships/course-list';
import { CurrentUser, Roles } from '../auth/decorators';
import { COURSE_LIST_LIMIT, CourseListQuery, CourseListView } from './course-list.dto';

@ApiTags('mentorships')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentorships')
export class CourseListController {
  constructor(
    private readonly courses: CourseList,
    private readonly access: AccessService,
  ) {}

  /**
   * Her part of her programs' courses (a municipal coordinator's municipality's), newest referral first, a page at a time: the
   * young person, the phase and since when, the mentor. Read from the courses' rows, so a page costs the same with 10,000 open.
   */
  @Get()
  @ApiOkResponse({ type: CourseListView })
  async list(@Query() query: CourseListQuery, @CurrentUser() user: AuthenticatedUser): Promise<CourseListView> {
    const scope = await this.access.scope(user, Permission.MentorshipRead);
    const { courses, total } = await this.courses.page(scope, {
      programId: query.programId,
      phase: query.phase,
      limit: query.limit ?? COURSE_LIST_LIMIT.default,
      offset: query.offset ?? 0,
    });
    return {
      courses: courses.map((course) => ({
        ...course,
        phaseSince: course.phaseSince.toISOString(),
        referredAt: course.referredAt.toISOString(),
      })),
      total,
    };
  }
}
