import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AuditEntry,
  CheckIn,
  CourseReview,
  ExitConversation,
  Escalation,
  EscalationResponse,
  IdempotentRequest,
  MatchAgreement,
  MatchAttempt,
  Measurement,
  Meeting,
  Mentorship,
  MissedMeeting,
  Notification,
  Nudge,
  Referral,
  YoungPerson,
  YoungPersonConsent,
  YoungPersonLink,
} from '../persistence/entities';
import { coded, refused } from '../validation/coded-exceptions';

/** Written where a person's own words or name were. */
export const ERASED = '[erased]';
/** Courses in these phases are over: their data may be erased. */
const ENDED_PHASES = ['closed', 'no-consent'];

export interface Erasure {
  youngPersonId: string;
  courses: number;
  measurementsStripped: number;
  agreementsStripped: number;
  escalationsStripped: number;
}

/**
 * A young person's data under the GDPR: everything the engine holds about her
 * in one export, and erasure that removes what identifies her or was said by
 * or about her, while the rows that reports count (courses, meetings, scores,
 * outcomes) stay, pseudonymous.
 */
@Injectable()
export class PersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(youngPersonId: string): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const person = await manager.findOne(YoungPerson, { where: { id: youngPersonId }, withDeleted: true });
    if (!person) throw coded(NotFoundException, 'not-found', { thing: 'young-person', id: youngPersonId });
    const referrals = await manager.findBy(Referral, { youngPersonId });
    const courseIds = referrals.map(({ id }) => id);
    const ofCourses = { mentorshipId: In(courseIds) };
    const escalations = await manager.findBy(Escalation, ofCourses);
    return {
      exportedAt: new Date().toISOString(),
      youngPerson: person,
      referrals,
      mentorships: await manager.findBy(Mentorship, { id: In(courseIds) }),
      matchAttempts: await manager.findBy(MatchAttempt, ofCourses),
      matchAgreements: await manager.findBy(MatchAgreement, ofCourses),
      meetings: await manager.findBy(Meeting, ofCourses),
      missedMeetings: await manager.findBy(MissedMeeting, ofCourses),
      measurements: await manager.findBy(Measurement, ofCourses),
      checkIns: await manager.findBy(CheckIn, ofCourses),
      exitConversations: await manager.findBy(ExitConversation, ofCourses),
      reviews: await manager.findBy(CourseReview, ofCourses),
      // What the engine asked her by her own link (never its token) and the consent she gave or refused there.
      linksToHer: await manager.findBy(YoungPersonLink, ofCourses),
      herConsents: await manager.findBy(YoungPersonConsent, ofCourses),
      escalations,
      escalationResponses: await manager.findBy(EscalationResponse, { escalationId: In(escalations.map(({ id }) => id)) }),
      nudges: await manager.findBy(Nudge, { subjectId: In(courseIds) }),
      mailsToHer: await manager.findBy(Notification, { recipientRole: 'young-person', recipientId: youngPersonId }),
      // Who has read or changed her data, and through which route.
      accessLog: await manager
        .getRepository(AuditEntry)
        .createQueryBuilder('entry')
        .where('entry.subjectIds @> :person', { person: { id: youngPersonId } })
        .orWhere(courseIds.length ? `"entry"."subject_ids"->>'id' IN (:...courseIds)` : 'false', { courseIds })
        .orderBy('entry.id')
        .getMany(),
    };
  }

  /**
   * Young people not yet erased whose every course ended (closed, or closed
   * without consent) before this moment; someone referred but with no course
   * row is left alone.
   */
  async retentionPassed(endedBefore: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT person.id
         FROM young_people person
         JOIN referrals referral ON referral.young_person_id = person.id
         JOIN mentorships course ON course.id = referral.id
        WHERE person.name <> $1
        GROUP BY person.id
       HAVING BOOL_AND(course.phase = ANY($2) AND COALESCE(course.closed_at, course.phase_since) < $3)`,
      [ERASED, ENDED_PHASES, endedBefore],
    );
    return rows.map(({ id }) => id);
  }

  /**
   * Idempotency-Key answers past their time: nothing replays them any more,
   * and they may hold personal data. The API purges a few with each keyed
   * write; the daily sweep makes sure none outlive their time by more than a day.
   */
  async forgetExpiredAnswers(): Promise<number> {
    const { affected } = await this.dataSource.createQueryBuilder().delete().from(IdempotentRequest).where('expires_at <= now()').execute();
    return affected ?? 0;
  }

  /** Refused while any of her courses runs: erasing under a running course would leave it chasing someone who is gone. */
  async erase(youngPersonId: string): Promise<Erasure> {
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.findOne(YoungPerson, {
        where: { id: youngPersonId },
        withDeleted: true,
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw coded(NotFoundException, 'not-found', { thing: 'young-person', id: youngPersonId });
      const courseIds = (await manager.findBy(Referral, { youngPersonId })).map(({ id }) => id);
      const running = (await manager.findBy(Mentorship, { id: In(courseIds) })).filter((course) => !ENDED_PHASES.includes(course.phase));
      if (running.length > 0) throw refused('course-still-running', { courseId: running[0].id, phase: running[0].phase });
      await this.pseudonymise(manager, person);
      const escalationIds = (await manager.findBy(Escalation, { mentorshipId: In(courseIds) })).map(({ id }) => id);
      await this.forgetStoredAnswers(manager, [youngPersonId, ...courseIds, ...escalationIds]);
      return { youngPersonId, courses: courseIds.length, ...(await this.stripCourses(manager, courseIds)) };
    });
  }

  private async pseudonymise(manager: EntityManager, person: YoungPerson): Promise<void> {
    await manager.update(
      YoungPerson,
      { id: person.id },
      {
        contact: { name: ERASED, email: null, phone: null },
        // The year stays, so reports by age still count her.
        birthDate: `${person.birthDate.slice(0, 4)}-01-01`,
        gender: null,
        preferredMentorGender: null,
        wishes: { languages: [], interests: [], area: null, availability: [] },
        needs: '',
      },
    );
    if (!person.archivedAt) await manager.softDelete(YoungPerson, { id: person.id });
  }

  /**
   * Answers the API keeps for Idempotency-Key retries are copies of what was
   * written: her record as created or changed, a question to the panel and
   * its advice. No column says whom an answer is about, but each one about
   * her names her, one of her courses or one of their escalations by id, so
   * a text search of the stored JSON for those ids finds them. The table
   * holds only the last idempotency.keepFor of keyed writes: the scan stays small.
   */
  private async forgetStoredAnswers(manager: EntityManager, ids: string[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(IdempotentRequest)
      .where('EXISTS (SELECT 1 FROM unnest(CAST(:ids AS text[])) AS id WHERE strpos(response_body::text, id) > 0)', { ids })
      .execute();
  }

  /** Her answers, the agreement's words and the escalations' questions and advice go; dates, minutes, scores and outcomes stay. */
  private async stripCourses(manager: EntityManager, courseIds: string[]): Promise<Omit<Erasure, 'youngPersonId' | 'courses'>> {
    if (courseIds.length === 0) return { measurementsStripped: 0, agreementsStripped: 0, escalationsStripped: 0 };
    const ofCourses = { mentorshipId: In(courseIds) };
    const measurements = await manager.update(Measurement, ofCourses, { answers: [] });
    // Her links open nothing any more, whatever a mail in her inbox still holds.
    await manager.update(YoungPersonLink, ofCourses, { tokenHash: null, expiresAt: () => 'now()' });
    const agreements = await manager.update(MatchAgreement, ofCourses, {
      goals: ERASED,
      mentorRole: ERASED,
      youngPersonRole: ERASED,
      programCheckIns: ERASED,
    });
    const escalations = await manager.findBy(Escalation, ofCourses);
    await manager.update(Escalation, ofCourses, { question: '', facts: null });
    if (escalations.length)
      await manager.update(EscalationResponse, { escalationId: In(escalations.map(({ id }) => id)) }, { advice: ERASED });
    return {
      measurementsStripped: measurements.affected ?? 0,
      agreementsStripped: agreements.affected ?? 0,
      escalationsStripped: escalations.length,
    };
  }
}
