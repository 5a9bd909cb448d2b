import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { NotificationsService } from './notifications.service';
import { RecipientDirectory } from './recipient-directory';

/** Mail delivery through the outbox; repositories come from the global PersistenceModule, AppConfig from ConfigModule. */
@Module({
  providers: [Mailer, RecipientDirectory, NotificationsService],
  exports: [Mailer, RecipientDirectory, NotificationsService],
})
export class NotificationsModule {}
