/**
 * The policy form's layout: the policy's parts (libs/domain/policy/program-policy.ts) and each rule's field, its path in the
 * policy and how it is entered. Labels are `programs.policy.<part>.<field>` in the translations.
 */
export type PolicyFieldKind =
  | { kind: 'integer' | 'number' }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: readonly string[]; optionKeys: string }
  | { kind: 'duration' }
  | { kind: 'durations' }
  | { kind: 'checkboxes'; options: readonly string[]; optionKeys: string }
  | { kind: 'words' }
  | { kind: 'clock' }
  | { kind: 'text' }
  | { kind: 'raise-as' }
  | { kind: 'schedule' };

export type PolicyField = { path: string } & PolicyFieldKind;

export interface PolicyPart {
  part: string;
  fields: PolicyField[];
}

const integer = (path: string): PolicyField => ({ path, kind: 'integer' });
const duration = (path: string): PolicyField => ({ path, kind: 'duration' });
const boolean = (path: string): PolicyField => ({ path, kind: 'boolean' });
const raiseAs = (path: string): PolicyField => ({ path, kind: 'raise-as' });

export const SCREENING_STEPS = ['interview', 'references', 'criminal-record-check', 'child-offence-certificate'] as const;

/** The parts in the order a program is thought through: who, contact, measuring, following up, escalating, closing. */
export const POLICY_PARTS: PolicyPart[] = [
  { part: 'ageRange', fields: [integer('ageRange.min'), integer('ageRange.max')] },
  {
    part: 'mentors',
    fields: [
      { path: 'mentors.kind', kind: 'choice', options: ['volunteer', 'employed'], optionKeys: 'programs.mentorKinds' },
      integer('mentors.capacity'),
    ],
  },
  {
    part: 'screening',
    fields: [
      { path: 'screening.steps', kind: 'checkboxes', options: SCREENING_STEPS, optionKeys: 'programs.screeningSteps' },
      integer('screening.childOffenceCertificateForMenteesUnder'),
      duration('screening.stepStalledAfter'),
    ],
  },
  { part: 'course', fields: [boolean('course.required'), duration('course.stalledAfter')] },
  {
    part: 'contact',
    fields: [
      { path: 'contact.targetHours', kind: 'number' },
      { path: 'contact.per', kind: 'choice', options: ['week', 'month'], optionKeys: 'programs.periods' },
      duration('contact.nudgeAfterGap'),
    ],
  },
  { part: 'duration', fields: ['min', 'planned', 'max', 'extension'].map((field) => duration(`duration.${field}`)) },
  { part: 'matchAgreement', fields: [boolean('matchAgreement.required'), duration('matchAgreement.firstMeetingWithin')] },
  {
    part: 'measurements',
    fields: [
      { path: 'measurements.schedule', kind: 'schedule' },
      duration('measurements.overdueAfter'),
      integer('measurements.who5.poorAtOrBelow'),
      integer('measurements.who5.depressionAtOrBelow'),
      integer('measurements.who5.meaningfulChange'),
    ],
  },
  {
    part: 'checkIns',
    fields: [
      duration('checkIns.firstWithin'),
      integer('checkIns.firstMonthCount'),
      duration('checkIns.thenEvery'),
      duration('checkIns.referrerEvery'),
    ],
  },
  { part: 'reviews', fields: [{ path: 'reviews.at', kind: 'durations' }] },
  {
    part: 'nudges',
    fields: ['consentWithin', 'matchProposalUnansweredAfter', 'referralWaitingAfter', 'escalateIgnoredAfter', 'quotaCheckEvery'].map(
      (field) => duration(`nudges.${field}`),
    ),
  },
  {
    part: 'escalations',
    fields: [
      duration('escalations.acknowledgeWithin'),
      duration('escalations.acknowledgeUrgentWithin'),
      duration('escalations.respondWithin'),
      duration('escalations.respondUrgentWithin'),
      integer('escalations.missedMeetingsInARow'),
      integer('escalations.unansweredNudges'),
      { path: 'escalations.categories', kind: 'words' },
      ...['highRisk', 'sharpDrop', 'missedMeetings', 'unansweredNudges'].map((rule) => raiseAs(`escalations.automatic.${rule}`)),
    ],
  },
  {
    part: 'notifications',
    fields: [
      { path: 'notifications.timeZone', kind: 'text' },
      { path: 'notifications.quietHours.from', kind: 'clock' },
      { path: 'notifications.quietHours.to', kind: 'clock' },
    ],
  },
  { part: 'continuation', fields: [boolean('continuation.followUp'), duration('continuation.askAfter')] },
  { part: 'youngPersonLinks', fields: [duration('youngPersonLinks.validFor')] },
];

/** The translation key of a field's label: "duration.min" → programs.policy.duration.min. */
export const labelKey = (path: string): string => `programs.policy.${path}`;
