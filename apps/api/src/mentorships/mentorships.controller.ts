import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { ExitConversations } from '../../../../libs/mentorships/exit-conversations';
import { MatchAgreements } from '../../../../libs/mentorships/match-agreements';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import * as m from '../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { storeThenCommand } from '../workflow-commands';
import * as dto from './mentorship.dto';
import { MentorshipWorkflows } from './mentorship-workflows';

/**
 * A young person's course, `mentorship-<id>`: each POST is one command (a
 * Temporal update) refused with its reason (409) when it does not fit. What
 * the running course logs (meetings, check-ins, measurements) is in
 * CourseLogController.
 */
@ApiTags('mentorships')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentorships/:id')
export class MentorshipsController {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly courses: MentorshipRecords,
    private readonly agreements: MatchAgreements,
    private readonly exitConversations: ExitConversations,
  ) {}

  /** The whole course for its coordinator and mentor; its phase and outcome only for the referrer who made it. */
  @Get()
  @Roles('coordinator', 'mentor', 'referrer')
  async state(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<dto.CourseView | dto.ReferrerView> {
    const state = await this.workflows.state(id);
    if (user.roles.includes('coordinator') || (user.roles.includes('mentor') && state.mentorId === user.id)) {
      return { ...state, exitConversationsHeld: await this.exitConversations.heldByParty(id) };
    }
    if (user.roles.includes('referrer') && (await this.courses.referrerOf(id)) === user.id) return { mentorshipId: id, phase: state.phase, outcome: state.closure?.outcome };
    throw new ForbiddenException('this course is not yours to see');
  }

  @Post('consent') @HttpCode(200)
  consent(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.recordConsentUpdate, { by: user.id });
  }

  @Post('intake/complete') @HttpCode(200)
  completeIntake(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.completeIntakeUpdate, { by: user.id });
  }

  /** Reserves a slot on the mentor's own workflow; refused when she has none free. */
  @Post('proposals') @HttpCode(200)
  propose(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ProposeMatchDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.proposeMatchUpdate, { by: user.id, mentorId: body.mentorId });
  }

  /** The young person answers through her coordinator; the proposed mentor answers for herself. */
  @Post('proposals/answer') @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async answer(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.AnswerProposalDto, @CurrentUser() user: AuthenticatedUser) {
    if (!user.roles.includes('coordinator')) {
      const proposed = (await this.workflows.state(id)).attempts.at(-1)?.mentorId;
      if (body.party !== 'mentor' || proposed !== user.id) throw new ForbiddenException('a mentor answers only a proposal made to her, as the mentor');
    }
    return this.workflows.command(id, m.answerProposalUpdate, { by: user.id, party: body.party, answer: body.answer });
  }

  /**
   * Stores the written agreement and starts the match. If the course refuses,
   * the agreement stored before (a course already running keeps its own) is
   * put back; after a timeout the new one stays, as the match may still start.
   */
  @Post('agreement') @HttpCode(200)
  agreement(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.MatchAgreementDto, @CurrentUser() user: AuthenticatedUser) {
    return storeThenCommand(
      () => this.agreements.replace(id, body, user.id),
      () => this.workflows.command(id, m.recordMatchAgreementUpdate, { by: user.id }),
    );
  }

  @Post('reviews') @HttpCode(200)
  review(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ReviewDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.recordReviewUpdate, { by: user.id, decision: body.decision });
  }

  @Post('close') @HttpCode(200)
  close(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.CloseDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.closeUpdate, { by: user.id, ...body });
  }

  /** Held or only offered: stored here (the course counts that it was recorded), shown in GET and counted by the outcomes report. */
  @Post('exit-conversations') @HttpCode(200)
  exitConversation(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ExitConversationDto, @CurrentUser() user: AuthenticatedUser) {
    return storeThenCommand(
      () => this.exitConversations.store({ mentorshipId: id, party: body.party, held: body.held, recordedBy: user.id }),
      () => this.workflows.command(id, m.recordExitConversationUpdate, { by: user.id, ...body }),
    );
  }

  /** Back to matching, freeing the mentor's slot; to end the course instead, close it. */
  @Post('mentor-left') @HttpCode(200)
  mentorLeft(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.mentorLeftUpdate, { by: user.id });
  }

  @Post('continuation') @HttpCode(200)
  continuation(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ContinuationDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.recordContinuationUpdate, { by: user.id, keptInTouch: body.keptInTouch });
  }
}
