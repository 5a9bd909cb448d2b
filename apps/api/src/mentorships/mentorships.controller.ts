import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import { SubmitMeasurementDto } from '../../../../libs/measurements/submit-measurement.dto';
import { LogMeetingDto } from '../../../../libs/meetings/log-meeting.dto';
import { MissedMeetingDto } from '../../../../libs/meetings/missed-meeting.dto';
import { MeetingsService } from '../../../../libs/meetings/meetings.service';
import { MatchAgreement, Meeting, Mentorship, Referral } from '../../../../libs/persistence/entities';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import * as m from '../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { requireCoordinatorOrOwnMentor } from './course-access';
import * as dto from './mentorship.dto';
import { MentorshipWorkflows } from './mentorship-workflows';
import { isRefusal } from '../workflow-commands';

/**
 * A young person's course, `mentorship-<id>`: each POST is one command (a
 * Temporal update) refused with its reason (409) when it does not fit.
 */
@ApiTags('mentorships')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('mentorships/:id')
export class MentorshipsController {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly meetings: MeetingsService,
    private readonly measurements: MeasurementsService,
    private readonly programs: ProgramsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The whole course for its coordinator and mentor; its phase and outcome only for the referrer who made it. */
  @Get()
  @Roles('coordinator', 'mentor', 'referrer')
  async state(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<m.MentorshipState | dto.ReferrerView> {
    const state = await this.workflows.state(id);
    if (user.roles.includes('coordinator') || (user.roles.includes('mentor') && state.mentorId === user.id)) return state;
    const referral = await this.dataSource.getRepository(Referral).findOneBy({ id });
    if (user.roles.includes('referrer') && referral?.referrerId === user.id) return { mentorshipId: id, phase: state.phase, outcome: state.closure?.outcome };
    throw new ForbiddenException('this course is not yours to see');
  }

  @Get('meetings')
  @Roles('coordinator', 'mentor')
  async meetingLog(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<Meeting[]> {
    requireCoordinatorOrOwnMentor(user, await this.workflows.state(id));
    return this.meetings.list(id);
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
  async agreement(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.MatchAgreementDto, @CurrentUser() user: AuthenticatedUser) {
    const agreements = this.dataSource.getRepository(MatchAgreement);
    const previous = await agreements.findOneBy({ mentorshipId: id });
    await agreements.save({ mentorshipId: id, ...body, recordedBy: user.id });
    try {
      return await this.workflows.command(id, m.recordMatchAgreementUpdate, { by: user.id });
    } catch (error) {
      if (isRefusal(error)) await (previous ? agreements.save(previous) : agreements.delete({ mentorshipId: id }));
      throw error;
    }
  }

  /**
   * Date, minutes and kind of place; never what was said. The row is stored
   * first and the course counts it (a retry with the same id is counted
   * once); a course that refuses it has the row discarded again.
   */
  @Post('meetings') @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async logMeeting(@Param() { id }: dto.MentorshipIdParam, @Body() body: LogMeetingDto, @CurrentUser() user: AuthenticatedUser) {
    const course = await this.course(id);
    requireCoordinatorOrOwnMentor(user, course);
    const row = (mentorId: string) => ({ meetingId: body.id, mentorshipId: id, mentorId, heldOn: body.heldOn, minutes: body.minutes, placeKind: body.placeKind, loggedBy: user.id });
    // A course without a mentor is not active and refuses the meeting; stored only once it counted it, in case it became active meanwhile.
    const stored = course.mentorId ? await this.meetings.storeMeeting(row(course.mentorId)) : false;
    // Not stored: a retry of this course's meeting, or an id already taken by another course's.
    if (!stored) await this.meetings.assertNotLoggedElsewhere(body.id, id);
    try {
      const counted = await this.workflows.command(id, m.logMeetingUpdate, { by: user.id, meetingId: body.id, heldOn: body.heldOn, minutes: body.minutes, placeKind: body.placeKind });
      if (!course.mentorId) await this.meetings.storeMeeting(row(counted.mentorId!));
      return counted;
    } catch (error) {
      if (stored && isRefusal(error)) await this.meetings.discardMeeting(body.id);
      throw error;
    }
  }

  /** A planned meeting that did not happen; a run of them (policy) raises an escalation to the expert panel. */
  @Post('missed-meetings') @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async missedMeeting(@Param() { id }: dto.MentorshipIdParam, @Body() body: MissedMeetingDto, @CurrentUser() user: AuthenticatedUser) {
    requireCoordinatorOrOwnMentor(user, await this.course(id));
    return this.workflows.command(id, m.recordMissedMeetingUpdate, { by: user.id, missedMeetingId: body.id, plannedOn: body.plannedOn, missedBy: body.missedBy });
  }

  /** Stored first, then counted by the course, which sets its next check-in from it; a refused one is discarded. */
  @Post('check-ins') @HttpCode(200)
  async checkIn(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.CheckInDto, @CurrentUser() user: AuthenticatedUser) {
    const checkInId = randomUUID();
    await this.meetings.storeCheckIn({ checkInId, mentorshipId: id, party: body.party, heldOn: body.heldOn, recordedBy: user.id });
    try {
      return await this.workflows.command(id, m.recordCheckInUpdate, { by: user.id, party: body.party, heldOn: body.heldOn, checkInId });
    } catch (error) {
      if (isRefusal(error)) await this.meetings.discardCheckIn(checkInId);
      throw error;
    }
  }

  /**
   * Answers and score stay in Postgres; the course learns that it was
   * submitted and, for a WHO-5, its flags. Postgres keeps one measurement per
   * instrument and due point, so once this one's row is stored, a course that
   * already counts that slot counts this measurement: its first attempt got
   * there and only the answer was lost. A row is discarded only when the
   * course refused it; after a timeout the update may still land, and the
   * client's retry finds the row.
   */
  @Post('measurements') @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async submitMeasurement(@Param() { id }: dto.MentorshipIdParam, @Body() body: SubmitMeasurementDto, @CurrentUser() user: AuthenticatedUser) {
    const course = await this.course(id);
    requireCoordinatorOrOwnMentor(user, course);
    await this.measurements.record(id, body, user.id);
    const slot = `${body.instrument}@${body.duePoint}`;
    const wellBeing = body.instrument === 'who5' ? await this.wellBeingFlags(course, body.id) : undefined;
    try {
      return await this.workflows.command(id, m.measurementSubmittedUpdate, { by: user.id, measurementId: body.id, instrument: body.instrument, duePoint: body.duePoint, wellBeing });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const now = await this.workflows.state(id);
      if (now.measurements.includes(slot)) return now;
      await this.measurements.discard(body.id);
      throw error;
    }
  }

  /**
   * The course's row: its mentor as of its last change of phase, which the
   * course writes before it answers the command that changed it. Read here,
   * not asked of the workflow, so a command costs the engine one round trip.
   */
  private async course(mentorshipId: string): Promise<Mentorship> {
    const course = await this.dataSource.getRepository(Mentorship).findOneBy({ id: mentorshipId });
    if (!course) throw new NotFoundException(`no mentorship ${mentorshipId}`);
    return course;
  }

  /** Read against the limits of the policy version the course runs on, as the course would. */
  private async wellBeingFlags(course: Mentorship, measurementId: string): Promise<m.WellBeingFlags> {
    const { policy } = await this.programs.policy(course.programId, course.policyVersion);
    return this.measurements.wellBeingFlags(measurementId, policy.measurements.who5);
  }

  @Post('reviews') @HttpCode(200)
  review(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ReviewDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.recordReviewUpdate, { by: user.id, decision: body.decision });
  }

  @Post('close') @HttpCode(200)
  close(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.CloseDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.closeUpdate, { by: user.id, ...body });
  }

  @Post('exit-conversations') @HttpCode(200)
  exitConversation(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.ExitConversationDto, @CurrentUser() user: AuthenticatedUser) {
    return this.workflows.command(id, m.recordExitConversationUpdate, { by: user.id, ...body });
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
