import { Module } from '@nestjs/common';
import { ProgramsService } from '../programs/programs.service';
import { MentorReports } from './mentor-report';
import { OutcomeReports } from './outcome-report';
import { ReferralReports } from './referral-report';
import { Reports } from './reports';
import { WellBeingReports } from './well-being-report';

/** The reports; repositories and AppConfig come from the global modules. */
@Module({
  providers: [Reports, OutcomeReports, WellBeingReports, ReferralReports, MentorReports, ProgramsService],
  exports: [Reports],
})
export class ReportsModule {}
