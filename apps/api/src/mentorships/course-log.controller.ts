import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessService } from '../../../../libs/access/access.service';
import { Permission } from '../../../../libs/access/permission';
import type { AuthenticatedUser } from '../../../../libs/auth/roles';
import { MeasurementReading, readingsOf } from '../../../../libs/measurements/measurement-readings';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { SubmitMeasurementDto } from '../../../../libs/measurements/submit-measurement.dto';
import { LogMeetingDto } from '../../../../libs/meetings/log-meeting.dto';
import { MeetingsService } from '../../../../libs/meetings/meetings.service';
import { MissedMeetingDto } from '../../../../libs/meetings/missed-meeting.dto';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import type { Meeting } from '../../../../libs/persistence/entities';
import * as m from '../../../../workflows/mentorship/messages';
import { CurrentUser, Roles } from '../auth/decorators';
import { storeThenCommand } from '../workflow-commands';
import * as dto from './mentorship.dto';
import { MeetingView, MentorshipStateView } from './mentorship-state.view';
import { MeasurementSubmission } from './measurement-submission';
import { MentorshipWorkflows } from './mentorship-workflows';
import { CommandsAnswer } from '../commands-answer';

/**
 * What a running course logs: meetings, missed meetings, the program's
 * check-ins and measurements. Each has an id the client chose, so a retry
 * finds what its first attempt stored; the course counts it once.
 */
@ApiTags('mentorships')
@ApiBearerAuth()
@CommandsAnswer(ApiOkResponse({ type: MentorshipStateView, description: 'The course after the command' }))
@Roles('coordinator')
@Controller('mentorships/:id')
export class CourseLogController {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly courses: MentorshipRecords,
    private readonly meetings: MeetingsService,
    private readonly measurementSubmission: MeasurementSubmission,
    private readonly measurements: MeasurementsService,
    private readonly programs: ProgramsService,
    private readonly access: AccessService,
  ) {}

  @Get('meetings')
  @ApiOkResponse({ type: [MeetingView] })
  @Roles('coordinator', 'mentor')
  async meetingLog(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<Meeting[]> {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    return this.meetings.list(id);
  }

  /** Scores with their bands under the course's own policy version, and each one's change since the one before: the trend. */
  @Get('measurements')
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({ type: [MeasurementReading] })
  async measurementReadings(@Param() { id }: dto.MentorshipIdParam, @CurrentUser() user: AuthenticatedUser): Promise<MeasurementReading[]> {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    const course = await this.courses.get(id);
    const { policy } = await this.programs.policy(course.programId, course.policyVersion);
    return readingsOf(await this.measurements.list(id), policy.measurements.who5);
  }

  /**
   * Date, minutes and kind of place; never what was said. The row is stored
   * first and the course counts it (a retry with the same id is counted
   * once); a course that refuses it has the row discarded again.
   */
  @Post('meetings')
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async logMeeting(@Param() { id }: dto.MentorshipIdParam, @Body() body: LogMeetingDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    const course = await this.courses.get(id);
    const row = (mentorId: string) => ({
      meetingId: body.id,
      mentorshipId: id,
      mentorId,
      heldOn: body.heldOn,
      minutes: body.minutes,
      placeKind: body.placeKind,
      loggedBy: user.id,
    });
    const counted = await storeThenCommand(
      // A course without a mentor is not active and refuses the meeting; stored only once it counted it, in case it became active
      // meanwhile.
      async () => {
        if (course.mentorId) return this.meetings.storeMeeting(row(course.mentorId));
        await this.meetings.assertNotLoggedElsewhere(body.id, id);
        return undefined;
      },
      () =>
        this.workflows.command(id, m.logMeetingUpdate, {
          by: user.id,
          meetingId: body.id,
          heldOn: body.heldOn,
          minutes: body.minutes,
          placeKind: body.placeKind,
        }),
    );
    if (!course.mentorId) await this.meetings.storeMeeting(row(counted.mentorId!));
    return counted;
  }

  /** A planned meeting that did not happen; a run of them (policy) raises an escalation to the expert panel. */
  @Post('missed-meetings')
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async missedMeeting(@Param() { id }: dto.MentorshipIdParam, @Body() body: MissedMeetingDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    return this.workflows.command(id, m.recordMissedMeetingUpdate, {
      by: user.id,
      missedMeetingId: body.id,
      plannedOn: body.plannedOn,
      missedBy: body.missedBy,
    });
  }

  /**
   * Stored first, then counted by the course, which sets its next check-in
   * from it; a refused one is discarded. The course keeps counts, not ids, so
   * the check-in's id is the command's update id: Temporal answers a retry
   * with the first send's outcome instead of running it again.
   */
  @Post('check-ins')
  @HttpCode(200)
  async checkIn(@Param() { id }: dto.MentorshipIdParam, @Body() body: dto.CheckInDto, @CurrentUser() user: AuthenticatedUser) {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    return storeThenCommand(
      () =>
        this.meetings.storeCheckIn({ checkInId: body.id, mentorshipId: id, party: body.party, heldOn: body.heldOn, recordedBy: user.id }),
      () =>
        this.workflows.command(
          id,
          m.recordCheckInUpdate,
          { by: user.id, party: body.party, heldOn: body.heldOn, checkInId: body.id },
          `check-in:${body.id}`,
        ),
    );
  }

  /** Through the one measurement path (MeasurementSubmission); the row records that the mentor or coordinator entered it for her. */
  @Post('measurements')
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  async submitMeasurement(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: SubmitMeasurementDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const relation = await this.access.requireAccess(user, Permission.MentorshipLog, id);
    return this.measurementSubmission.submit(id, body, { id: user.id, enteredBy: relation === 'mentor' ? 'mentor' : 'coordinator' });
  }
}
