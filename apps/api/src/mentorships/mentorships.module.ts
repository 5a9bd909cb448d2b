import { Module } from '@nestjs/common';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import { MeetingsService } from '../../../../libs/meetings/meetings.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { MentorshipWorkflows } from './mentorship-workflows';
import { MentorshipsController } from './mentorships.controller';

@Module({
  controllers: [MentorshipsController],
  providers: [MentorshipWorkflows, MeetingsService, MeasurementsService, ProgramsService],
  exports: [MentorshipWorkflows],
})
export class MentorshipsModule {}
