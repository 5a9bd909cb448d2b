import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Gender, Mentorship, Program, Referral, Referrer, YoungPerson } from '../../persistence/entities';
import type { ContactDetails } from '../../persistence/entities/contact-details';
import { ProgramsService } from '../../programs/programs.service';
import { coded, invalidInput, refused } from '../../validation/coded-exceptions';
import { problemAt } from '../../validation/problems';
import { ageAtReferral, ageRefusal } from './age';
import { dayInProgram, referredWithin } from './quota-days';
import { isUniqueViolation, programProblem } from './referrals.service';

/** A program a referrer may refer to: one with a quota for her municipality today, and how far along that quota is. */
export interface ReferrableProgram {
  id: string;
  name: string;
  minAge: number;
  maxAge: number;
  agreed: number;
  made: number;
  /** Exclusive, as the quota keeps it. */
  periodEnd: string;
}

/** The young person as her referrer registers her: who she is and how to reach her; her wishes are the coordinator's intake. */
export interface NewYoungPersonByReferrer {
  contact: Pick<ContactDetails, 'name'> & Partial<Pick<ContactDetails, 'email' | 'phone' | 'language'>>;
  birthDate: string;
  gender?: Gender | null;
}

export interface ReferralByReferrer {
  referral: Referral;
  program: Program;
  /** False when an earlier request with the same Idempotency-Key made it. */
  created: boolean;
}

/** Her municipality's live quotas whose period holds the day it is in their program at a moment ($1 the municipality, $2 the moment). */
const COVERING_DAY = `q.municipality_id = $1 AND q.archived_at IS NULL
  AND q.period_start <= ${dayInProgram('$2', 'q.program_id')} AND q.period_end > ${dayInProgram('$2', 'q.program_id')}`;

/** Those quotas with the referrals made within each period so far. */
const QUOTAS_TODAY = `
  SELECT q.id, q.program_id, q.agreed, q.period_start::text, q.period_end::text,
         (SELECT COUNT(*)::int FROM referrals r
           WHERE r.program_id = q.program_id AND r.municipality_id = q.municipality_id
             AND ${referredWithin('r', 'q')}) AS made
    FROM referral_quotas q
   WHERE ${COVERING_DAY}`;

interface QuotaRow {
  id: string;
  program_id: string;
  agreed: number;
  period_start: string;
  period_end: string;
  made: number;
}

/**
 * A referrer refers by herself: to a program that has agreed a referral quota with her municipality for today, while that quota
 * is not yet met (beyond it, the program's coordinator decides, knowing her mentors' room). The young person is registered in
 * the referrer's municipality and referred in the referrer's name, in one transaction that holds the quota's row, so two
 * caseworkers of one municipality cannot both take its last place, and a refusal leaves nothing written.
 */
