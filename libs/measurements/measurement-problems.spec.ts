import { measurementProblems } from './measurement-problems';

const WHO5_RULE = 'WHO-5 needs exactly 5 answers, each an integer from 0 to 5';
const SELF_EFFICACY_RULE = 'self-efficacy needs exactly 10 answers, each an integer from 1 to 4';

describe('measurementProblems', () => {
  it('accepts what each instrument needs', () => {
    expect(measurementProblems({ instrument: 'who5', answers: [0, 5, 3, 2, 1] })).toEqual([]);
    expect(measurementProblems({ instrument: 'self-efficacy', answers: [1, 4, 2, 3, 1, 4, 2, 3, 1, 4] })).toEqual([]);
    expect(measurementProblems({ instrument: 'status', status: 'education' })).toEqual([]);
    expect(measurementProblems({ instrument: 'status', status: 'neither', answers: [] })).toEqual([]);
  });

  it.each([
    [undefined, 'got 0'],
    [[1, 2, 3, 4], 'got 4'],
    [[1, 2, 3, 4, 5, 0, 1, 2, 3, 4], 'got 10'],
    [[1, 2, 3, 4, 6], 'answer 5 is 6'],
    [[1.5, 2, 3, 4, 5], 'answer 1 is 1.5'],
  ])('names answers when WHO-5 gets %j', (answers, detail) => {
    expect(measurementProblems({ instrument: 'who5', answers })).toMatchObject([{ path: 'answers', problem: `${WHO5_RULE}; ${detail}` }]);
  });

  it.each([
    [[1, 2, 3, 4, 1], 'got 5'],
    [[1, 2, 3, 4, 1, 2, 3, 4, 1, 0], 'answer 10 is 0'],
  ])('names answers when self-efficacy gets %j', (answers, detail) => {
    expect(measurementProblems({ instrument: 'self-efficacy', answers })).toMatchObject([
      { path: 'answers', problem: `${SELF_EFFICACY_RULE}; ${detail}` },
    ]);
  });

  it('codes answers off the scale, with the scale and what was wrong as parameters', () => {
    const scale = { instrument: 'WHO-5', items: 5, min: 0, max: 5 };
    expect(measurementProblems({ instrument: 'who5', answers: [1, 2, 3, 4] })).toMatchObject([
      { code: 'wrong-answer-count', params: { ...scale, got: 4 } },
    ]);
    expect(measurementProblems({ instrument: 'who5', answers: [1, 2, 3, 4, 6] })).toMatchObject([
      { code: 'answer-off-scale', params: { ...scale, answer: 5, value: '6' } },
    ]);
  });

  it('wants a status, and no answers, for a status measurement', () => {
    expect(measurementProblems({ instrument: 'status', answers: [1, 2, 3, 4, 5] })).toEqual([
      { path: 'status', problem: 'a status measurement needs a status: education, work or neither', code: 'status-needed' },
      { path: 'answers', problem: 'a status measurement has no answers', code: 'status-takes-no-answers' },
    ]);
  });

  it('refuses a status on a questionnaire', () => {
    expect(measurementProblems({ instrument: 'who5', answers: [1, 2, 3, 4, 5], status: 'work' })).toEqual([
      {
        path: 'status',
        problem: 'only a status measurement has a status, not WHO-5',
        code: 'only-status-has-status',
        params: { instrument: 'WHO-5' },
      },
    ]);
  });
});
