import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dayInProgram, programTimeZone, referredWithin } from './quota-days';
import { quotaProgress, QuotaProgress } from './quota-progress';

/** A referral as its referrer follows it: which program, when, and how the course stands; nothing of the young person or her mentor. */
export interface OwnReferral {
  id: string;
  programName: string;
  referredAt: Date;
  phase: string;
  /** How the course ended: null while it runs. */
  outcome: string | null;
  closedAt: Date | null;
}

export interface MunicipalityQuota extends QuotaProgress {
  programName: string;
  periodStart: string;
  periodEnd: string;
  agreed: number;
}

/**
 * What a referrer follows (GET /my-referrals): the courses she referred, newest first, and the live quotas of her municipality,
 * each with how far along it is against an even pace (quotaProgress, as the coordinators see it).
 */
@Injectable()
export class MyReferralsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async referrals(referrerId: string): Promise<OwnReferral[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT r.id, p.name AS program_name, r.referred_at, COALESCE(m.phase, 'referred') AS phase, m.outcome, m.closed_at
         FROM referrals r JOIN programs p ON p.id = r.program_id LEFT JOIN mentorships m ON m.id = r.id
        WHERE r.referrer_id = $1
        ORDER BY r.referred_at DESC
        LIMIT 200`,
      [referrerId],
    );
    return rows.map((row) => ({
      id: row.id as string,
      programName: row.program_name as string,
      referredAt: row.referred_at as Date,
      phase: row.phase as string,
      outcome: (row.outcome as string | null) ?? null,
      closedAt: (row.closed_at as Date | null) ?? null,
    }));
  }

  async quotas(referrerId: string, now = new Date()): Promise<MunicipalityQuota[]> {
    const rows: Array<{
      program_name: string;
      period_start: string;
      period_end: string;
      agreed: number;
      made: number;
      time_zone: string;
    }> = await this.dataSource.query(
      // Period days are the program's, as ReferralQuotasService counts them (quota-days.ts).
      `SELECT p.name AS program_name, q.period_start::text, q.period_end::text, q.agreed,
              (SELECT COUNT(*)::int FROM referrals r
                WHERE r.program_id = q.program_id AND r.municipality_id = q.municipality_id AND ${referredWithin('r', 'q')}) AS made,
              ${programTimeZone('q.program_id')} AS time_zone
         FROM referrers rf
         JOIN referral_quotas q ON q.municipality_id = rf.municipality_id AND q.archived_at IS NULL
         JOIN programs p ON p.id = q.program_id
        WHERE rf.id = $1 AND q.period_end > ${dayInProgram('$2', 'q.program_id')}
        ORDER BY q.period_start, p.name`,
      [referrerId, now],
    );
    return rows.map((row) => {
      const terms = { periodStart: row.period_start, periodEnd: row.period_end, agreed: row.agreed };
      return { programName: row.program_name, ...terms, ...quotaProgress(terms, row.made, now, row.time_zone) };
    });
  }
}
