import { Module } from '@nestjs/common';
import { MentorHistoryService } from '../../../../libs/mentors/mentor-history.service';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { GroupMeetingsController } from './group-meetings.controller';
import { MentorPathWorkflows } from './mentor-path-workflows';
import { MentorPathsController } from './mentor-paths.controller';

@Module({
  controllers: [MentorPathsController, GroupMeetingsController],
  providers: [MentorsService, ProgramsService, MentorPathWorkflows, MentorHistoryService],
})
export class MentorPathsModule {}
