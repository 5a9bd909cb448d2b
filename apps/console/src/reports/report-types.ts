/** The reports as the API answers them (libs/reports); null is a count or mean suppressed because too few stand behind it. */
export type Figure = number | null;

export interface OutcomeReport {
  minimumCount: number;
  started: Figure;
  activeAtEnd: Figure;
  closed: { total: Figure; byKind: Record<string, Figure>; byReason: Record<string, Figure> };
  outcomes: Record<string, Figure>;
  inEducationOrJobAtClosure: Figure;
  durationDays: { mean: Figure; n: Figure };
  contact: { hoursPerMonth: Figure; targetHoursPerMonth: number; mentorships: Figure };
}

export interface WellBeingReport {
  minimumCount: number;
  instrument: string;
  duePoints: string[];
  cohorts: Array<{ through: string; n: Figure; points: Array<{ duePoint: string; mean: Figure }>; changeFromStart: Figure }>;
}

export interface ReferralReport {
  minimumCount: number;
  municipalities: Array<{
    municipalityId: string;
    municipality: string;
    referrals: Figure;
    quota: Figure;
    shareOfQuota: Figure;
    daysToMatch: { mean: Figure; median: Figure; n: Figure };
  }>;
}

export interface MentorReport {
  minimumCount: number;
  byPhase: Record<string, Figure>;
  screeningDays: { mean: Figure; n: Figure };
  courseDays: { mean: Figure; n: Figure };
  capacity: { mentors: Figure; slots: Figure; used: Figure; share: Figure };
}

export const REPORT_KINDS = ['outcomes', 'well-being', 'referrals', 'mentors'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportPeriod {
  programId: string;
  from: string;
  to: string;
}
