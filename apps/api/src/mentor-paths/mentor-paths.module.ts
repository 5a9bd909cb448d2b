import { Module } from '@nestjs/common';
import { MentorHistoryService } from '../../../../libs/mentors/mentor-history.service';
import { MentorOverviewService } from '../../../../libs/mentors/mentor-overview.service';
import { MentorYoungPeople } from '../../../../libs/mentors/mentor-young-people';
import { MentorPathRequirements } from '../../../../libs/mentors/path-requirements';
import { CourseDueReader } from '../../../../libs/mentorships/course-due-reader';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { GroupMeetingsController } from './group-meetings.controller';
import { MentorOverviewController } from './mentor-overview.controller';
import { MentorPathWorkflows } from './mentor-path-workflows';
import { MentorPathsController } from './mentor-paths.controller';
import { MentorYoungPeopleController } from './mentor-young-people.controller';

@Module({
  controllers: [MentorPathsController, GroupMeetingsController, MentorOverviewController, MentorYoungPeopleController],
  providers: [
    MentorsService,
    ProgramsService,
    MentorPathWorkflows,
    MentorHistoryService,
    MentorPathRequirements,
    MentorOverviewService,
    CourseDueReader,
    MentorYoungPeople,
  ],
})
export class MentorPathsModule {}
