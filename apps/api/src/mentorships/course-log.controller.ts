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
import { MeetingsService, StoredContact, StoredMissedMeeting } from '../../../../libs/meetings/meetings.service';
import { MissedMeetingDto } from '../../../../libs/meetings/missed-meeting.dto';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import type { Meeting } from '../../../../libs/persistence/entities';
import { checkCheckInFits, checkMeetingFits, checkMissedMeetingFits } from '../../../../workflows/mentorship/contact-rules';
import { refuseHere } from './refuse-here';
import { CurrentUser, Roles } from '../auth/decorators';
import { CONTACT_LOG_ROUTES } from './contact-log-routes';
import * as dto from './mentorship.dto';
import { MeetingView, MentorshipStateView, MissedRunView, RecordedContactView, SubmittedMeasurementView } from './mentorship-state.view';
import { MeasurementSubmission } from './measurement-submission';
import { MentorshipWorkflows } from './mentorship-workflows';
import { CommandsAnswer } from '../commands-answer';
import { storeThenCommand } from '../workflow-commands';

/**
 * What a running course logs: meetings, missed meetings, the program's
 * check-ins and measurements. Each has an id the client chose, so a retry
 * finds what its first attempt stored. Meetings and check-ins are rows the
 * course reads when it next acts; missed meetings are rows it is asked
 * about when they make a run its policy escalates; an active course's
 * measurements are rows too, and it is asked about one only when it must act
 * on it (MeasurementSubmission).
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
   * Date, minutes and kind of place; never what was said. Checked against the course as its row holds it (active, within its
   * dates), stored (a retry with the same id finds it), and the course told only when it waits on it (MeetingsService.logMeeting):
   * otherwise it reads it at its next deadline. Answers the course's contact as stored.
   */
  @Post(CONTACT_LOG_ROUTES.meetings)
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({ type: RecordedContactView })
  async logMeeting(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: LogMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RecordedContactView> {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    const course = await this.courses.forContact(id);
    checkMeetingFits(body, course, new Date(), refuseHere);
    const stored = await this.meetings.logMeeting({
      meetingId: body.id,
      mentorshipId: id,
      mentorId: course.mentorId!,
      heldOn: body.heldOn,
      minutes: body.minutes,
      placeKind: body.placeKind,
      loggedBy: user.id,
    });
    return this.recorded(id, stored);
  }

  /**
   * A planned meeting that did not happen; a run of them (policy) raises an escalation to the expert panel. Checked against the
   * course's row and stored, as a meeting is; the course is asked (missedMeetingsInARowUpdate) only once the run since its last
   * escalation of the kind is as long as its policy escalates, and has raised it when this answers. Answers the run as stored.
   */
  @Post(CONTACT_LOG_ROUTES.missedMeetings)
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({ type: MissedRunView, description: 'The run of missed meetings it is part of, as stored' })
  async missedMeeting(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: MissedMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MissedRunView> {
    await this.access.requireAccess(user, Permission.MentorshipLog, id);
    const course = await this.courses.forContact(id);
    checkMissedMeetingFits(body, course, new Date(), refuseHere);
    // Assigned by the store step, which runs first.
    let logged!: StoredMissedMeeting;
    await storeThenCommand(
      async () => {
        const row = { missedMeetingId: body.id, mentorshipId: id, plannedOn: body.plannedOn, missedBy: body.missedBy, loggedBy: user.id };
        logged = await this.meetings.logMissedMeeting(row);
        return logged.stored ? () => this.meetings.discardMissedMeeting(body.id) : undefined;
      },
      async () => {
        if (logged.sinceEscalation >= course.missedMeetingsInARow) await this.workflows.missedRun(id, { by: user.id, run: logged.run });
      },
    );
    return { mentorshipId: id, inARow: logged.run.length, run: logged.run };
  }

  /** As a meeting: checked against the course's row, stored, and the course told only when a nudge about this party's check-in is open. */
  @Post(CONTACT_LOG_ROUTES.checkIns)
  @HttpCode(200)
  @ApiOkResponse({ type: RecordedContactView })
  async checkIn(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: dto.CheckInDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RecordedContactView> {
    await this.access.requireAccess(user, Permission.MentorshipCommand, id);
    checkCheckInFits(body, await this.courses.forContact(id), new Date(), refuseHere);
    const stored = await this.meetings.logCheckIn({
      checkInId: body.id,
      mentorshipId: id,
      party: body.party,
      heldOn: body.heldOn,
      recordedBy: user.id,
    });
    return this.recorded(id, stored);
  }

  /** Through the one measurement path (MeasurementSubmission); the row records that the mentor or coordinator entered it for her. */
  @Post('measurements')
  @HttpCode(200)
  @Roles('coordinator', 'mentor')
  @ApiOkResponse({
    type: SubmittedMeasurementView,
    description: "The measurement's slot and the course's phase and measurements as stored",
  })
  async submitMeasurement(
    @Param() { id }: dto.MentorshipIdParam,
    @Body() body: SubmitMeasurementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SubmittedMeasurementView> {
    const relation = await this.access.requireAccess(user, Permission.MentorshipLog, id);
    return this.measurementSubmission.submit(id, body, { id: user.id, enteredBy: relation === 'mentor' ? 'mentor' : 'coordinator' });
  }

  /** Signals the course when it waits on what was stored, and answers the contact as stored (read with the row's storing). */
  private async recorded(mentorshipId: string, { wakesCourse, contact }: StoredContact): Promise<RecordedContactView> {
    if (wakesCourse) await this.workflows.contactRecorded(mentorshipId);
    return { mentorshipId, meetings: contact.meetings, checkIns: contact.checkIns };
  }
}
