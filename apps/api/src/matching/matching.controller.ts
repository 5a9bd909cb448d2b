import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MentorCandidatesService } from '../../../../libs/matching/mentor-candidates.service';
import type { MentorRanking } from '../../../../libs/matching/rank-mentors';
import { Roles } from '../auth/decorators';
import { MentorCandidatesQuery, MentorCandidatesView, ProgramIdParam } from './mentor-candidates.dto';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('programs/:programId/mentor-candidates')
export class MatchingController {
  constructor(private readonly candidates: MentorCandidatesService) {}

  /**
   * The program's available mentors ranked for one young person, each score
   * explained; mentors who cannot be proposed to her are listed with the reason.
   */
  @Get()
  @ApiOkResponse({ type: MentorCandidatesView })
  rank(@Param() { programId }: ProgramIdParam, @Query() { youngPersonId }: MentorCandidatesQuery): Promise<MentorRanking> {
    return this.candidates.rank(programId, youngPersonId);
  }
}
