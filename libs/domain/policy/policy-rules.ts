import { Problem } from '../../validation/problems';
import { durationMs } from '../duration';
import { CHILD_OFFENCE_CERTIFICATE_LEGAL_AGE, ProgramPolicy, youngPersonLinkPolicy } from './program-policy';

type Rule = (policy: ProgramPolicy) => Problem | undefined;

const ms = durationMs;

/** A link shorter-lived than this expires before she finds the mail; a longer-lived one is a standing key to her course. */
const LINK_VALIDITY = { least: 'PT1H', most: 'P3M' };

/**
 * Rules across fields that a field-by-field check cannot see. Each is
 * independent so a policy that contradicts itself in several places is told
 * about every one of them at once.
 */
const RULES: Rule[] = [
  ({ ageRange }) =>
    ageRange.min > ageRange.max ? { path: 'ageRange', problem: `min (${ageRange.min}) must not exceed max (${ageRange.max})` } : undefined,
  ({ duration }) =>
    ms(duration.min) > ms(duration.planned)
      ? { path: 'duration', problem: `min (${duration.min}) must not exceed planned (${duration.planned})` }
      : undefined,
  ({ duration }) =>
    ms(duration.planned) > ms(duration.max)
      ? { path: 'duration', problem: `planned (${duration.planned}) must not exceed max (${duration.max})` }
      : undefined,
  ({ duration }) => (ms(duration.extension) === 0 ? { path: 'duration.extension', problem: 'must be longer than zero' } : undefined),
  ({ ageRange, screening }) => {
    const needed = ageRange.min < screening.childOffenceCertificateForMenteesUnder;
    const has = screening.steps.includes('child-offence-certificate');
    if (needed && !has) {
      const why =
        ageRange.min < CHILD_OFFENCE_CERTIFICATE_LEGAL_AGE
          ? 'Danish law requires it for contact with children under 15'
          : 'the policy requires it';
      return { path: 'screening.steps', problem: `must include "child-offence-certificate": mentees can be ${ageRange.min} and ${why}` };
    }
    return undefined;
  },
  ({ measurements, duration }) => {
    const late = measurements.schedule.flatMap((due) =>
      due.at.filter((at) => ms(at) > ms(duration.max)).map((at) => `${due.instrument} at ${at}`),
    );
    return late.length
      ? { path: 'measurements.schedule', problem: `due points after the maximum duration (${duration.max}): ${late.join(', ')}` }
      : undefined;
  },
  ({ measurements }) => {
    const instruments = measurements.schedule.map((due) => due.instrument);
    const repeated = instruments.filter((instrument, i) => instruments.indexOf(instrument) !== i);
    return repeated.length
      ? { path: 'measurements.schedule', problem: `each instrument once; repeated: ${[...new Set(repeated)].join(', ')}` }
      : undefined;
  },
  ({ measurements: { who5 } }) =>
    who5.depressionAtOrBelow >= who5.poorAtOrBelow
      ? {
          path: 'measurements.who5',
          problem: `depressionAtOrBelow (${who5.depressionAtOrBelow}) must be below poorAtOrBelow (${who5.poorAtOrBelow})`,
        }
      : undefined,
  ({ reviews, duration }) => {
    const outside = reviews.at.filter((at) => ms(at) === 0 || ms(at) > ms(duration.max));
    return outside.length
      ? {
          path: 'reviews.at',
          problem: `review points must fall after the start and by the maximum duration (${duration.max}): ${outside.join(', ')}`,
        }
      : undefined;
  },
  ({ checkIns }) =>
    ms(checkIns.firstWithin) > ms(checkIns.thenEvery)
      ? { path: 'checkIns', problem: `firstWithin (${checkIns.firstWithin}) must not exceed thenEvery (${checkIns.thenEvery})` }
      : undefined,
  ({ escalations: e }) =>
    ms(e.acknowledgeUrgentWithin) > ms(e.acknowledgeWithin)
      ? {
          path: 'escalations',
          problem: `acknowledgeUrgentWithin (${e.acknowledgeUrgentWithin}) must not exceed acknowledgeWithin (${e.acknowledgeWithin})`,
        }
      : undefined,
  ({ escalations: e }) =>
    ms(e.respondUrgentWithin) > ms(e.respondWithin)
      ? {
          path: 'escalations',
          problem: `respondUrgentWithin (${e.respondUrgentWithin}) must not exceed respondWithin (${e.respondWithin})`,
        }
      : undefined,
  ({ escalations: e }) =>
    ms(e.acknowledgeWithin) > ms(e.respondWithin)
      ? { path: 'escalations', problem: `acknowledgeWithin (${e.acknowledgeWithin}) must not exceed respondWithin (${e.respondWithin})` }
      : undefined,
  ({ escalations: e }) =>
    ms(e.acknowledgeUrgentWithin) > ms(e.respondUrgentWithin)
      ? {
          path: 'escalations',
          problem: `acknowledgeUrgentWithin (${e.acknowledgeUrgentWithin}) must not exceed respondUrgentWithin (${e.respondUrgentWithin})`,
        }
      : undefined,
  ({ escalations: e }) => {
    const unknown = Object.entries(e.automatic).filter(([, raiseAs]) => !e.categories.includes(raiseAs.category));
    const raisedAs = unknown.map(([rule, { category }]) => `${rule} is ${category}`).join('; ');
    return unknown.length
      ? {
          path: 'escalations.automatic',
          problem: `categories must be among escalations.categories (${e.categories.join(', ')}): ${raisedAs}`,
        }
      : undefined;
  },
  (policy) => {
    const { validFor } = youngPersonLinkPolicy(policy);
    return ms(validFor) < ms(LINK_VALIDITY.least) || ms(validFor) > ms(LINK_VALIDITY.most)
      ? { path: 'youngPersonLinks.validFor', problem: `must be from ${LINK_VALIDITY.least} to ${LINK_VALIDITY.most}; got ${validFor}` }
      : undefined;
  },
];

/** Cross-field problems of a policy whose fields are each valid. */
export function policyRuleProblems(policy: ProgramPolicy): Problem[] {
  return RULES.map((rule) => rule(policy)).filter((problem): problem is Problem => problem !== undefined);
}
