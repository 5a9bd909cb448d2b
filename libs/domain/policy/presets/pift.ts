import { DEFAULT_YOUNG_PERSON_LINKS } from '../program-policy';
import type { ProgramPreset } from './program-preset';
import {
  DEFAULT_ESCALATIONS,
  DEFAULT_MATCH_AGREEMENT,
  DEFAULT_NOTIFICATIONS,
  DEFAULT_NUDGES,
  MENTOR_STANDARD_CHECK_INS,
  WHO5_BANDS,
} from './standards';

/** PIFT (Foreningen Nydansker and KVINFO). Sources: docs/presets.md, section PIFT. */
export const piftPreset: ProgramPreset = {
  slug: 'pift',
  name: 'PIFT',
  description:
    'Volunteer mentors for psychologically vulnerable young women aged 15–30: 4 hours a month for 6–12 months, ' +
    'toward well-being, education and work. Mentors are screened and trained before a first match.',
  policy: {
    ageRange: { min: 15, max: 30 },
    mentors: { kind: 'volunteer', capacity: 1 },
    screening: {
      steps: ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'],
      // Mentees from 15 are minors meeting one adult alone, so the program asks for the certificate up to 18, not only the legal 15.
      childOffenceCertificateForMenteesUnder: 18,
      stepStalledAfter: '21d',
    },
    course: { required: true, stalledAfter: '60d' },
    // Three weeks without a meeting leaves too little of the month to reach its 4 hours.
    contact: { targetHours: 4, per: 'month', nudgeAfterGap: '21d' },
    // Planned up to the 6-month review, which may extend it once to the 12-month maximum.
    duration: { min: 'P6M', planned: 'P6M', max: 'P12M', extension: 'P6M' },
    measurements: {
      schedule: [
        // 3 and 6 months are the evaluation's points; 9 and 12 follow an extended course to its end.
        { instrument: 'who5', at: ['0d', 'P3M', 'P6M', 'P9M', 'P12M'], atClose: true },
        { instrument: 'self-efficacy', at: ['0d'], atClose: true },
        { instrument: 'status', at: ['0d'], atClose: true },
      ],
      overdueAfter: '14d',
      who5: WHO5_BANDS,
    },
    reviews: { at: ['P6M'] },
    checkIns: MENTOR_STANDARD_CHECK_INS,
    nudges: DEFAULT_NUDGES,
    notifications: DEFAULT_NOTIFICATIONS,
    youngPersonLinks: DEFAULT_YOUNG_PERSON_LINKS,
    escalations: DEFAULT_ESCALATIONS,
    continuation: { followUp: true, askAfter: 'P3M' },
    matchAgreement: DEFAULT_MATCH_AGREEMENT,
  },
};
