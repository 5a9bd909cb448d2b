import { Module } from '@nestjs/common';
import { EscalationsModule } from '../libs/escalations/escalations.module';
import { GdprModule } from '../libs/gdpr/gdpr.module';
import { NotificationsModule } from '../libs/notifications/notifications.module';
import { NudgesModule } from '../libs/nudges/nudges.module';
import { ReferralQuotasService } from '../libs/people/referrals/referral-quotas.service';
import { ProgramsService } from '../libs/programs/programs.service';
import { EscalationTriggerActivities } from './escalations/escalation-triggers.activities';
import { EscalationActivities } from './escalations/escalation.activities';
import { RetentionActivities } from './gdpr/retention.activities';
import { DeliveryActivities } from './notifications/delivery.activities';
import { MentorPathActivities } from './mentors/mentor-path.activities';
import { MentorSlotActivities } from './mentors/mentor-slots.activities';
import { CourseChangeActivities } from './mentorships/course-change.activities';
import { MentorshipActivities } from './mentorships/mentorship.activities';
import { NudgeActivities } from './nudges/nudge.activities';
import { ProgramActivities } from './programs/program.activities';
import { QuotaActivities } from './programs/quota.activities';
import { RenewalActivities } from './renewal/renewal.activities';

/** Every activity provider; the worker registers their methods by name. */
export const ACTIVITY_PROVIDERS = [
  ProgramActivities,
  QuotaActivities,
  MentorPathActivities,
  MentorSlotActivities,
  MentorshipActivities,
  NudgeActivities,
  CourseChangeActivities,
  DeliveryActivities,
  EscalationTriggerActivities,
  EscalationActivities,
  RetentionActivities,
  RenewalActivities,
];

@Module({
  imports: [NudgesModule, NotificationsModule, EscalationsModule, GdprModule],
  providers: [...ACTIVITY_PROVIDERS, ReferralQuotasService, ProgramsService],
  exports: ACTIVITY_PROVIDERS,
})
export class ActivitiesModule {}
