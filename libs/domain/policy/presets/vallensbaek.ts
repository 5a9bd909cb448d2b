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

/** Vallensbæk municipality's "Mere end en mentor" corps. Sources: docs/presets.md, section Vallensbæk. */
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
      who5: WHO5_BANDS,
    },
    reviews: { at: ['P6M', 'P12M', 'P18M'] },
    checkIns: MENTOR_STANDARD_CHECK_INS,
    nudges: DEFAULT_NUDGES,
    notifications: DEFAULT_NOTIFICATIONS,
    youngPersonLinks: DEFAULT_YOUNG_PERSON_LINKS,
    // The coordinator works 1–2 hours a week, so ordinary escalations get a week to be seen; urgent ones stay urgent.
    escalations: { ...DEFAULT_ESCALATIONS, acknowledgeWithin: '7d', respondWithin: '14d' },
    continuation: { followUp: true, askAfter: 'P3M' },
    matchAgreement: DEFAULT_MATCH_AGREEMENT,
  },
};
