import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessService } from '../../../../../libs/access/access.service';
import { Permission } from '../../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../../libs/auth/roles';
import { ReferrableProgram, ReferrerReferralsService } from '../../../../../libs/people/referrals/referrer-referrals.service';
import { CurrentUser, Roles } from '../../auth/decorators';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator';
import { MentorshipWorkflows } from '../../mentorships/mentorship-workflows';
import { OwnReferralView } from './my-referrals.controller';
import { ReferrableProgramView, ReferYoungPersonDto } from './refer.dto';

/** A referrer refers by herself: the programs open to her municipality, and one command that registers and refers a young person. */
@ApiTags('referrals')
@ApiBearerAuth()
@Roles('referrer')
@Controller('my-referrals')
export class ReferController {
  constructor(
    private readonly referring: ReferrerReferralsService,
    private readonly workflows: MentorshipWorkflows,
    private readonly access: AccessService,
  ) {}

  /** The active programs with a referral quota for her municipality today, each with its age range and how far the quota is. */
  @Get('programs')
  @ApiOkResponse({ type: [ReferrableProgramView] })
  async programs(@CurrentUser() user: AuthenticatedUser): Promise<ReferrableProgram[]> {
    return this.referring.programs(await this.access.requireOwnReferrals(user, Permission.OwnReferralMake));
  }

  /**
   * Registers the young person in her municipality, refers her in her own name and starts her course with her consent recorded,
   * the same course a coordinator's referral starts; if the course cannot start, nothing is kept. Refused with 400 naming the
   * field when the program is missing, not active or has no quota with her municipality today, or her age is outside its range;
   * 409 when the quota is met. A retry with the same Idempotency-Key gets the first referral (200 when only the key found it).
   */
  @Post()
  @ApiCreatedResponse({ type: OwnReferralView })
  async refer(
    @Body() dto: ReferYoungPersonDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OwnReferralView> {
    const referrerId = await this.access.requireOwnReferrals(user, Permission.OwnReferralMake);
    const { referral, program, created } = await this.referring.refer(referrerId, dto, user.id, idempotencyKey);
    let phase: string;
    try {
      ({ phase } = await this.workflows.startConsented(referral, program, referrerId));
    } catch (error) {
      // Refused or never started: nothing is kept. Started, but its answer was lost (a timeout): the rows stay for the course,
      // and a retry with the same Idempotency-Key finds them and joins the consent already sent.
      if (created && !(await this.workflows.started(referral.id))) await this.referring.discard(referral);
      throw error;
    }
    if (!created) response.status(200);
    return { id: referral.id, programName: program.name, referredAt: referral.referredAt, phase, outcome: null, closedAt: null };
  }
}
