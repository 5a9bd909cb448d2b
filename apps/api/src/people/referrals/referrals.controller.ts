import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../../../libs/auth/roles';
import { ReferralsService } from '../../../../../libs/people/referrals/referrals.service';
import type { Referral } from '../../../../../libs/persistence/entities';
import { CurrentUser, Roles } from '../../auth/decorators';
import { CreateReferralDto, ReferralsQuery, ReferralView } from './referral.dto';

@ApiTags('referrals')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  /** Refused with 400 and the reason when she is outside the program's age range, or the program is not active. */
  @Post()
  @ApiCreatedResponse({ type: ReferralView })
  create(@Body() dto: CreateReferralDto, @CurrentUser() user: AuthenticatedUser): Promise<Referral> {
    const referredAt = dto.referredAt === undefined ? undefined : new Date(dto.referredAt);
    return this.referrals.create({ ...dto, referredAt }, user.id);
  }

  @Get()
  @ApiOkResponse({ type: [ReferralView] })
  list(@Query() query: ReferralsQuery): Promise<Referral[]> {
    return this.referrals.list(query);
  }
}
