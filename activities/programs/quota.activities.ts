import { Injectable } from '@nestjs/common';
import { durationMs } from '../../libs/domain/duration';
import { CurrentPolicies } from '../../libs/nudges/current-policy';
import { calendarDateOf } from '../../libs/people/calendar-date';
import { ReferralQuotasService } from '../../libs/people/referrals/referral-quotas.service';
import { DataSource } from 'typeorm';
import { Program } from '../../libs/persistence/entities';

export interface QuotasBehind {
  /** Quotas in their period with fewer referrals than an even pace would have by now. */
  behind: Array<{ quotaId: string; municipalityId: string }>;
  /** The program's cadence for looking again. */
  checkEveryMs: number;
}

/** Reads how each municipality's referrals keep pace with its quota, for the program's workflow. */
@Injectable()
export class QuotaActivities {
  constructor(
    private readonly quotas: ReferralQuotasService,
    private readonly policies: CurrentPolicies,
    private readonly dataSource: DataSource,
  ) {}

  async quotasBehind({ programId }: { programId: string }): Promise<QuotasBehind> {
    const program = await this.dataSource.getRepository(Program).findOneOrFail({ where: { id: programId }, withDeleted: true });
    const today = calendarDateOf(new Date());
    const inPeriod = (await this.quotas.listWithProgress({ programId }, false)).filter((quota) => quota.periodStart <= today && today < quota.periodEnd);
    return {
      behind: inPeriod.filter((quota) => quota.behind).map((quota) => ({ quotaId: quota.id, municipalityId: quota.municipalityId })),
      checkEveryMs: durationMs((await this.policies.of(program.slug)).nudges.quotaCheckEvery),
    };
  }
}
