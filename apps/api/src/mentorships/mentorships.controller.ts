import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import { AuthenticatedUser, personIdAs } from '../../../../libs/auth/roles';
import { ExitConversations } from '../../../../libs/mentorships/exit-conversations';
import { MatchAgreements } from '../../../../libs/mentorships/match-agreements';
import * as m from '../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { storeThenCommand } from '../workflow-commands';
import * as dto from './mentorship.dto';
import { MentorshipWorkflows } from './mentorship-workflows';
import {
  ApiCourseOrReferrerView,
  CourseView,
  MentorshipStateView,
  ProposalAnsweredView,
  ReferrerCourseView,
  ReviewHeldView,
} from './mentorship-state.view';
import { AnswerHolding } from './answer-holding';
import { ReviewHolding } from './review-holding';
import { CommandsAnswer } from '../commands-answer';

/**
 * A young person's course, `mentorship-<id>`: each POST is one command (a
 * Temporal update) refused with its reason (409) when it does not fit. What
 * the running course logs (meetings, check-ins, measurements) is in
 * CourseLogController.
 */
@ApiTags('mentorships')
@ApiBearerAuth()
@CommandsAnswer(ApiOkResponse({ type: MentorshipStateView, description: 'The course after the command' }))
@Roles('coordinator')
@Controller('mentorships/:id')
export class MentorshipsController {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly agreements: MatchAgreements,
    private readonly exitConversations: ExitConversations,
    private readonly reviews: ReviewHolding,
    private readonly answers: AnswerHolding,
    private readonly access: AccessService,
  ) {}

  /** The whole course for its coordinator and mentor; its phase and outcome only for the referrer who made it. */
  @Get()
  @Roles('coordinator', 'mentor', 'referrer')
  @ApiCourseOrReferrerView()
  async state(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<CourseView | ReferrerCourseView> {
    const relation = await this.access.requireAccess(user, Permission.MentorshipRead, id);
    const state = await this.workflows.state(id);
    if (relation === 'referrer') return { mentorshipId: id, phase: state.phase, outcome: state.closure?.outcome };
    return { ...state, exitConversationsHeld: await this.exitConversations.heldByParty(id) };
  }

  @Post('consent')
  @HttpCode(200)
  async consent(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.recordConsentUpdate, { by: user.id });
  }

  @Post('intake/complete')
  @HttpCode(200)
  async completeIntake(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.completeIntakeUpdate, { by: user.id });
  }

  /** Reserves a slot on the mentor's own workflow; refused when she has none free. */
  @Post('proposals')
  @HttpCode(200)
  async propose(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ProposeMatchDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.proposeMatchUpdate, { by: user.id, mentorId: body.mentorId });
  }

  /** The young person answers through her coordinator; the proposed mentor answers for herself. Stored, then told (AnswerHolding). */
  @Post('proposals/answer')
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({
    type: ProposalAnsweredView,
    description: 'The attempt, its answers so far, and the phase the course is in with this one',
  })
  async answer(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: dto.AnswerProposalDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalAnsweredView> {
    await this.access.requireAccess(user, body.party === 'mentor' ? Permission.ProposalAnswerAsMentor : Permission.MentorshipCommand, id);
    return this.answers.answer(id, {
      by: body.party === 'mentor' ? personIdAs(user, 'mentor') : user.id,
      party: body.party,
      answer: body.answer,
    });
  }

  /**
   * Stores the written agreement and starts the match. If the course refuses,
   * the agreement stored before (a course already running keeps its own) is
   * put back; after a timeout the new one stays, as the match may still start.
   */
  @Post('agreement')
  @HttpCode(200)
  async agreement(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.MatchAgreementDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return storeThenCommand(
      () => this.agreements.replace(id, body, user.id),
      () => this.workflows.command(id, m.recordMatchAgreementUpdate, { by: user.id }),
    );
  }

  /** Stored and the course told (ReviewHolding), refused when no review point is due or an extension would pass the maximum. */
  @Post('reviews')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewHeldView, description: "The point it held, and the course's reviews and planned end with it" })
  async review(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: dto.ReviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReviewHeldView> {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.reviews.hold(id, { by: user.id, decision: body.decision });
  }

  @Post('close')
  @HttpCode(200)
  async close(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.CloseDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.closeUpdate, { by: user.id, ...body });
  }

  /** Held or only offered: stored here (the course counts that it was recorded), shown in GET and counted by the outcomes report. */
  @Post('exit-conversations')
  @HttpCode(200)
  async exitConversation(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: dto.ExitConversationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return storeThenCommand(
      () => this.exitConversations.store({ mentorshipId: id, party: body.party, held: body.held, recordedBy: user.id }),
      () => this.workflows.command(id, m.recordExitConversationUpdate, { by: user.id, ...body }),
    );
  }

  /** Back to matching, freeing the mentor's slot; to end the course instead, close it. */
  @Post('mentor-left')
  @HttpCode(200)
  async mentorLeft(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.mentorLeftUpdate, { by: user.id });
  }

  @Post('continuation')
  @HttpCode(200)
  async continuation(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ContinuationDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return this.workflows.command(id, m.recordContinuationUpdate, { by: user.id, keptInTouch: body.keptInTouch });
  }
}