@Injectable()
export class ReferrerReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: ProgramsService,
  ) {}

  /** The programs she may refer to today, by name; a program whose quota is met is listed, with its count, for her to see why. */
  async programs(referrerId: string, now = new Date()): Promise<ReferrableProgram[]> {
    const rows: Array<QuotaRow & { name: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (q.program_id) q.*, p.name
         FROM (${QUOTAS_TODAY}) q JOIN programs p ON p.id = q.program_id AND p.status = 'active' AND p.archived_at IS NULL
        ORDER BY q.program_id, q.period_start DESC`,
      [await this.municipalityOf(referrerId), now],
    );
    const programs = await Promise.all(
      rows.map(async (row) => {
        const { min, max } = (await this.policies.policy(row.program_id)).policy.ageRange;
        return {
          id: row.program_id,
          name: row.name,
          minAge: min,
          maxAge: max,
          agreed: row.agreed,
          made: row.made,
          periodEnd: row.period_end,
        };
      }),
    );
    return programs.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /**
   * Registers the young person and refers her: her row, the referral and the course's first row (awaiting consent), or nothing.
   * Refused with 400 naming the field (a program that is missing, not active or takes nobody from her municipality; an age
   * outside its range) or 409 when the municipality's quota is met. A repeated Idempotency-Key answers the first referral.
   */
  async refer(
    referrerId: string,
    input: { programId: string; youngPerson: NewYoungPersonByReferrer },
    createdBy: string,
    idempotencyKey?: string,
  ): Promise<ReferralByReferrer> {
    const program = await this.dataSource.manager.findOne(Program, { where: { id: input.programId }, withDeleted: true });
    const problem = programProblem(program);
    if (problem || !program) throw invalidInput(problem ? [problem] : []);
    if (idempotencyKey) {
      // A key is its user's: another user's referral under the same key is never answered.
      const earlier = await this.dataSource.manager.findOneBy(Referral, { idempotencyKey, createdBy });
      if (earlier) return { referral: earlier, program, created: false };
    }
    const municipalityId = await this.municipalityOf(referrerId);
    const referredAt = new Date();
    const { policy, version } = await this.policies.policy(program.id);
    const { birthDate, gender } = input.youngPerson;
    const tooOldOrYoung = ageRefusal(ageAtReferral(birthDate, referredAt, policy.notifications.timeZone), gender ?? null, {
      slug: program.slug,
      ageRange: policy.ageRange,
    });
    if (tooOldOrYoung) throw invalidInput([problemAt('youngPerson.birthDate', 'age-outside-range', tooOldOrYoung)]);
    try {
      const referral = await this.dataSource.transaction(async (tx) => {
        await this.holdQuota(tx, program, municipalityId, referredAt);
        const youngPerson = await tx.save(tx.create(YoungPerson, { ...input.youngPerson, municipalityId }));
        const made = { programId: program.id, policyVersion: version, municipalityId, youngPersonId: youngPerson.id };
        const saved = await tx.save(
          tx.create(Referral, { ...made, referrerId, referredAt, createdBy, idempotencyKey: idempotencyKey ?? null }),
        );
        await tx.insert(Mentorship, { ...made, id: saved.id, phase: 'awaiting-consent', phaseSince: referredAt });
        return saved;
      });
      return { referral, program, created: true };
    } catch (error) {
      // The same key sent twice at once: the first insert won, so answer with its referral.
      const earlier =
        idempotencyKey && isUniqueViolation(error)
          ? await this.dataSource.manager.findOneBy(Referral, { idempotencyKey, createdBy })
          : null;
      if (!earlier) throw error;
      return { referral: earlier, program, created: false };
    }
  }

  /** Undoes refer() when the course could not be started: the course's row, the referral and the young person it registered. */
  async discard(referral: Referral): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(Mentorship, { id: referral.id });
      await tx.delete(Referral, { id: referral.id });
      await tx.delete(YoungPerson, { id: referral.youngPersonId });
    });
  }

  /** Locks the quota that lets her municipality refer to the program today, and refuses when there is none or it is met. */
  private async holdQuota(tx: EntityManager, program: Program, municipalityId: string, referredAt: Date): Promise<void> {
    // Should two quotas overlap, the latest started counts.
    const [quota]: Array<{ id: string }> = await tx.query(
      `SELECT q.id FROM referral_quotas q WHERE ${COVERING_DAY} AND q.program_id = $3 ORDER BY q.period_start DESC LIMIT 1 FOR UPDATE`,
      [municipalityId, referredAt, program.id],
    );
    if (!quota) throw invalidInput([problemAt('programId', 'program-not-for-municipality', { program: program.slug })]);
    // Counted after the lock, so a referral another caseworker just made is in the count.
    const [{ agreed, made, period_end: periodEnd }]: QuotaRow[] = await tx.query(`${QUOTAS_TODAY} AND q.id = $3`, [
      municipalityId,
      referredAt,
      quota.id,
    ]);
    if (made >= agreed) throw refused('quota-full', { program: program.slug, agreed, made, periodEnd });
  }

  private async municipalityOf(referrerId: string): Promise<string> {
    const referrer = await this.dataSource.manager.findOne(Referrer, { where: { id: referrerId }, withDeleted: true });
    if (!referrer) throw coded(NotFoundException, 'not-found', { thing: 'referrer', id: referrerId });
    if (referrer.archivedAt) throw refused('archived', { thing: 'referrer' });
    return referrer.municipalityId;
  }
}
