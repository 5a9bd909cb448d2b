import { Module } from '@nestjs/common';
import { MentorHistoryService } from '../../../../libs/mentors/mentor-history.service';
import { MentorYoungPeople } from '../../../../libs/mentors/mentor-young-people';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { GroupMeetingsController } from './group-meetings.controller';
import { MentorPathWorkflows } from './mentor-path-workflows';
import { MentorPathsController } from './mentor-paths.controller';
import { MentorYoungPeopleController } from './mentor-young-people.controller';

@Module({
  controllers: [MentorPathsController, GroupMeetingsController, MentorYoungPeopleController],
  providers: [MentorsService, ProgramsService, MentorPathWorkflows, MentorHistoryService, MentorYoungPeople],
})
export class MentorPathsModule {}
