import { Module } from '@nestjs/common';
import { MeasurementsService } from '../measurements/measurements.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { NudgesModule } from '../nudges/nudges.module';
import { EscalationFactsReader } from './escalation-facts';
import { EscalationNotices } from './escalation-notices';
import { EscalationOwners } from './escalation-owners';
import { EscalationStarter } from './escalation-starter';

const PROVIDERS = [EscalationOwners, EscalationNotices, EscalationStarter, EscalationFactsReader];

/** Raising, routing and telling about escalations; the Temporal client and repositories come from global modules. */
@Module({
  imports: [NotificationsModule, NudgesModule],
  providers: [...PROVIDERS, MeasurementsService],
  exports: PROVIDERS,
})
export class EscalationsModule {}
