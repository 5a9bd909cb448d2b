import { Module } from '@nestjs/common';
import { TodayModule } from '../../../../libs/today/today.module';
import { TodayController } from './today.controller';

@Module({ imports: [TodayModule], controllers: [TodayController] })
export class TodayApiModule {}
