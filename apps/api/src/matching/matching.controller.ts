import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MentorCandidatesService } from '../../../../libs/matching/mentor-candidates.service';
import type { MentorRanking } from '../../../../libs/matching/rank-mentors';
import { CurrentUser, Roles } from '../auth/decorators';
import { MentorCandidatesQuery, MentorCandidatesView, ProgramIdParam } from './mentor-candidates.dto';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('programs/:programId/mentor-candidates')
export class MatchingController {
  constructor(
    private readonly candidates: MentorCandidatesService,
    private readonly access: AccessService,
  ) {}

  /**
   * The program's available mentors ranked for one young person, each score
   * explained; mentors who cannot be proposed to her are listed with the reason.
   * For a coordinator of the program who may see the young person.
   */
  @Get()
  @ApiOkResponse({ type: MentorCandidatesView })
  async rank(
    @Param() { programId }: ProgramIdParam,
    @Query() { youngPersonId }: MentorCandidatesQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MentorRanking> {
    await this.access.requireAccess(user, Permission.ProgramCoordinate, programId);
    await this.access.requireAccess(user, Permission.YoungPersonManage, youngPersonId);
    return this.candidates.rank(programId, youngPersonId);
  }
}
