import { Module } from '@nestjs/common';
import { EscalationOwners } from '../../../../libs/escalations/escalation-owners';
import { EscalationRecords } from '../../../../libs/escalations/escalation-records';
import { NotificationsModule } from '../../../../libs/notifications/notifications.module';
import { NudgesModule } from '../../../../libs/nudges/nudges.module';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { EscalationsController } from './escalations.controller';
import { MentorshipEscalationsController } from './mentorship-escalations.controller';

@Module({
  imports: [NudgesModule, NotificationsModule, MentorshipsModule],
  controllers: [EscalationsController, MentorshipEscalationsController],
  providers: [EscalationRecords, EscalationOwners],
})
export class EscalationsApiModule {}
