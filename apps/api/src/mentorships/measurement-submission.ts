import { Injectable } from '@nestjs/common';
import { closingInstruments, measurementDuePoints } from '../../../../libs/measurements/due-points';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import type { SubmitMeasurementDto } from '../../../../libs/measurements/submit-measurement.dto';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import type { MeasurementEnteredBy, Mentorship } from '../../../../libs/persistence/entities';
import { durationMs } from '../../../../libs/domain/duration';
import type { ProgramPolicy } from '../../../../libs/domain/policy/program-policy';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import { checkMeasurementFits, measurementNudges } from '../../../../workflows/mentorship/measurement-rules';
import { dayHasCome } from '../../../../workflows/shared/calendar-day';
import { mentorshipWorkflowId } from '../../../../workflows/mentorship/messages';
import { refusedWith, storeThenCommand } from '../workflow-commands';
import { refuseHere } from './refuse-here';
import { MentorshipWorkflows } from './mentorship-workflows';
import { SubmittedMeasurementView } from './mentorship-state.view';

/** Who submits: the id the row and the course record, and in which role the answers were entered. */
export interface Submitter {
  id: string;
  enteredBy: MeasurementEnteredBy;
}

/**
 * The one way a measurement enters a course, whoever enters it (her mentor,
 * her coordinator, or the young person from her own link): stored and scored
 * in Postgres. An active course reads its measurements there when it next
 * acts, as it reads its meetings, and is asked at once only when it must act
 * on this one: a WHO-5 whose flags (band, sharp drop) raise the engine's
 * escalation, a nudge still chasing it, or a course closing, whose closing
 * measurements let it finish.
 */
@Injectable()
export class MeasurementSubmission {
  constructor(
    private readonly workflows: MentorshipWorkflows,
    private readonly courses: MentorshipRecords,
    private readonly measurements: MeasurementsService,
    private readonly programs: ProgramsService,
  ) {}

  /**
   * Answers and score stay in Postgres; the course learns that it was
   * submitted and, for a WHO-5, its flags. Its day must have come in the
   * program's time zone; an active course's measurement is checked here
   * against its row and policy, as the course would. Postgres
   * keeps one measurement per instrument and due point, so once this one's
   * row is stored, a course that already counts that slot counts this
   * measurement: its first attempt got there and only the answer was lost. A
   * row is discarded only when the course refused it; after a timeout the
   * update may still land, and the client's retry finds the row.
   */
  async submit(mentorshipId: string, body: SubmitMeasurementDto, submitter: Submitter): Promise<SubmittedMeasurementView> {
    const course = await this.courses.get(mentorshipId);
    const { policy } = await this.programs.policy(course.programId, course.policyVersion);
    if (!dayHasCome(body.measuredOn, new Date(), policy.notifications.timeZone)) {
      refuseHere('date-in-future', { field: 'measuredOn', date: body.measuredOn });
    }
    const active = course.phase === 'active';
    if (active) {
      const schedule = { measurements: measurementDuePoints(policy), closingInstruments: closingInstruments(policy) };
      checkMeasurementFits(body, { phase: 'active', policy: schedule }, refuseHere);
    }
    await storeThenCommand(
      async () => {
        await this.measurements.record(mentorshipId, body, submitter.id, submitter.enteredBy);
        return () => this.measurements.discard(body.id);
      },
      async () => {
        const wellBeing =
          body.instrument === 'who5' ? await this.measurements.wellBeingFlags(body.id, policy.measurements.who5) : undefined;
        if (active && !wellBeing?.highRisk && !wellBeing?.sharpDrop) {
          if (await this.courseMustHear(course, body, policy)) await this.workflows.contactRecorded(mentorshipId);
          return;
        }
        try {
          await this.workflows.measurementSubmitted(mentorshipId, {
            by: submitter.id,
            measurementId: body.id,
            instrument: body.instrument,
            duePoint: body.duePoint,
            wellBeing,
          });
        } catch (error) {
          if (!refusedWith(error, 'measurement-already-submitted')) throw error;
        }
      },
    );
    return {
      mentorshipId,
      measurementId: body.id,
      instrument: body.instrument,
      duePoint: body.duePoint,
      ...(await this.courses.measured(mentorshipId)),
    };
  }

  /**
   * Whether an active course must hear of its measurement now, to settle what chases it: a nudge for it is open, or one is due by
   * now and its row is not there yet (the course may have read its measurements just before this one was stored, and be raising
   * it: told, it reads them again and resolves it). Otherwise it reads the measurement at its next deadline, before raising any.
   */
  private async courseMustHear(
    course: Mentorship,
    { instrument, duePoint }: SubmitMeasurementDto,
    policy: ProgramPolicy,
  ): Promise<boolean> {
    const due = measurementDuePoints(policy).find((slot) => slot.instrument === instrument && slot.duePoint === duePoint)!;
    const nudges = measurementNudges(due, { measurementOverdueAfterMs: durationMs(policy.measurements.overdueAfter) });
    const keyOf = (key: string) => `${mentorshipWorkflowId(course.id)}/${key}`;
    const raised = await this.measurements.nudgesRaised(nudges.map(({ key }) => keyOf(key)));
    const sinceStart = Date.now() - (course.matchStartedAt?.getTime() ?? Date.now());
    return nudges.some(({ key, afterStartMs }) => raised.get(keyOf(key)) ?? afterStartMs <= sinceStart);
  }
}
