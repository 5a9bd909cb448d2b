import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CurrentPolicies } from './current-policy';
import { NoticeSender } from './notice-sender';
import { NudgeClosing } from './nudge-closing';
import { NudgeDeliveryPlanner } from './nudge-delivery-planner';
import { NudgeInbox } from './nudge-inbox';
import { NudgeRaiser } from './nudge-raiser';
import { YoungPersonAsks } from './young-person-asks';

/**
 * Raising nudges (with their mails), sending notices, closing nudges and reading a user's open ones; the Temporal client and
 * repositories come from global modules.
 */
@Module({
  imports: [NotificationsModule],
  providers: [CurrentPolicies, NudgeDeliveryPlanner, NudgeRaiser, NudgeInbox, YoungPersonAsks, NudgeClosing, NoticeSender],
  exports: [CurrentPolicies, NudgeDeliveryPlanner, NudgeRaiser, NudgeInbox, YoungPersonAsks, NudgeClosing, NoticeSender],
})
export class NudgesModule {}
