import { Injectable } from '@nestjs/common';
import { MeasurementsService } from '../../../../libs/measurements/measurements.service';
import type { SubmitMeasurementDto } from '../../../../libs/measurements/submit-measurement.dto';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import type { MeasurementEnteredBy, Mentorship } from '../../../../libs/persistence/entities';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import * as m from '../../../../workflows/mentorship/messages';
import { isRefusal, storeThenCommand } from '../workflow-commands';
import { MentorshipWorkflows } from './mentorship-workflows';

/** Who submits: the id the row and the course record, and in which role the answers were entered. */
export interface Submitter {
  id: string;
  enteredBy: MeasurementEnteredBy;
}

/**
 * The one way a measurement enters a course, whoever enters it (her mentor,
 * her coordinator, or the young person from her own link): stored and scored
 * in Postgres, then counted by the course, which for a WHO-5 weighs its
 * flags (band, sharp drop) and raises the engine's escalation.
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
   * submitted and, for a WHO-5, its flags. Postgres keeps one measurement per
   * instrument and due point, so once this one's row is stored, a course that
   * already counts that slot counts this measurement: its first attempt got
   * there and only the answer was lost. A row is discarded only when the
   * course refused it; after a timeout the update may still land, and the
   * client's retry finds the row.
   */
  async submit(mentorshipId: string, body: SubmitMeasurementDto, submitter: Submitter): Promise<m.MentorshipState> {
    const course = await this.courses.get(mentorshipId);
    return storeThenCommand(
      async () => {
        await this.measurements.record(mentorshipId, body, submitter.id, submitter.enteredBy);
        return () => this.measurements.discard(body.id);
      },
      async () => {
        const wellBeing = body.instrument === 'who5' ? await this.wellBeingFlags(course, body.id) : undefined;
        try {
          return await this.workflows.command(mentorshipId, m.measurementSubmittedUpdate, {
            by: submitter.id,
            measurementId: body.id,
            instrument: body.instrument,
            duePoint: body.duePoint,
            wellBeing,
          });
        } catch (error) {
          const now = isRefusal(error) ? await this.workflows.state(mentorshipId) : undefined;
          if (now?.measurements.includes(`${body.instrument}@${body.duePoint}`)) return now;
          throw error;
        }
      },
    );
  }

  /** Read against the limits of the policy version the course runs on, as the course would. */
  private async wellBeingFlags(course: Mentorship, measurementId: string): Promise<m.WellBeingFlags> {
    const { policy } = await this.programs.policy(course.programId, course.policyVersion);
    return this.measurements.wellBeingFlags(measurementId, policy.measurements.who5);
  }
}
