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

/** Young Connect II (KFUM's Social Work). Most values are defaults; sources: docs/presets.md, section Young Connect II. */
export const youngConnectIIPreset: ProgramPreset = {
  slug: 'young-connect-ii',
  name: 'Young Connect II',
  description:
    'Volunteer mentors for current and former youth in care aged 15–30, referred by municipal caseworkers. ' +
    'The pair sets its own rhythm, and may keep in touch after the program.',
  policy: {
    ageRange: { min: 15, max: 30 },
    mentors: { kind: 'volunteer', capacity: 1 },
    screening: {
      steps: ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'],
      // Youth in care from 15 are minors in the municipality's care, so the certificate is asked for up to 18.
      childOffenceCertificateForMenteesUnder: 18,
      stepStalledAfter: '21d',
    },
    course: { required: true, stalledAfter: '60d' },
    // The pair sets the rhythm; the target is only a floor to watch against, hence the month-long gap before a nudge.
    contact: { targetHours: 4, per: 'month', nudgeAfterGap: '30d' },
    // A course may last as long as the three-year project period; reviews every 6 months keep it from drifting.
    duration: { min: 'P6M', planned: 'P12M', max: 'P3Y', extension: 'P6M' },
    measurements: {
      // Kept light: these young people are tired of the system and of action plans.
      schedule: [
        { instrument: 'who5', at: ['0d', 'P6M', 'P12M'], atClose: true },
        { instrument: 'status', at: ['0d'], atClose: true },
      ],
      overdueAfter: '14d',
      who5: WHO5_BANDS,
    },
    reviews: { at: ['P6M', 'P12M', 'P18M', 'P24M', 'P30M'] },
    checkIns: MENTOR_STANDARD_CHECK_INS,
    // Municipalities fell short of their referral quota, so a referral that arrives must not wait long for a mentor.
    nudges: { ...DEFAULT_NUDGES, referralWaitingAfter: '21d' },
    notifications: DEFAULT_NOTIFICATIONS,
    youngPersonLinks: DEFAULT_YOUNG_PERSON_LINKS,
    escalations: DEFAULT_ESCALATIONS,
    continuation: { followUp: true, askAfter: 'P3M' },
    matchAgreement: DEFAULT_MATCH_AGREEMENT,
  },
};
