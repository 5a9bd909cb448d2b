import { Module } from '@nestjs/common';
import { ReportsModule } from '../../../../libs/reports/reports.module';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportsModule], controllers: [ReportsController] })
export class ReportsApiModule {}
