import { ConflictException, GoneException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QUESTIONNAIRE_ITEMS } from '../../../../libs/domain/instrument-items';
import { isQuestionnaire, questionnaire, QuestionnaireId } from '../../../../libs/domain/instruments';
import { YOUNG_PERSON_EXPLANATION } from '../../../../libs/domain/young-person-explanation';
import { scaleProblem } from '../../../../libs/measurements/item-scale';
import { coded, invalidInput } from '../../../../libs/validation/coded-exceptions';
import { problemWith } from '../../../../libs/validation/problems';
import { MentorshipRecords } from '../../../../libs/mentorships/mentorship-records';
import { LinkRow, YoungPersonLinks } from '../../../../libs/young-person-links/young-person-links';
import * as m from '../../../../workflows/mentorship/messages';
import { dayIn } from '../../../../workflows/shared/calendar-day';
import { MeasurementSubmission } from '../mentorships/measurement-submission';
import { MentorshipWorkflows } from '../mentorships/mentorship-workflows';
import { isRefusal } from '../workflow-commands';
import type { LinkAnswersDto, LinkConsentDto } from './young-person-link.dto';
import { LinkPurposeView, linkPurposeView } from './young-person-link-view';

/** One message for every link that opens nothing, so the answer never tells a guess from a used or an expired link. */

/** Who the course and the row record as acting: she has no account, and her name stays out of the workflow. */
const YOUNG_PERSON = 'young-person';

/**
 * What a young person's link opens: what it asks (GET), her consent or its
 * refusal, and her answers to one questionnaire, each once. A link is open
 * while it is unused and unexpired and the course still asks it (awaiting
 * her consent; active, with that measurement not yet entered). Anything
 * refused writes nothing: a claimed link is released when the course refuses.
 */
@Injectable()
export class YoungPersonLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: YoungPersonLinks,
    private readonly workflows: MentorshipWorkflows,
    private readonly submission: MeasurementSubmission,
    private readonly courses: MentorshipRecords,
  ) {}

  async purpose(token: string): Promise<LinkPurposeView> {
    const link = await this.open(token);
    return linkPurposeView(link, link.instrument && isQuestionnaire(link.instrument) ? questionnaire(link.instrument).scale.min : 0);
  }

  async consent({ token, given, textsVersion }: LinkConsentDto): Promise<{ consent: 'given' | 'refused' }> {
    const link = await this.open(token, 'consent');
    if (textsVersion !== YOUNG_PERSON_EXPLANATION.version) throw this.staleTexts(YOUNG_PERSON_EXPLANATION.version);
    await this.claimed(link, async () => {
      await this.dataSource.query(
        `INSERT INTO young_person_consents (mentorship_id, link_id, given, wording_version) VALUES ($1, $2, $3, $4)`,
        [link.mentorshipId, link.id, given, textsVersion],
      );
      try {
        await this.workflows.command(
          link.mentorshipId,
          given ? m.recordConsentUpdate : m.refuseConsentUpdate,
          { by: YOUNG_PERSON },
          `young-person-consent:${link.id}`,
        );
      } catch (error) {
        if (isRefusal(error)) await this.dataSource.query(`DELETE FROM young_person_consents WHERE link_id = $1`, [link.id]);
        throw error;
      }
    });
    return { consent: given ? 'given' : 'refused' };
  }

  /** Her answers go the way a mentor's do (MeasurementSubmission): scored, banded, and a WHO-5 in the high-risk band escalated. */
  async answer({ token, answers, textsVersion }: LinkAnswersDto): Promise<{ answered: string }> {
    const link = await this.open(token, 'measurement');
    const instrument = link.instrument as QuestionnaireId;
    const { version } = QUESTIONNAIRE_ITEMS[instrument];
    if (textsVersion !== version) throw this.staleTexts(version);
    const problem = scaleProblem(answers, questionnaire(instrument));
    if (problem) throw invalidInput([problemWith('answers', problem)]);
    const measuredOn = await this.todayOfCourse(link.mentorshipId);
    await this.claimed(link, () =>
      this.submission.submit(
        link.mentorshipId,
        // The link's id is the measurement's: one link, one measurement.
        { id: link.id, instrument, duePoint: link.duePoint!, measuredOn, answers },
        { id: YOUNG_PERSON, enteredBy: 'young-person' },
      ),
    );
    return { answered: instrument };
  }

  /** The link, if it is open for this purpose; 404 for a token that names none, 410 for one used, expired or no longer asked. */
  private async open(token: string, purpose?: LinkRow['purpose']): Promise<LinkRow> {
    const lookup = await this.links.lookup(token);
    if ('refused' in lookup) throw coded(lookup.refused === 'unknown' ? NotFoundException : GoneException, 'link-not-open');
    const link = lookup.found;
    if (purpose && link.purpose !== purpose) throw coded(ConflictException, 'link-other-purpose', { purpose: link.purpose });
    if (!(await this.stillAsked(link))) throw coded(GoneException, 'link-not-open');
    return link;
  }

  /** Whether the course still waits for what the link asks: her consent, or this measurement of an active course. */
  private async stillAsked(link: LinkRow): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT m.phase, EXISTS (SELECT 1 FROM measurements x
                                WHERE x.mentorship_id = $1 AND x.instrument = $2 AND x.due_point = $3) AS measured
         FROM mentorships m WHERE m.id = $1`,
      [link.mentorshipId, link.instrument, link.duePoint],
    );
    if (!row) return false;
    return link.purpose === 'consent' ? row.phase === 'awaiting-consent' : row.phase === 'active' && !row.measured;
  }

  /**
   * Uses the link up, then does what it brought; if that is refused (by the course, or by a 4xx) the link is released, so a link is
   * spent only by what the course took. After a timeout the command may still land: the link stays used.
   */
  private async claimed<T>(link: LinkRow, act: () => Promise<T>): Promise<T> {
    if (!(await this.links.claim(link.id))) throw coded(GoneException, 'link-not-open');
    try {
      return await act();
    } catch (error) {
      if (isRefusal(error) || (error instanceof HttpException && error.getStatus() < 500)) await this.links.release(link.id);
      throw error;
    }
  }

  private staleTexts(current: string): HttpException {
    return coded(ConflictException, 'link-texts-changed', { current });
  }

  /** The day she answers, in the program's time zone: the day its people would write down. */
  private async todayOfCourse(mentorshipId: string): Promise<string> {
    return dayIn(new Date(), (await this.courses.forContact(mentorshipId)).timeZone);
  }
}
