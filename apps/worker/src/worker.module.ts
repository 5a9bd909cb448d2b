import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../../../activities/activities.module';
import { ConfigModule } from '../../../libs/config/config.module';
import { PersistenceModule } from '../../../libs/persistence/persistence.module';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [ConfigModule, PersistenceModule, ActivitiesModule],
  providers: [TemporalWorkerService],
})
export class WorkerModule {}
