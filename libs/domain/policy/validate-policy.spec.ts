import { piftPreset } from './presets/pift';
import { ProgramPolicy } from './program-policy';
import { validatePolicy } from './validate-policy';

/** A copy of a valid preset with one change, so each test breaks only what it names. */
function policyWith(change: (policy: ProgramPolicy) => void): ProgramPolicy {
  const policy = structuredClone(piftPreset.policy);
  change(policy);
  return policy;
}

function problemsOf(plain: unknown, pathPrefix?: string) {
  const result = validatePolicy(plain, pathPrefix);
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.problems;
}

describe('validatePolicy', () => {
  it('accepts a sound policy and returns it as a ProgramPolicy', () => {
    const result = validatePolicy(structuredClone(piftPreset.policy));
    expect(result.ok).toBe(true);
    expect(result.ok && result.policy).toBeInstanceOf(ProgramPolicy);
  });

  it.each([null, undefined, 'P6M', 42, [], [piftPreset.policy]])('refuses %j, which is not an object', (plain) => {
    expect(validatePolicy(plain)).toEqual({ ok: false, problems: [{ path: '', problem: 'must be an object', code: 'must-be-object' }] });
  });

  describe('field problems name the dotted path', () => {
    it.each<[string, (policy: ProgramPolicy) => void, string, string]>([
      ['a number given as text', (p) => Object.assign(p.mentors, { capacity: '1' }), 'mentors.capacity', 'must be an integer number'],
      ['a boolean given as text', (p) => Object.assign(p.course, { required: 'yes' }), 'course.required', 'must be a boolean value'],
      ['an unknown mentor kind', (p) => Object.assign(p.mentors, { kind: 'paid' }), 'mentors.kind', 'must be one of the following values'],
      [
        'an unknown screening step',
        (p) => p.screening.steps.push('horoscope' as never),
        'screening.steps',
        'must be one of the following values',
      ],
      ['a bad duration', (p) => (p.duration.max = 'a year or so'), 'duration.max', 'must be a duration'],
      ['a bad duration in a list', (p) => p.measurements.schedule[0].at.push('soon'), 'measurements.schedule.0.at', 'must be a duration'],
      ['a missing section', (p) => delete (p as Partial<ProgramPolicy>).checkIns, 'checkIns', 'must be an object'],
      [
        'a certificate age below the law',
        (p) => (p.screening.childOffenceCertificateForMenteesUnder = 14),
        'screening.childOffenceCertificateForMenteesUnder',
        'must not be less than 15',
      ],
      ['an unknown field', (p) => Object.assign(p, { colour: 'red' }), 'colour', 'should not exist'],
      ['an unknown nested field', (p) => Object.assign(p.mentors, { salary: 30000 }), 'mentors.salary', 'should not exist'],
    ])('%s', (_case, change, path, message) => {
      expect(problemsOf(policyWith(change))).toContainEqual(expect.objectContaining({ path, problem: expect.stringContaining(message) }));
    });

    it("puts the caller's prefix in front of the path", () => {
      const policy = policyWith((p) => (p.duration.max = 'a year or so'));
      expect(problemsOf(policy, 'policy')).toContainEqual({
        path: 'policy.duration.max',
        problem: expect.stringContaining('must be a duration'),
        code: 'must-be-duration',
      });
    });

    it('leaves the rules across fields unchecked until every field is sound, since the rules read them', () => {
      const policy = policyWith((p) => Object.assign(p.duration, { min: 'P12M', max: 'a year or so' }));
      expect(problemsOf(policy).map(({ path }) => path)).toEqual(['duration.max']);
    });
  });

  describe('rules across fields', () => {
    it('reports every rule a self-contradicting policy breaks, at once', () => {
      const policy = policyWith((p) => {
        p.duration = { min: 'P12M', planned: 'P6M', max: 'P3M', extension: 'P6M' };
        p.ageRange.min = 13;
        p.screening.steps = ['interview', 'references', 'criminal-record-check'];
        p.escalations.respondUrgentWithin = '10d';
      });
      const problems = problemsOf(policy);
      const expected = [
        {
          path: 'duration',
          problem: expect.stringContaining('min (P12M) must not exceed planned (P6M)'),
          code: 'must-not-exceed',
          params: { field: 'min', value: 'P12M', other: 'planned', otherValue: 'P6M' },
        },
        {
          path: 'duration',
          problem: expect.stringContaining('planned (P6M) must not exceed max (P3M)'),
          code: 'must-not-exceed',
          params: { field: 'planned', value: 'P6M', other: 'max', otherValue: 'P3M' },
        },
        {
          path: 'screening.steps',
          problem: expect.stringContaining('Danish law requires it'),
          code: 'child-offence-certificate-required',
          params: { minAge: 13, byLaw: true },
        },
        {
          path: 'measurements.schedule',
          problem: expect.stringContaining('who5 at P6M'),
          code: 'due-points-after-maximum',
          params: expect.objectContaining({ max: 'P3M' }),
        },
        {
          path: 'reviews.at',
          problem: expect.stringContaining('P6M'),
          code: 'review-points-outside-course',
          params: { max: 'P3M', outside: ['P6M'] },
        },
        {
          path: 'escalations',
          problem: expect.stringContaining('respondUrgentWithin (10d) must not exceed respondWithin (7d)'),
          code: 'must-not-exceed',
          params: { field: 'respondUrgentWithin', value: '10d', other: 'respondWithin', otherValue: '7d' },
        },
      ];
      expect(problems).toEqual(expect.arrayContaining(expected));
      expect(problems).toHaveLength(expected.length);
    });

    it('holds a program to a certificate age it chose above the law', () => {
      const policy = policyWith((p) => {
        p.ageRange.min = 16;
        p.screening.steps = ['interview'];
      });
      expect(problemsOf(policy)).toEqual([
        {
          path: 'screening.steps',
          problem: expect.stringContaining('the policy requires it'),
          code: 'child-offence-certificate-required',
          params: { minAge: 16, byLaw: false },
        },
      ]);
    });

    it('needs no certificate when every mentee is at or above the chosen age', () => {
      const policy = policyWith((p) => {
        p.ageRange.min = 18;
        p.screening.steps = ['interview'];
      });
      expect(validatePolicy(policy).ok).toBe(true);
    });

    it.each(['30m', 'P4M'])("refuses a young person's link that works for %s: too short to be found, or a standing key", (validFor) => {
      const policy = policyWith((p) => (p.youngPersonLinks = { validFor }));
      expect(problemsOf(policy)).toEqual([
        {
          path: 'youngPersonLinks.validFor',
          problem: `must be from PT1H to P3M; got ${validFor}`,
          code: 'duration-out-of-range',
          params: { least: 'PT1H', most: 'P3M', got: validFor },
        },
      ]);
    });

    it("accepts a version stored before links had a lifetime: the default's two weeks then hold", () => {
      const policy = policyWith((p) => delete p.youngPersonLinks);
      expect(validatePolicy(policy).ok).toBe(true);
    });

    it("reports the schedule's late points by instrument and offset", () => {
      const policy = policyWith((p) => (p.measurements.schedule[1].at = ['0d', 'P13M']));
      expect(problemsOf(policy)).toEqual([
        {
          path: 'measurements.schedule',
          problem: expect.stringContaining('self-efficacy at P13M'),
          code: 'due-points-after-maximum',
          params: { max: 'P12M', late: ['self-efficacy at P13M'] },
        },
      ]);
    });
  });
});
