import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mentorshipWorkflowId } from '../../workflows/mentorship/messages';
import { durationMs } from '../domain/duration';
import { isQuestionnaire } from '../domain/instruments';
import { youngPersonLinkPolicy } from '../domain/policy/program-policy';
import { MeasurementDuePoint, measurementDuePoints } from '../measurements/due-points';
import type { YoungPersonAskKind } from '../notifications/nudge-kinds';
import { LinkAsk, YoungPersonLinks } from '../young-person-links/young-person-links';
import { CurrentPolicies } from './current-policy';
import { NudgeRaiser } from './nudge-raiser';

/** The course and its young person, as an ask needs them. */
interface AskedCourse {
  mentorshipId: string;
  youngPersonId: string;
  programSlug: string;
  municipalityId: string;
  policyVersion: number;
  hasEmail: boolean;
}

/**
 * The engine asks the young person herself, by a mail with a link of her own:
 * for her consent when she is referred, and for each questionnaire as it
 * falls due (the status instrument is her mentor's or coordinator's to enter).
 * Each ask is a nudge of hers (its mail waits out the quiet hours) and a link
 * row, both keyed by the course and what is asked, so asking again does
 * nothing twice. A young person without an address on record is not asked;
 * her mentor or coordinator enters it with her, as before.
 */
@Injectable()
export class YoungPersonAsks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: CurrentPolicies,
    private readonly links: YoungPersonLinks,
    private readonly raiser: NudgeRaiser,
  ) {}

  async askConsent(mentorshipId: string, taskQueue: string): Promise<void> {
    const course = await this.course(mentorshipId);
    if (course?.hasEmail) await this.ask(course, { purpose: 'consent', mentorshipId }, taskQueue);
  }

  /** The questionnaires due at these "instrument@duePoint" points of the course's schedule. */
  askMeasurements(mentorshipId: string, points: string[], taskQueue: string): Promise<void> {
    return this.askQuestionnaires(mentorshipId, (due) => points.includes(`${due.instrument}@${due.duePoint}`), taskQueue);
  }

  /** The questionnaires due at the match start, which the welcome asks for. */
  askStartMeasurements(mentorshipId: string, taskQueue: string): Promise<void> {
    return this.askQuestionnaires(mentorshipId, (due) => due.offsetMs === 0, taskQueue);
  }

  private async askQuestionnaires(mentorshipId: string, wanted: (due: MeasurementDuePoint) => boolean, taskQueue: string): Promise<void> {
    const course = await this.course(mentorshipId);
    if (!course?.hasEmail) return;
    const policy = await this.policies.of(course.programSlug, course.policyVersion);
    for (const due of measurementDuePoints(policy)) {
      if (!isQuestionnaire(due.instrument) || !wanted(due)) continue;
      await this.ask(course, { purpose: 'measurement', mentorshipId, instrument: due.instrument, duePoint: due.duePoint }, taskQueue);
    }
  }

  private async ask(course: AskedCourse, ask: LinkAsk, taskQueue: string): Promise<void> {
    const workflowId = mentorshipWorkflowId(course.mentorshipId);
    const what = ask.purpose === 'consent' ? 'consent' : `${ask.instrument}@${ask.duePoint}`;
    const key = `${workflowId}/ask-young-person:${what}`;
    const kind: YoungPersonAskKind = ask.purpose === 'consent' ? 'consent-request' : 'measurement-request';
    const policy = await this.policies.of(course.programSlug, course.policyVersion);
    await this.links.prepare(key, ask, Math.round(durationMs(youngPersonLinkPolicy(policy).validFor) / 1000));
    await this.raiser.raise(
      {
        key,
        kind,
        recipientRole: 'young-person',
        recipientId: course.youngPersonId,
        programSlug: course.programSlug,
        municipalityId: course.municipalityId,
        subjectWorkflowId: workflowId,
        subjectId: course.mentorshipId,
      },
      taskQueue,
    );
  }

  private async course(mentorshipId: string): Promise<AskedCourse | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT r.young_person_id, p.slug, r.municipality_id, r.policy_version, y.email IS NOT NULL AS has_email
         FROM referrals r JOIN programs p ON p.id = r.program_id JOIN young_people y ON y.id = r.young_person_id
        WHERE r.id = $1 AND y.archived_at IS NULL`,
      [mentorshipId],
    );
    if (!row) return undefined;
    return {
      mentorshipId,
      youngPersonId: row.young_person_id,
      programSlug: row.slug,
      municipalityId: row.municipality_id,
      policyVersion: row.policy_version,
      hasEmail: row.has_email,
    };
  }
}
