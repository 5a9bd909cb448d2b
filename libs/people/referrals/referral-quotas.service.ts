import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DeepPartial, Repository, SelectQueryBuilder } from 'typeorm';
import { ReferralQuota } from '../../persistence/entities';
import type { ListScope } from '../../access/access.service';
import type { CoordinatorScope } from '../../access/access-scope';
import { inHerPart } from '../../access/list-filters';
import { ArchivableStore } from '../archivable-store';
import { MUNICIPALITY, PROGRAM } from '../references';
import { programTimeZone, referredWithin } from './quota-days';
import { QuotaProgress, quotaProgress } from './quota-progress';
import { refused } from '../../validation/coded-exceptions';

export type QuotaWithProgress = ReferralQuota & QuotaProgress;

/**
 * Referral quotas and how far each has come. Municipalities in Young Connect II
 * fell short of theirs unnoticed; progress against an even pace shows it early.
 */
@Injectable()
export class ReferralQuotasService extends ArchivableStore<ReferralQuota> {
  constructor(@InjectRepository(ReferralQuota) repository: Repository<ReferralQuota>) {
    super(repository, 'referral-quota', { programId: PROGRAM, municipalityId: MUNICIPALITY });
  }

  /** One live quota per program, municipality and first day; the partial unique index keeps it so under races too. */
  override async create(input: DeepPartial<ReferralQuota>): Promise<ReferralQuota> {
    const { programId, municipalityId, periodStart } = input;
    if (await this.repository.existsBy({ programId, municipalityId, periodStart })) {
      throw refused('quota-exists', { periodStart: String(periodStart) });
    }
    return super.create(input);
  }

  /** The engine's own quota check (no caller) sees every quota; the API passes the caller's scope. */
  async listWithProgress(
    filters: { programId?: string; municipalityId?: string },
    includeArchived: boolean,
    scope: ListScope = 'all',
  ): Promise<QuotaWithProgress[]> {
    return this.withProgress(await this.list(filters, includeArchived, scope));
  }

  protected override narrowTo(query: SelectQueryBuilder<ReferralQuota>, scope: CoordinatorScope): void {
    inHerPart(query, 'row.programId', 'row.municipalityId', scope);
  }

  async getWithProgress(id: string): Promise<QuotaWithProgress> {
    const [quota] = await this.withProgress([await this.get(id)]);
    return quota;
  }

  /** Counts the referrals within each quota's period in one grouped query. */
  private async withProgress(quotas: ReferralQuota[], now = new Date()): Promise<QuotaWithProgress[]> {
    if (quotas.length === 0) return [];
    const counts: Array<{ id: string; made: number; time_zone: string }> = await this.repository.query(
      `SELECT quota.id, COUNT(referral.id)::int AS made, ${programTimeZone('quota.program_id')} AS time_zone
         FROM referral_quotas quota
         LEFT JOIN referrals referral
           ON referral.program_id = quota.program_id
          AND referral.municipality_id = quota.municipality_id
          AND ${referredWithin('referral', 'quota')}
        WHERE quota.id = ANY($1::uuid[])
        GROUP BY quota.id, quota.program_id`,
      [quotas.map((quota) => quota.id)],
    );
    const counted = new Map(counts.map((row) => [row.id, row]));
    return quotas.map((quota) => {
      const { made, time_zone: timeZone } = counted.get(quota.id)!;
      return Object.assign(quota, quotaProgress(quota, made, now, timeZone));
    });
  }
}
