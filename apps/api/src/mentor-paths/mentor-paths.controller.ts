import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { mentorPathPolicy } from '../../../../libs/domain/policy/mentor-path-policy';
import { MentorHistoryEntry, MentorHistoryService } from '../../../../libs/mentors/mentor-history.service';
import { pathChecklist } from '../../../../libs/mentors/path-checklist';
import { MentorPathRequirements } from '../../../../libs/mentors/path-requirements';
import { MentorsService } from '../../../../libs/people/mentors.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import * as m from '../../../../workflows/mentor/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { EndPathDto, MentorIdParam, ScreeningStepDto } from './mentor-path.dto';
import { MentorPathWorkflows } from './mentor-path-workflows';
import { ApiMentorHistory, MentorPathStateView, MentorPathView } from './mentor-path.view';
import { CommandsAnswer } from '../commands-answer';
import { coded } from '../../../../libs/validation/coded-exceptions';

/**
 * A mentor's path, `mentor-<id>`: each route is one command (a Temporal
 * update) refused with a reason (409) when it does not fit the phase.
 */
@ApiTags('mentor path')
@ApiBearerAuth()
@CommandsAnswer(ApiOkResponse({ type: MentorPathStateView, description: 'The path after the command' }))
@Roles('coordinator')
@Controller('mentors/:id')
export class MentorPathsController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly programs: ProgramsService,
    private readonly workflows: MentorPathWorkflows,
    private readonly history: MentorHistoryService,
    private readonly requirements: MentorPathRequirements,
    private readonly access: AccessService,
  ) {}

  /** Starts the mentor's path under the program's current policy; repeating it answers the running path. */
  @Post('application')
  @HttpCode(200)
  async apply(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<m.MentorPathState> {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    const mentor = await this.mentors.get(id);
    if (mentor.archivedAt) throw coded(ForbiddenException, 'mentor-archived', { id });
    const program = await this.programs.get(mentor.programId);
    const { policy, version } = await this.programs.policy(program.id);
    return this.workflows.apply(mentor, program, mentorPathPolicy(policy, version), user.id);
  }

  /** The path's state, with what her program's policy requires before approval, done or outstanding; a mentor may read her own. */
  @Get('path')
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({ type: MentorPathView })
  async path(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<MentorPathView> {
    await this.access.requireAccess(user, Permission.MentorPathRead, id);
    const [state, requirements] = await Promise.all([this.workflows.state(id), this.requirements.of(id)]);
    return { ...state, checklist: pathChecklist(state, requirements) };
  }

  @Get('history')
  @Roles('coordinator', 'mentor')
  @ApiMentorHistory()
  async pathHistory(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser): Promise<MentorHistoryEntry[]> {
    await this.access.requireAccess(user, Permission.MentorPathRead, id);
    return this.history.history(id);
  }

  @Post('path/begin-screening')
  @HttpCode(200)
  async beginScreening(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.beginScreeningUpdate, { by: user.id });
  }

  @Post('path/screening-steps')
  @HttpCode(200)
  async recordScreeningStep(@Param() { id }: MentorIdParam, @Body() dto: ScreeningStepDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.recordScreeningStepUpdate, { by: user.id, step: dto.step, result: dto.result });
  }

  @Post('path/course/enrol')
  @HttpCode(200)
  async enrol(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.enrolInCourseUpdate, { by: user.id });
  }

  @Post('path/course/complete')
  @HttpCode(200)
  async completeCourse(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.completeCourseUpdate, { by: user.id });
  }

  @Post('path/approve')
  @HttpCode(200)
  async approve(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.approveUpdate, { by: user.id });
  }

  @Post('path/pause')
  @HttpCode(200)
  async pause(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.pauseUpdate, { by: user.id });
  }

  @Post('path/resume')
  @HttpCode(200)
  async resume(@Param() { id }: MentorIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.resumeUpdate, { by: user.id });
  }

  @Post('path/retire')
  @HttpCode(200)
  async retire(@Param() { id }: MentorIdParam, @Body() dto: EndPathDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.retireUpdate, { by: user.id, reason: dto.reason });
  }

  @Post('path/reject')
  @HttpCode(200)
  async reject(@Param() { id }: MentorIdParam, @Body() dto: EndPathDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.rejectUpdate, { by: user.id, reason: dto.reason });
  }

  @Post('path/withdraw')
  @HttpCode(200)
  async withdraw(@Param() { id }: MentorIdParam, @Body() dto: EndPathDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorManage, id);
    return this.workflows.command(id, m.withdrawUpdate, { by: user.id, reason: dto.reason });
  }
}
