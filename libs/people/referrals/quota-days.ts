/**
 * A quota's period is days of its program's time zone (its current policy's notifications.timeZone), as the program counts its
 * days everywhere else: a referral made at 00:30 on 1 January in Copenhagen counts toward the quota that begins that day, and a
 * referrer may refer under it from then on. SQL fragments, for the queries that count and find quotas.
 */

/** The time zone of the program whose id `programId` (an SQL expression) is. */
export const programTimeZone = (programId: string): string =>
  `(SELECT tz_v.policy #>> '{notifications,timeZone}'
      FROM programs tz_p JOIN program_policy_versions tz_v ON tz_v.program_id = tz_p.id AND tz_v.version = tz_p.policy_version
     WHERE tz_p.id = ${programId})`;

/**
 * A referral (alias `referral`) made within the period of a quota (alias `quota`). The bounds are moments (the period's first
 * and end days' midnights there), so the referrals' index on referred_at serves the range.
 */
export function referredWithin(referral: string, quota: string): string {
  const zone = programTimeZone(`${quota}.program_id`);
  return `${referral}.referred_at >= (${quota}.period_start::timestamp AT TIME ZONE ${zone})
      AND ${referral}.referred_at < (${quota}.period_end::timestamp AT TIME ZONE ${zone})`;
}

/** The day it is at `moment` (an SQL timestamptz) in the program whose id `programId` is. */
export const dayInProgram = (moment: string, programId: string): string =>
  `(${moment}::timestamptz AT TIME ZONE ${programTimeZone(programId)})::date`;
