import type { ProgramPreset } from './program-preset';

/** Vallensbæk municipality's "Mere end en mentor" corps. Source: seeds/004; see docs/presets.md. */
export const vallensbaekPreset: ProgramPreset = {
  slug: 'vallensbaek',
  name: 'Vallensbæk: More than a mentor',
  description:
    'About ten volunteer role models for young people on cash benefits (ADHD, loneliness, housing, cannabis; many ethnic ' +
    'minority), each with 1–2 at a time. The pair plans where, how often and what about; a part-time coordinator supports.',
  policy: {
    // Cash benefits start at 18, and the program sits with Ung På Vej, the municipality's project for young recipients under 30.
    ageRange: { min: 18, max: 29 },
    mentors: { kind: 'volunteer', capacity: 2 },
    screening: {
      // Volunteers meet vulnerable adults alone; no mentee is a minor, so no child-offence certificate.
      steps: ['interview', 'references', 'criminal-record-check'],
      childOffenceCertificateForMenteesUnder: 15,
      stepStalledAfter: '21d',
    },
    course: { required: true, stalledAfter: '60d' },
    // The pair plans how often it meets; the target is a floor, and a month of silence is what the coordinator should hear about.
    contact: { targetHours: 4, per: 'month', nudgeAfterGap: '30d' },
    // Open-ended: no minimum, and 6-month steps with a review each so an open course is still looked at; two years bounds it.
    duration: { min: '0d', planned: 'P6M', max: 'P2Y', extension: 'P6M' },
    measurements: {
      // Few and at the reviews, because a coordinator with 1–2 hours a week cannot chase more.
      schedule: [
        { instrument: 'who5', at: ['0d', 'P6M', 'P12M', 'P18M'], atClose: true },
        { instrument: 'status', at: ['0d'], atClose: true },
      ],
      overdueAfter: '14d',
      who5: { poorAtOrBelow: 50, depressionAtOrBelow: 28, meaningfulChange: 10 },
    },
    reviews: { at: ['P6M', 'P12M', 'P18M'] },
    checkIns: { firstWithin: '48h', firstMonthCount: 2, thenEvery: 'P1M', referrerEvery: 'P3M' },
    nudges: { consentWithin: '30d', matchProposalUnansweredAfter: '7d', referralWaitingAfter: '30d', escalateIgnoredAfter: '7d' },
    // The coordinator works 1–2 hours a week, so ordinary escalations get a week to be seen; urgent ones stay urgent.
    escalations: { acknowledgeWithin: '7d', acknowledgeUrgentWithin: '24h', respondWithin: '14d', respondUrgentWithin: '48h', missedMeetingsInARow: 3 },
    continuation: { followUp: true, askAfter: 'P3M' },
    matchAgreement: { required: true, firstMeetingWithin: '14d' },
  },
};
