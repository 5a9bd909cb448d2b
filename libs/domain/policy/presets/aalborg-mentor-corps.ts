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

/** Aalborg municipality's mentor corps at Uddannelseshuset's job centre. Sources: docs/presets.md, section Aalborg mentor corps. */
export const aalborgMentorCorpsPreset: ProgramPreset = {
  slug: 'aalborg-mentor-corps',
  name: 'Aalborg mentor corps',
  description:
    "Nine employed mentors at the job centre in Aalborg's Uddannelseshus, each with about 20 young people under 30 " +
    'who have been lost in the system: about an hour a week, for 2 months to 2 years, toward a job or an education.',
  policy: {
    // A job-centre corps for adults: its neighbour in the house, the social centre, serves 18–30, and "under 30" ends at 29.
    ageRange: { min: 18, max: 29 },
    mentors: { kind: 'employed', capacity: 20 },
    screening: {
      // Mentors are municipal employees hired for the job; no mentee is a minor, so no child-offence certificate.
      steps: ['interview', 'references', 'criminal-record-check'],
      childOffenceCertificateForMenteesUnder: 15,
      stepStalledAfter: '21d',
    },
    // Trained social educators, teachers and social workers: their profession is the course.
    course: { required: false, stalledAfter: '60d' },
    // Contact is deliberately uneven (intensive periods, e-mail only in others), so only a month of silence is a concern.
    contact: { targetHours: 1, per: 'week', nudgeAfterGap: '30d' },
    // Planned for the 6 months of a mentor-support grant, renewed by a new assessment up to the two years the corps allows.
    duration: { min: 'P2M', planned: 'P6M', max: 'P2Y', extension: 'P6M' },
    measurements: {
      // The corps is judged on job or education, not on well-being scores.
      schedule: [{ instrument: 'status', at: ['0d'], atClose: true }],
      overdueAfter: '14d',
      who5: WHO5_BANDS,
    },
    reviews: { at: ['P6M', 'P12M', 'P18M'] },
    checkIns: MENTOR_STANDARD_CHECK_INS,
    // Referrals are internal, from colleagues in the same house, so a waiting one is noticed sooner.
    nudges: { ...DEFAULT_NUDGES, referralWaitingAfter: '14d' },
    notifications: DEFAULT_NOTIFICATIONS,
    youngPersonLinks: DEFAULT_YOUNG_PERSON_LINKS,
    escalations: DEFAULT_ESCALATIONS,
    // A paid relationship ends at closure; a young person who comes back later starts a new course.
    continuation: { followUp: false, askAfter: 'P3M' },
    // The employment act grants mentor support on a written plan: goal, mentor, tasks, duration and hours.
    matchAgreement: DEFAULT_MATCH_AGREEMENT,
  },
};
