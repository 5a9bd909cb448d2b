import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { TodayService } from '../../../../libs/today/today.service';
import { CurrentUser, Roles } from '../auth/decorators';
import { TODAY_LIMIT, TodayQuery, TodayView } from './today.dto';

/**
 * "What needs me now", across her programs: open escalations, her nudges, overdue measurements, referrals waiting, proposals unanswered,
 * quotas behind and stalled mentor paths, each kind scoped by the access rule of the route that deals with it (libs/access).
 */
@ApiTags('today')
@ApiBearerAuth()
@Controller('today')
export class TodayController {
  constructor(private readonly today: TodayService) {}

  /** A coordinator's part of her programs; a program administrator's the quotas behind (she sees no young person). */
  @Get()
  @Roles('coordinator', 'program-admin')
  @ApiOkResponse({ type: TodayView })
  get(@Query() query: TodayQuery, @CurrentUser() user: AuthenticatedUser): Promise<TodayView> {
    return this.today.today(user, query.limit ?? TODAY_LIMIT.default);
  }
}
