import { Module } from '@nestjs/common';
import { MyReferralsService } from '../../../../../libs/people/referrals/my-referrals.service';
import { ReferralQuotasService } from '../../../../../libs/people/referrals/referral-quotas.service';
import { ReferralsService } from '../../../../../libs/people/referrals/referrals.service';
import { ProgramsService } from '../../../../../libs/programs/programs.service';
import { NudgesModule } from '../../../../../libs/nudges/nudges.module';
import { QuotasController } from './quotas.controller';
import { MentorshipWorkflows } from '../../mentorships/mentorship-workflows';
import { MeetingsService } from '../../../../../libs/meetings/meetings.service';
import { MyReferralsController } from './my-referrals.controller';
import { ReferController } from './refer.controller';
import { ReferrerReferralsService } from '../../../../../libs/people/referrals/referrer-referrals.service';
import { ReferralsController } from './referrals.controller';

/** Referral quotas agreed with municipalities, and the referrals that fill them. */
@Module({
  imports: [NudgesModule],
  controllers: [QuotasController, ReferralsController, MyReferralsController, ReferController],
  // ReferralsService reads program policies; ProgramsService keeps no state, so its own instance here is harmless.
  providers: [
    MyReferralsService,
    ReferralQuotasService,
    ReferralsService,
    ReferrerReferralsService,
    ProgramsService,
    MentorshipWorkflows,
    MeetingsService,
  ],
})
export class ReferralsModule {}
