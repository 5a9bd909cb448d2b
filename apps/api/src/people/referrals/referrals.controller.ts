import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessService } from '../../../../../libs/access/access.service';
import { Permission } from '../../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../../libs/auth/roles';
import { ReferralsService } from '../../../../../libs/people/referrals/referrals.service';
import type { Referral } from '../../../../../libs/persistence/entities';
import { ProgramsService } from '../../../../../libs/programs/programs.service';
import { AppConfig } from '../../../../../libs/config/app-config';
import { YoungPersonAsks } from '../../../../../libs/nudges/young-person-asks';
import { mentorshipWorkflowId } from '../../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../../auth/decorators';
import { IdempotencyKey } from '../../idempotency/idempotency-key.decorator';
import { MentorshipWorkflows } from '../../mentorships/mentorship-workflows';
import { CreateReferralDto, ReferralsQuery, ReferralView } from './referral.dto';

@ApiTags('referrals')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly programs: ProgramsService,
    private readonly workflows: MentorshipWorkflows,
    private readonly access: AccessService,
    private readonly youngPersonAsks: YoungPersonAsks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Refers a young person and starts her course, `mentorship-<referral id>`,
   * as one operation: if the workflow cannot start, the referral is not kept.
   * A retry with the same Idempotency-Key gets the first answer again (see
   * IdempotencyInterceptor); should that have nothing to give (the attempt
   * died after writing the referral, or the key expired), the key kept on
   * the referral finds it, answered with 200.
   * Refused with 400 and the reason when she is outside the program's age
   * range or the program is not active. Referrers refer in their own name;
   * coordinators on anyone's behalf. The young person is then asked for her
   * consent herself, by a mail with her own link (when she has an address).
   */
  @Post()
  @Roles('coordinator', 'referrer')
  @ApiCreatedResponse({ type: ReferralView })
  async create(
    @Body() dto: CreateReferralDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReferralView> {
    await this.access.requireReferral(user, dto);
    const referredAt = dto.referredAt === undefined ? undefined : new Date(dto.referredAt);
    const { referral, created } = await this.referrals.create({ ...dto, referredAt, idempotencyKey }, user.id);
    try {
      await this.workflows.start(referral, await this.programs.get(referral.programId));
    } catch (error) {
      if (created) await this.referrals.discard(referral.id);
      throw error;
    }
    // Asked once per course (keyed by it): a retry finds the ask already made.
    await this.youngPersonAsks.askConsent(referral.id, this.config.temporal.taskQueues.main);
    if (!created) response.status(200);
    return view(referral);
  }

  /** A coordinator's part of her programs: a municipal coordinator's municipality's referrals. */
  @Get()
  @ApiOkResponse({ type: [ReferralView] })
  async list(@Query() query: ReferralsQuery, @CurrentUser() user: AuthenticatedUser): Promise<ReferralView[]> {
    return (await this.referrals.list(query, await this.access.scope(user, Permission.MentorshipCommand))).map(view);
  }
}

function view(referral: Referral): ReferralView {
  const { id, programId, policyVersion, municipalityId, referrerId, youngPersonId, referredAt, createdBy, createdAt } = referral;
  return {
    id,
    programId,
    policyVersion,
    municipalityId,
    referrerId,
    youngPersonId,
    referredAt,
    createdBy,
    createdAt,
    workflowId: mentorshipWorkflowId(id),
  };
}
