import { Module } from '@nestjs/common';
import { MentorCandidatesService } from '../../../../libs/matching/mentor-candidates.service';
import { YoungPeopleService } from '../../../../libs/people/young-people.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { MatchingController } from './matching.controller';

/** Proposing mentors to a young person: the ranking a coordinator chooses a match from. */
@Module({
  controllers: [MatchingController],
  // Both services keep no state, so their own instances here are harmless (as in the other feature modules).
  providers: [MentorCandidatesService, ProgramsService, YoungPeopleService],
})
export class MatchingModule {}
