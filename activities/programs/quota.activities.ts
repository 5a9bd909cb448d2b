import { Injectable } from '@nestjs/common';
import { durationMs } from '../../libs/domain/duration';
import { dayIn } from '../../workflows/shared/calendar-day';
import { ReferralQuotasService } from '../../libs/people/referrals/referral-quotas.service';
import { ProgramsService } from '../../libs/programs/programs.service';

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
    private readonly programs: ProgramsService,
  ) {}

  async quotasBehind({ programId }: { programId: string }): Promise<QuotasBehind> {
    const { policy } = await this.programs.policy(programId);
    // Its quotas' days are the program's (quota-days.ts).
    const today = dayIn(new Date(), policy.notifications.timeZone);
    const inPeriod = (await this.quotas.listWithProgress({ programId }, false)).filter(
      (quota) => quota.periodStart <= today && today < quota.periodEnd,
    );
    return {
      behind: inPeriod.filter((quota) => quota.behind).map((quota) => ({ quotaId: quota.id, municipalityId: quota.municipalityId })),
      checkEveryMs: durationMs(policy.nudges.quotaCheckEvery),
    };
  }
}
