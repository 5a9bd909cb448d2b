import { Module } from '@nestjs/common';
import { IdentityModule } from '../../../../libs/identity/identity.module';
import { NotificationsModule } from '../../../../libs/notifications/notifications.module';
import { MentorshipsModule } from '../mentorships/mentorships.module';
import { YoungPersonLinkService } from './young-person-link.service';
import { YoungPersonLinksController } from './young-person-links.controller';

@Module({
  imports: [IdentityModule, NotificationsModule, MentorshipsModule],
  controllers: [YoungPersonLinksController],
  providers: [YoungPersonLinkService],
})
export class YoungPersonLinksModule {}
