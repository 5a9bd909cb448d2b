import { Module } from '@nestjs/common';
import { TodayService } from './today.service';

/** The coordinators' Today page, read from PostgreSQL; the data source and the access module come from global modules. */
@Module({ providers: [TodayService], exports: [TodayService] })
export class TodayModule {}
