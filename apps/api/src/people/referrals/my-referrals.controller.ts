import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../../libs/access/access.service';
import type { AuthenticatedUser } from '../../../../../libs/auth/roles';
import { MyReferralsService } from '../../../../../libs/people/referrals/my-referrals.service';
import { CurrentUser, Roles } from '../../auth/decorators';

export class OwnReferralView {
  @ApiProperty({ format: 'uuid', description: 'The course (mentorship-<id>), which she may open for its phase and outcome' }) id!: string;
  @ApiProperty() programName!: string;
  @ApiProperty() referredAt!: Date;
  @ApiProperty({ example: 'active' }) phase!: string;
  @ApiProperty({ type: String, nullable: true, description: 'How the course ended; null while it runs' }) outcome!: string | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
}

class MunicipalityQuotaView {
  @ApiProperty() programName!: string;
  @ApiProperty({ example: '2026-01-01' }) periodStart!: string;
  @ApiProperty({ example: '2027-01-01', description: 'Exclusive' }) periodEnd!: string;
  @ApiProperty() agreed!: number;
  @ApiProperty({ description: 'Referrals made within the period' }) made!: number;
  @ApiProperty({ description: 'What an even pace would have reached by now' }) expectedByNow!: number;
  @ApiProperty() behind!: boolean;
}

class MyReferralsView {
  @ApiProperty({ type: [OwnReferralView] }) referrals!: OwnReferralView[];
  @ApiProperty({ type: [MunicipalityQuotaView], description: "Her municipality's quotas not yet ended" }) quotas!: MunicipalityQuotaView[];
}

/** A referrer's own page: the courses she referred, their phase and outcome only, and how her municipality stands on its quotas. */
@ApiTags('referrals')
@ApiBearerAuth()
@Roles('referrer')
@Controller('my-referrals')
export class MyReferralsController {
  constructor(
    private readonly mine: MyReferralsService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MyReferralsView })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<MyReferralsView> {
    const referrerId = await this.access.requireOwnReferrals(user);
    const [referrals, quotas] = await Promise.all([this.mine.referrals(referrerId), this.mine.quotas(referrerId)]);
    return { referrals, quotas };
  }
}
