import { Module } from '@nestjs/common';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import { MeetingsService } from '../../../../libs/meetings/meetings.service';
import { CourseContexts } from '../../../../libs/mentorships/course-contexts';
import { CourseList } from '../../../../libs/mentorships/course-list';
import { CourseReviews } from '../../../../libs/mentorships/course-reviews';
import { ProposalAnswers } from '../../../../libs/mentorships/proposal-answers';
import { ExitConversations } from '../../../../libs/mentorships/exit-conversations';
import { MatchAgreements } from '../../../../libs/mentorships/match-agreements';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { MeasurementSubmission } from './measurement-submission';
import { MentorshipWorkflows } from './mentorship-workflows';
import { ReviewHolding } from './review-holding';
import { AnswerHolding } from './answer-holding';
import { CourseContextController } from './course-context.controller';
import { CourseListController } from './course-list.controller';
import { CourseLogController } from './course-log.controller';
import { MentorshipsController } from './mentorships.controller';

@Module({
  controllers: [CourseListController, MentorshipsController, CourseLogController, CourseContextController],
  providers: [
    MentorshipWorkflows,
    MentorshipRecords,
    CourseContexts,
    CourseList,
    MatchAgreements,
    ExitConversations,
    MeetingsService,
    MeasurementsService,
    ProgramsService,
    MeasurementSubmission,
    CourseReviews,
    ReviewHolding,
    ProposalAnswers,
    AnswerHolding,
  ],
  exports: [MentorshipWorkflows, MeasurementSubmission, MentorshipRecords],
})
export class MentorshipsModule {}
