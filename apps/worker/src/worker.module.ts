import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../../../activities/activities.module';
import { ConfigModule } from '../../../libs/config/config.module';
import { DatabaseHealth } from '../../../libs/persistence/database-health';
import { PersistenceModule } from '../../../libs/persistence/persistence.module';
import { TemporalClientModule } from '../../../libs/temporal-connection/temporal-client.module';
import { EngineSchedules } from './engine-schedules.service';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerHealth } from './worker-health';

@Module({
  // The client lets activities command other workflows (a mentorship reserving a mentor's slot).
  imports: [ConfigModule, PersistenceModule, TemporalClientModule, ActivitiesModule],
  providers: [TemporalWorkerService, EngineSchedules, DatabaseHealth, WorkerHealth],
})
export class WorkerModule {}
