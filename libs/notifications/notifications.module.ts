import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { NotificationsService } from './notifications.service';
import { RecipientDirectory } from './recipient-directory';
import { YoungPersonLinks } from '../young-person-links/young-person-links';

/** Mail delivery through the outbox; repositories come from the global PersistenceModule, AppConfig from ConfigModule. */
@Module({
  providers: [Mailer, RecipientDirectory, NotificationsService, YoungPersonLinks],
  exports: [Mailer, RecipientDirectory, NotificationsService, YoungPersonLinks],
})
export class NotificationsModule {}
