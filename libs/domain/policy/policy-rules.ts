import { Problem, problemAt } from '../../validation/problems';
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
  ({ ageRange: { min, max } }) =>
    min > max ? problemAt('ageRange', 'must-not-exceed', { field: 'min', value: min, other: 'max', otherValue: max }) : undefined,
  ({ duration: { min, planned } }) =>
    ms(min) > ms(planned)
      ? problemAt('duration', 'must-not-exceed', { field: 'min', value: min, other: 'planned', otherValue: planned })
      : undefined,
  ({ duration: { planned, max } }) =>
    ms(planned) > ms(max)
      ? problemAt('duration', 'must-not-exceed', { field: 'planned', value: planned, other: 'max', otherValue: max })
      : undefined,
  ({ duration }) => (ms(duration.extension) === 0 ? problemAt('duration.extension', 'must-be-longer-than-zero') : undefined),
  ({ ageRange, screening }) => {
    const needed = ageRange.min < screening.childOffenceCertificateForMenteesUnder;
    const has = screening.steps.includes('child-offence-certificate');
    if (!needed || has) return undefined;
    return problemAt('screening.steps', 'child-offence-certificate-required', {
      minAge: ageRange.min,
      byLaw: ageRange.min < CHILD_OFFENCE_CERTIFICATE_LEGAL_AGE,
    });
  },
  ({ measurements, duration }) => {
    const late = measurements.schedule.flatMap((due) =>
      due.at.filter((at) => ms(at) > ms(duration.max)).map((at) => `${due.instrument} at ${at}`),
    );
    return late.length ? problemAt('measurements.schedule', 'due-points-after-maximum', { max: duration.max, late }) : undefined;
  },
  ({ measurements }) => {
    const instruments = measurements.schedule.map((due) => due.instrument);
    const repeated = instruments.filter((instrument, i) => instruments.indexOf(instrument) !== i);
    return repeated.length ? problemAt('measurements.schedule', 'instrument-repeated', { repeated: [...new Set(repeated)] }) : undefined;
  },
  ({ measurements: { who5 } }) =>
    who5.depressionAtOrBelow >= who5.poorAtOrBelow
      ? problemAt('measurements.who5', 'must-be-below', {
          field: 'depressionAtOrBelow',
          value: who5.depressionAtOrBelow,
          other: 'poorAtOrBelow',
          otherValue: who5.poorAtOrBelow,
        })
      : undefined,
  ({ reviews, duration }) => {
    const outside = reviews.at.filter((at) => ms(at) === 0 || ms(at) > ms(duration.max));
    return outside.length ? problemAt('reviews.at', 'review-points-outside-course', { max: duration.max, outside }) : undefined;
  },
  ({ checkIns }) => notLonger('checkIns', checkIns, 'firstWithin', 'thenEvery'),
  ({ escalations }) => notLonger('escalations', escalations, 'acknowledgeUrgentWithin', 'acknowledgeWithin'),
  ({ escalations }) => notLonger('escalations', escalations, 'respondUrgentWithin', 'respondWithin'),
  ({ escalations }) => notLonger('escalations', escalations, 'acknowledgeWithin', 'respondWithin'),
  ({ escalations }) => notLonger('escalations', escalations, 'acknowledgeUrgentWithin', 'respondUrgentWithin'),
  ({ escalations: e }) => {
    const unknown = Object.entries(e.automatic).filter(([, raiseAs]) => !e.categories.includes(raiseAs.category));
    return unknown.length
      ? problemAt('escalations.automatic', 'unknown-automatic-categories', {
          categories: e.categories,
          raisedAs: unknown.map(([rule, { category }]) => `${rule} is ${category}`),
        })
      : undefined;
  },
  (policy) => {
    const { validFor } = youngPersonLinkPolicy(policy);
    return ms(validFor) < ms(LINK_VALIDITY.least) || ms(validFor) > ms(LINK_VALIDITY.most)
      ? problemAt('youngPersonLinks.validFor', 'duration-out-of-range', {
          least: LINK_VALIDITY.least,
          most: LINK_VALIDITY.most,
          got: validFor,
        })
      : undefined;
  },
];

/** One duration of a part of the policy that must not be longer than another. */
function notLonger<Part, Field extends keyof Part & string>(path: string, part: Part, field: Field, other: Field): Problem | undefined {
  const [value, otherValue] = [part[field], part[other]] as string[];
  return ms(value) > ms(otherValue) ? problemAt(path, 'must-not-exceed', { field, value, other, otherValue }) : undefined;
}

/** Cross-field problems of a policy whose fields are each valid. */
export function policyRuleProblems(policy: ProgramPolicy): Problem[] {
  return RULES.map((rule) => rule(policy)).filter((problem): problem is Problem => problem !== undefined);
}
