/** A written match agreement a course accepts, as the benchmark, the fault run and the restore drill send it to start a match. */
export const MATCH_AGREEMENT = {
  meetingsPerPeriod: 4,
  period: 'month',
  minutesPerMeeting: 60,
  goals: 'A job',
  mentorRole: 'Listen',
  youngPersonRole: 'Come',
  programCheckIns: 'monthly',
};
