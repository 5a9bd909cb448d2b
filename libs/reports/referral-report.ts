import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportScope, type ReportTimeZone } from './report-scope';
import { oneDecimal, Suppression } from './suppression';

export interface MunicipalityReferrals {
  municipalityId: string;
  municipality: string;
  referrals: number | null;
  /** Agreed referrals of the quotas whose periods overlap the report's; null when none was agreed. */
  quota: number | null;
  shareOfQuota: number | null;
  daysToMatch: { mean: number | null; median: number | null; n: number | null };
  /** Proposals declined (by the young person or the mentor). */
  declined: number | null;
  /** Courses matched after at least one declined proposal. */
  rematched: number | null;
}

export interface ReferralReport {
  scope: ReportScope;
  minimumCount: number;
  municipalities: MunicipalityReferrals[];
}

interface ReferralRow {
  municipalityId: string;
  municipality: string;
  referrals: number;
  quota: number | null;
  daysToMatch: number[] | null;
  declined: number;
  rematched: number;
}

/** Referrals made in the period, per municipality: against the agreed quota, how long to a match, and proposals declined. */
@Injectable()
export class ReferralReports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async build(scope: ReportScope, suppression: Suppression, timeZone: ReportTimeZone): Promise<ReferralReport> {
    const rows: ReferralRow[] = await this.dataSource.query(
      `WITH made AS (
         SELECT referral.id, referral.municipality_id, referral.referred_at, course.match_started_at
           FROM referrals referral
           LEFT JOIN mentorships course ON course.id = referral.id
          WHERE referral.program_id = $1 AND ($2::uuid IS NULL OR referral.municipality_id = $2)
            AND (referral.referred_at AT TIME ZONE $5)::date BETWEEN $3 AND $4
       ), attempts AS (
         SELECT mentorship_id,
                COUNT(*) FILTER (WHERE outcome LIKE 'declined%') AS declined,
                BOOL_OR(outcome = 'accepted') AND BOOL_OR(outcome LIKE 'declined%') AS rematched
           FROM match_attempts WHERE mentorship_id IN (SELECT id FROM made) GROUP BY mentorship_id
       )
       SELECT made.municipality_id AS "municipalityId", municipality.name AS municipality, COUNT(*)::int AS referrals,
              (SELECT SUM(quota.agreed)::int FROM referral_quotas quota
                WHERE quota.program_id = $1 AND quota.municipality_id = made.municipality_id AND quota.archived_at IS NULL
                  AND quota.period_start <= $4 AND quota.period_end > $3) AS quota,
              ARRAY_AGG(EXTRACT(EPOCH FROM made.match_started_at - made.referred_at) / 86400)
                FILTER (WHERE made.match_started_at IS NOT NULL) AS "daysToMatch",
              COALESCE(SUM(attempts.declined), 0)::int AS declined,
              COUNT(*) FILTER (WHERE attempts.rematched)::int AS rematched
         FROM made
         JOIN municipalities municipality ON municipality.id = made.municipality_id
         LEFT JOIN attempts ON attempts.mentorship_id = made.id
        GROUP BY made.municipality_id, municipality.name
        ORDER BY municipality.name`,
      [scope.programId, scope.municipalityId ?? null, scope.from, scope.to, timeZone],
    );
    return {
      scope,
      minimumCount: suppression.minimumCount,
      municipalities: rows.map((row) => {
        const days = (row.daysToMatch ?? []).map(Number);
        const { mean, n } = suppression.mean(days);
        return {
          municipalityId: row.municipalityId,
          municipality: row.municipality,
          referrals: suppression.count(row.referrals),
          quota: row.quota,
          shareOfQuota: row.quota ? suppression.share(row.referrals, row.quota) : null,
          daysToMatch: { mean, median: mean === null ? null : median(days), n },
          declined: suppression.count(row.declined),
          rematched: suppression.count(row.rematched),
        };
      }),
    };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return oneDecimal(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
}
