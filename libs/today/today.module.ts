import { Module } from '@nestjs/common';
import { CourseDueReader } from '../mentorships/course-due-reader';
import { TodayService } from './today.service';

/** The coordinators' Today page, read from PostgreSQL; the data source and the access module come from global modules. */
@Module({ providers: [CourseDueReader, TodayService], exports: [TodayService] })
export class TodayModule {}
