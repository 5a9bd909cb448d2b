import type { ProgramPolicy } from '../program-policy';

/**
 * Values every preset shares because they come from the field's standards
 * (MENTOR's Elements of Effective Practice, the WHO-5 manual) or from one
 * documented default, not from a program's source: see docs/presets.md,
 * sections Sources and Shared standards. A preset overrides any of them where its source says otherwise.
 */

/** WHO-5 bands: ≤ 50 poor well-being, ≤ 28 likely depression, 10 points meaningful. */
export const WHO5_BANDS: ProgramPolicy['measurements']['who5'] = { poorAtOrBelow: 50, depressionAtOrBelow: 28, meaningfulChange: 10 };

/** MENTOR's Elements: 48 h after the first meeting, twice in the first month, then monthly; the referrer quarterly. */
export const MENTOR_STANDARD_CHECK_INS: ProgramPolicy['checkIns'] = {
  firstWithin: '48h',
  firstMonthCount: 2,
  thenEvery: 'P1M',
  referrerEvery: 'P3M',
};

export const DEFAULT_NUDGES: ProgramPolicy['nudges'] = {
  consentWithin: '30d',
  matchProposalUnansweredAfter: '7d',
  referralWaitingAfter: '30d',
  escalateIgnoredAfter: '7d',
  quotaCheckEvery: '7d',
};

/** Danish programs: no mail to volunteers or young people late in the evening or at night. */
export const DEFAULT_NOTIFICATIONS: ProgramPolicy['notifications'] = {
  timeZone: 'Europe/Copenhagen',
  quietHours: { from: '21:00', to: '07:00' },
};

export const DEFAULT_ESCALATIONS: ProgramPolicy['escalations'] = {
  acknowledgeWithin: '3d',
  acknowledgeUrgentWithin: '24h',
  respondWithin: '7d',
  respondUrgentWithin: '48h',
  missedMeetingsInARow: 3,
  unansweredNudges: 3,
  categories: ['mental-health', 'social', 'education-and-work', 'engagement', 'other'],
  // High risk on the WHO-5 is a possible depression: the psychologist, within the urgent deadlines.
  automatic: {
    highRisk: { category: 'mental-health', urgency: 'urgent' },
    sharpDrop: { category: 'mental-health', urgency: 'normal' },
    missedMeetings: { category: 'engagement', urgency: 'normal' },
    unansweredNudges: { category: 'engagement', urgency: 'normal' },
  },
};

/** A written agreement and a documented first meeting within two weeks (MENTOR; the employment act's written plan). */
export const DEFAULT_MATCH_AGREEMENT: ProgramPolicy['matchAgreement'] = { required: true, firstMeetingWithin: '14d' };
